"""Rules for dates the text spells out: "Oct. 23, 1998", "July 1997", "2015", "the 1990s"."""

from __future__ import annotations

import re

from .. import lexicon
from .base import Emit, Rule

Match = re.Match[str]


def _month(m: Match) -> int:
    return int(lexicon.lookup("months", m["month"]))


def _day(m: Match) -> int:
    return int(re.match(r"\d+", m["day"]).group())  # type: ignore[union-attr]


def _full_date(m: Match) -> Emit | None:
    return Emit("DATE", f"{int(m['year']):04d}-{_month(m):02d}-{_day(m):02d}")


def _month_day(m: Match) -> Emit | None:
    selector = lexicon.selector(m.groupdict().get("rel"))
    return Emit("DATE", f"UNDEF-{selector}-month-{_month(m):02d}-{_day(m):02d}")


def _month_year(m: Match) -> Emit | None:
    return Emit("DATE", f"{int(m['year']):04d}-{_month(m):02d}")


def _bare_month(m: Match) -> Emit | None:
    # A bare "May", "March" or abbreviation stands for a month only in a month's place
    # (after a preposition, as a subject): see negative_rules.txt
    rel = " ".join((m["rel"] or "").lower().split())
    if m["yrel"]:  # "February this year", "June last year"
        step = lexicon.step(m["yrel"])
        return Emit("DATE", f"UNDEF-REF-year-{'PLUS' if step >= 0 else 'MINUS'}-{abs(step)}-{_month(m):02d}")
    return Emit("DATE", f"UNDEF-{lexicon.selector(rel)}-month-{_month(m):02d}")


def _numeric_date(m: Match) -> Emit | None:
    year = int(m["year"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    month, day = int(m["month"]), int(m["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Emit("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _year(m: Match) -> Emit | None:
    return Emit("DATE", m["year"])


_YEAR_PREFIX_MOD = {"mid": "MID", "mid-": "MID", "post-": "AFTER", "pre-": "BEFORE"}


def _bare_year(m: Match) -> Emit | None:
    prefix = (m["prefix"] or "").lower()
    return Emit("DATE", m["year"], mod=_YEAR_PREFIX_MOD.get(prefix))


def _decade(m: Match) -> Emit | None:
    mod = "MID" if m["prefix"] else None
    if m["digits2"]:  # "the '90s": a two-digit decade is read in the twentieth century
        return Emit("DATE", "19" + m["digits2"][0])
    return Emit("DATE", m["century"] + m["digits"][0], mod=mod)


def _century(m: Match) -> Emit | None:
    number = lexicon.number_value(re.sub(r"(st|nd|rd|th)$", "", m["nth"].lower()))
    if number is None:
        ordinal = lexicon.table("ordinals").get(m["nth"].lower())
        number = float(ordinal[0]) if ordinal else None
    if not number:
        return None
    return Emit("DATE", f"{int(number) - 1:02d}")


def spoken_year(text: str) -> int | None:
    """ "nineteen ninety-six" → 1996, "two thousand" → 2000, "two thousand and one" → 2001."""
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        rest = lexicon.number_value(" ".join(words[2:])) if words[2:] else 0.0
        return None if rest is None else 2000 + int(rest)
    head = lexicon.number_value(words[0])
    tail = lexicon.number_value(" ".join(words[1:])) if words[1:] else None
    if head is None or tail is None or not 10 <= head <= 20 or not 1 <= tail <= 99:
        return None
    return int(head) * 100 + int(tail)


def _spoken_year(m: Match) -> Emit | None:
    year = spoken_year(m["spoken"])
    if year is None:
        return None
    if m["month"]:
        return Emit("DATE", f"{year:04d}-{_month(m):02d}")
    return Emit("DATE", f"{year:04d}")


def _decade_word(m: Match) -> Emit | None:
    return Emit("DATE", lexicon.lookup("decades", m["word"]))


RULES: tuple[Rule, ...] = (
    Rule(
        "month_day_year",
        r"\b(?P<month>%(month)s)\s*(?P<day>%(day)s),?\s*(?P<year>%(year)s)%(b_right)s",
        _full_date,
        triggers=('month',),
    ),
    Rule(
        "day_month_year",
        r"\b(?P<day>%(day)s)\s+(?:of\s+)?(?P<month>%(month)s),?\s+(?P<year>%(year)s)%(b_right)s",
        _full_date,
        triggers=('month',),
    ),
    Rule(
        "iso_date",
        r"%(b_left)s(?P<year>%(year)s)-(?P<month>[01]\d)-(?P<day>[0-3]\d)%(b_right)s",
        _numeric_date,
        triggers=('year',),
    ),
    Rule(
        "us_numeric_date",
        r"%(b_left)s(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>%(year)s|\d\d)%(b_right)s",
        _numeric_date,
        triggers=('slash',),
    ),
    Rule(
        "month_year",
        r"\b(?P<month>%(month)s)\s*(?:of\s+|,\s*)?(?P<year>%(year)s)%(b_right)s",
        _month_year,
        triggers=('month',),
    ),
    Rule(
        "month_day",
        r"\b(?:(?P<rel>last|next|this)\s+)?(?P<month>%(month)s)\s*(?P<day>%(day)s)(?:(?=\s*[-–]\s*\d{1,2}\b(?![-/.,]\d))|%(b_right)s)",
        _month_day,
        triggers=('month',),
    ),
    Rule(
        "month_day_range",
        # "Jan. 6-7": the first day above (month_day, which allows "-7" after it), the second here
        r"\b(?P<month>%(month)s)\s*(?:[12]\d|3[01]|0?[1-9])\s*[-–]\s*(?P<timex>(?P<day>[12]\d|3[01]|0?[1-9]))\b(?![-/.,]\d)",
        _month_day,
        triggers=("month",),
    ),
    Rule(
        "day_month",
        r"\b(?P<day>%(day)s)\s+(?:of\s+)?(?P<month>%(month_full)s)\b",
        _month_day,
        triggers=('month',),
    ),
    Rule(
        "month_before_range_end",
        # "between March and June 2012": the first month shares the year written after the second
        r"\b(?P<month>%(month_full)s)(?=\s*(?:-|–|to|and|through|until|or)\s*%(month_full)s\s*,?\s*(?P<year>%(year)s)%(b_right)s)",
        _month_year,
        triggers=("month",),
    ),
    Rule(
        "bare_month",
        r"(?:\b(?P<prep>in|since|until|till|by|during|from|through|to|of|before|after|early|late|mid|and|or|between|the|in\s+early|in\s+late)[\s-]+)?"
        r"(?P<timex>\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<month>%(month_full)s|%(month_short)s\.)(?:\s+(?P<yrel>this|last|next)\s+year)?)(?![\w-]|['’](?!s\b))",
        _bare_month,
        triggers=('month',),
    ),
    Rule(
        "fiscal_or_calendar_year",
        r"\b(?:(?:fiscal|calendar)(?:\s+year)?|the\s+year|(?:fiscal\s+)?FY)\s*(?P<year>%(year)s)%(b_right)s",
        _year,
        triggers=('year',),
    ),
    Rule(
        "year",
        r"(?:\b(?P<prefix>mid-?|post-|pre-)|(?<=\b\d{4}-)|%(b_left)s)(?P<year>1[7-9]\d\d|20\d\d)"
        r"(?![\w%%/]|[.,]\d|-(?!\d{4}\b)\d)",
        _bare_year,
        triggers=('year',),
    ),
    Rule(
        "decade",
        r"(?<!\b(?:his|her|our|its)\s)(?<!\bmy\s)(?<!\btheir\s)(?<!\byour\s)"
        r"(?:\bthe\s+)?(?:(?:\b(?P<prefix>mid-?)|%(b_left)s)(?P<century>1[0-9]|20)?(?P<digits>\d0)|[‘’']\s?(?P<digits2>\d0))[‘’']?s\b",
        _decade,
        triggers=("decade",),
    ),
    Rule(
        "spoken_year",
        r"\b(?:(?P<month>%(month_full)s)\s+|the\s+year\s+)?(?P<spoken>(?:nineteen|eighteen)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
        r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b(?![\s-]+(?:dollars|people|years|percent)\b)",
        _spoken_year,
        triggers=("spoken",),
    ),
    Rule(
        "decade_word",
        r"\b(?:the\s+)(?P<word>%(decade_word)s)\b",
        _decade_word,
        triggers=("spoken",),
    ),
    Rule(
        "century",
        r"\b(?:the\s+)?(?P<nth>\d{1,2}(?:st|nd|rd|th)|%(ordinal)s|twenty-first|twentieth)[\s-]+century\b",
        _century,
        triggers=('century',),
    ),
)
