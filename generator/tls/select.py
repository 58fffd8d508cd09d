"""The key dates of a collection: rank days, then summarise the best ones."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from ..model import Analysis
from .evidence import SentenceUnit, in_span, mentions_keyword, sentence_units
from .model import KeyDate, KeyDates, TlsSettings
from .ranking import rank_days
from .sizes import default_dates, default_sentences
from .summary import (LEAD_SENTENCES, Vectoriser, centroid_of, group_same_events, summarise_day,
                      usable)


def key_dates(analyses: Sequence[Analysis], settings: TlsSettings = TlsSettings()) -> KeyDates:
    """The most important days of the story told by `analyses`, each with a few
    sentences saying what happened, in date order."""
    start, end = settings.start, settings.end
    articles = [a for a in analyses
                if start is None and end is None or in_span(a.article.published, start, end)]
    n_dates = settings.dates if settings.dates is not None else default_dates(len(articles))
    n_sentences = (settings.sentences if settings.sentences is not None
                   else default_sentences(len(articles)))
    units = sentence_units(articles)
    keywords = tuple(k.lower() for k in settings.keywords if k.strip())
    # Only a sentence naming a day, or an article's lead, can be a day's candidate
    # (`_candidates_by_day`): the others are not weighed at all.
    relevant = [u for u in units if (u.days or _lead(u)) and usable(u)
                and mentions_keyword(u.text, keywords)]
    ranked = rank_days(units, start, end, keywords)
    by_day = _candidates_by_day(relevant)

    # Walk down the ranking until enough days have something to say.
    chosen_days: list[tuple[date, float, list[SentenceUnit]]] = []
    for ranked_day in ranked:
        if len(chosen_days) >= n_dates:
            break
        pool = by_day.get(ranked_day.day)
        if pool:
            chosen_days.append((ranked_day.day, ranked_day.score, pool))
    vectoriser = Vectoriser([u for _, _, pool in chosen_days for u in pool])
    story = centroid_of([vectoriser.vector(u) for _, _, pool in chosen_days for u in pool])
    dates = []
    for day, score, pool in sorted(chosen_days, key=lambda item: item[0]):
        sentences = summarise_day(group_same_events(pool, vectoriser), n_sentences, story)
        if sentences:
            dates.append(KeyDate(day=day, score=round(score, 4), sentences=tuple(sentences)))
    return KeyDates(dates=tuple(dates), articles=len(articles), requested_dates=n_dates,
                    requested_sentences=n_sentences)


def _candidates_by_day(units: Sequence[SentenceUnit]) -> dict[date, list[SentenceUnit]]:
    """For each day: the sentences naming it, then the leading sentences that name no
    day of the articles published on it."""
    named: dict[date, list[SentenceUnit]] = defaultdict(list)
    leads: dict[date, list[SentenceUnit]] = defaultdict(list)
    for unit in units:
        for day in unit.days:
            named[day].append(unit)
        if not unit.days and _lead(unit):
            leads[unit.published].append(unit)
    return {day: _spread(named.get(day, []) + leads.get(day, []), MAX_CANDIDATES)
            for day in set(named) | set(leads)}


def _lead(unit: SentenceUnit) -> bool:
    """A leading sentence of a dated article: it stands for its publication day's news."""
    return unit.published is not None and unit.position < LEAD_SENTENCES


# Grouping a day's candidates compares each with each group: past this many, a day is
# summarised from an even spread of them, so that no day costs more than a fixed amount.
MAX_CANDIDATES = 400


def _spread(units: list[SentenceUnit], limit: int) -> list[SentenceUnit]:
    if len(units) <= limit:
        return units
    step = len(units) / limit
    return [units[int(i * step)] for i in range(limit)]


__all__ = ["key_dates"]
