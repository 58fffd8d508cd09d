"""The one settings object for summaries: which method, how long, and its parameters."""

from __future__ import annotations

from dataclasses import dataclass

# The lead: no other method beats it robustly on unseen news (README, "Figures";
# `python -m generator evaluate rouge FILE --cv 5` prints the measurement).
DEFAULT_METHOD = "lead"
DEFAULT_SENTENCES = 3

# The methods sumy provides (`sumy_methods.SUMY_SUMMARIZERS`), named here so that
# sumy, NLTK and numpy (two seconds of imports) load only when one of them is used:
# a build whose analyses all come from the cache, and the default method, need none.
SUMY_METHOD_NAMES = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction")
# every method's name, as methods.METHODS has them (tests/speed/test_imports.py checks it)
METHOD_NAMES = ("centroid", "lead", "lead_centroid", "pacsum", "far", *SUMY_METHOD_NAMES)


@dataclass(frozen=True, slots=True)
class SummarySettings:
    """How to summarise. Length is given by at most one of `sentences`, `ratio`, `words`;
    with none of them, a summary has `DEFAULT_SENTENCES` sentences.

    `position_decay` and `redundancy` are the centroid methods' parameters (see
    `centroid`, `lead_anchor`); `similarity_threshold` and `earlier_weight` are
    PacSum's (see `pacsum`), `far` adds `facet_weight` (see `facets`); the other
    methods ignore them. Their defaults are the values cross-validation chose most
    often on the CNN/DailyMail dev sample.
    """

    method: str = DEFAULT_METHOD
    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    position_decay: float = 1.0
    redundancy: float = 0.4
    similarity_threshold: float = 0.0
    earlier_weight: float = 0.6
    facet_weight: float = 0.0

    def __post_init__(self) -> None:
        given = [name for name in ("sentences", "ratio", "words") if getattr(self, name) is not None]
        if len(given) > 1:
            raise ValueError(f"give the length one way, not {' and '.join(given)}")
        if self.sentences is not None and self.sentences < 1:
            raise ValueError("sentences must be at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise ValueError("ratio must be in (0, 1]")
        if self.words is not None and self.words < 1:
            raise ValueError("words must be at least 1")
        if self.position_decay < 0:
            raise ValueError("position_decay must not be negative")
        if not 0 <= self.redundancy < 1:
            raise ValueError("redundancy must be in [0, 1)")
        if not 0 <= self.similarity_threshold <= 1:
            raise ValueError("similarity_threshold must be in [0, 1]")
        if not 0 <= self.earlier_weight <= 1:
            raise ValueError("earlier_weight must be in [0, 1]")
        if self.facet_weight < 0:
            raise ValueError("facet_weight must not be negative")
