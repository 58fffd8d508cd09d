"""The data model shared by every layer: frozen, slotted, JSON-friendly.

Offsets (`start`, `end`) are character offsets into `Article.text`, the cleaned text
(paragraphs joined by a blank line), so every layer points into the same string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "time", "day", "week", "month", "quarter", "season", "year", "decade", "century"
]

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed calendar span, both ends inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"interval ends before it starts: {self.start} … {self.end}")

    def __str__(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @classmethod
    def parse(cls, text: str) -> Interval:
        start, sep, end = text.partition("/")
        if not sep:
            raise ValueError(f"not an interval: {text!r}")
        return cls(date.fromisoformat(start), date.fromisoformat(end))


@dataclass(frozen=True, slots=True)
class Link:
    """A URL taken out of the running text (or the article's declared source)."""

    url: str
    offset: int  # where it stood in the cleaned text, so the page can show it in place


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    source_url: str | None
    published: date | None
    paragraphs: tuple[str, ...]
    links: tuple[Link, ...] = ()
    path: str = ""
    tags: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # notes on how the file was read (the Build report)
    # Mistakes in what the author wrote ("line 3: front matter date ignored: ..."):
    # build warnings, so that `mkdocs build --strict` stops.
    faults: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 time expression found in text.

    `value` is the TIMEX3 value string (`2017`, `2017-05`, `2017-W41`, `P4Y`,
    `PAST_REF`, `XXXX-05`, …). `interval` is the calendar span the expression denotes,
    or None when it denotes no fixed span (references, unanchored durations, sets,
    values left unresolved for want of a reference date).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    granularity: Granularity | None = None
    interval: Interval | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A sentence anchored to one calendar-valued time expression inside it."""

    when: Timex
    timex_id: str
    sentence: Sentence
    article_id: str


@dataclass(frozen=True, slots=True)
class Timeline:
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    method: str
    sentences: tuple[int, ...]  # sentence indexes, in document order


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    sentences: tuple[Sentence, ...]
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]
    summary: Summary
    warnings: tuple[str, ...] = field(default=())
