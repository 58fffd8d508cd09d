"""Rank days by the evidence of the whole collection.

A day matters when many articles point at it, when articles keep pointing at it long
after (a turning point is recalled; a passing date is not), and when articles were
published on it or the day after (news follows events). When the user names the
story's keywords, an article that points at the day in a sentence about them counts
once more: a collection gathered by a query holds asides about other stories, and
their dates are not this story's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .evidence import SentenceUnit, in_span, mentions_keyword

# How much one article published on a day, or the day after, counts against one
# article naming the day.
PUBLICATION_WEIGHT = 0.5
# A mention from an article published this many days after the day or more counts
# as recalled: such mentions count RECALL_WEIGHT more.
RECALL_AFTER = 7
RECALL_WEIGHT = 0.5
# How much more an article counts when it points at the day in a sentence that names a
# keyword: as much again (an on-topic mention is worth two asides).
TOPIC_WEIGHT = 1.0


@dataclass(frozen=True, slots=True)
class RankedDay:
    day: date
    score: float


def rank_days(units: Sequence[SentenceUnit], start: date | None = None,
              end: date | None = None, keywords: Sequence[str] = ()) -> list[RankedDay]:
    """Every day that is named or has articles published on it, best first (ties: the
    earlier day first, so the order is stable). `keywords`: lowercase, as
    `mentions_keyword` takes them."""
    naming: dict[date, set[str]] = defaultdict(set)
    on_topic: dict[date, set[str]] = defaultdict(set)
    recalled: dict[date, set[str]] = defaultdict(set)
    sentences: Counter[date] = Counter()
    published: dict[date, set[str]] = defaultdict(set)
    for unit in units:
        if unit.published is not None:
            published[unit.published].add(unit.article_id)
        topical = bool(keywords) and bool(unit.days) and mentions_keyword(unit.text, keywords)
        for day in unit.days:
            if not in_span(day, start, end):
                continue
            sentences[day] += 1
            naming[day].add(unit.article_id)
            if topical:
                on_topic[day].add(unit.article_id)
            if unit.published is not None and (unit.published - day).days >= RECALL_AFTER:
                recalled[day].add(unit.article_id)
    days = set(naming) | {d for d in published if in_span(d, start, end)}
    one_day = timedelta(days=1)
    ranked = []
    for day in days:
        news = len(published.get(day, ())) + len(published.get(day + one_day, ()))
        score = (len(naming.get(day, ())) + TOPIC_WEIGHT * len(on_topic.get(day, ()))
                 + RECALL_WEIGHT * len(recalled.get(day, ()))
                 + PUBLICATION_WEIGHT * news + 0.01 * sentences[day])
        ranked.append(RankedDay(day, score))
    ranked.sort(key=lambda r: (-r.score, r.day))
    return ranked
