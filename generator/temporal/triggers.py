"""Trigger words: cheap pre-selection of the places a rule can match.

Running every rule's regular expression over a whole article costs one scan per rule.
Instead the text is cut into word tokens once; each rule names the token classes its
matches must contain (a month name, a unit word, a digit …), and its expression runs
only in windows around tokens of those classes. The output is the same as a full scan
as long as a match reaches no further than BEFORE/AFTER characters from its trigger.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon, settings

# Characters before and after a trigger token that a match may reach (settings.py)
BEFORE = settings.TRIGGER_BEFORE
AFTER = settings.TRIGGER_AFTER
LOOKAHEAD = settings.LOOKAHEAD
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def _words(*phrases: str) -> frozenset[str]:
    return frozenset(w for phrase in phrases for w in re.findall(r"[^\W\d_]+", phrase.lower()))


@lru_cache(maxsize=1)
def token_classes() -> dict[str, frozenset[str]]:
    """Class name → the lowercase tokens that belong to it."""
    units = set(lexicon.table("units"))
    weekdays = set(lexicon.table("weekdays"))
    words = lexicon.word_set  # the trigger_* lists of word_lists.tsv
    return {
        "month": frozenset(lexicon.table("months")),
        "weekday": frozenset(weekdays | {w + "s" for w in weekdays}),
        "unit": frozenset(units | {u + "s" for u in units} | words("trigger_unit_extra")),
        "season": frozenset(lexicon.table("seasons")),
        "holiday": frozenset(_words(*lexicon.table("holidays")) - words("trigger_holiday_stop")),
        "reference": frozenset(phrase.split()[-1] for phrase in lexicon.table("references")),
        "frequency": frozenset(lexicon.table("sets")) | words("trigger_frequency_extra"),
        "day_word": words("trigger_day_word"),
        "noon": words("trigger_noon"),
        "clock": words("trigger_clock"),
        "century": words("trigger_century"),
        "ago": words("trigger_ago"),
        "spoken": words("trigger_spoken") | frozenset(lexicon.table("decades")),
        "year_end": words("trigger_year_end"),
    }


@lru_cache(maxsize=1)
def _token_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name, words in token_classes().items():
        for word in words:
            index.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def trigger_positions(text: str) -> dict[str, list[int]]:
    """For each token class, the offsets of its tokens in `text`; numbers give "digit",
    and also "year" (four digits), "decade" ("80" of "'80s") and "slash" ("10/")."""
    index = _token_index()
    positions: dict[str, list[int]] = {}
    for token in _TOKEN.finditer(text):
        word = token.group()
        if word in ("New", "new") and text[token.end() : token.end() + 6].lower() in (" year'", " year’", " years", " year "):
            positions.setdefault("holiday", []).append(token.start())  # "New Year's Day"
            continue
        if word[0].isdigit():
            start = token.start()
            positions.setdefault("digit", []).append(start)
            if len(word) == 4:
                positions.setdefault("year", []).append(start)
            elif len(word) == 2 and word[1] == "0":
                positions.setdefault("decade", []).append(start)  # "the '80s"
            if text[token.end() : token.end() + 1] == "/":
                positions.setdefault("slash", []).append(start)  # "10/23/1998"
            continue
        for name in index.get(word.lower(), ()):
            positions.setdefault(name, []).append(token.start())
    return positions


def windows(positions: list[int], length: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows around sorted trigger positions."""
    merged: list[tuple[int, int]] = []
    for position in positions:
        start, end = max(0, position - BEFORE), min(length, position + AFTER)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
