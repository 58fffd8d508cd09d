"""One exported event: what every export format needs, computed once.

URLs are made by the caller (the site layer knows where pages live); this module
only decides what an event says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .. import temporal
from ..model import Analysis, Event
from ..temporal.values import calendar_value
from ..analysing.excerpt import excerpt
from ..analysing.timeline import true_span

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
    sentence: str  # the sentence, or for a long one the window around the expression
    article_id: str
    article_title: str
    article_url: str  # the sentence on the article's page
    sentence_index: int
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


def _sentence(event: Event) -> str:
    """The event's sentence, or around the expression a window of a long one: a text
    without punctuation is one sentence, and each export repeating it whole for each of
    its dates grew with the square of the text (46 MB a file for 200 KB)."""
    offset = event.sentence.start
    return excerpt(event.sentence.text, event.when.start - offset, event.when.end - offset)


def export_events(events: Iterable[Event], analyses: Mapping[str, Analysis],
                  sentence_url: SentenceUrl,
                  source_of: Callable[[Analysis], str | None]) -> list[ExportEvent]:
    """The export form of `events` (in the order given: an article's, or a merged
    timeline's); `analyses` maps an article id to its analysis. The span is the true
    span: "late 2024" covers the last third of 2024, not the whole year."""
    out = []
    sources: dict[str, str | None] = {}
    for event in events:
        analysis = analyses[event.article_id]
        article = analysis.article
        if article.id not in sources:
            sources[article.id] = source_of(analysis)
        span = true_span(event.when)
        out.append(ExportEvent(
            start=span.start, end=span.end, label=temporal.label(event.when),
            granularity=event.when.granularity or "span", type=event.when.type,
            value=event.when.value, expression=event.when.text, sentence=_sentence(event),
            article_id=article.id, article_title=article.title,
            article_url=sentence_url(article.id, event.sentence.index),
            sentence_index=event.sentence.index,
            source_url=article.source_url, published=article.published, source=sources[article.id],
            uid=f"{article.id}-{event.timex_id}", vague=is_vague(event),
        ))
    return out


def export_events_from(events: Iterable[Event], made: Mapping[int, ExportEvent],
                       analyses: Mapping[str, Analysis], sentence_url: SentenceUrl,
                       source_of: Callable[[Analysis], str | None]) -> list[ExportEvent]:
    """`export_events(events, …)`, each taken from `made` (export forms by the `id()`
    of the event objects they were made from: an article's events are the very objects
    of the corpus's merged timeline) where it is there: an event's export form depends
    on the event alone, and a rebuild needs each in several files."""
    return [made.get(id(event)) or export_events([event], analyses, sentence_url, source_of)[0]
            for event in events]
