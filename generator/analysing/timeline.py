"""Events: each sentence anchored to each calendar-valued time expression inside it.

A sentence with two dates appears under both. References ("recently", "now") and
unanchored durations have no calendar span, so they are not events; the page shows
them apart.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import timedelta

from ..model import Event, Interval, Sentence, Timeline, Timex


def timex_ids(timexes: Sequence[Timex]) -> list[str]:
    return [f"t{i}" for i in range(1, len(timexes) + 1)]


def sentence_at_or_before(offset: int, sentences: Sequence[Sentence]) -> int:
    """The position of the last sentence starting at or before `offset`, or -1
    (sentences are in text order: binary search, so many lookups stay fast)."""
    return bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1


def sentence_of(timex: Timex, sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence holding the timex."""
    i = sentence_at_or_before(timex.start, sentences)
    if i >= 0 and sentences[i].start <= timex.start < sentences[i].end:
        return sentences[i]
    return None


def article_events(
    article_id: str, timexes: Sequence[Timex], sentences: Sequence[Sentence]
) -> tuple[Event, ...]:
    events = []
    for timex, tid in zip(timexes, timex_ids(timexes)):
        sentence = sentence_of(timex, sentences)
        if timex.interval is None or sentence is None:
            continue
        events.append(Event(when=timex, timex_id=tid, sentence=sentence, article_id=article_id))
    return tuple(sorted(events, key=event_order))


# The part of a span that "early", "mid-" and "late" name: a third of it.
_THIRDS = {"START": 0, "MID": 1, "END": 2}


def true_span(timex: Timex) -> Interval:
    """The calendar span a time expression speaks of, its modifier applied: "late 2022"
    is the last third of 2022, not 1 January; "early May" the first third of May. Other
    modifiers ("about", "before") leave the span as it is."""
    interval = timex.interval
    assert interval is not None
    third = _THIRDS.get(timex.mod or "")
    if third is None:
        return interval
    days = (interval.end - interval.start).days + 1
    if days < 3:
        return interval
    start = interval.start + timedelta(days=days * third // 3)
    end = interval.start + timedelta(days=days * (third + 1) // 3 - 1)
    return Interval(start, end)


def event_order(event: Event) -> tuple:
    """Chronological by the true span: by its start, then its end (so "January 2024"
    before "2024", and "late 2024" after "spring 2024")."""
    span = true_span(event.when)
    return (span.start, span.end, event.article_id, event.sentence.index, event.when.start)


def merge(event_lists: Iterable[Iterable[Event]]) -> Timeline:
    """One timeline of many articles' events, sorted, each (article, sentence, span)
    once."""
    seen: set[tuple] = set()
    merged = []
    for events in event_lists:
        for event in events:
            key = (event.article_id, event.sentence.index, event.when.start)
            if key not in seen:
                seen.add(key)
                merged.append(event)
    return Timeline(events=tuple(sorted(merged, key=event_order)))
