"""Facet-aware ranking (after FAR, Liang et al. 2021), with tf-idf vectors.

Centrality methods favour the facet most sentences talk about, and their top
sentences often say the same thing twice. Two changes address that:

- a sentence's score adds its similarity to the whole document (`facet_weight` μ) to
  its PacSum centrality (`pacsum`), so a sentence that sums up several facets ranks
  high even when few single sentences resemble it;
- the summary is chosen as a whole: among the `POOL_EXTRA` + n best-scored
  sentences, the combination of n whose joint vector is closest to the document's
  covers the most facets, and a repeated facet does not add to it (for summaries of
  up to `MAX_COMBINED` sentences).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ..model import Sentence
from .pacsum import pacsum_scores
from .selection import Budget, top
from .settings import SummarySettings
from .vectors import Vector, centroid, cosine, norm, tfidf_vectors

POOL_EXTRA = 2  # candidates beyond the summary length: C(n + 2, n) combinations
MAX_COMBINED = 10  # longer summaries (a ratio of a long text) keep the n best-scored


def facet_scores(vectors: Sequence[Vector], centrality: Sequence[float], weight: float) -> list[float]:
    document = centroid(vectors)
    document_norm = norm(document)
    scale = max((abs(c) for c in centrality), default=0.0) or 1.0
    return [c / scale + weight * cosine(v, document, b_norm=document_norm) for c, v in zip(centrality, vectors)]


def far_method(sentences: Sequence[Sentence], settings: SummarySettings, budget: Budget) -> list[int]:
    if not sentences:
        return []
    vectors = tfidf_vectors(sentences)
    scores = facet_scores(vectors, pacsum_scores(sentences, settings), settings.facet_weight)
    if budget.words is not None or budget.sentences > MAX_COMBINED:
        # A word budget counts words, not sentences, and long summaries would make
        # (n + 2)(n + 1) / 2 combinations of n vectors: rank, then fill as every method does.
        return top(sentences, scores, budget)
    ranked = top(sentences, scores, Budget(sentences=budget.sentences + POOL_EXTRA))
    document = centroid(vectors)

    def coverage(combo: tuple[int, ...]) -> float:
        joint: dict[str, float] = {}
        for i in combo:
            for term, value in vectors[i].items():
                joint[term] = joint.get(term, 0.0) + value
        return cosine(joint, document)

    # Ties go to the combination listed first: the earliest sentences.
    return sorted(max(itertools.combinations(ranked, min(budget.sentences, len(ranked))), key=coverage))
