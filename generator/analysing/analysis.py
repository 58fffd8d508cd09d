"""Analysis of one article: a pure function of its text and the settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import temporal
from ..reading.metadata import DATE_ORDERS
from ..model import Analysis, Article
from ..summarize import SummarySettings
from ..summarize.methods import summarize
from ..text import split_sentences
from .timeline import article_events


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    summary: SummarySettings = field(default_factory=SummarySettings)
    # How numeric dates that read two ways (03/04/2024) are read when the files are:
    # DMY, MDY or YMD; None: such a date is a build warning and left unread.
    date_order: str | None = None

    def __post_init__(self) -> None:
        if self.date_order not in (None, *DATE_ORDERS):
            raise ValueError(f"date_order must be one of {', '.join(DATE_ORDERS)}, "
                             f"not {self.date_order!r}")


def analyse(article: Article, settings: AnalysisSettings = AnalysisSettings()) -> Analysis:
    text = article.text
    sentences = tuple(split_sentences(text))
    timexes = tuple(temporal.extract(text, article.published, sentences))
    events = article_events(article.id, timexes, sentences)
    summary = summarize(list(sentences), settings.summary)
    warnings = article.warnings
    if len(text) > temporal.MAX_TEXT:  # said, not silently dropped
        warnings += (f"time expressions were looked for in the first {temporal.MAX_TEXT:,} characters "
                     f"only (the article has {len(text):,})",)
    return Analysis(
        article=article,
        sentences=sentences,
        timexes=timexes,
        events=events,
        summary=summary,
        warnings=warnings,
    )
