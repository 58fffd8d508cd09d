"""The tagger splits only the paragraphs it asks about, and finds the sentences the
whole text's split gives (the tense of an expression is read within its sentence)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.temporal.sentences import SentenceIndex
from generator.text import split_sentences

_PIECES = list("aB. \n!?'\"”’()…1,") + ["Mr.", "U.S.", "\n\n", "\n \n  ", "The", "By . ", "Scroll down for video"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@given(_TEXT, st.data())
def test_splitting_paragraphs_on_demand_finds_the_sentences_of_the_whole_split(text: str, data) -> None:
    lazy, whole = SentenceIndex(text), SentenceIndex(text, split_sentences(text))
    for _ in range(5):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert lazy.around(start, end) == whole.around(start, end)
        assert lazy.start_of(start) == whole.start_of(start)


def test_the_blank_lines_between_paragraphs_belong_to_the_sentence_before():
    text = "First one. Second one.\n\n   \n\nThird."
    index = SentenceIndex(text)
    assert index.around(24, 25) == (11, 22)  # between the paragraphs: the sentence before
    assert index.start_of(len(text) - 1) == text.index("Third")
    assert SentenceIndex("   ").around(1, 2) == (0, 3)  # no sentence at all: the whole text
