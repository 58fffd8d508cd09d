"""Extractive summaries built on sumy, with an offline tokenizer.

Contract (as sumy's): every method takes the candidate sentences, the settings and the
length budget, and returns the positions of the chosen sentences in document order.
`summarize` filters candidates (no URLs, no publisher boilerplate), applies the
method and returns the chosen sentences' indexes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Sentence, Summary
from .candidates import candidates
from .centroid import centroid_method
from .facets import far_method
from .lead import lead
from .lead_anchor import lead_centroid_method
from .pacsum import pacsum_method
from .selection import Budget
from .settings import DEFAULT_METHOD, SummarySettings
from .sumy_methods import SUMY_SUMMARIZERS, sumy_method

Method = Callable[[Sequence[Sentence], SummarySettings, Budget], list[int]]

METHODS: dict[str, Method] = {
    "centroid": centroid_method,
    "lead": lead,
    "lead_centroid": lead_centroid_method,
    "pacsum": pacsum_method,
    "far": far_method,
    **{name: sumy_method(name) for name in SUMY_SUMMARIZERS},
}

__all__ = ["DEFAULT_METHOD", "METHODS", "SummarySettings", "summarize"]


def summarize(sentences: list[Sentence], settings: SummarySettings = SummarySettings()) -> Summary:
    """Choose sentences of `sentences` (an article's, from `split_sentences`)."""
    if settings.method not in METHODS:
        raise ValueError(f"unknown summary method {settings.method!r}; choose from {', '.join(METHODS)}")
    pool = candidates(sentences)
    budget = Budget.from_settings(settings, len(sentences))  # a ratio is of the article
    picked = METHODS[settings.method](pool, settings, budget)
    return Summary(method=settings.method, sentences=tuple(sorted({pool[p].index for p in picked})))
