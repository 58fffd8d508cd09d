"""A word list written as a trie (lexicon.word_trie) matches what the same words
written one after the other, longest first, match: the same spans, preferring the same
word when several fit, whatever follows them in a pattern."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from generator.temporal import lexicon

# few letters, so that words share beginnings and are prefixes of each other
_WORD = st.lists(st.text("ab-.'", min_size=1, max_size=4), min_size=1, max_size=3).map(" ".join)
_WORDS = st.lists(_WORD, min_size=1, max_size=8).map(tuple)
_TEXT = st.text("abAB-.' \t\n", max_size=40)
# after the words: a continuation that makes the engine back off to a shorter word
_AFTER = ("", r"\b", r"(?P<after>a|\s+b)", r"(?:\s*-)?b")


def _matches(pattern: str, text: str, flags: int) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]


@given(_WORDS, _TEXT, st.sampled_from(_AFTER), st.sampled_from((0, re.IGNORECASE)))
def test_the_trie_finds_what_the_words_one_after_the_other_find(words, text, after, flags) -> None:
    trie = lexicon.word_trie(words)
    assert trie is not None
    plain = lexicon.plain_word_alternation(words)
    assert _matches(f"(?P<word>{trie}){after}", text, flags) == _matches(f"(?P<word>{plain}){after}", text, flags)


@given(st.data())
def test_every_word_list_of_the_tables_as_a_trie_matches_as_the_list(data) -> None:
    for name, words in lexicon.word_lists().items():
        trie = lexicon.word_trie(words)
        if trie is None:
            continue
        text = " ".join(data.draw(st.lists(st.one_of(st.sampled_from(words), st.text(max_size=3)), max_size=6)))
        assert _matches(trie, text, re.IGNORECASE) == _matches(lexicon.plain_word_alternation(words), text, re.IGNORECASE), name


def test_words_that_are_not_lowercase_single_spaced_stay_a_plain_list():
    assert lexicon.word_trie(("May", "march")) is None
    assert lexicon.word_trie(("a  b",)) is None
    assert lexicon.word_alternation(("May", "march")) == lexicon.plain_word_alternation(("May", "march"))
    assert lexicon.word_alternation(("a few", "few")) == r"(?:(?:a\s+few|few))"


_CASED_WORDS = st.lists(st.text("aAbB.'", min_size=1, max_size=4), min_size=1, max_size=8).map(tuple)


@given(_CASED_WORDS, _TEXT, st.sampled_from(_AFTER), st.sampled_from((0, re.IGNORECASE)))
def test_a_case_sensitive_trie_finds_what_the_words_find_case_sensitively(words, text, after, flags) -> None:
    trie = lexicon.word_trie(words, case_sensitive=True)
    assert trie is not None
    plain = lexicon.plain_word_alternation(words)
    assert _matches(f"(?-i:(?P<word>{trie})){after}", text, flags) == \
        _matches(f"(?-i:(?P<word>{plain})){after}", text, flags)


def test_the_rules_month_and_holiday_names_stay_capitalised_and_spaced_as_before():
    from generator.temporal.rules.base import fragments

    assert re.fullmatch(fragments()["month"], "Sept.") and not re.fullmatch(fragments()["month"], "sept", re.IGNORECASE)
    assert re.fullmatch(fragments()["holiday"], "New  Year's Day") and re.fullmatch(fragments()["holiday"], "Christmas")
    assert not re.fullmatch(fragments()["holiday"], "christmas", re.IGNORECASE)
    assert re.fullmatch(fragments()["weekday"], "Monday") and not re.fullmatch(fragments()["weekday"], "MONDAY", re.IGNORECASE)
