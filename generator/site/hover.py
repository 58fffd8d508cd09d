"""What a reader sees when hovering over a marked time expression: words, not TIMEX3.

"some time before 22 October 2017" for PAST_REF, "four years, 2013 – 2017" for an
anchored P4Y, "May 2017" for 2017-05. The TIMEX3 values themselves stay in the data
files (`data/<id>.json`); the word tables are data files beside this module.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from .. import temporal
from ..datafiles import rows
from ..model import Timex
from ..temporal.labels import day_label

_DATA = Path(__file__).parent / "data"
_DURATION = re.compile(r"P(?P<date>(?:[\dX.]+(?:DE|CE|ML|WE|[YMWDQ]))*)"
                       r"(?:T(?P<time>(?:[\dX.]+[HMS])*))?")
_AMOUNT = re.compile(r"([\dX.]+)(DE|CE|ML|WE|[YMWDQHS])")
_MODS = {"APPROX": "about ", "LESS_THAN": "less than ", "MORE_THAN": "more than ",
         "EQUAL_OR_LESS": "at most ", "EQUAL_OR_MORE": "at least "}


def _table(name: str) -> list[list[str]]:
    return rows(_DATA / name)


@lru_cache(maxsize=1)
def _units() -> dict[tuple[str, str], tuple[str, str]]:
    return {(part, unit): (one, many) for part, unit, one, many in _table("duration_units.tsv")}


@lru_cache(maxsize=1)
def _numbers() -> dict[str, str]:
    return dict(_table("number_words.tsv"))


def duration_words(value: str) -> str | None:
    """"P4Y" → "four years", "PT90M" → "90 minutes", "PXY" → "years", "P1DT2H" →
    "one day and two hours"; None for a value that is not a duration."""
    match = _DURATION.fullmatch(value)
    if not match or not (match.group("date") or match.group("time")):
        return None
    pieces = []
    for part, group in (("P", match.group("date")), ("T", match.group("time"))):
        for amount, unit in _AMOUNT.findall(group or ""):
            names = _units().get((part, unit))
            if names is None:
                return None
            if "X" in amount:
                pieces.append(names[1])  # "PXY": a number of years the text did not give
                continue
            if amount.rstrip("0").rstrip(".") == "1":
                pieces.append(f"one {names[0]}")
            else:
                shown = amount.rstrip("0").rstrip(".") if "." in amount else amount
                pieces.append(f"{_numbers().get(shown, shown)} {names[1]}")
    return " and ".join(pieces) or None


def hover_label(timex: Timex, published: date | None) -> str:
    """The reader's label of a time expression, given the article's publication date."""
    when = day_label(published) if published else None
    if timex.value == "PAST_REF":
        return f"some time before {when}" if when else "some time in the past"
    if timex.value == "FUTURE_REF":
        return f"some time after {when}" if when else "some time in the future"
    if timex.value == "PRESENT_REF":
        return f"now, at the time of writing ({when})" if when else "now, at the time of writing"
    if timex.type == "DURATION":
        words = duration_words(timex.value)
        words = _MODS.get(timex.mod or "", "") + words if words else timex.text
        return f"{words}, {temporal.label(timex)}" if timex.interval else words
    if timex.type == "SET":
        return f"a repeated time: {timex.text}"
    if timex.interval is None:  # a date the publication date would have resolved
        if published is None:  # why is said once, at the top of the article's page
            return f"{timex.text}: unresolved"
        return f"{timex.text}: not resolved to a calendar date"
    return temporal.label(timex)
