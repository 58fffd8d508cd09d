"""Expressions that take their value from a period named before them in the story:
"a year earlier" after "the third quarter", "the next day" after "Oct. 23", a clock
time in a story about one day. Rules mark them with a `Follow`; the engine passes the
expressions named so far."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from ..model import Timex
from . import settings
from .candidate import Candidate
from .resolve import weekday_date
from .rules.base import Follow
from .values import calendar_value, shift_months



def follow_named(candidate: Candidate, named: list[Timex]) -> Candidate:
    """The value of an expression that points at the period named last before it."""
    follow = candidate.emit.follow
    assert follow is not None
    for timex in reversed(named):
        if candidate.start - timex.end > (settings.WEEKDAY_WINDOW if follow.weekday is not None else settings.NAMED_WINDOW[follow.unit]):
            break
        value = followed_value(timex.value, follow)
        if value is not None:
            return replace(candidate, emit=replace(candidate.emit, value=value))
    return candidate


def followed_value(named_value: str, follow: Follow) -> str | None:
    """`follow` applied to a named value, or None when that value lacks the unit."""
    parsed = calendar_value(named_value)
    if parsed is None or not parsed.year.isdigit() or len(parsed.year) != 4:
        return None
    year = int(parsed.year)
    step_unit = follow.step_unit or follow.unit
    if follow.unit == "quarter":
        if parsed.quarter is None or not parsed.quarter.isdigit():
            return None
        return f"{follow.year if follow.year is not None else year + follow.steps:04d}-Q{parsed.quarter}"
    if follow.unit == "year":
        moved = year + follow.steps
        return f"{moved:04d}" if 0 <= moved <= 9999 else None  # "9,000 years later": off the calendar
    interval = parsed.interval()
    if interval is None or parsed.granularity not in (("day", "time") if follow.unit == "day" else ("day", "time", "month")):
        return None
    if follow.unit == "month":
        moved = shift_months(interval.start, follow.steps)
        return f"{moved.year:04d}-{moved.month:02d}"
    if follow.weekday is not None:  # "the previous Friday": the Friday before that day
        return weekday_date(follow.weekday, interval.start, "last" if follow.steps < 0 else "next").isoformat()
    day = interval.start + timedelta(days=follow.steps) if step_unit == "day" else interval.start
    return day.isoformat() + (f"T{follow.time}" if follow.time else "")
