"""One exported event: what every export format needs, computed once.

URLs are made by the caller (the site layer knows where pages live); this module
only decides what an event says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from .. import temporal
from ..model import Analysis, Event
from ..temporal.values import calendar_value

# Where a sentence of an article is published: (article id, sentence index) → URL.
SentenceUrl = Callable[[str, int], str]


@dataclass(frozen=True, slots=True)
class ExportEvent:
    start: date
    end: date  # inclusive
    label: str  # the reader's label: "2015", "late 2024", "2013 – 2017"
    granularity: str  # day, month, year, … ; "span" for an anchored duration
    type: str  # the TIMEX3 type (DATE, TIME, DURATION)
    value: str  # the TIMEX3 value
    expression: str  # the words of the text
    sentence: str
    article_id: str
    article_title: str
    article_url: str  # the sentence on the article's page
    source_url: str | None
    published: date | None  # the article's publication date
    source: str | None  # the source's name (its host), for grouping
    uid: str  # stable across builds of the same article
    vague: bool


def is_vague(event: Event) -> bool:
    """Whether the span's edges are soft: "late 2024", "about 2015", "summer 2019",
    "the past four years" (a duration counted back from the publication date)."""
    when = event.when
    if when.mod is not None or when.type == "DURATION":
        return True
    parsed = calendar_value(when.value)
    return parsed is not None and parsed.season is not None


def export_events(analyses: Iterable[Analysis], sentence_url: SentenceUrl,
                  source_of: Callable[[Analysis], str | None]) -> list[ExportEvent]:
    """Every dated event of `analyses`, in timeline order within each article and
    articles in the order given (the caller merges for a corpus-wide export)."""
    out = []
    for analysis in analyses:
        article = analysis.article
        source = source_of(analysis)
        for event in analysis.events:
            interval = event.when.interval
            assert interval is not None  # events are the expressions with a span
            out.append(ExportEvent(
                start=interval.start, end=interval.end, label=temporal.label(event.when),
                granularity=event.when.granularity or "span", type=event.when.type,
                value=event.when.value, expression=event.when.text, sentence=event.sentence.text,
                article_id=article.id, article_title=article.title,
                article_url=sentence_url(article.id, event.sentence.index),
                source_url=article.source_url, published=article.published, source=source,
                uid=f"{article.id}-{event.timex_id}", vague=is_vague(event),
            ))
    return out


def in_timeline_order(events: Iterable[ExportEvent]) -> list[ExportEvent]:
    """Chronological; a wider span first (a year before the days inside it)."""
    return sorted(events, key=lambda e: (e.start, -(e.end - e.start).days, e.article_id, e.uid))
