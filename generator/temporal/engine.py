"""The engine: run every rule near its triggers, keep the longest non-overlapping
matches, attach modifiers, follow references to periods named before, resolve values
against the reference date, and build `Timex` objects."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from ..model import Sentence, Timex
from . import compiled_cache, lexicon, settings
from .candidate import Candidate
from .discourse import follow_named
from .modifiers import with_modifier, without_article_before_adjective
from .resolve import resolve
from .rules import RULES, Rule
from .rules.base import near, positions_of
from .rules.first_chars import compile_guarded
from .rules.negative import removed
from .sentences import SentenceIndex, tagging
from .tense import reading_near
from .triggers import LOOKAHEAD, trigger_positions, windows
from .values import REFERENCE_VALUES, anchored_interval, duration_granularity, granularity_of, interval_of

MAX_TEXT = 5_000_000  # characters; beyond this the text is cut rather than the caller kept waiting


def extract(text: str, reference: date | None, sentences: Sequence[Sentence] | None = None) -> list[Timex]:
    """TIMEX3 expressions of `text` in document order, resolved against `reference`.

    `sentences` are the text's sentences as text.split_sentences gives them; the tense
    of an expression is read within its sentence. Without them the text is split here."""
    if not isinstance(text, str) or not text:
        return []
    text = text[:MAX_TEXT]
    try:
        with tagging(text, sentences) as index:
            return _extract(text, reference, index)
    finally:
        positions_of.cache_clear()  # found once per text; not kept once the text is done
        # the expressions compiled on first use (negative rules, trigger words), for the
        # next process; nothing to do once saved
        compiled_cache.save()


def _extract(text: str, reference: date | None, sentences: SentenceIndex) -> list[Timex]:
    chosen = _choose(_candidates(text), len(text))
    timexes: list[Timex] = []
    named: list[Timex] = []  # expressions that name a period themselves, not by reference to another
    shift: Candidate | None = None  # "the day before", waiting for the day it is before
    for candidate in chosen:
        if candidate.emit.shifts_next:
            shift = candidate
            continue
        candidate = with_modifier(text, without_article_before_adjective(text, candidate))
        timex: Timex | None
        try:
            if candidate.emit.follow is not None:
                candidate = follow_named(candidate, named)
            timex = _to_timex(text, candidate, reference, sentences)
            if shift is not None:
                timex = _shifted_day(text, shift, timex)
        except (OverflowError, ValueError):
            timex = None  # a date before year 1 or after 9999 (reference, followed or shifted): no value
        shift = None
        # Word patterns allow any white space between words; a paragraph break is not
        # white space inside one expression ("on Jan." / "5 more …" in the next paragraph).
        if timex is not None and "\n\n" not in timex.text:
            timexes.append(timex)
            follow = candidate.emit.follow
            if (follow is None or follow.names) and not candidate.emit.comparison:
                named.append(timex)
    return timexes


def _shifted_day(text: str, shift: Candidate, timex: Timex) -> Timex:
    """ "the day before" + "last Tuesday" = the Monday, as one expression; a day that does
    not follow right after, or is no single day, is left as it is."""
    if text[shift.end : timex.start].strip() or not _DAY.fullmatch(timex.value):
        return timex
    day = date.fromisoformat(timex.value) + timedelta(days=shift.emit.shifts_next)
    return Timex(
        start=shift.start,
        end=timex.end,
        text=text[shift.start : timex.end],
        type="DATE",
        value=day.isoformat(),
        mod=None,
        granularity="day",
        interval=interval_of(day.isoformat()),
    )


_DAY = compiled_cache.compile(r"\d{4}-\d\d-\d\d")
_FUTURE_WORDS = sorted((word for word, (tense, *_) in lexicon.table("tense_words").items() if tense == "future"), key=len, reverse=True)
# searched through every text that names a quarter: behind its first-character test
_FUTURE_HINT = compile_guarded(r"\b(?:" + "|".join(map(re.escape, _FUTURE_WORDS)) + r"|to)\b", re.IGNORECASE)
compiled_cache.save()  # every rule's expression is compiled by now: kept for the next start


def _candidates(text: str, full_scan: bool = False) -> list[Candidate]:
    """Every rule's matches; a rule runs only around its trigger tokens unless `full_scan`."""
    found = []
    positions = {} if full_scan else trigger_positions(text)
    length = len(text)
    spans_by_triggers: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # rules share trigger sets
    for order, rule in enumerate(RULES):
        if full_scan or not rule.triggers:
            spans = [(0, length)]
        else:
            spans = spans_by_triggers.get(rule.triggers)
            if spans is None:
                spans = spans_by_triggers[rule.triggers] = _windows_of(rule.triggers, positions, length)
        finditer = rule.regex.finditer  # looked up once: tens of thousands of windows a run
        for window_start, window_end in spans:
            scan_end = window_end + LOOKAHEAD if window_end + LOOKAHEAD < length else length
            for match in finditer(text, window_start, scan_end):
                if match.end() > window_end and scan_end < length:
                    continue  # may be cut short by the scan's end; its trigger lies in the next window
                candidate = _candidate(rule, order, match)
                if candidate is not None:
                    found.append(candidate)
    return found


def _windows_of(triggers: tuple[str, ...], positions: dict[str, list[int]], length: int) -> list[tuple[int, int]]:
    """The windows around the tokens of any of the `triggers` classes; most rules have
    one class, whose offsets come sorted (text order) and are taken as they are."""
    if len(triggers) == 1:
        return windows(positions.get(triggers[0], ()), length)
    return windows(sorted(p for name in triggers for p in positions.get(name, ())), length)


def _candidate(rule: Rule, order: int, match: re.Match[str]) -> Candidate | None:
    start, end = match.span("timex") if "timex" in rule.regex.groupindex else match.span()
    if end <= start or removed(rule.name, match):
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


def _to_timex(text: str, candidate: Candidate, reference: date | None, sentences: SentenceIndex) -> Timex:
    emit = candidate.emit
    # "this fall" needs the tense too: in April it is the coming fall only if a verb says
    # so; a quarter only if a word of the future stands near it (the words the tense
    # reader knows; looked up once per text, as text dense with quarters would otherwise
    # be read word by word for each)
    needs_tense = "-tense-" in emit.value or "-this-season-" in emit.value
    if "-begun-" in emit.value or "-reported-" in emit.value:
        needs_tense = near(positions_of(_FUTURE_HINT, text), candidate.start - settings.FUTURE_HINT_WINDOW, candidate.end + settings.FUTURE_HINT_WINDOW)
    reading = reading_near(text, candidate.start, candidate.end, sentences.around(candidate.start, candidate.end)) if needs_tense else None
    # A reference at the edge of the calendar (year 1 or 9999) raises OverflowError or
    # ValueError here; the caller drops the expression.
    value = resolve(emit.value, reference, reading.tense if reading else None, reading.firm if reading else False)
    if emit.type == "DURATION" or emit.type == "SET" or value in REFERENCE_VALUES:
        interval = anchored_interval(value, emit.anchor, reference) if emit.type == "DURATION" else None
        # an anchored duration is a span on the timeline, counted in its unit
        granularity = duration_granularity(value) if interval is not None else None
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


