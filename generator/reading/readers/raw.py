"""What a reader of any format gives back: the article's parts before cleaning.

The readers of each format (this package) build it; `reading.ingest` cleans it into an
`Article`. Defined here, below both, so that the readers need nothing from ingest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class RawArticle:
    """What a format reader found, before cleaning."""

    body: str
    title: str | None = None
    published: date | None = None
    source_url: str | None = None
    tags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    faults: tuple[str, ...] = ()  # mistakes in what the author wrote: build warnings
