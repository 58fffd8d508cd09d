"""Position-aware centrality (PacSum, Zheng & Lapata 2019) over tf-idf similarity.

LexRank treats the similarity graph as undirected. PacSum makes it directed by
position: a sentence gains centrality from the sentences *after* it that say something
like it (news introduces a fact, then elaborates it) and loses from the sentences
*before* it (it repeats what was said already). Only edges above a threshold count:
`similarity_threshold` β places it at min + β·(max − min) of the document's similarities.
`earlier_weight` λ weighs the earlier sentences against the later ones:

    score(i) = (1 − λ)·Σ_{j>i} ē(i, j) − λ·Σ_{j<i} ē(i, j),   ē = max(sim − threshold, 0)

The top-scored sentences are the summary (PacSum has no redundancy step).
Similarities are the cosine of the sentences' tf-idf vectors (`vectors.py`); the paper's
BERT variant needs a model and is out of scope (offline, no downloads).

The pairwise similarities make this quadratic in the number of sentences: only the
first `WINDOW` candidates take part; later sentences score below all of them (news
puts the summary-worthy facts in its first part).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Sentence
from .selection import Budget, top
from .settings import SummarySettings
from .vectors import cosine, norm, tfidf_vectors

WINDOW = 120  # candidate sentences compared pairwise; beyond it, position decides


def pacsum_scores(sentences: Sequence[Sentence], settings: SummarySettings) -> list[float]:
    head = list(sentences[:WINDOW])
    vectors = tfidf_vectors(head)
    norms = [norm(v) or 1.0 for v in vectors]
    n = len(head)
    similarity = {
        (i, j): cosine(vectors[i], vectors[j], b_norm=norms[j]) for i in range(n) for j in range(i + 1, n)
    }
    low, high = (min(similarity.values()), max(similarity.values())) if similarity else (0.0, 0.0)
    cut = low + settings.similarity_threshold * (high - low)
    later = [0.0] * n
    earlier = [0.0] * n
    for (i, j), value in similarity.items():
        edge = value - cut
        if edge > 0:
            later[i] += edge  # i is echoed by the later j
            earlier[j] += edge  # j echoes the earlier i
    weight = settings.earlier_weight
    scores = [(1 - weight) * later[i] - weight * earlier[i] for i in range(n)]
    # Beyond the window: below every compared sentence, earlier first.
    floor = min(scores, default=0.0) - 1.0
    return scores + [floor - k for k in range(len(sentences) - n)]


def pacsum_method(sentences: Sequence[Sentence], settings: SummarySettings, budget: Budget) -> list[int]:
    return top(sentences, pacsum_scores(sentences, settings), budget)
