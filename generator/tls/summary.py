"""Say what happened on a day: a few sentences from across the articles, each event
once.

The candidates for a day are the sentences that name it, and the leading sentences of
articles published on it that name no day (a report of the day's news). Sentences that
say the same thing in several articles are grouped, so an event reported by ten
articles is one candidate reported ten times. A candidate is scored by its closeness
(tf-idf, cosine) to the centroid of the day's candidates plus its closeness to the
centroid of the whole story (every chosen day's candidates), so that a day is told by
what it added to the story rather than by an aside; the best are taken, skipping any
too close to one already taken.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..summarize.vectors import Vector, content_terms, cosine, norm
from .evidence import SentenceUnit
from .model import KeySentence

# Sentences closer than this (cosine of their tf-idf vectors) say the same thing.
SAME_EVENT = 0.5
# A chosen sentence may not be closer than this to one already chosen for the day.
REDUNDANT = 0.5
# How much closeness to the whole story counts against closeness to the day.
STORY_WEIGHT = 1.0
# Leading sentences of an article published on the day stand for the day's news.
LEAD_SENTENCES = 2
# Shorter sentences are headlines or fragments, longer ones run-ons.
MIN_WORDS, MAX_WORDS = 10, 40


@dataclass(frozen=True, slots=True)
class Candidate:
    unit: SentenceUnit
    vector: Vector
    articles: frozenset[str]  # the articles that said the same

    @property
    def reports(self) -> int:
        return len(self.articles)


def usable(unit: SentenceUnit) -> bool:
    """A sentence of the report that can stand alone: not a reader's comment, not a
    fragment, not a run-on."""
    return not unit.comment and MIN_WORDS <= len(unit.text.split()) <= MAX_WORDS


class Vectoriser:
    """tf-idf over a pool of sentences (the candidates of all chosen days), terms
    computed once per sentence."""

    def __init__(self, pool: Sequence[SentenceUnit]) -> None:
        self._terms: dict[tuple[str, int], Counter[str]] = {}
        frequency: Counter[str] = Counter()
        for unit in pool:
            terms = self.terms(unit)
            frequency.update(terms.keys())
        total = max(1, len(self._terms))
        self._idf = {t: math.log((1 + total) / (1 + n)) + 1 for t, n in frequency.items()}

    def terms(self, unit: SentenceUnit) -> Counter[str]:
        key = (unit.article_id, unit.index)
        if key not in self._terms:
            self._terms[key] = Counter(content_terms(unit.text))
        return self._terms[key]

    def vector(self, unit: SentenceUnit) -> Vector:
        idf = self._idf
        return {t: (1 + math.log(tf)) * idf.get(t, 1.0) for t, tf in self.terms(unit).items()}


def group_same_events(units: Sequence[SentenceUnit], vectoriser: Vectoriser) -> list[Candidate]:
    """One candidate per event: the first sentence saying it, with the number of
    articles that said it."""
    groups: list[tuple[SentenceUnit, Vector, float, set[str]]] = []
    for unit in units:
        vector = vectoriser.vector(unit)
        if not vector:
            continue
        length = norm(vector)
        for _, other, other_norm, articles in groups:
            if cosine(vector, other, b_norm=other_norm) >= SAME_EVENT:
                articles.add(unit.article_id)
                break
        else:
            groups.append((unit, vector, length, {unit.article_id}))
    return [Candidate(unit, vector, frozenset(articles)) for unit, vector, _, articles in groups]


def centroid_of(vectors: Sequence[Vector], weights: Sequence[float] | None = None) -> Vector:
    centroid: Counter[str] = Counter()
    for i, vector in enumerate(vectors):
        w = 1.0 if weights is None else weights[i]
        for term, weight in vector.items():
            centroid[term] += weight * w
    return dict(centroid)


def summarise_day(candidates: Sequence[Candidate], count: int,
                  story: Vector | None = None) -> list[KeySentence]:
    """`count` sentences closest to the centroid of the day's candidates (each
    weighted by how many articles reported it), and to the story's (`story`, the
    centroid of every chosen day's candidates), none redundant with another."""
    if not candidates or count <= 0:
        return []
    centroid = centroid_of([c.vector for c in candidates], [c.reports for c in candidates])
    centroid_norm = norm(centroid)
    story_norm = norm(story) if story else 0.0

    def closeness(c: Candidate) -> float:
        day = cosine(c.vector, centroid, b_norm=centroid_norm)
        if not story_norm:
            return day
        return day + STORY_WEIGHT * cosine(c.vector, story, b_norm=story_norm)

    scored = sorted(
        candidates,
        key=lambda c: (-closeness(c),
                       c.unit.article_id, c.unit.index),
    )
    chosen: list[Candidate] = []
    for candidate in scored:
        if any(cosine(candidate.vector, c.vector) >= REDUNDANT for c in chosen):
            continue
        chosen.append(candidate)
        if len(chosen) == count:
            break
    return [KeySentence(article_id=c.unit.article_id, sentence_index=c.unit.index,
                        text=c.unit.text, reports=_reports(c, candidates)) for c in chosen]


def _reports(chosen: Candidate, candidates: Sequence[Candidate]) -> int:
    """The articles that said what the chosen sentence says: those of its group and
    of every other candidate as close to it."""
    articles = {chosen.unit.article_id}
    for other in candidates:
        if other is chosen or cosine(chosen.vector, other.vector) >= SAME_EVENT:
            articles.update(other.articles)
    return len(articles)
