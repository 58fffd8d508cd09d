"""The ordered rule list. Where two matches cover the same longest span, the earlier rule wins."""

from __future__ import annotations

from . import absolute, amounts, anaphoric, clock, references, relative
from .base import Emit, Rule

RULES: tuple[Rule, ...] = (
    *absolute.RULES,
    *clock.RULES,
    *relative.RULES,
    *anaphoric.RULES,
    *amounts.RULES,
    *references.RULES,
)

__all__ = ["RULES", "Emit", "Rule"]
