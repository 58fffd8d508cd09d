"""The engine: run every rule, keep the longest non-overlapping matches, attach
modifiers, resolve values against the reference date, and build `Timex` objects."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ..model import Interval, Timex
from . import lexicon
from .resolve import resolve
from .rules import RULES, Emit, Rule
from .rules.base import Follow
from .tense import tense_near
from .triggers import LOOKAHEAD, trigger_positions, windows
from .values import REFERENCE_VALUES, Duration, calendar_value, granularity_of, interval_of, shift_months

MAX_TEXT = 5_000_000  # characters; beyond this the text is cut rather than the caller kept waiting


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    order: int  # rule position: lower wins a tie
    emit: Emit


def extract(text: str, reference: date | None) -> list[Timex]:
    """TIMEX3 expressions of `text` in document order, resolved against `reference`."""
    if not isinstance(text, str) or not text:
        return []
    text = text[:MAX_TEXT]
    chosen = _choose(_candidates(text), len(text))
    timexes: list[Timex] = []
    named: list[Timex] = []  # expressions that name a period themselves, not by reference to another
    for candidate in chosen:
        candidate = _with_modifier(text, _without_article_before_adjective(text, candidate))
        if candidate.emit.follow is not None:
            candidate = _follow_named(candidate, named)
        timex = _to_timex(text, candidate, reference)
        if timex is not None:
            timexes.append(timex)
            if candidate.emit.follow is None:
                named.append(timex)
    return timexes


_NAMED_WINDOW = 400  # characters back to look for the period an expression refers to


def _follow_named(candidate: Candidate, named: list[Timex]) -> Candidate:
    """The value of an expression that points at the period named last before it."""
    follow = candidate.emit.follow
    assert follow is not None
    for timex in reversed(named):
        if candidate.start - timex.end > _NAMED_WINDOW:
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
        return f"{year + follow.steps:04d}"
    interval = parsed.interval()
    if interval is None or parsed.granularity not in (("day", "time") if follow.unit == "day" else ("day", "time", "month")):
        return None
    if follow.unit == "month":
        moved = shift_months(interval.start, follow.steps)
        return f"{moved.year:04d}-{moved.month:02d}"
    day = interval.start + timedelta(days=follow.steps) if step_unit == "day" else interval.start
    return day.isoformat() + (f"T{follow.time}" if follow.time else "")


def _candidates(text: str, full_scan: bool = False) -> list[Candidate]:
    """Every rule's matches; a rule runs only around its trigger tokens unless `full_scan`."""
    found = []
    positions = {} if full_scan else trigger_positions(text)
    length = len(text)
    for order, rule in enumerate(RULES):
        if full_scan or not rule.triggers:
            spans = [(0, length)]
        else:
            near = sorted(p for name in rule.triggers for p in positions.get(name, ()))
            spans = windows(near, length)
        for window_start, window_end in spans:
            scan_end = min(length, window_end + LOOKAHEAD)
            for match in rule.regex.finditer(text, window_start, scan_end):
                if match.end() > window_end and scan_end < length:
                    continue  # may be cut short by the scan's end; its trigger lies in the next window
                candidate = _candidate(rule, order, match)
                if candidate is not None:
                    found.append(candidate)
    return found


def _candidate(rule: Rule, order: int, match: re.Match[str]) -> Candidate | None:
    start, end = match.span("timex") if "timex" in rule.regex.groupindex else match.span()
    if end <= start:
        return None
    try:
        emit = rule.build(match)
    except (KeyError, ValueError, IndexError):
        return None  # a word the tables do not know in this use: no expression here
    return None if emit is None else Candidate(start, end, order, emit)


def _choose(candidates: list[Candidate], length: int) -> list[Candidate]:
    """Longest first, then earlier rule; a candidate overlapping a kept one is dropped.

    A byte per character marks what is taken, so the check costs the span's length,
    not the number of kept candidates (long adversarial inputs have many).
    """
    taken: list[Candidate] = []
    occupied = bytearray(length)
    for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        if occupied.find(1, candidate.start, candidate.end) != -1:
            continue
        taken.append(candidate)
        occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
    return sorted(taken, key=lambda c: c.start)


_ADJECTIVE_AFTER_THE = re.compile(r"(?i)the\s+(?:[\w.]+\s+)*?[\w.]+-[a-z]+")


def _without_article_before_adjective(text: str, candidate: Candidate) -> Candidate:
    """TimeML leaves "the" out when the expression is a hyphenated modifier of a noun:
    "the [third-quarter] results", "the [30-day] period"; "the past four years" keeps it."""
    match = _ADJECTIVE_AFTER_THE.fullmatch(text, candidate.start, candidate.end)
    if not match:
        return candidate
    start = candidate.start + 3
    while start < candidate.end and text[start].isspace():
        start += 1
    return replace(candidate, start=start)


@lru_cache(maxsize=1)
def _modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes for a point modifier ("early", "the end of") and an amount modifier
    ("about", "more than") standing right before an expression."""
    by_kind: dict[str, list[str]] = {"point": [], "amount": []}
    for phrase, (_mod, kind) in lexicon.table("modifiers").items():
        by_kind[kind].append(phrase)

    def pattern(phrases: list[str]) -> re.Pattern[str]:
        body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?P<mod>{body})(?:\s+|-)$", re.IGNORECASE)

    return pattern(by_kind["point"]), pattern(by_kind["amount"])


def _with_modifier(text: str, candidate: Candidate) -> Candidate:
    """Take a modifier right before the expression into its span and its `mod`."""
    emit = candidate.emit
    window = text[max(0, candidate.start - 30) : candidate.start]
    point, amount = _modifier_patterns()
    body = text[candidate.start : candidate.end].lower()
    if emit.quantity or (emit.type == "DURATION" and body[:1].isdigit()):
        match = amount.search(window)
    elif emit.type in ("DATE", "TIME") and emit.value not in REFERENCE_VALUES:
        match = point.search(window)
        if match and match["mod"].lower() in ("earlier", "later") and not body.startswith(("this", "that", "in ", "today", "yesterday", "tomorrow")):
            match = None  # "earlier this year", "later that day"; in "a week later" it is no modifier
        elif match and match["mod"].lower() == "around" and not any(c.isdigit() for c in body):
            match = None  # "around Nov. 1", but "get around Wednesday's ruling"
    else:
        match = None
    if match is None:
        return candidate
    mod = lexicon.table("modifiers")[lexicon.normal_word(match["mod"])][0]
    if body.startswith("the ") and match["mod"].lower().startswith("the"):
        return candidate
    new_emit = replace(emit, mod=mod)
    return Candidate(candidate.start - len(window) + match.start(), candidate.end, candidate.order, new_emit)


def _to_timex(text: str, candidate: Candidate, reference: date | None) -> Timex | None:
    emit = candidate.emit
    tense = tense_near(text, candidate.start, candidate.end) if "-tense-" in emit.value else None
    value = resolve(emit.value, reference, tense)
    if emit.type == "DURATION" or emit.type == "SET" or value in REFERENCE_VALUES:
        interval = _anchored_interval(value, emit.anchor, reference) if emit.type == "DURATION" else None
        granularity = None
    else:
        interval = interval_of(value)
        granularity = granularity_of(value)
    return Timex(
        start=candidate.start,
        end=candidate.end,
        text=text[candidate.start : candidate.end],
        type=emit.type,
        value=value,
        mod=emit.mod,
        granularity=granularity,
        interval=interval,
    )


def _anchored_interval(value: str, anchor: str | None, reference: date | None) -> Interval | None:
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
