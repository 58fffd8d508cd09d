"""Rank days by the evidence of the whole collection.

A day matters when many articles point at it, when articles keep pointing at it long
after (a turning point is recalled; a passing date is not), and when articles were
published on it or the day after (news follows events).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .evidence import SentenceUnit, in_span

# How much one article published on a day, or the day after, counts against one
# article naming the day.
PUBLICATION_WEIGHT = 0.5
# A mention from an article published this many days after the day or more counts
# as recalled: such mentions count RECALL_WEIGHT more.
RECALL_AFTER = 7
RECALL_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class RankedDay:
    day: date
    score: float


def rank_days(units: Sequence[SentenceUnit], start: date | None = None,
              end: date | None = None) -> list[RankedDay]:
    """Every day that is named or has articles published on it, best first (ties: the
    earlier day first, so the order is stable)."""
    naming: dict[date, set[str]] = defaultdict(set)
    recalled: dict[date, set[str]] = defaultdict(set)
    sentences: Counter[date] = Counter()
    published: dict[date, set[str]] = defaultdict(set)
    for unit in units:
        if unit.published is not None:
            published[unit.published].add(unit.article_id)
        for day in unit.days:
            if not in_span(day, start, end):
                continue
            sentences[day] += 1
            naming[day].add(unit.article_id)
            if unit.published is not None and (unit.published - day).days >= RECALL_AFTER:
                recalled[day].add(unit.article_id)
    days = set(naming) | {d for d in published if in_span(d, start, end)}
    one_day = timedelta(days=1)
    ranked = []
    for day in days:
        news = len(published.get(day, ())) + len(published.get(day + one_day, ()))
        score = (len(naming.get(day, ())) + RECALL_WEIGHT * len(recalled.get(day, ()))
                 + PUBLICATION_WEIGHT * news + 0.01 * sentences[day])
        ranked.append(RankedDay(day, score))
    ranked.sort(key=lambda r: (-r.score, r.day))
    return ranked
