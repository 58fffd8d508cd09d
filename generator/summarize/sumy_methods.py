"""sumy's summarizers behind our contract, fed with our sentences and tokenizer.

sumy returns only the chosen sentences. To get every sentence's rating (so that the
length budget, including a budget in words, is applied the same way for all methods)
we pass sumy a callable count, which its `_get_best_sentences` supports: it receives
all sentences sorted by rating and we keep the ratings.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from ..model import Sentence
from ..text import OfflineTokenizer
from .selection import Budget, top
from .settings import SummarySettings
from .vectors import stemmer, stop_words

_TOKENIZER = OfflineTokenizer()

SUMY_SUMMARIZERS: dict[str, type[AbstractSummarizer]] = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}


class _KeepRatings:
    """A sumy "count" that keeps every sentence and remembers its rating."""

    def __init__(self) -> None:
        self.ratings: dict[int, float] = {}

    def __call__(self, infos: list[SentenceInfo]) -> list[SentenceInfo]:
        self.ratings = {info.order: float(info.rating) for info in infos}
        return infos


def sumy_ratings(name: str, sentences: Sequence[Sentence]) -> list[float]:
    """sumy's rating of each sentence (higher is better) for the summarizer `name`."""
    if not sentences:
        return []
    summarizer = SUMY_SUMMARIZERS[name](stemmer())
    summarizer.stop_words = stop_words()
    document = ObjectDocumentModel([Paragraph([SumySentence(s.text, _TOKENIZER) for s in sentences])])
    keep = _KeepRatings()
    # Documents without content words make LexRank divide zero by zero; those ratings
    # come back NaN and are ranked last below, so numpy need not warn.
    with numpy.errstate(invalid="ignore", divide="ignore"):
        summarizer(document, keep)
    ratings = [keep.ratings.get(i, math.nan) for i in range(len(sentences))]
    return [-math.inf if math.isnan(r) else r for r in ratings]


def sumy_method(name: str) -> Callable[[Sequence[Sentence], SummarySettings, Budget], list[int]]:
    def method(sentences: Sequence[Sentence], settings: SummarySettings, budget: Budget) -> list[int]:
        return top(sentences, sumy_ratings(name, sentences), budget)

    method.__name__ = f"{name}_method"
    method.__doc__ = f"sumy's {SUMY_SUMMARIZERS[name].__name__}, top-rated sentences."
    return method
