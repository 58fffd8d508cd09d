"""Sentences as tf-idf vectors of stemmed content words, for similarity and centrality."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import Sentence
from ..text import words

if TYPE_CHECKING:
    from sumy.nlp.stemmers import Stemmer

Vector = dict[str, float]


@lru_cache(maxsize=1)
def stemmer() -> Stemmer:
    from sumy.nlp.stemmers import Stemmer  # NLTK's import is slow: only when summarizing

    return Stemmer("english")  # Snowball via NLTK's code; needs no downloaded data


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return stemmer()(word)


def content_terms(text: str) -> list[str]:
    lowered = (w.lower() for w in words(text))
    return [_stem(w) for w in lowered if w not in stop_words() and any(c.isalnum() for c in w)]


def tfidf_vectors(sentences: Sequence[Sentence]) -> list[Vector]:
    """One vector per sentence; idf is computed over the sentences of this document."""
    counts = [Counter(content_terms(s.text)) for s in sentences]
    frequency = Counter(term for c in counts for term in c)
    total = len(sentences)
    idf = {t: math.log((1 + total) / (1 + n)) + 1 for t, n in frequency.items()}
    return [{t: tf * idf[t] for t, tf in c.items()} for c in counts]


def cosine(a: Vector, b: Vector, *, b_norm: float | None = None) -> float:
    """Cosine similarity; `b_norm` may be given when `b` is compared many times."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(v * large.get(t, 0.0) for t, v in small.items())
    if not dot:
        return 0.0
    return dot / (norm(a) * (norm(b) if b_norm is None else b_norm))


def norm(v: Vector) -> float:
    return math.sqrt(sum(x * x for x in v.values()))


def centroid(vectors: Sequence[Vector]) -> Vector:
    total: Counter[str] = Counter()
    for v in vectors:
        total.update(v)
    return dict(total)
