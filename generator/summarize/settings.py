"""The one settings object for summaries: which method, how long, and its parameters."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_METHOD = "centroid"
DEFAULT_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class SummarySettings:
    """How to summarise. Length is given by at most one of `sentences`, `ratio`, `words`;
    with none of them, a summary has `DEFAULT_SENTENCES` sentences.

    `position_decay` and `redundancy` are the default method's parameters (see
    `centroid`); the other methods ignore them.
    """

    method: str = DEFAULT_METHOD
    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    position_decay: float = 1.0
    redundancy: float = 0.4

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
