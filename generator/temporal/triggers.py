"""Trigger words: cheap pre-selection of the places a rule can match.

Running every rule's regular expression over a whole article costs one scan per rule.
Instead the text is cut into word tokens once; each rule names the token classes its
matches must contain (a month name, a unit word, a digit …), and its expression runs
only in windows around tokens of those classes. The output is the same as a full scan
as long as a match reaches no further than BEFORE/AFTER characters from its trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from . import compiled_cache, lexicon, settings

# Characters before and after a trigger token that a match may reach (settings.py)
BEFORE = settings.TRIGGER_BEFORE
AFTER = settings.TRIGGER_AFTER
LOOKAHEAD = settings.LOOKAHEAD
_TOKEN = compiled_cache.compile(r"[^\W\d_]+|\d+")


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
        # narrower classes, all of them unit or clock words: for the rules that name
        # their unit word themselves
        "calendar_unit": words("trigger_calendar_unit"),
        "plural_unit": words("trigger_plural_unit"),
        "quarter": words("trigger_quarter"),
        "half": words("trigger_half"),
        "weekend": words("trigger_weekend"),
        "year_word": words("trigger_year_word"),
        "day": words("trigger_day"),
        "midday": words("trigger_midday"),
        "long": words("trigger_long"),
    }


@lru_cache(maxsize=1)
def _token_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name, words in token_classes().items():
        for word in words:
            index.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in index.items()}


_LETTERS = compiled_cache.compile(r"[^\W\d_]+")
_LETTER = r"[^\W\d_]"


@lru_cache(maxsize=1)
def _trigger_word() -> re.Pattern[str]:
    """In lowercased text behind one added space, a run of letters that is a trigger word
    (or "new", of "New Year"), with the character before it: the match starts where the
    word starts in the text itself. Starting with a character class (no letter) lets the
    `re` engine skip along to the next non-letter in C instead of trying every position."""
    words = sorted(w for w in set(_token_index()) | {"new"} if _LETTERS.fullmatch(w))
    return compiled_cache.compile(rf"[\W\d_]{lexicon.trie(words)}(?!{_LETTER})")


# every run of digits, found the same way: `\d+` would be tried at every position
_DIGITS = compiled_cache.compile(r"\d\d*")


def _lowercase_keeps_tokens(text: str, lowered: str) -> bool:
    """Whether `lowered` (text.lower()) has the same tokens at the same offsets, each a
    number exactly when it is one: true of ASCII, and of any text whose characters each
    lowercase to one character of the same kind (letter, digit, other), with no letter
    that is also a digit ("²" is a letter to the tokenizer, and makes a token a number)."""
    if len(lowered) != len(text):
        return False
    if text.isascii():
        return True
    return all(len(c.lower()) == 1 and _kind(c) == _kind(c.lower()) and c.isdigit() == c.isdecimal()
               for c in set(text) if not c.isascii())


def _kind(char: str) -> int:
    return 1 if _LETTERS.fullmatch(char) else 2 if char.isdecimal() else 0


def trigger_positions(text: str) -> dict[str, list[int]]:
    """For each token class, the offsets of its tokens in `text`; numbers give "digit",
    and also "year" (four digits), "decade" ("80" of "'80s", "1990" of "1990s": two or
    four digits ending in 0, an "s" after them) and "slash" ("10/").

    Tokens are runs of letters or of digits. Only those that can be triggers are
    visited, found in the lowercased text by two expressions, one for words and one
    for numbers (a tenth of the tokens of news prose); `_every_token_positions` visits
    each token and gives the same."""
    lowered = text.lower()
    if not _lowercase_keeps_tokens(text, lowered):
        return _every_token_positions(text)
    index = _token_index()
    positions: dict[str, list[int]] = {}
    # Letters and digits never share a token, nor do the classes they give: two scans
    # give each class its offsets in text order, as one scan token by token would.
    for token in _trigger_word().finditer(" " + lowered):
        start = token.start()  # of the word in `text`: the match has one character more, ahead
        word = token.group()[1:]
        if word == "new" and _new_year(text, start, start + 3):
            positions.setdefault("holiday", []).append(start)  # "New Year's Day"
        else:
            for name in index.get(word, ()):
                positions.setdefault(name, []).append(start)
    digits: list[int] = []  # the commonest tokens, kept at hand
    for token in _DIGITS.finditer(lowered):
        word = token.group()
        start = token.start()
        digits.append(start)
        if len(word) == 4 or (len(word) == 2 and word[1] == "0") or lowered.startswith("/", token.end()):
            _add_number(positions, text, word, start, token.end(), digit=False)
    if digits:
        positions["digit"] = digits
    return positions


def _new_year(text: str, start: int, end: int) -> bool:
    """"New" of a holiday: "year" after it, as the holiday names have it (any white
    space between, whatever follows: "New Year.", "New Year's Eve")."""
    return text[start:end] in ("New", "new") and _YEAR_AFTER_NEW.match(text, end) is not None


_YEAR_AFTER_NEW = compiled_cache.compile(r"\s+year", re.IGNORECASE)


# What may follow a decade's digits: the decade rule's [‘’']?s ignoring case, and "ſ"
# (the long s), which a case-insensitive "s" also matches
_PLURAL_S = tuple(quote + s for quote in ("", "'", "’", "‘") for s in ("s", "S", "ſ"))


def _add_number(positions: dict[str, list[int]], text: str, word: str, start: int, end: int,
                digit: bool = True) -> None:
    if digit:
        positions.setdefault("digit", []).append(start)
    if len(word) == 4:
        positions.setdefault("year", []).append(start)
    if (len(word) == 2 or len(word) == 4) and word[-1] == "0" and text.startswith(_PLURAL_S, end):
        positions.setdefault("decade", []).append(start)  # "the '80s", "the 1990s", "1980's"
    if text[end : end + 1] == "/":
        positions.setdefault("slash", []).append(start)  # "10/23/1998"


def _every_token_positions(text: str) -> dict[str, list[int]]:
    """`trigger_positions`, token by token: for texts whose lowercase form moves or
    changes tokens (a character that lowercases to two, or to another kind)."""
    index = _token_index()
    positions: dict[str, list[int]] = {}
    for token in _TOKEN.finditer(text):
        word = token.group()
        start, end = token.span()
        if word[0].isdigit():
            _add_number(positions, text, word, start, end)
        elif word in ("New", "new") and _new_year(text, start, end):
            positions.setdefault("holiday", []).append(start)
        else:
            for name in index.get(word.lower(), ()):
                positions.setdefault(name, []).append(start)
    return positions


def windows(positions: Sequence[int], length: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows around sorted trigger positions."""
    merged: list[tuple[int, int]] = []
    for position in positions:  # run for each rule's classes in each text: no calls inside
        start = position - BEFORE if position > BEFORE else 0
        end = position + AFTER if position + AFTER < length else length
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
