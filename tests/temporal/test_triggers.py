"""Scanning only around trigger tokens finds exactly what a full scan finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.temporal import engine

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_19d9d8487fa4a31a.txt"
FIXTURES = Path(__file__).parent / "fixtures"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    return texts


@pytest.mark.parametrize("index", range(len(_texts())))
def test_windowed_scan_equals_full_scan(index: int) -> None:
    text = _texts()[index]
    assert set(engine._candidates(text)) == set(engine._candidates(text, full_scan=True))


# Characters whose lowercase form is longer (İ), of another script's case (K, the Kelvin
# sign, lowercases to k), or of another kind (Ⅻ is a letter to the tokenizer, ٣ a digit,
# ² a letter that makes its token a number).
_TRICKY = ["²", "x²", "²1", "New Year's", "new years", "NEW YEAR ", "week", "WEEKS", "Monday", "mondays", "1990s",
           "10/23", "'80s", "1980’s", "1990S", "1990\u017f", "70s", "\u212a", "\u0130stanbul", "ß", "ﬁ", "ǅ", "Ⅻ", "٣", "May", "mAy", "_", "-"]
_TRIGGER_TEXT = st.lists(st.one_of(st.sampled_from(_TRICKY), st.text(max_size=4)), max_size=40).map(" ".join)


@given(_TRIGGER_TEXT)
def test_trigger_tokens_found_in_the_lowercased_text_are_those_of_every_token(text: str) -> None:
    from generator.temporal.triggers import _every_token_positions, trigger_positions

    assert trigger_positions(text) == _every_token_positions(text)


_RULE_TEXT = st.lists(st.one_of(st.sampled_from(
    ["May", "may", "1998", "'80s", "the", "last", "week", "weeks", "three", "ago", "mid-", "1990s",
     "fiscal", "quarter", "Monday", "10/23", "a.m.", "noon", "year", "-long", "earlier", "Jan.", ","]),
    st.text(max_size=3)), max_size=30).map(" ".join)


@given(_RULE_TEXT)
def test_a_rules_first_character_test_changes_none_of_its_matches(text: str) -> None:
    import re

    from generator.temporal.rules import RULES
    from generator.temporal.rules.base import fragments

    for rule in RULES:
        plain = re.compile(rule.pattern % fragments(), rule.regex.flags)
        assert [(m.span(), m.groups()) for m in rule.regex.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], rule.name


def test_every_rule_has_a_first_character_test():
    from generator.temporal.rules import RULES

    assert all(rule.regex.pattern.startswith("(?=(?i:[") for rule in RULES)


def test_a_pattern_compiled_behind_its_guard_is_the_guarded_pattern():
    import re

    from generator.temporal.rules.first_chars import compile_guarded, guarded

    for pattern, flags in ((r"\b(?:last|next)\s+(?P<unit>week|month)\b", re.IGNORECASE),
                           (r"(?P<n>\d+)|(?-i:May)", 0), (r"a*", 0), (r"[^x]y", re.IGNORECASE)):
        compiled = compile_guarded(pattern, flags)
        assert compiled.pattern == guarded(pattern, flags)
        assert compiled.groupindex == re.compile(pattern, flags).groupindex
        text = "last week, next Month, 12 May may a aa zy xy LAST WEEK"
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in re.finditer(pattern, text, flags)]
    assert guarded(r"a*", 0) == r"a*"  # may match nothing: no guard



# The rules that run near a narrower class than "unit" (a quarter, a weekend, "the year",
# a plural unit …) read a unit word after a few words of their own; a text of such
# phrases, with the other units, other cases, the Kelvin sign in "weeKend" and words
# glued on as near misses, must give what a full scan gives.
_BEFORE_UNIT = ["the", "this", "last", "this past", "next", "coming", "recent", "past", "that", "that same",
                "of the", "the latest", "the most recent", "the year-ago", "the comparable year-earlier",
                "corresponding", "the third", "the second", "the first two", "fiscal", "the 1998", "over", "took",
                "every", "two", "several", "the day", "mid-", "2", "Last", "THE", ""]
_UNIT_WORDS = ["year", "years", "Year", "YEAR", "quarter", "quarters", "fourth-quarter", "half", "period",
               "week", "weeks", "weekend", "WEEKEND", "wee\u212aend", "weekends", "month", "months", "day", "days",
               "decade", "decades", "century", "centuries", "fortnight", "hour", "second", "night", "morning",
               "afternoon", "midday", "evening"]
_AFTER_UNIT = ["", " ago", " earlier", " ahead", " before Christmas", " after", "-end", " of 1998", " of next year",
               " ended June 30", "-long", "s", "x", ",", "."]
_PHRASE = st.tuples(st.sampled_from(_BEFORE_UNIT), st.sampled_from([" ", "  ", "-", "\n"]),
                    st.sampled_from(_UNIT_WORDS), st.sampled_from(_AFTER_UNIT)).map("".join)
_UNIT_TEXT = st.lists(st.one_of(_PHRASE, st.text(max_size=2)), min_size=1, max_size=12).map(" ".join)


@given(_UNIT_TEXT)
def test_rules_run_near_their_own_unit_words_find_what_a_full_scan_finds(text: str) -> None:
    assert set(engine._candidates(text)) == set(engine._candidates(text, full_scan=True))


# Decades run near two or four digits ending in 0 with an "s" after them (any case, the
# long s, an apostrophe between); "-long" near "long".
_DECADES = st.sampled_from(["1990", "1980", "2000", "80", "60", "10", "100", "1995", "19990", "'", "’", "‘", "' ",
                            "the ", "mid-", "mid"])
_PLURALS = st.sampled_from(["s", "S", "\u017f", "'s", "’s", "‘s", "'S", "’\u017f", "", " s", "x", "-"])
_DECADE = st.tuples(_DECADES, _DECADES, _PLURALS).map("".join)
_LONG = st.tuples(st.sampled_from(["decade", "years", "DECADE", "week", "a week", "month", "x"]),
                  st.sampled_from(["-", " ", "--", ""]), st.sampled_from(["long", "LONG", "Long", "longer", "lon"])
                  ).map("".join)


@given(st.lists(st.one_of(_DECADE, _LONG, st.text(max_size=2)), min_size=1, max_size=8).map(" ".join))
def test_decades_and_long_units_run_near_their_own_tokens_and_find_what_a_full_scan_finds(text: str) -> None:
    assert set(engine._candidates(text)) == set(engine._candidates(text, full_scan=True))


# Holidays run near the words of their names, less the commonest ("new", "of", "day"):
# "New" counts when "year" follows it, whatever comes after ("New Year." ended a
# sentence and was missed before); every name as the rule writes it, and near misses.
def _holiday_names() -> list[str]:
    from generator.temporal import lexicon

    return [" ".join(w if w in ("of", "the") else w.capitalize() for w in name.split())
            for name in lexicon.table("holidays")]


_HOLIDAY = st.tuples(st.sampled_from(["", "on ", "last ", "the day before ", "since ", "NEW ", "new "]),
                     st.sampled_from(_holiday_names() + ["New  Year", "New\nYear", "new year", "New Years", "New York",
                                                         "Fourth of July", "fourth quarter"]),
                     st.sampled_from(["", ".", "'s", "’s", "s", ",", " Eve", " 1999", "ly", "\n\n"])).map("".join)


def test_every_holiday_name_alone_is_found_by_the_windowed_scan():
    for name in _holiday_names():
        for text in (name, f"on {name}.", f"{name}, they said"):
            found = set(engine._candidates(text))
            assert found == set(engine._candidates(text, full_scan=True)) and found, text


@given(st.lists(st.one_of(_HOLIDAY, st.text(max_size=2)), min_size=1, max_size=6).map(" ".join))
def test_holidays_run_near_the_words_of_their_names_and_find_what_a_full_scan_finds(text: str) -> None:
    assert set(engine._candidates(text)) == set(engine._candidates(text, full_scan=True))


@given(st.lists(st.integers(0, 400)).map(sorted), st.integers(1, 400))
def test_windows_are_the_merged_reach_of_each_trigger(positions: list[int], length: int) -> None:
    from generator.temporal.triggers import AFTER, BEFORE, windows

    positions = [p for p in positions if p < length]
    merged: list[list[int]] = []  # the plain definition: each reach, merged with the last when they touch
    for p in positions:
        start, end = max(0, p - BEFORE), min(length, p + AFTER)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    assert windows(positions, length) == [tuple(w) for w in merged]
