"""Span and `mod` adjustments around a chosen match: TimeML keeps "the" out of
hyphenated modifiers ("the [third-quarter] results") and takes modifiers in
("[early next year]", "[about two years] ago")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import compiled_cache, lexicon, settings
from .candidate import Candidate
from .values import REFERENCE_VALUES

_ADJECTIVE_AFTER_THE = compiled_cache.compile(r"(?i)the\s+(?:[\w.]+\s+)*?[\w.]+-[a-z]+")


def without_article_before_adjective(text: str, candidate: Candidate) -> Candidate:
    """TimeML leaves "the" out when the expression is a hyphenated modifier of a noun:
    "the [third-quarter] results", "the [30-day] period"; "the past four years" keeps it."""
    match = _ADJECTIVE_AFTER_THE.fullmatch(text, candidate.start, candidate.end)
    if not match:
        return candidate
    start = candidate.start + 3
    while start < candidate.end and text[start].isspace():
        start += 1
    return replace(candidate, start=start)


@lru_cache(maxsize=1)
def _modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes for a point modifier ("early", "the end of") and an amount modifier
    ("about", "more than") standing right before an expression."""
    by_kind: dict[str, list[str]] = {"point": [], "amount": []}
    for phrase, (_mod, kind) in lexicon.table("modifiers").items():
        by_kind[kind].append(phrase)

    def pattern(phrases: list[str]) -> re.Pattern[str]:
        body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
        return compiled_cache.compile(rf"(?<![\w-])(?P<mod>{body})(?:\s+|-)$", re.IGNORECASE)

    return pattern(by_kind["point"]), pattern(by_kind["amount"])


def with_modifier(text: str, candidate: Candidate) -> Candidate:
    """Take a modifier right before the expression into its span and its `mod`."""
    emit = candidate.emit
    window = text[max(0, candidate.start - settings.MODIFIER_WINDOW) : candidate.start]
    point, amount = _modifier_patterns()
    body = text[candidate.start : candidate.end].lower()
    if emit.quantity or (emit.type == "DURATION" and body[:1].isdigit()):
        match = amount.search(window)
    elif emit.type in ("DATE", "TIME") and emit.value not in REFERENCE_VALUES:
        match = point.search(window)
        if match and match["mod"].lower() in ("earlier", "later") and not body.startswith(("this", "that", "in ", "today", "yesterday", "tomorrow")):
            match = None  # "earlier this year", "later that day"; in "a week later" it is no modifier
        elif match and match["mod"].lower() == "around" and not any(c.isdigit() for c in body):
            match = None  # "around Nov. 1", but "get around Wednesday's ruling"
    else:
        match = None
    if match is None:
        return candidate
    mod = lexicon.table("modifiers")[lexicon.normal_word(match["mod"])][0]
    new_emit = replace(emit, mod=mod)
    return Candidate(candidate.start - len(window) + match.start(), candidate.end, candidate.order, new_emit)
