"""Second step of tagging: an underspecified value plus the reference date → TIMEX3 value.

Rules write what the text says and leave the calendar to this module:

- `UNDEF-this-<unit>` and `UNDEF-REF-<unit>-<PLUS|MINUS>-<n>`: the reference's own
  day/week/weekend/month/quarter/half/year/decade/century, or one n units away
  ("last week" = `UNDEF-REF-week-MINUS-1`); a year may carry a month, "June last year"
  = `UNDEF-REF-year-MINUS-1-06`.
- `UNDEF-<selector>-<kind>-<code>`: a named calendar unit whose year (or week) the text
  leaves open. `kind` is month (`05`, `05-03`), season (`SU`), quarter (`Q2`), half
  (`H1`), weekday (`5`) or holiday (a key of holidays.tsv); `selector` is `this`,
  `last`, `next`, `begun` (the latest that has begun by the reference; `reported`
  the same, said of results, which in the future tense are of a quarter just ended), `tense`
  (decide by the tense of the nearby verbs) or `on<1-7>` (the year in which the day
  falls on that ISO weekday: "Monday, Oct. 26").
- Any of them may end in a time of day: `UNDEF-REF-day-MINUS-1TNI` ("last night").

Without a reference date nothing is guessed: the unknown parts become X
(`XXXX-05`, `XXXX-WXX`), as TIMEX3 allows.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from . import compiled_cache, lexicon
from .values import shift_months

Tense = Literal["past", "present", "future"]

_TIME_SUFFIX = compiled_cache.compile(r"T(?:MO|MI|AF|EV|NI|DT|\d\d(?::\d\d){0,2})$")
_RELATIVE = compiled_cache.compile(r"UNDEF-(?:this-(?P<unit>[a-z]+)|REF-(?P<unit2>[a-z]+)-(?P<sign>PLUS|MINUS)-(?P<n>\d+))(?P<rest>-(?:\d\d|Q[1-4]|H[12]))?")
_NAMED = compiled_cache.compile(r"UNDEF-(?P<sel>this|last|next|begun|reported|tense|on[1-7])-(?P<kind>month|season|quarter|half|weekday|weekend|holiday)-(?P<code>.+)")

_UNKNOWN = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX", "year": "XXXX",
    "decade": "XXXX", "century": "XXXX",
}


def resolve(value: str, reference: date | None, tense: Tense | None = None, firm: bool = False) -> str:
    """The TIMEX3 value of an underspecified `value`; other values come back unchanged.

    `firm` says the tense was read from a verb right next to the expression, so it
    decides the year even when the other year's occurrence lies nearer."""
    if not value.startswith("UNDEF-"):
        return value
    if value.startswith("UNDEF-weekof-"):  # the ISO week holding a day: "the week of March 6"
        day = resolve(value[len("UNDEF-weekof-") :], reference, tense, firm)
        try:
            year, week, _ = date.fromisoformat(day).isocalendar()
        except ValueError:
            return "XXXX-WXX"
        return f"{year:04d}-W{week:02d}"
    suffix = ""
    time_match = _TIME_SUFFIX.search(value)
    if time_match:
        suffix, value = time_match.group(), value[: time_match.start()]
    named = _NAMED.fullmatch(value)
    if named:
        return _resolve_named(named["sel"], named["kind"], named["code"], reference, tense, firm) + suffix
    relative = _RELATIVE.fullmatch(value)
    if relative:
        unit = relative.group("unit") or relative.group("unit2")
        steps = int(relative.group("n") or 0) * (-1 if relative.group("sign") == "MINUS" else 1)
        rest = relative.group("rest") or ""  # a month or quarter of that year: "June last year"
        if reference is None:
            return _UNKNOWN.get(unit, "XXXX") + rest + suffix
        return shift_unit(reference, unit, steps) + rest + suffix
    return "XXXX"  # an unknown form: stay valid rather than fail


def shift_unit(reference: date, unit: str, steps: int) -> str:
    """The value of the `unit` that lies `steps` units from the one holding `reference`."""
    if unit == "day":
        return (reference + timedelta(days=steps)).isoformat()
    if unit in ("week", "weekend"):
        year, week, _ = (reference + timedelta(weeks=steps)).isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        moved = shift_months(reference.replace(day=1), steps)
        return f"{moved.year:04d}-{moved.month:02d}"
    if unit in ("quarter", "half"):
        size = 3 if unit == "quarter" else 6
        per_year = 12 // size
        index = reference.year * per_year + (reference.month - 1) // size + steps
        return f"{index // per_year:04d}-{'Q' if size == 3 else 'H'}{index % per_year + 1}"
    if unit == "season":
        index = _season_index(reference) + steps
        return f"{index // 4:04d}-{('SP', 'SU', 'FA', 'WI')[index % 4]}"
    if unit == "decade":
        return _in_calendar(reference.year // 10 + steps, 999, "03d")
    if unit == "century":
        return _in_calendar(reference.year // 100 + steps, 99, "02d")
    return _in_calendar(reference.year + steps, 9999, "04d")  # year and anything unforeseen


def _in_calendar(number: int, largest: int, form: str) -> str:
    """The number in its TIMEX3 width; past the calendar's ends there is no value."""
    if not 0 <= number <= largest:
        raise ValueError(f"outside the calendar: {number}")
    return format(number, form)


def _season_index(day: date) -> int:
    """Seasons counted from year 0 spring; January belongs to the previous year's winter."""
    months_since_march = day.year * 12 + day.month - 3
    return months_since_march // 3


def _resolve_named(selector: str, kind: str, code: str, reference: date | None, tense: Tense | None, firm: bool) -> str:
    if kind == "weekend":
        if reference is None:
            return "XXXX-WXX-WE"
        saturday = weekday_date(6, reference, selector, tense)
        year, week, _ = saturday.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if kind == "weekday":
        if reference is None:
            return f"XXXX-WXX-{code}"
        return weekday_date(int(code), reference, selector, tense).isoformat()
    if reference is None:
        return _unknown_year_value(kind, code)
    if kind == "season":
        return _season(code, reference, selector, tense)
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        span = _span(kind, code, year)
        if span is not None:
            candidates.append((_year_value(kind, code, year, span), *span))
    if len(candidates) < 3:
        return _unknown_year_value(kind, code)
    if selector in ("begun", "reported") and tense == "future":
        # "expects a profit in the second quarter" in February: this year's, one not
        # ended; "expects to report third-quarter results" in October: the one just ended
        selector = "reportable" if selector == "reported" else "unfinished"
    elif selector == "reported":
        selector = "begun"
    if selector.startswith("on"):  # "Monday, Oct. 26": the year in which that day is a Monday
        agreeing = [c for c in candidates if c[1].isoweekday() == int(selector[2:])]
        if len(agreeing) == 1:
            return agreeing[0][0]
        selector = "tense"
    return _pick_year(candidates, reference, _direction(selector, tense), timedelta(0) if firm else _TENSE_SLACK)


# How far on the "wrong" side of the reference a tense may still leave a date: tense is
# read from nearby words without a parser, so it only decides when the choice is clear.
_TENSE_SLACK = timedelta(days=90)


def _pick_year(candidates: list[tuple[str, date, date]], reference: date, direction: str, slack: timedelta) -> str:
    """Choose among last year's, this year's and next year's occurrence.

    `last`/`next` take the latest occurrence wholly before / earliest wholly after the
    reference; `this` takes the reference's year; `begun` the latest that has started
    by the reference, `unfinished` the earliest not yet ended and `reportable` the
    earliest not ended more than _TENSE_SLACK before it. For `past`, `future` and no
    tense the occurrence nearest the reference wins unless the tense contradicts it by
    more than `slack`.
    """
    previous, this, following = candidates
    if direction == "this":
        return this[0]
    if direction == "begun":
        return this[0] if this[1] <= reference else previous[0]
    if direction == "unfinished":
        return this[0] if this[2] >= reference else following[0]
    if direction == "reportable":
        return next(c for c in candidates if c[2] >= reference - _TENSE_SLACK)[0]
    if direction == "last":
        return this[0] if this[2] < reference else previous[0]
    if direction == "next":
        return this[0] if this[1] > reference else following[0]

    def distance(candidate: tuple[str, date, date]) -> timedelta:
        _, first, last = candidate
        if first <= reference <= last:
            return timedelta(0)
        return first - reference if first > reference else reference - last

    ranked = sorted(candidates, key=distance)
    for candidate in ranked:
        _, first, last = candidate
        if direction == "past" and first > reference + slack:
            continue
        if direction == "future" and last < reference - slack:
            continue
        return candidate[0]
    return this[0]


def _direction(selector: str, tense: Tense | None) -> str:
    if selector != "tense":
        return selector
    return tense if tense in ("past", "future") else "nearest"


def _span(kind: str, code: str, year: int) -> tuple[date, date] | None:
    try:
        if kind == "month":
            month, _, day = code.partition("-")
            if day:
                one = date(year, int(month), int(day))
                return one, one
            first = date(year, int(month), 1)
            return first, shift_months(first, 1) - timedelta(days=1)
        if kind in ("quarter", "half"):
            size = 3 if kind == "quarter" else 6
            first = date(year, size * (int(code[1]) - 1) + 1, 1)
            return first, shift_months(first, size) - timedelta(days=1)
        if kind == "holiday":
            day = holiday_date(code, year)
            return None if day is None else (day, day)
    except (ValueError, IndexError):
        return None
    return None


def _year_value(kind: str, code: str, year: int, span: tuple[date, date]) -> str:
    if kind == "holiday":
        return span[0].isoformat()
    return f"{year:04d}-{code}"


def _unknown_year_value(kind: str, code: str) -> str:
    if kind == "holiday":
        fixed = lexicon.table("holidays").get(code, ("",))[0]
        return f"XXXX-{fixed}" if re.fullmatch(r"\d\d-\d\d", fixed) else "XXXX-XX-XX"
    return f"XXXX-{code}"


def _season(code: str, reference: date, selector: str, tense: Tense | None) -> str:
    here = _season_index(reference)
    wanted = ("SP", "SU", "FA", "WI").index(code)
    # the occurrence of that season in the reference's season-year, then step by years
    index = here - here % 4 + wanted
    direction = _direction(selector, tense)
    if direction == "this" and wanted != here % 4 and tense == "future":
        direction = tense  # "a trip planned this fall" in April: the coming one
    if direction in ("this", "nearest"):  # "this summer": the one nearest the reference
        index = min((index - 4, index, index + 4), key=lambda i: abs(i - here))
    elif direction == "last" and index >= here or direction == "past" and index > here:
        index -= 4
    elif direction == "next" and index <= here or direction == "future" and index < here:
        index += 4
    return _in_calendar(index // 4, 9999, "04d") + f"-{code}"


def weekday_date(weekday: int, reference: date, selector: str, tense: Tense | None = None) -> date:
    """The day of ISO `weekday` (Monday = 1) that `selector` picks around `reference`:
    `last` strictly before it, `next` strictly after, `this` in its week, or by tense."""
    today = reference.isoweekday()
    if selector == "last":
        return reference - timedelta(days=(today - weekday - 1) % 7 + 1)
    if selector == "next":
        return reference + timedelta(days=(weekday - today - 1) % 7 + 1)
    if selector == "this":
        return reference + timedelta(days=weekday - today)
    if tense == "future":
        return reference + timedelta(days=(weekday - today) % 7)
    # News reports mostly what happened: without a future tense, the latest such day.
    return reference - timedelta(days=(today - weekday) % 7)


def holiday_date(key: str, year: int) -> date | None:
    """The date of a holiday of holidays.tsv in `year` (fixed, nth weekday, or Easter-based)."""
    row = lexicon.table("holidays").get(key)
    if row is None:
        return None
    rule = row[0].split()
    if rule[0] == "NTH":
        nth, weekday, month = int(rule[1]), int(rule[2]), int(rule[3])
        offset = timedelta(days=int(rule[4]) if len(rule) > 4 else 0)  # Election Day: Monday + 1
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1)) + offset
        last = shift_months(date(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7) + offset
    if rule[0] == "EASTER":
        return _easter(year) + timedelta(days=int(rule[1]))
    month, day = rule[0].split("-")
    return date(year, int(month), int(day))


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)
