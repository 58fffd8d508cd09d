"""Events: each sentence anchored to each calendar-valued time expression inside it.

A sentence with two dates appears under both. References ("recently", "now") and
unanchored durations have no calendar span, so they are not events; the page shows
them apart.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from .model import Event, Sentence, Timeline, Timex


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


def event_order(event: Event) -> tuple:
    """Chronological by start; a wider span first (a year before the days inside it)."""
    interval = event.when.interval
    assert interval is not None
    return (interval.start, -(interval.end - interval.start).days, event.article_id,
            event.sentence.index, event.when.start)


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
