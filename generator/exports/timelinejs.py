"""A timeline in TimelineJS3's JSON format (Knight Lab), for newsrooms that publish
with TimelineJS: https://timeline.knightlab.com/docs/json-format.html

Each event gives its dates as far as its span goes (a whole year: the year; whole
months: year and month; otherwise the day), `display_date` is our label, `text` the
article title and the sentence with a link to it, `group` the source. TimelineJS puts
`headline`, `text` and `display_date` into the page as HTML, so every one of them is
escaped here and the only markup is our own link.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from markupsafe import escape

from .events import ExportEvent


def _month_start(day: date) -> bool:
    return day.day == 1


def _month_end(day: date) -> bool:
    return (day + timedelta(days=1)).day == 1


def date_fields(start: date, end: date) -> tuple[dict[str, int], dict[str, int] | None]:
    """TimelineJS `start_date` and `end_date` (None when the span is one unit of
    its own granularity: one year, one month, one day)."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        first, last = {"year": start.year}, {"year": end.year}
    elif _month_start(start) and _month_end(end):
        first = {"year": start.year, "month": start.month}
        last = {"year": end.year, "month": end.month}
    else:
        first = {"year": start.year, "month": start.month, "day": start.day}
        last = {"year": end.year, "month": end.month, "day": end.day}
    return first, (None if last == first else last)


def _slide_text(event: ExportEvent) -> str:
    # Joined, not Markup.format: the corpus file has a slide per event, and format's
    # field parsing was most of the time spent writing it.
    return "".join(("<p>", escape(event.sentence), ' <a href="', escape(event.article_url),
                    '">In the article</a></p>'))


def event_slide(event: ExportEvent) -> dict[str, Any]:
    start, end = date_fields(event.start, event.end)
    slide: dict[str, Any] = {
        "start_date": start,
        "display_date": str(escape(event.label)),
        "text": {"headline": str(escape(event.article_title)), "text": _slide_text(event)},
        "unique_id": event.uid,
    }
    if end is not None:
        slide["end_date"] = end
    if event.source:
        slide["group"] = str(escape(event.source))
    return slide


def to_timelinejs(events: Iterable[ExportEvent], headline: str, text: str = "") -> str:
    data = {
        "title": {"text": {"headline": str(escape(headline)), "text": str(escape(text))},
                  "unique_id": "title"},
        "events": [event_slide(event) for event in events],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
