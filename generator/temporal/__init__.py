"""Time expressions: recognise → underspecified value → resolve against a reference date.

Public entry points:

- `extract(text, reference, sentences)`: the TIMEX3 expressions in `text`, in document
  order, resolved against `reference` (the article's publication date, or None); the
  sentences are text.split_sentences(text), split here when not given.
- `label(timex)`: a human label at the expression's granularity ("May 2017").
- `CalendarValue`, `Duration`: TIMEX3 value text forms with parsers.
"""

from __future__ import annotations

from .engine import MAX_TEXT, extract
from .labels import label
from .values import CalendarValue, Duration

__all__ = ["MAX_TEXT", "CalendarValue", "Duration", "extract", "label"]
