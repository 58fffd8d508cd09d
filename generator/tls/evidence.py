"""What the articles say about days: which sentences point at which day.

Only day-level values count as pointing at a day: "in May" or "2009" names no day and
is never counted as the first of its month or year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ..model import Analysis, Timex
from ..analysing.timeline import sentence_of

_DAY_GRANULARITIES = frozenset({"day", "time"})


@dataclass(frozen=True, slots=True)
class SentenceUnit:
    """One sentence of the collection with what the TLS steps need of it."""

    article_id: str
    index: int  # the sentence's index in its article
    position: int  # its place among the article's sentences (0 is the lead)
    text: str
    published: date | None
    days: frozenset[date]  # the days it names


# A wire dateline before the first words of a report: "NEW YORK | Mon May 18, 2009
# 4:02 pm EDT NEW YORK (Reuters) - ", "CAIRO (AP) -- ": a place in capitals, an agency
# in brackets and a dash, with no full stop before them.
_DATELINE = re.compile(r"[^.!?]{0,120}?\b[A-Z]{2,}[A-Z ,'-]{0,40}\s\([A-Z][\w .&-]{0,30}\)\s*(?:-{1,2}|–|—)\s+(?=\S)")
_DATELINE_REACH = 240  # a dateline stands at the start: no need to look further


def without_dateline(text: str) -> str:
    """The sentence without a wire dateline before it (the page keeps the whole)."""
    if "(" not in text[:160]:  # most sentences: no regular expression run at all
        return text
    match = _DATELINE.match(text[:_DATELINE_REACH])
    return text[match.end():] if match else text


_NO_DAYS: frozenset[date] = frozenset()


def day_of(timex: Timex) -> date | None:
    """The calendar day a time expression names, or None when it names none."""
    interval = timex.interval
    if interval is None or timex.type not in ("DATE", "TIME"):
        return None
    if timex.granularity not in _DAY_GRANULARITIES or interval.start != interval.end:
        return None
    return interval.start


def sentence_units(analyses: Iterable[Analysis]) -> list[SentenceUnit]:
    units = []
    for analysis in analyses:
        days_by_sentence: dict[int, set[date]] = {}
        sentences = analysis.sentences
        for timex in analysis.timexes:
            day = day_of(timex)
            if day is None:
                continue
            sentence = sentence_of(timex, sentences)
            if sentence is not None:
                days_by_sentence.setdefault(sentence.index, set()).add(day)
        article = analysis.article
        for position, sentence in enumerate(sentences):
            units.append(SentenceUnit(
                article_id=article.id, index=sentence.index, position=position,
                text=without_dateline(sentence.text), published=article.published,
                days=frozenset(days_by_sentence[sentence.index])
                if sentence.index in days_by_sentence else _NO_DAYS,
            ))
    return units


def in_span(day: date | None, start: date | None, end: date | None) -> bool:
    if day is None:
        return start is None and end is None
    return (start is None or day >= start) and (end is None or day <= end)


def mentions_keyword(text: str, keywords: Sequence[str]) -> bool:
    """Case-insensitive; a keyword inside a longer word counts ("quake" in
    "earthquake"), as in DATEWISE."""
    if not keywords:
        return True
    lowered = text.lower()
    return any(keyword in lowered for keyword in keywords)
