"""The news lead: the first sentences. The baseline every method has to beat."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Sentence
from .selection import Budget, top
from .settings import SummarySettings


def lead(sentences: Sequence[Sentence], settings: SummarySettings, budget: Budget) -> list[int]:
    return top(sentences, [-float(i) for i in range(len(sentences))], budget)
