"""The key dates of a story, as data: frozen and JSON-friendly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class TlsSettings:
    """What to choose. `dates`/`sentences` None: chosen from the collection's size
    (see `sizes`). `start`/`end` limit both the days chosen and the articles used (by
    publication date). `keywords`: keep only sentences that mention one of them."""

    dates: int | None = None
    sentences: int | None = None
    start: date | None = None
    end: date | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KeySentence:
    """A sentence chosen for a key date, where it stands, and how many articles said
    the same (itself included)."""

    article_id: str
    sentence_index: int
    text: str
    reports: int = 1


@dataclass(frozen=True, slots=True)
class KeyDate:
    day: date
    score: float
    sentences: tuple[KeySentence, ...]


@dataclass(frozen=True, slots=True)
class KeyDates:
    """The chosen days in date order, and the sizes that were used."""

    dates: tuple[KeyDate, ...]
    articles: int  # articles the choice was made from
    requested_dates: int
    requested_sentences: int
