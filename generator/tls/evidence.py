"""What the articles say about days: which sentences point at which day.

Only day-level values count as pointing at a day: "in May" or "2009" names no day and
is never counted as the first of its month or year. Neither does the page furniture
around a report: the stamp a page puts before an article ("Susan Watts | 18:00 UK time,
Saturday, 25 April 2009", "2 August 2011 Last updated at 05:18 GMT"), a wire dateline
("CAIRO, March 21 (Reuters) - ") or a reader comment's header ("At 20:04 30th Apr 2009,
yellowIda wrote:") names when the page was written, which the publication date already
says; counted as mentions they would double the weight of every publication day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..datafiles import words_by_kind
from ..frozen import positional_constructor
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
    comment: bool = False  # a reader comment's header, not the report's words


# A wire dateline before the first words of a report: "NEW YORK | Mon May 18, 2009
# 4:02 pm EDT NEW YORK (Reuters) - ", "CAIRO (AP) -- ", "DAMASCUS, March 21 (Reuters) - ":
# a place in capitals, perhaps a date, an agency in brackets and a dash, with no full
# stop before them.
_DATELINE = re.compile(r"[^.!?]{0,120}?\b[A-Z]{2,}[A-Z ,'-]{0,40}"
                       r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"  # "CAIRO, March 21 (AP) -"
                       r"\s\([A-Z][\w .&-]{0,30}\)\s*(?:-{1,2}|–|—)\s+(?=\S)")
_DATELINE_REACH = 240  # a dateline stands at the start: no need to look further


# A dateline's bracket and a comment header's colon stand within this many characters.
_HEAD = 160


def _dateline_end(text: str) -> int:
    if "(" not in text[:_HEAD]:  # most sentences: no regular expression run at all
        return 0
    match = _DATELINE.match(text[:_DATELINE_REACH])
    return match.end() if match else 0


_DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def _furniture() -> dict[str, tuple[str, ...]]:
    return words_by_kind(_DATA / "furniture.tsv")


@lru_cache(maxsize=1)
def _clock() -> re.Pattern[str]:
    """A clock time ("18:00", "5:11 am EDT", "23.24 BST", "18:00 UK time")."""
    zones = "|".join(re.escape(z).replace(r"\ ", r"\s+") for z in _furniture().get("zone", ()))
    return re.compile(r"\b\d{1,2}[:.][0-5]\d(?:\s*[ap]\.?m\b\.?)?"
                      rf"(?:\s+(?:[A-Z]{{2,5}}\b|(?i:{zones})\b))?")


@lru_cache(maxsize=1)
def _comment_header() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in _furniture().get("comment", ()))
    # the clock time first or after one word ("At 20:04"), the name, the verb
    return re.compile(rf"\W{{0,3}}(?:\S+\s+)?\d{{1,2}}[:.][0-5]\d[^.!?]{{0,80}}?\b(?i:{verbs})\s*:")


def is_comment_header(text: str) -> bool:
    """"At 20:04 30th Apr 2009, yellowIda wrote: ...": a reader comment, not news."""
    return ":" in text[:_HEAD] and _comment_header().match(text[:200]) is not None


# A page's stamp stands in an article's first sentences, within this many characters
# of the start; its day within this many characters of its clock time.
STAMP_SENTENCES = 3
STAMP_REACH = 160
STAMP_NEAR = 40
_SEPARATORS = " |-–—,:"


def _starts_anew(text: str, at: int) -> bool:
    """The report starts after `at`: a space (or a bar or dash) and a capital, not a
    comma going on with the clause."""
    if at < len(text) and text[at] not in " |-–—":
        return False
    rest = text[at:].lstrip(_SEPARATORS)
    return not rest or rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'("


def furniture_end(text: str, day_spans: Sequence[tuple[int, int]], position: int) -> int:
    """Where the sentence proper starts: after a page's stamp and a wire dateline.
    `day_spans`: where the sentence names days (offsets in `text`).

    A stamp is a calendar date written out ("25 April 2009", "Tue Mar 22, 2011") next
    to a clock time, near the start of one of the article's first sentences, with the
    report starting after it on a capital: "Saturday 25 April 2009 23.24 BST Swine flu
    has ...". A relative day ("on Monday at 10:30 GMT") is the report's own words, and
    so is a date the clause goes on from ("at 16:53 on 12 January, the quake ...")."""
    cut = 0
    if position < STAMP_SENTENCES and day_spans:
        written = [(start, end) for start, end in day_spans
                   if start < STAMP_REACH and any(c.isdigit() for c in text[start:end])]
        for clock in _clock().finditer(text, 0, STAMP_REACH) if written else ():
            near = [end for start, end in written
                    if abs(start - clock.end()) <= STAMP_NEAR or abs(clock.start() - end) <= STAMP_NEAR]
            end = max(clock.end(), *near) if near else 0
            if end > cut and _starts_anew(text, end):
                cut = end
    cut += _dateline_end(text[cut:])
    if cut:
        while cut < len(text) and text[cut] in _SEPARATORS:
            cut += 1
    return cut


_NO_DAYS: frozenset[date] = frozenset()
_unit = positional_constructor(SentenceUnit)


def day_of(timex: Timex) -> date | None:
    """The calendar day a time expression names, or None when it names none."""
    interval = timex.interval
    if interval is None or timex.type not in ("DATE", "TIME"):
        return None
    if timex.granularity not in _DAY_GRANULARITIES or interval.start != interval.end:
        return None
    return interval.start


def sentence_units(analyses: Iterable[Analysis]) -> list[SentenceUnit]:
    """Every sentence of the articles, without its page furniture, with the days it
    names outside the furniture."""
    units = []
    for analysis in analyses:
        # (start, end, day) of each day named, by sentence, offsets in the sentence
        named: dict[int, list[tuple[int, int, date]]] = {}
        sentences = analysis.sentences
        for timex in analysis.timexes:
            day = day_of(timex)
            if day is None:
                continue
            sentence = sentence_of(timex, sentences)
            if sentence is not None:
                named.setdefault(sentence.index, []).append(
                    (timex.start - sentence.start, timex.end - sentence.start, day))
        article = analysis.article
        article_id, published = article.id, article.published
        for position, sentence in enumerate(sentences):
            text = sentence.text
            spans = named.get(sentence.index, ())
            head = text[:_HEAD]
            if not spans and "(" not in head and ":" not in head:
                # Most sentences: no day named, no room for a dateline (it has a
                # bracket) or a comment's header (a colon): the text as it is.
                units.append(_unit(article_id, sentence.index, position, text, published,
                                   _NO_DAYS, False))
                continue
            comment = is_comment_header(sentence.text)
            cut = furniture_end(sentence.text, [(a, b) for a, b, _ in spans], position)
            days = frozenset(day for start, _, day in spans if start >= cut) if spans and not comment else _NO_DAYS
            units.append(SentenceUnit(
                article_id=article.id, index=sentence.index, position=position,
                text=sentence.text[cut:], published=article.published,
                days=days, comment=comment,
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
