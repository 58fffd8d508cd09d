"""Rules for expressions that point at a time named before them: "that day", "the next
day", "later that year", "the following month". The engine takes the period named last
(see engine._follow_named); without one, the value falls back on the reference date."""

from __future__ import annotations

import re

from .. import lexicon
from .base import Emit, Follow, Rule

Match = re.Match[str]

_ANY_DAY = frozenset({"that", "same"})  # "that day", "that same day": the day named, not one moved


def _that_unit(m: Match) -> Emit | None:
    words = m.group().lower().split()
    unit = m["unit"].lower()
    steps = next((lexicon.step(w) for w in words if w in lexicon.table("selectors") and w not in _ANY_DAY), 0)
    if m["after"]:
        steps = lexicon.step(m["after"])
    part = lexicon.table("parts_of_day").get(unit, (None,))[0]
    if part:
        unit = "day"
    sign = "PLUS" if steps >= 0 else "MINUS"
    fallback = f"UNDEF-REF-{unit}-{sign}-{abs(steps)}" + (f"T{part}" if part else "")
    return Emit("DATE", fallback, follow=Follow(unit, steps, time=part))  # type: ignore[arg-type]


def _relative_weekday(m: Match) -> Emit | None:
    """ "the previous Friday": the Friday before the day the story is at; without one
    named, the Friday before the reference."""
    weekday = int(lexicon.lookup("weekdays", m["weekday"]))
    steps = lexicon.step(m["rel"])
    fallback = f"UNDEF-{'last' if steps < 0 else 'next'}-weekday-{weekday}"
    return Emit("DATE", fallback, follow=Follow("day", steps, weekday=weekday))


RULES: tuple[Rule, ...] = (
    Rule(
        "day_before_day",
        r"\bthe\s+day\s+(?P<after>before|after)(?=\s+(?:(?:last|next|this)\s+)?(?:%(weekday)s|%(month)s|%(holiday)s)|\s+(?:tomorrow|yesterday)\b)",
        lambda m: Emit("DATE", "XXXX-XX-XX", shifts_next=lexicon.step(m["after"])),
        triggers=("day",),
    ),
    Rule(
        "relative_weekday",
        r"\bthe\s+(?P<rel>previous|preceding|prior|following|next)\s+(?P<weekday>%(weekday)s)\b(?!['’]s)",
        _relative_weekday,
        triggers=("weekday",),
    ),
    Rule(
        "that_unit",
        r"\b(?:(?:that|the)\s+(?:same|next|following|previous|preceding|prior)|that)\s+(?P<unit>day|month|year|morning|afternoon|evening|night)\b"
        r"|\bthe\s+(?P<unit2>day)\s+(?P<after>before|after)\b(?=\s*(?:[,.;]|$))",
        lambda m: _that_unit(m) if m["unit"] else _that_unit_after(m),
        triggers=("day_word", "day", "calendar_unit"),
    ),
)


def _that_unit_after(m: Match) -> Emit | None:
    steps = lexicon.step(m["after"])
    return Emit("DATE", f"UNDEF-REF-day-{'PLUS' if steps > 0 else 'MINUS'}-1", follow=Follow("day", steps))
