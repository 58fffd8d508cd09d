"""Human labels for time expressions, at the granularity the text gave:
"2015", "May 2017", "week of 9 October 2017", "22 October 2017", "Q2 2015",
"summer 2015", "the 1990s", and "2013 – 2017" for an anchored duration."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..model import Interval, Timex
from .values import calendar_value

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_REFERENCES = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}
_MODS = {"START": "early ", "END": "late ", "MID": "mid-", "APPROX": "about "}


def month_name(month: int) -> str:
    return _MONTHS[month - 1]


def day_label(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def label(timex: Timex) -> str:
    """A label for a timeline entry; falls back to the expression's own text."""
    if timex.value in _REFERENCES:
        return _REFERENCES[timex.value]
    if timex.type == "DURATION":
        return _span_label(timex.interval) if timex.interval else timex.text
    if timex.type == "SET":
        return timex.text
    text = value_label(timex.value)
    if text is None:
        return timex.text
    prefix = _MODS.get(timex.mod or "", "")
    if prefix and text.startswith("the "):  # "the late 1980s", not "late the 1980s"
        return "the " + prefix + text[len("the "):]
    return prefix + text


@lru_cache(maxsize=4096)
def value_label(value: str) -> str | None:
    """The label of a calendar TIMEX3 value, or None when its year is unknown.
    Remembered: the corpus pages and exports label each event several times, and
    a collection repeats its dates."""
    parsed = calendar_value(value)
    interval = parsed.interval() if parsed else None
    if parsed is None or interval is None:
        return None
    granularity = parsed.granularity
    if granularity == "century":
        return f"the {int(parsed.year[:2]) * 100}s"
    if granularity == "decade":
        return f"the {parsed.year[:3]}0s"
    year = interval.start.year
    if parsed.time is not None:
        day = day_label(interval.start)
        return f"{day}, {_PARTS[parsed.time]}" if parsed.time in _PARTS else f"{day}, {parsed.time}"
    if granularity == "day":
        return day_label(interval.start)
    if granularity == "week":
        if parsed.weekend:
            return f"weekend of {day_label(interval.start)}"
        return f"week of {day_label(interval.start)}"
    if granularity == "month":
        return f"{_MONTHS[interval.start.month - 1]} {year}"
    if parsed.quarter is not None:
        return f"Q{parsed.quarter} {year}"
    if parsed.half is not None:
        return f"H{parsed.half} {year}"
    if parsed.season is not None:
        return f"{_SEASONS[parsed.season]} {year}"
    return str(year)


def _span_label(interval: Interval) -> str:
    if interval.start.year != interval.end.year:
        return f"{interval.start.year} – {interval.end.year}"
    if interval.start.month != interval.end.month:
        return f"{_MONTHS[interval.start.month - 1]} – {_MONTHS[interval.end.month - 1]} {interval.end.year}"
    return f"{interval.start.day} – {day_label(interval.end)}"
