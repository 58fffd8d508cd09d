"""The key dates as data (`data/key-dates.json`): plain JSON, text as written."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import KeyDates


def key_dates_dict(chosen: KeyDates, titles: Mapping[str, str]) -> dict[str, Any]:
    """Each day with its score and sentences; a sentence names its article (id and
    title) and its index there (the article page's anchor `s<index>`), and how many
    articles reported the same."""
    return {
        "articles": chosen.articles,
        "dates": [
            {"date": kd.day.isoformat(), "score": kd.score,
             "sentences": [{"article": s.article_id, "title": titles.get(s.article_id, s.article_id),
                            "sentence": s.sentence_index, "text": s.text, "reports": s.reports}
                           for s in kd.sentences]}
            for kd in chosen.dates
        ],
    }
