"""Properties of the splitter on arbitrary text, and its running time on adversarial text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text import split_sentences
from tests.growth import assert_linear

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


def _repeat(unit: str):
    return lambda size: unit * max(1, size // len(unit))


# Adversarial texts as functions of their size in characters.
ADVERSARIAL = {
    "words": _repeat("a "),  # no punctuation
    "one-token": _repeat("a"),  # no whitespace
    "a-dot": _repeat("a. "),
    "initials": _repeat("A. "),
    "acronyms": _repeat("U.S. "),
    "bangs": _repeat("!"),
    "brackets": lambda size: "(" * (size // 2) + "a. B" + ")" * (size // 2),
    "dotted": lambda size: "a.a." * (size // 4) + " B",
    "newlines": lambda size: "\n" * (size // 2) + " \n" * (size // 4),
    "lines": _repeat("Mr.\n"),
    "bylines": _repeat("By . "),
    "lone-periods": _repeat(" ."),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_linear_time_on_adversarial_input(name: str) -> None:
    """Four times the text takes about four times as long (tests/growth.py), on a fast
    machine or a busy one."""
    assert_linear(split_sentences, ADVERSARIAL[name], 100_000, name)


@given(_ANY)
def test_the_cuts_found_at_candidate_tokens_are_the_cuts_found_at_every_token(text: str) -> None:
    """Without a byline or boilerplate, a paragraph is cut looking only at the tokens that
    end in terminal punctuation or before a line break; deciding at every token gives the
    same cuts."""
    from generator.text import _looks_hard_wrapped, _plain_block_cuts, _token_by_token_cuts, paragraph_spans

    for start, end in paragraph_spans(text):
        lines = text[start:end].split("\n")
        wrapped, longest = _looks_hard_wrapped(lines), max(len(line.strip()) for line in lines)
        assert list(_plain_block_cuts(text, start, end, wrapped, longest)) == \
            list(_token_by_token_cuts(text, start, end, wrapped, longest, set(), start))


@given(_ANY)
def test_a_paragraph_split_alone_gives_the_sentences_of_the_whole_text(text: str) -> None:
    from generator.text import paragraph_spans, sentence_spans_in

    alone = [span for start, end in paragraph_spans(text) for span in sentence_spans_in(text, start, end)]
    assert alone == [(s.start, s.end) for s in split_sentences(text)]


@given(_ANY)
def test_a_paragraph_cut_out_of_its_text_is_cut_as_in_place(text: str) -> None:
    """The splitter caches a paragraph's sentences by the paragraph's own text: cutting
    it in place, with the text around it visible to the patterns, gives the same cuts."""
    from generator.text import _block_spans, _paragraph_sentences, paragraph_spans

    for start, end in paragraph_spans(text):
        in_place = [(s - start, e - start) for s, e in _block_spans(text, start, end) if e > s]
        _paragraph_sentences.cache_clear()
        assert list(_paragraph_sentences(text[start:end])) == in_place


@given(st.lists(_ANY, min_size=1, max_size=4))
def test_paragraphs_split_first_do_not_change_the_split_of_their_joined_text(paragraphs: list[str]) -> None:
    """Dropping repeats splits each paragraph; the analysis then splits the joined text,
    finding the paragraphs in the cache: the sentences are those of a cold split."""
    from generator.text import _paragraph_sentences, _split_cached

    text = "\n\n".join(paragraphs)
    _paragraph_sentences.cache_clear(), _split_cached.cache_clear()
    cold = split_sentences(text)
    _split_cached.cache_clear()
    for paragraph in paragraphs:
        split_sentences(paragraph)
    assert split_sentences(text) == cold


def test_white_space_is_the_same_for_patterns_and_strings() -> None:
    """The candidate tokens of a paragraph are found by a pattern's \\s and walked back by
    str.isspace: both must call the same characters white space."""
    import sys

    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(re.findall(r"\s", every_character)) == {c for c in every_character if c.isspace()}


@given(_ANY)
def test_candidate_tokens_found_from_their_punctuation_are_the_pattern_s(text: str) -> None:
    from generator.text import _CUT_CANDIDATE, _cut_candidates, paragraph_spans

    for start, end in paragraph_spans(text):
        assert list(_cut_candidates(text, start, end)) == \
            [m.span() for m in _CUT_CANDIDATE.finditer(text, start, end)]


@given(_ANY)
def test_sentence_texts_are_those_of_the_sentences(text: str) -> None:
    from generator.text import sentence_texts

    assert sentence_texts(text) == [s.text for s in split_sentences(text)]


def test_the_boilerplate_hint_is_in_every_boilerplate_lowercased() -> None:
    """Its letters match no other character when case is ignored, so lowering a match
    gives the hint."""
    import sys

    from generator.text import _BOILERPLATE_HINT

    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in set(_BOILERPLATE_HINT) - {" "}:
        assert set(re.findall(letter, every_character, re.IGNORECASE)) == {letter, letter.upper()}


@given(st.lists(st.sampled_from(["Scroll", "SCROLL", "ſcroll", " ", "down", "DOWN", "for", "the", "video",
                                 "videos", "x"]), max_size=12).map("".join))
def test_a_text_without_the_hint_holds_no_boilerplate(text: str) -> None:
    from generator.text import _BOILERPLATE, _BOILERPLATE_HINT

    if _BOILERPLATE_HINT not in text.lower():
        assert _BOILERPLATE.search(text) is None
