"""What a rule is: a pattern with named groups and a function that reads the match.

A rule's `build` returns an `Emit` (type, underspecified value, mod) or None to reject
the match (a month name that is really the verb "may"). The span of the expression is
the `timex` group when the pattern has one (so a pattern may require context, such as
the "in" before a bare month, without tagging it) and the whole match otherwise.
Each rule's examples, with a reference date and the value expected, are in
data/en/rule_examples.tsv; the matches a rule must not tag, in negative_rules.txt.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ...model import TimexType
from .. import compiled_cache, lexicon, settings
from ..sentences import index_for
from .first_chars import compile_guarded

Anchor = Literal["past", "future"]


@dataclass(frozen=True, slots=True)
class Follow:
    """How an expression takes its value from the period named last before it.

    "a year earlier" after "profit rose in the third quarter": the named quarter one
    year back (`Follow("quarter", -1, "year")`); "the next day" after "on Oct. 23":
    that day plus one (`Follow("day", 1)`); "10 p.m." in a story about Oct. 23: that
    day at 22:00 (`Follow("day", 0, time="22:00")`).
    """

    unit: Literal["quarter", "day", "month", "year"]
    steps: int = 0
    step_unit: Literal["day", "month", "year"] | None = None  # defaults to `unit`
    time: str | None = None  # a time of day to add: "22:00", "NI"
    year: int | None = None  # the named quarter in this year instead: "the 1988 quarter"
    # the result names a year itself, for the expressions after it: "in 1990 … three
    # years later … two years later" counts on from 1993
    names: bool = False
    # the day of that week nearest before (steps < 0) or after (steps > 0) the named
    # day: "the previous Friday" (ISO weekday, Monday = 1)
    weekday: int | None = None


@dataclass(frozen=True, slots=True)
class Emit:
    type: TimexType
    value: str  # TIMEX3 value or underspecified UNDEF-… value, see resolve.py
    mod: str | None = None
    anchor: Anchor | None = None  # a duration that ends (past) or starts (future) at the reference
    quantity: bool = False  # starts with an amount: takes "about", "more than", … as mod
    # Set for expressions that point at a period named shortly before; `value` stands
    # when none was named. See Follow.
    follow: Follow | None = None
    # A period named by comparison ("the year-ago third quarter") is no anchor for the
    # expressions after it; the period the report is about stays the anchor.
    comparison: bool = False
    # "the day before" + a day named right after it ("the day before Christmas"): that
    # day moved by this many days, one expression; nothing when no day follows
    shifts_next: int = 0


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str  # with %(name)s placeholders for the pieces of fragments(); "%%" for "%"
    build: Callable[[re.Match[str]], Emit | None]
    # token classes of triggers.py a match always contains; the rule runs only near them
    triggers: tuple[str, ...] = ()
    case_sensitive: bool = False
    regex: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        flags = 0 if self.case_sensitive else re.IGNORECASE
        # behind a test of its first character: the same matches, found in half the time
        object.__setattr__(self, "regex", compile_guarded(self.pattern % fragments(), flags))


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "(?:y|ies)"
    if word == "millennium":
        return "millenni(?:um|a)"
    return word + "s?"


def _capitalised(words: Iterable[str]) -> str:
    """A case-sensitive alternation of capitalised words, longest first."""
    return r"(?-i:" + _cased_alternation(tuple(w.capitalize() for w in words)) + r")"


def _cased_alternation(words: tuple[str, ...]) -> str:
    """Single words, matched case-sensitively, longest first: as a trie where they allow
    it (lexicon.word_trie; the same matches)."""
    trie = lexicon.word_trie(words, case_sensitive=True) if not any(" " in w for w in words) else None
    return trie or "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """Named regex pieces built from the word tables, shared by every rule."""
    number_word = lexicon.alternation("numbers")
    tens = lexicon.word_alternation(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))
    ones = lexicon.word_alternation(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))
    units = sorted(lexicon.table("units"), key=len, reverse=True)
    holidays = tuple(" ".join(p.capitalize() if p not in ("of", "the") else p for p in h.split())
                     for h in lexicon.table("holidays"))
    return dict(
        # Month and weekday names must be capitalised (checked with (?-i:)), which keeps
        # out "may" the verb and "march" the noun in lower case.
        month=r"(?-i:" + _cased_alternation(tuple(w.capitalize() for w in lexicon.table("months"))) + r"\b\.?)",
        month_full=_capitalised(lexicon.words_where("months", 2, "full")),
        # a month abbreviation standing alone is written with its dot: "in Sept."
        month_short=_capitalised(w for w in lexicon.words_where("months", 2, "short") if lexicon.table("months")[w][2] != "no"),
        weekday=_capitalised(lexicon.words_where("weekdays", 2, "full")),
        day=r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        year=r"(?:1[0-9]\d\d|20\d\d|21\d\d)",
        # "twenty-four", "2 1/2", "1.5", "five", "2,000", "two and a half"; "a five-hour"
        # is "five-hour", not six
        number=rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}(?:\.\d+|\s+1/2|\s*½)?|{tens}[\s-]+{ones}|{number_word})(?:\s+and\s+a\s+half)?)",
        vague_number=r"(?:a\s+few|few|several|a\s+couple\s+of|a\s+couple|couple\s+of|many|some)",
        unit=r"(?:" + "|".join(_plural(u) for u in units) + r")",
        ordinal=lexicon.alternation("ordinals"),
        season=lexicon.alternation("seasons"),
        holiday=r"(?-i:" + (lexicon.word_trie(holidays, case_sensitive=True) or lexicon.plain_word_alternation(holidays)) + r")",
        reference=lexicon.alternation("references"),
        decade_word=lexicon.alternation("decades"),
        frequency=lexicon.alternation("sets"),
        b_left=r"(?<![\w$£€.,/-])",  # no word, currency, decimal or thousands part before
        b_right=r"(?![\w%/]|[.,]\d|-\d)",  # nor after
        # "a quarter-final", "the second quarter-final": a round of a tournament, not a quarter
        quarter_final=r"[\s-]+final(?:s|ist|ists)?\b",
        unit_singular=lexicon.word_alternation(tuple(units)),
        # the word lists of word_lists.tsv, each under its own name
        **{name: lexicon.word_alternation(words) for name, words in lexicon.word_lists().items()},
    )


# Where a capital letter only starts a clause, a quotation, a bracket, a line, a dateline
# or a list item (sentence starts come from text.py: starts_sentence).
_OPENING_BEFORE = compiled_cache.compile(r"(?:^|[:;]['\"’”)\]]*\s+|\n\s*|[“\"‘'(\[`*•]\s*|\)\s+|\s(?:-|–|—|--|_)\s+)$")
_OPENERS_ONLY = compiled_cache.compile(r"[\s“\"‘'(\[`*•]*")
_WORD_BEFORE = compiled_cache.compile(r"(?<![\w’'.&-])(\w[\w’'.&-]*)\s+$")
_DETERMINER = lexicon.word_set("name_determiners")  # word_lists.tsv
_SMALL_WORDS = lexicon.word_set("title_small_words")


def capitalised_inside_sentence(text: str, start: int) -> bool:
    """A word written with a capital inside running text, after a name or an article:
    part of a name ("the Today programme", "Jamie Noon", "Aftenposten Daily"). Not at a
    sentence's start, not after a lower-case word ("meet at Noon"), not in a headline
    written in title case ("Fed To Raise Rates Tomorrow")."""
    if not text[start : start + 1].isupper() or starts_sentence(text, start):
        return False
    if _OPENING_BEFORE.search(text, max(0, start - settings.OPENING_WINDOW), start):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - settings.WORD_BEFORE_WINDOW), start)
    if before is None:
        return False
    previous = before.group(1)
    if previous.endswith(("'s", "’s")):
        return True  # "BBC Radio 4's Today programme"
    if not (previous[0].isupper() or previous.lower() in _DETERMINER):
        return False
    return not _title_case_line(text, start)


def starts_sentence(text: str, position: int, allowed: re.Pattern[str] = _OPENERS_ONLY) -> bool:
    """Whether `position` is where its sentence's words begin: only what `allowed`
    matches (opening quotes and brackets by default) lies between."""
    start = index_for(text).start_of(position)
    return allowed.fullmatch(text, start, position) is not None


def _title_case_line(text: str, position: int) -> bool:
    """Whether the line around `position` (at most TITLE_LINE_WINDOW characters each
    side) is written in title case."""
    width = settings.TITLE_LINE_WINDOW
    low = max(0, position - width)
    newline = text.rfind("\n", low, position)
    line_start = newline + 1 if newline != -1 else low
    line_end = text.find("\n", position, position + width)
    words = re.findall(r"[A-Za-z][\w’']*", text[line_start : line_end if line_end != -1 else position + width])
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return 3 <= len(words) <= 20 and all(w[0].isupper() for w in content)


@lru_cache(maxsize=8)
def positions_of(pattern: re.Pattern[str], text: str) -> tuple[int, ...]:
    """Where `pattern` matches in `text`, found once per text: a text dense with
    expressions would otherwise be searched around each of them."""
    return tuple(found.start() for found in pattern.finditer(text))


def near(positions: tuple[int, ...], start: int, end: int) -> bool:
    """Whether one of the sorted `positions` lies in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def unit_of(word: str) -> tuple[str, int, str]:
    """(TIMEX3 unit letter, multiplier, granularity) of a unit word, plural or singular."""
    lower = lexicon.normal_word(word)
    table = lexicon.table("units")
    for candidate in (lower, lower[:-1], lower[:-3] + "y", "millennium" if lower.startswith("millenni") else ""):
        if candidate in table:
            letter, multiplier, granularity = table[candidate]
            return letter, int(multiplier), granularity
    raise KeyError(word)


def signed_ref(unit: str, step: int) -> str:
    """The underspecified value `step` units from the reference's own (resolve.py):
    "UNDEF-this-day", "UNDEF-REF-week-MINUS-1"."""
    if step == 0:
        return f"UNDEF-this-{unit}"
    return f"UNDEF-REF-{unit}-{'PLUS' if step > 0 else 'MINUS'}-{abs(step)}"


def ordinal_of(word: str) -> int:
    """ "third" → 3 (ordinals.tsv, where "last" and "final" of four quarters are 4), "3rd" → 3."""
    if word[:1].isdigit():
        return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
    return int(lexicon.lookup("ordinals", word))


def amount_of(word: str | None) -> float | None:
    """The number of a numeric group; None for vague amounts ("several")."""
    if word is None:
        return None
    return lexicon.number_value(word)


# A fraction of a unit is written in the next smaller one: 2.5 years = P2Y6M.
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "S": ("S", 1)}
_CLOCK_SMALLER = {"H": ("M", 60), "M": ("S", 60), "S": ("S", 1)}


def duration_value(amount: float | None, unit_word: str) -> str:
    """P4Y, PT3H, PXY, P20Y for "two decades", P2Y6M for "2 1/2 years"."""
    letter, multiplier, granularity = unit_of(unit_word)
    clock = granularity == "time"
    prefix = "PT" if clock else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    total = amount * multiplier
    whole = int(total)
    if total == whole:
        return f"{prefix}{whole}{letter}"
    smaller, per = (_CLOCK_SMALLER if clock else _SMALLER).get(letter, (letter, 1))
    rest = round((total - whole) * per)
    if letter == "D" and not clock:  # days and hours straddle the "T"
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    if smaller == letter or rest == 0:
        return f"{prefix}{total:g}{letter}"
    return f"{prefix}{whole}{letter}{rest}{smaller}" if whole else f"{prefix}{rest}{smaller}"


def granularity_unit(unit_word: str) -> str:
    """The calendar unit a relative expression moves by ("decade" → decade, "night" → day)."""
    letter, multiplier, granularity = unit_of(unit_word)
    return granularity if granularity != "time" else "day"
