"""Rules for amounts of time and repetitions: "the past four years", "two weeks",
"five-year", "several months", "daily", "every Sunday"."""

from __future__ import annotations

import re

from .. import lexicon
from .base import Emit, Rule, amount_of, duration_value

Match = re.Match[str]


def _amount(m: Match) -> float | None:
    """The number of units; None when vague ("several"), except "a couple of" = 2."""
    n = m["n"] or m.groupdict().get("vague")
    if n is None or not n.strip():
        return None
    return 2.0 if "couple" in n.lower() else amount_of(n)


def _anchored(m: Match) -> Emit | None:
    rel = m["rel"].lower()
    step = lexicon.step(rel)  # "the past four years" ends at the reference, "the next few months" starts there
    anchor = "past" if step < 0 else "future" if step > 0 else None
    amount = _amount(m)
    if m["n"] and amount is None and not re.match(r"(?i)a\s+few|few|several|a\s+couple|couple|many|some", m["n"]):
        return None
    return Emit("DURATION", duration_value(amount, m["unit"]), anchor=anchor)


def _duration(m: Match) -> Emit | None:
    amount = _amount(m)
    if amount is not None and m["half"]:
        amount += 0.5
    if amount is None and not m["vague"]:
        return None
    if amount is not None and m["n"] and m["n"].strip().isdigit() and int(m["n"].strip()) > 1000:
        return None
    return Emit("DURATION", duration_value(amount, m["unit"]), quantity=True)


def _bare_plural(m: Match) -> Emit | None:
    return Emit("DURATION", duration_value(None, m["unit"]))


def _recent_units(m: Match) -> Emit | None:
    # TimeBank reads "in recent years" and "in coming months" as vague references, but
    # "in recent weeks" as a stretch of some weeks up to now.
    future = m.group().lower().split()[-2] == "coming"
    if m["unit"].lower() in ("years", "decades") or future:
        return Emit("DATE", "FUTURE_REF" if future else "PAST_REF")
    return Emit("DURATION", duration_value(None, m["unit"]), anchor="past")


def _frequency_word(m: Match) -> Emit | None:
    return Emit("SET", lexicon.lookup("sets", m["word"]))


def _every_unit(m: Match) -> Emit | None:
    amount = _amount(m) or 1
    return Emit("SET", duration_value(amount, m["unit"]))


def _every_named(m: Match) -> Emit | None:
    """ "every Sunday", "each July", "Tuesday nights"."""
    if m["weekday"]:
        value = f"XXXX-WXX-{lexicon.lookup('weekdays', m['weekday'])}"
    else:
        value = f"XXXX-{int(lexicon.lookup('months', m['month'])):02d}"
    if m["part"]:
        value += "T" + lexicon.part_of_day(m["part"])
    return Emit("SET", value)


RULES: tuple[Rule, ...] = (
    Rule(
        "anchored_duration",
        r"\b(?:the\s+)?(?P<rel>past|last|previous|preceding|prior|next|coming|following|upcoming|first)\s+"
        r"(?P<n>%(number)s|%(vague_number)s)[\s-]+(?P<unit>%(unit)s)\b",
        _anchored,
        triggers=('unit',),
    ),
    Rule(
        "recent_units",
        r"\b(?:the\s+)?(?:recent|coming|past)\s+(?P<unit>years|months|weeks|days|decades|quarters)\b",
        _recent_units,
        triggers=("plural_unit",),
    ),
    Rule(
        "units_ahead",
        r"\bthe\s+(?P<unit>days|weeks|months|years)\s+ahead\b",
        lambda m: Emit("DURATION", duration_value(None, m["unit"]), anchor="future"),
        triggers=("plural_unit",),
    ),
    Rule(
        "duration",
        r"\b(?:the\s+)?(?:(?P<vague>%(vague_number)s)|(?P<n>%(number)s))[\s-]+(?:(?:more|additional|full|straight|consecutive)\s+)?(?P<unit>%(unit)s)(?P<half>\s+and\s+a\s+half)?\b(?:-long)?"
        r"(?![\s-]+old(?:s|er)?\b)",
        _duration,
        triggers=('unit',),
    ),
    Rule(
        "bare_plural_units",
        r"\b(?:for|over|in|within|after|took|take|takes|lasted|follows|followed)\s+(?P<timex>(?P<unit>years|months|weeks|decades|centuries))\b(?!\s+(?:ago|earlier|later)\b)",
        _bare_plural,
        triggers=("plural_unit",),
    ),
    Rule(
        "unit_long",
        # "a decade-long war" (ten years), "decades-long" (some decades)
        r"\b(?P<unit>%(unit)s)-long\b",
        lambda m: Emit("DURATION", duration_value(None if m["unit"].lower().endswith("s") else 1, m["unit"])),
        triggers=("long",),
    ),
    Rule(
        "frequency_word",
        r"\b(?P<word>%(frequency)s)\b",
        _frequency_word,
        triggers=('frequency',),
    ),
    Rule(
        "every_unit",
        r"\b(?:every|each)\s+(?:(?P<n>%(number)s)\s+)?(?P<unit>%(unit)s)\b",
        _every_unit,
        triggers=('frequency',),
    ),
    Rule(
        "every_named_day",
        r"\b(?:every|each)\s+(?:(?P<weekday>%(weekday)s)|(?P<month>%(month_full)s))(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
        _every_named,
        triggers=('frequency',),
    ),
    Rule(
        "plural_weekday",
        r"\b(?P<weekday>%(weekday)s)(?:s|(?=\s+(?:mornings|afternoons|evenings|nights)\b))\b"
        r"(?:\s+(?P<part>mornings|afternoons|evenings|nights))?",
        _every_named,  # "Sundays" is every Sunday
        triggers=('weekday',),
    ),
)
