"""Sentences and words with character offsets, computed offline.

One splitter serves the time analysis, the summaries and the site's sentence anchors,
so a sentence index means the same thing everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Sentence

# Words that end in a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep rev st jr sr
    inc ltd co corp bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue wed thu fri sat sun u.s u.k u.n e.g i.e a.m p.m d.c c.i.a f.b.i""".split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, space.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the period at `end - 1` belongs to an abbreviation or an initial."""
    start = end - 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    token = text[start:end].strip("\"'“‘(").rstrip(".").lower()
    if not token:
        return False
    if len(token) == 1 and token.isalpha():  # an initial: "Kenneth F. McKenzie"
        return True
    return token in _ABBREVIATIONS


def _next_starts_sentence(text: str, pos: int) -> bool:
    rest = text[pos:].lstrip()
    if not rest:
        return True
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘(["


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for block in _paragraph_spans(text):
        start = block[0]
        for match in _BOUNDARY.finditer(text, block[0], block[1]):
            end = match.end()
            if text[match.start()] == "." and _ends_with_abbreviation(text, match.start() + 1):
                continue
            if not _next_starts_sentence(text, end):
                continue
            spans.append((start, end))
            start = end
        spans.append((start, block[1]))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=256)
def _split_cached(text: str) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(_spans(text))
    )


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences whose offsets point back into `text`."""
    return list(_split_cached(text))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


class OfflineTokenizer:
    """The tokenizer object sumy needs (`to_sentences`, `to_words`), without NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
