"""Time expressions: recognise → underspecified value → resolve against a reference date.

Public entry point: `extract(text, reference)` returns the TIMEX3 expressions in `text`
in document order, resolved against `reference` (the article's publication date).
"""

from __future__ import annotations

from datetime import date

from ..model import Timex


def extract(text: str, reference: date | None) -> list[Timex]:
    """Placeholder until the rule engine lands: finds nothing."""
    return []


def label(timex: Timex) -> str:
    """Placeholder until the rule engine lands: the TIMEX3 value as written."""
    return timex.value
