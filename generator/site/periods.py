"""Where an event sits on the corpus timeline: under which heading, and in which order.

An event is placed by its true span (`timeline.true_span`: "late 2022" is the end of
2022, not its first day). A span inside one calendar year belongs to that year: under
"2024 as a whole" when it is the whole year, under its month when it fits in one, and
otherwise under a heading of its own ("spring 2024", "late 2024", "Q2 2024"). A span
over more than one year is not any one year's: a decade ("the 1990s"), a century ("the
20th century") or another stretch of years ("2020 – 2024") gets a top-level heading of
its own, placed among the years by its start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import temporal
from ..model import Event, Interval
from ..temporal.labels import month_name
from ..analysing.timeline import true_span

WHOLE = "whole"


@dataclass(frozen=True, slots=True)
class Period:
    """A top-level heading of the corpus timeline: a year, a decade, a century, or
    a longer stretch. `slug` names its page and anchor (`2024`, `1990s`, `c20`)."""

    slug: str
    label: str
    span: Interval
    is_year: bool


@dataclass(frozen=True, slots=True)
class Part:
    """A heading inside a period: the whole year, a month, or a stretch of months."""

    slug: str  # WHOLE, "03" (a month), "0301-0531" (a stretch); used in ids and paths
    label: str
    order: tuple  # whole year first, then by the span's start and end


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def period_of(span: Interval, granularity: str | None = None) -> Period:
    """The period a span belongs to. A span inside one year is that year's; a decade
    or a century the text named is that decade or century; any other span of years
    ("the past four years", 2020 – 2024) is a stretch of its own."""
    start, end = span.start, span.end
    if start.year == end.year:
        return Period(f"{start.year:04d}", str(start.year),
                      Interval(date(start.year, 1, 1), date(start.year, 12, 31)), True)
    if granularity == "decade":
        decade = start.year // 10 * 10
        return Period(f"{decade:04d}s", f"The {decade}s",
                      Interval(date(max(decade, 1), 1, 1), date(decade + 9, 12, 31)), False)
    if granularity == "century":
        century = start.year // 100
        return Period(f"c{century + 1}", f"The {_ordinal(century + 1)} century",
                      Interval(date(max(century * 100, 1), 1, 1), date(century * 100 + 99, 12, 31)),
                      False)
    return Period(f"{start.year:04d}-{end.year:04d}", f"{start.year} – {end.year}",
                  Interval(date(start.year, 1, 1), date(end.year, 12, 31)), False)


def part_of(event: Event, period: Period) -> Part:
    span = true_span(event.when)
    if not period.is_year:
        return Part(WHOLE, period.label, (0,))
    year = period.span.start.year
    if span == period.span:
        return Part(WHOLE, f"{year} as a whole", (0,))
    if span.start.month == span.end.month:
        return Part(f"{span.start.month:02d}", f"{month_name(span.start.month)} {year}",
                    (1, span.start.month, 0))
    # A season, a quarter, "late 2024", "March – May": its own heading, named the way
    # the text named it, placed by where it starts among the months.
    return Part(f"{span.start:%m%d}-{span.end:%m%d}", heading(temporal.label(event.when)),
                (1, span.start.month, 1, span.start.day, span.end))


def heading(text: str) -> str:
    """A label as a heading: "the 1990s" → "The 1990s"."""
    return text[:1].upper() + text[1:]


def event_period(event: Event) -> Period:
    return period_of(true_span(event.when), event.when.granularity)


def period_order(period: Period) -> tuple:
    return (period.span.start, period.span.end)
