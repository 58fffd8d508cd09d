"""TIMEX3 values: one text form, one parser, and the calendar span a value denotes.

`CalendarValue.parse(text)` accepts the calendar values the tagger writes (`2015`,
`2015-05`, `2015-05-03`, `2015-W19`, `2015-W19-WE`, `2015-Q2`, `2015-H1`, `2015-SU`,
`199`, `19`, `2015-05-03T15:30`, `2015-05-03TNI`, `XXXX-05`, …) and `str()` gives the
text back, so `str(CalendarValue.parse(v)) == v`. `Duration` does the same for `P4Y`,
`PT3H`, `PXY`. From a value follow its granularity and its inclusive interval.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..model import Granularity, Interval
from . import compiled_cache

REFERENCE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})

_CALENDAR = compiled_cache.compile(
    r"(?P<year>\d{4}|\d{3}X?|\d{2}(?:XX)?|XXXX)"
    r"(?:-(?:"
    r"W(?P<week>\d{2}|XX)(?:-(?P<weekday>[1-7])|-(?P<weekend>WE))?"
    r"|Q(?P<quarter>[1-4X])"
    r"|H(?P<half>[12X])"
    r"|(?P<season>SP|SU|FA|WI)"
    r"|(?P<month>0[1-9]|1[0-2]|XX)(?:-(?P<day>0[1-9]|[12]\d|3[01]|XX))?"
    r"))?"
    r"(?:T(?P<time>(?:[01]\d|2[0-4])(?::[0-5]\d){0,2}|MO|MI|AF|EV|NI|DT))?"
)
_DURATION = compiled_cache.compile(
    r"P(?:(?P<date>(?:(?:\d+(?:\.\d+)?|X)[YMWDQ])+)|T(?P<time>(?:(?:\d+(?:\.\d+)?|X)[HMS])+))"
)


@dataclass(frozen=True, slots=True)
class CalendarValue:
    """A calendar TIMEX3 value, each part kept in its text form ("XX" = unknown)."""

    year: str
    month: str | None = None
    day: str | None = None
    week: str | None = None
    weekday: str | None = None
    weekend: bool = False
    quarter: str | None = None
    half: str | None = None
    season: str | None = None
    time: str | None = None

    @classmethod
    def parse(cls, text: str) -> CalendarValue:
        match = _CALENDAR.fullmatch(text)
        if not match:
            raise ValueError(f"not a calendar TIMEX3 value: {text!r}")
        g = match.groupdict()
        return cls(
            year=g["year"], month=g["month"], day=g["day"], week=g["week"],
            weekday=g["weekday"], weekend=bool(g["weekend"]), quarter=g["quarter"],
            half=g["half"], season=g["season"], time=g["time"],
        )

    def __str__(self) -> str:
        text = self.year
        if self.week is not None:
            text += f"-W{self.week}"
            if self.weekday is not None:
                text += f"-{self.weekday}"
            elif self.weekend:
                text += "-WE"
        elif self.quarter is not None:
            text += f"-Q{self.quarter}"
        elif self.half is not None:
            text += f"-H{self.half}"
        elif self.season is not None:
            text += f"-{self.season}"
        elif self.month is not None:
            text += f"-{self.month}"
            if self.day is not None:
                text += f"-{self.day}"
        if self.time is not None:
            text += f"T{self.time}"
        return text

    @property
    def granularity(self) -> Granularity:
        if self.time is not None:
            return "time"
        if self.day is not None or self.weekday is not None:
            return "day"
        if self.week is not None:
            return "week"
        if self.month is not None:
            return "month"
        if self.quarter is not None or self.half is not None:
            return "quarter"
        if self.season is not None:
            return "season"
        digits = self.year.rstrip("X")
        if len(self.year) == 2 or len(digits) == 2:
            return "century"
        if len(self.year) == 3 or len(digits) == 3:
            return "decade"
        return "year"

    def interval(self) -> Interval | None:
        """The inclusive calendar span, or None when a part it needs is unknown."""
        digits = self.year.rstrip("X")
        if not digits.isdigit():
            return None
        granularity = self.granularity
        if granularity == "century" and len(digits) == 2:
            first = int(digits) * 100
            return Interval(date(max(first, 1), 1, 1), date(first + 99, 12, 31))
        if granularity == "decade" and len(digits) == 3:
            first = int(digits) * 10
            return Interval(date(max(first, 1), 1, 1), date(first + 9, 12, 31))
        if len(digits) != 4:
            return None
        year = int(digits)
        if year < 1:
            return None
        try:
            return _year_part_interval(self, year)
        except ValueError:  # a day that does not exist, such as 2015-02-30
            return None


def _year_part_interval(value: CalendarValue, year: int) -> Interval | None:
    if value.week is not None:
        if not value.week.isdigit():
            return None
        monday = date.fromisocalendar(year, int(value.week), 1)
        if value.weekday is not None:
            day = monday + timedelta(days=int(value.weekday) - 1)
            return Interval(day, day)
        if value.weekend:
            return Interval(monday + timedelta(days=5), monday + timedelta(days=6))
        return Interval(monday, monday + timedelta(days=6))
    if value.quarter is not None:
        return _months(year, 3 * int(value.quarter) - 2, 3) if value.quarter.isdigit() else None
    if value.half is not None:
        return _months(year, 6 * int(value.half) - 5, 6) if value.half.isdigit() else None
    if value.season is not None:
        # Meteorological seasons; winter 2015 runs from December 2015 into 2016.
        first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[value.season]
        return _months(year, first_month, 3)
    if value.month is None:
        return Interval(date(year, 1, 1), date(year, 12, 31))
    if not value.month.isdigit():
        return None
    month = int(value.month)
    if value.day is None:
        return _months(year, month, 1)
    if not value.day.isdigit():
        return None
    day = date(year, month, int(value.day))
    return Interval(day, day)


def _months(year: int, first_month: int, count: int) -> Interval:
    last_month = first_month + count - 1
    end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    last_day = calendar.monthrange(end_year, end_month)[1]
    return Interval(date(year, first_month, 1), date(end_year, end_month, last_day))


@dataclass(frozen=True, slots=True)
class Duration:
    """A TIMEX3 duration: amounts per unit in order, "X" for an unknown amount."""

    parts: tuple[tuple[str, str], ...]  # (amount, unit) with unit in Y M W D Q H M S
    clock: bool = False  # units after "T" (hours, minutes, seconds)

    @classmethod
    def parse(cls, text: str) -> Duration:
        match = _DURATION.fullmatch(text)
        if not match:
            raise ValueError(f"not a TIMEX3 duration: {text!r}")
        body = match.group("date") or match.group("time")
        parts = tuple(re.findall(r"(\d+(?:\.\d+)?|X)([YMWDQHS])", body))
        return cls(parts, clock=match.group("time") is not None)

    def __str__(self) -> str:
        return "P" + ("T" if self.clock else "") + "".join(a + u for a, u in self.parts)


@lru_cache(maxsize=4096)
def calendar_value(value: str) -> CalendarValue | None:
    """The parsed calendar value, or None for durations, references and sets."""
    try:
        return CalendarValue.parse(value)
    except ValueError:
        return None


def granularity_of(value: str) -> Granularity | None:
    parsed = calendar_value(value)
    return parsed.granularity if parsed else None


def interval_of(value: str) -> Interval | None:
    parsed = calendar_value(value)
    return parsed.interval() if parsed else None


_DURATION_GRANULARITY: dict[str, Granularity] = {"Y": "year", "Q": "quarter", "M": "month", "W": "week", "D": "day"}


def duration_granularity(value: str) -> Granularity | None:
    """The calendar unit a one-unit duration counts in: `year` for P4Y, `day` for P10D."""
    try:
        duration = Duration.parse(value)
    except ValueError:
        return None
    if duration.clock or len(duration.parts) != 1:
        return None
    return _DURATION_GRANULARITY.get(duration.parts[0][1])


def shift_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day (Mar 31 − 1 → Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def anchored_interval(value: str, anchor: str | None, reference: date | None) -> Interval | None:
    """The span of a duration that ends or starts at the reference ("the past four years")."""
    if anchor is None or reference is None:
        return None
    try:
        duration = Duration.parse(value)
    except ValueError:
        return None
    if duration.clock or len(duration.parts) != 1 or duration.parts[0][0] == "X":
        return None
    amount_text, unit = duration.parts[0]
    amount = float(amount_text)
    if amount != int(amount):
        return None
    sign = -1 if anchor == "past" else 1
    n = int(amount) * sign
    try:
        if unit == "D":
            other = reference + timedelta(days=n)
        elif unit == "W":
            other = reference + timedelta(weeks=n)
        elif unit in ("M", "Q"):
            other = shift_months(reference, n * (3 if unit == "Q" else 1))
        else:
            other = shift_months(reference, 12 * n)
    except (OverflowError, ValueError):
        return None
    return Interval(min(other, reference), max(other, reference))
