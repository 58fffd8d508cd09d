"""Rules for vague references to the present, past and future: "now", "recently", "soon"."""

from __future__ import annotations

import re

from .. import lexicon
from .base import Emit, Rule

Match = re.Match[str]


def _reference(m: Match) -> Emit | None:
    word = lexicon.normal_word(m["word"])
    return Emit("DATE", lexicon.lookup("references", word))


RULES: tuple[Rule, ...] = (
    Rule(
        "reference_word",
        r"\b(?P<word>%(reference)s)\b(?![-'’])(?![\s-]+(?:\d|%(number)s[\s-]|%(vague_number)s\s|%(unit)s\b|%(season)s))",
        _reference,
        triggers=('reference',),
    ),
)
