"""Analysis ↔ JSON-ready dicts (the `analyze` output and the site's data files)."""

from __future__ import annotations

import json
from typing import Any

from .. import temporal
from .excerpt import excerpt
from ..model import Analysis, Event, Interval, Timeline
from .timeline import sentence_of, timex_ids


def _interval(interval: Interval | None) -> dict[str, str] | None:
    if interval is None:
        return None
    return {"start": interval.start.isoformat(), "end": interval.end.isoformat()}


def event_dict(event: Event) -> dict[str, Any]:
    interval = event.when.interval
    assert interval is not None
    return {
        "timex": event.timex_id,
        "sentence": event.sentence.index,
        "start": interval.start.isoformat(),
        "end": interval.end.isoformat(),
        "label": temporal.label(event.when),
        "text": event.when.text,
        "value": event.when.value,
    }


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    timexes = []
    for timex, tid in zip(analysis.timexes, timex_ids(analysis.timexes)):
        sentence = sentence_of(timex, analysis.sentences)
        timexes.append(
            {
                "id": tid,
                "text": timex.text,
                "start": timex.start,
                "end": timex.end,
                "sentence": sentence.index if sentence else None,
                "type": timex.type,
                "value": timex.value,
                "mod": timex.mod,
                "granularity": timex.granularity,
                "interval": _interval(timex.interval),
                "label": temporal.label(timex),
            }
        )
    return {
        "id": article.id,
        "title": article.title,
        "source_url": article.source_url,
        "published": article.published.isoformat() if article.published else None,
        "tags": list(article.tags),
        "links": [link.url for link in article.links],
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
            for s in analysis.sentences
        ],
        "timexes": timexes,
        "events": [event_dict(e) for e in analysis.events],
        "summary": {"method": analysis.summary.method, "sentences": list(analysis.summary.sentences)},
        "warnings": list(analysis.warnings),
        "faults": list(article.faults),
    }


def _sentence_excerpt(event: Event) -> str:
    """The event's sentence; a long one cut around the expression (so that the file
    stays linear in the corpus: an article of one 100 KB sentence has hundreds of
    events)."""
    return excerpt(event.sentence.text, event.when.start - event.sentence.start,
                   event.when.end - event.sentence.start)


def timeline_dict(timeline: Timeline, titles: dict[str, str]) -> dict[str, Any]:
    return {
        "events": [
            {"article": e.article_id, "title": titles.get(e.article_id, ""), **event_dict(e),
             "sentence_text": _sentence_excerpt(e)}
            for e in timeline.events
        ]
    }


def to_json(data: Any) -> str:
    """The readable form (`python -m generator analyze`)."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def to_compact_json(data: Any) -> str:
    """The form for programs (site data files, the cache): no indentation, a quarter
    of the size for a large corpus."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
