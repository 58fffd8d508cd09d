"""Sentences as tf-idf vectors of stemmed content words, for similarity and centrality."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files

from ..model import Sentence
from ..text import words

Vector = dict[str, float]


@lru_cache(maxsize=1)
def stemmer() -> Callable[[str], str]:
    """English Snowball (Porter2), the stems NLTK's `EnglishStemmer` gives.

    From PyStemmer, Snowball's C code (pinned below 3, whose English rules changed):
    importing it takes a millisecond where NLTK takes 0.5-0.9 s, and the key dates stem
    words on every build, so NLTK was loaded on every build for this alone.
    """
    import Stemmer

    stem = Stemmer.Stemmer("english").stemWord
    return lambda word: stem(word.lower())  # NLTK's stemmer lowercases; Snowball's does not


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop words, read from its data file.

    `sumy.utils.get_stop_words` reads the same file but imports `requests` (0.2 s) first.
    """
    text = files("sumy").joinpath("data/stopwords/english.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


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
