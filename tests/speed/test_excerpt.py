"""A long sentence is shown as a bounded window around its expression (properties)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.analysing.excerpt import ELLIPSIS, LONG, WINDOW, cut, excerpt


def test_a_sentence_of_ordinary_length_is_shown_whole():
    sentence = "The talks resume on 3 May 2005, the minister said. " * 5
    assert len(sentence) <= LONG
    assert excerpt(sentence, 20, 30) == sentence


def test_a_long_sentence_is_cut_on_spaces_around_the_expression():
    words = " ".join(f"word{i}" for i in range(400))
    sentence = words + " on 3 May 2005 " + words
    start = sentence.index("3 May 2005")
    shown = excerpt(sentence, start, start + len("3 May 2005"))
    assert "3 May 2005" in shown
    assert shown.startswith(ELLIPSIS + "word") and shown.endswith(ELLIPSIS)
    assert len(shown) <= WINDOW + 2
    inner = shown.strip(ELLIPSIS)
    assert inner in sentence and not inner.startswith(" ") and not inner.endswith(" ")


@given(length=st.integers(0, 5000), data=st.data())
def test_the_window_holds_the_expression_and_is_bounded(length, data):
    text = ("ab " * length)[:length]
    start = data.draw(st.integers(0, length))
    end = data.draw(st.integers(start, min(length, start + 60)))
    a, b = cut(text, start, end)
    assert 0 <= a <= b <= length
    if length <= LONG:
        assert (a, b) == (0, length)
    else:
        assert b - a <= WINDOW
        assert a <= start and end <= b
