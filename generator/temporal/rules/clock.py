"""Rules for clock times: "10 p.m.", "3:30 p.m. EST Friday", "noon Saturday", "4 in the morning"."""

from __future__ import annotations

import re

from .. import lexicon
from .base import Emit, Follow, Rule, signed_ref

Match = re.Match[str]


def _day_value(m: Match) -> str:
    """The underspecified date the time falls on: a named weekday, a day word, or today."""
    if m["weekday"]:
        return f"UNDEF-tense-weekday-{lexicon.lookup('weekdays', m['weekday'])}"
    if m.groupdict().get("month"):  # "5 p.m. EST Nov. 9", "noon, Oct. 23, 1998"
        month, day = int(lexicon.lookup("months", m["month"])), int(re.match(r"\d+", m["day"]).group())  # type: ignore[union-attr]
        if m["year"]:
            return f"{int(m['year']):04d}-{month:02d}-{day:02d}"
        return f"UNDEF-tense-month-{month:02d}-{day:02d}"
    return signed_ref("day", int(lexicon.lookup("day_words", m["dayword"])) if m["dayword"] else 0)


def _clock(m: Match) -> Emit | None:
    if m["special"]:
        hour, minute = (12, 0) if m["special"].lower() == "noon" else (24, 0)
    else:
        hour, minute = int(m["hour"]), int(m["minute"] or 0)
        half = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
        evening = half == "pm" or (m["inpart"] or "").lower() in ("afternoon", "evening", "night")
        clock_word = half or m["inpart"] or m["oclock"]
        if hour > 12 or minute > 59 or not clock_word:
            return None  # "4.10 guilders", "2.46 billion": numbers, not times
        if evening and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
    clock = f"{hour:02d}:{minute:02d}"
    # A time with no day of its own belongs to the day the story is telling about.
    follow = None if m["weekday"] or m["dayword"] or m["month"] else Follow("day", 0, time=clock)
    return Emit("TIME", f"{_day_value(m)}T{clock}", follow=follow)


def _midday(m: Match) -> Emit | None:
    if m.group().lower() == "midday":
        return Emit("TIME", "UNDEF-this-dayT12:00", follow=Follow("day", 0, time="12:00"))
    part = lexicon.part_of_day(m["part"])
    if m["dayword"]:  # "mid-afternoon yesterday": that day's part, not today's
        return Emit("TIME", f"{_day_value(m)}T{part}", mod="MID")
    return Emit("TIME", f"UNDEF-this-dayT{part}", mod="MID", follow=Follow("day", 0, time=part))


RULES: tuple[Rule, ...] = (
    Rule(
        "clock_time",
        r"(?<![\w.:$])(?:(?<!high\s)(?P<special>noon|midnight)|(?P<hour>[01]?\d|2[0-4])(?:[:.](?P<minute>[0-5]\d))?"
        r"(?:\s*(?P<ampm>[ap]\.\s?m\.|[ap]\.?\s?m\b)|\s+(?:o['’]clock\s+)?in\s+the\s+(?P<inpart>morning|afternoon|evening)|\s+(?P<oclock>o['’]clock))?)"
        r"(?:\s+(?:(?-i:[ECMP][SD]?T|GMT|UTC|BST|CET))\b|\s+local\s+time\b)?"
        r"(?:\s+(?:(?:on|last|this)\s+)?(?:(?P<weekday>%(weekday)s)|(?P<dayword>today|yesterday|tomorrow|tonight))\b"
        r"|,?\s+(?P<month>%(month)s)\s*(?P<day>%(day)s)(?:,\s*(?P<year>%(year)s))?(?!\d))?",
        _clock,
        triggers=('clock',),
    ),
    Rule(
        "midday",
        r"\bmidday\b|\bmid[\s-]?(?P<part>morning|afternoon|evening)\b(?:\s+(?P<dayword>yesterday|today|tomorrow)\b)?(?P<weekday>)",
        _midday,
        triggers=("midday",),
    ),
)
