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

Method = Callable[[Sequence[Sentence], SummarySettings, Budget], list[int]]

# The methods sumy provides (`sumy_methods.SUMY_SUMMARIZERS`), named here so that
# sumy, NLTK and numpy (two seconds of imports) load only when one of them is used:
# a build whose analyses all come from the cache, and the default method, need none.
SUMY_METHOD_NAMES = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction")


def _sumy(name: str) -> Method:
    def method(sentences: Sequence[Sentence], settings: SummarySettings, budget: Budget) -> list[int]:
        from .sumy_methods import sumy_method

        return sumy_method(name)(sentences, settings, budget)

    method.__name__ = f"{name}_method"
    return method


METHODS: dict[str, Method] = {
    "centroid": centroid_method,
    "lead": lead,
    "lead_centroid": lead_centroid_method,
    "pacsum": pacsum_method,
    "far": far_method,
    **{name: _sumy(name) for name in SUMY_METHOD_NAMES},
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
