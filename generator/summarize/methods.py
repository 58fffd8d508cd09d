"""The summary methods by name, and `summarize`, which applies the one the settings name.

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
from .settings import SUMY_METHOD_NAMES, SummarySettings

Method = Callable[[Sequence[Sentence], SummarySettings, Budget], list[int]]


def _sumy(name: str) -> Method:
    def method(sentences: Sequence[Sentence], settings: SummarySettings, budget: Budget) -> list[int]:
        from .sumy_methods import sumy_method

        return sumy_method(name)(sentences, settings, budget)

    method.__name__ = f"{name}_method"
    return method


# in the order of settings.METHOD_NAMES, which the command line and mkdocs.yml offer
# without loading the methods (tests/speed/test_imports.py checks they agree)
METHODS: dict[str, Method] = {
    "centroid": centroid_method,
    "lead": lead,
    "lead_centroid": lead_centroid_method,
    "pacsum": pacsum_method,
    "far": far_method,
    **{name: _sumy(name) for name in SUMY_METHOD_NAMES},
}


def summarize(sentences: list[Sentence], settings: SummarySettings = SummarySettings()) -> Summary:
    """Choose sentences of `sentences` (an article's, from `split_sentences`)."""
    if settings.method not in METHODS:
        raise ValueError(f"unknown summary method {settings.method!r}; choose from {', '.join(METHODS)}")
    pool = candidates(sentences)
    budget = Budget.from_settings(settings, len(sentences))  # a ratio is of the article
    picked = METHODS[settings.method](pool, settings, budget)
    return Summary(method=settings.method, sentences=tuple(sorted({pool[p].index for p in picked})))
