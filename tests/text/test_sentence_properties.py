"""Properties of the splitter on arbitrary text, and its running time on adversarial text."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text import split_sentences

# Text built from the characters the splitter cares about, so boundaries are exercised.
_PIECES = list("aB. \n!?'\"“”‘’()[]…$1,:|-") + ["Mr.", "U.S.", "By . ", "\n\n", "Scroll down for video", "The"]
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)
_ANY = st.one_of(st.text(max_size=300), _NEWSY)


@given(_ANY)
def test_offsets_point_into_the_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()


@given(_ANY)
def test_sentences_in_order_and_disjoint(text: str) -> None:
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for before, after in zip(sentences, sentences[1:]):
        assert before.end <= after.start


@given(_ANY)
def test_sentences_cover_every_visible_character(text: str) -> None:
    covered = "".join(s.text for s in split_sentences(text))
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text)


@given(st.lists(st.text(alphabet="ab. ,'", min_size=1, max_size=40), min_size=2, max_size=5))
def test_blank_line_always_ends_a_sentence(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    for s in split_sentences(text):
        assert "\n\n" not in s.text


@pytest.mark.parametrize(
    "text",
    [
        "a " * 500_000,  # 1 MB without punctuation
        "a" * 1_000_000,  # 1 MB without whitespace
        "a. " * 333_333,
        "A. " * 333_333,
        "U.S. " * 200_000,
        "!" * 1_000_000,
        "(" * 500_000 + "a. B" + ")" * 500_000,
        "a.a." * 250_000 + " B",
        "\n" * 500_000 + " \n" * 250_000,
        "Mr.\n" * 250_000,
        "By . " * 200_000,
        " ." * 500_000,
    ],
    ids=["words", "one-token", "a-dot", "initials", "acronyms", "bangs", "brackets", "dotted", "newlines", "lines", "bylines", "lone-periods"],
)
def test_linear_time_on_adversarial_input(text: str) -> None:
    started = time.perf_counter()
    split_sentences(text)
    assert time.perf_counter() - started < 3.0
