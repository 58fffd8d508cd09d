"""From scores to a summary: the length budget, top-k choice and redundancy control."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Sentence
from ..text import words
from .settings import DEFAULT_SENTENCES, SummarySettings


@dataclass(frozen=True, slots=True)
class Budget:
    """At most `sentences` sentences and, if `words` is set, at most that many words."""

    sentences: int
    words: int | None = None

    @classmethod
    def from_settings(cls, settings: SummarySettings, total: int) -> Budget:
        if settings.words is not None:
            return cls(sentences=max(total, 1), words=settings.words)
        if settings.ratio is not None:
            return cls(sentences=max(1, round(settings.ratio * total)))
        return cls(sentences=settings.sentences or DEFAULT_SENTENCES)


def choose(
    sentences: Sequence[Sentence],
    budget: Budget,
    gain: Callable[[int, list[int]], float],
) -> list[int]:
    """Greedily add the sentence of highest `gain(i, chosen)` while the budget allows.

    With a word budget a sentence that does not fit is skipped and the next one
    tried; the summary is never empty, so if nothing fits the best sentence is taken.
    Returns positions in `sentences`, in document order.
    """
    # words are counted only for a word budget (most summaries count sentences)
    lengths = [len(words(s.text)) for s in sentences] if budget.words is not None else []
    remaining = list(range(len(sentences)))
    chosen: list[int] = []
    used = 0
    while remaining and len(chosen) < budget.sentences:
        ranked = sorted(remaining, key=lambda i: (-gain(i, chosen), i))
        fitting = ranked if budget.words is None else [i for i in ranked if used + lengths[i] <= budget.words]
        if not fitting:
            if not chosen:
                chosen.append(ranked[0])
            break
        best = fitting[0]
        chosen.append(best)
        if budget.words is not None:
            used += lengths[best]
        remaining.remove(best)
    return sorted(chosen)


def top(sentences: Sequence[Sentence], scores: Sequence[float], budget: Budget) -> list[int]:
    """The best-scored sentences; ties go to the earlier sentence, as in sumy."""
    return choose(sentences, budget, lambda i, _chosen: scores[i])
