"""Extractive summaries built on sumy, with an offline tokenizer.

Contract (as sumy's): given the article's sentences, return the indexes of the chosen
sentences in document order.
"""

from __future__ import annotations

from dataclasses import dataclass

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from ..model import Sentence, Summary
from ..text import OfflineTokenizer

_TOKENIZER = OfflineTokenizer()


@dataclass(frozen=True, slots=True)
class SummarySettings:
    method: str = "lexrank"
    sentences: int = 3


def summarize(sentences: list[Sentence], settings: SummarySettings = SummarySettings()) -> Summary:
    if len(sentences) <= settings.sentences:
        return Summary(method=settings.method, sentences=tuple(s.index for s in sentences))
    document = ObjectDocumentModel(
        [Paragraph([SumySentence(s.text, _TOKENIZER) for s in sentences])]
    )
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    chosen = summarizer(document, settings.sentences)
    by_text: dict[str, int] = {}
    for s in sentences:
        by_text.setdefault(s.text, s.index)
    picked = sorted(by_text[str(c)] for c in chosen if str(c) in by_text)
    return Summary(method=settings.method, sentences=tuple(picked))
