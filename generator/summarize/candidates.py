"""Which sentences may appear in a summary at all.

The ingestion layer removes URLs and most boilerplate, but summaries are shown to
readers, so this is checked again here for every method.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Sentence
from ..text import WORD  # the word of text.words

# A domain label starts where a run of word characters starts and is at most 63 long
# (RFC 1035): unanchored `[\w-]+\.com` backtracks quadratically on a long run of word
# characters without a dot (a 100 kB token took 19 s).
_URL = re.compile(
    r"(?:https?://|ftp://|www\.)\S|(?<![\w-])[\w-]{1,63}\.(?:com|org|net|co\.uk|gov|edu|ly|io)(?:/|\b)",
    re.IGNORECASE,
)
# Publisher furniture that the splitter keeps as sentences of their own.
_BOILERPLATE = re.compile(
    r"^(?:By\s+\.|PUBLISHED:|UPDATED:|Last updated\b|Scroll down for (?:the )?videos?$|"
    r"(?:Click|Scroll) (?:here|down)\b|READ MORE\b|Follow us\b)",
    re.IGNORECASE,
)
# What every match of _URL contains ("://", "www.", or a dot before a domain ending),
# looked for from the ":" or "." it starts with: a character class with no letter in
# it, so the regex engine skips along to the next ":" or "." in C. _URL itself is tried
# at each word start of a sentence, and most sentences have no URL.
_URL_HINT = re.compile(r"[:.](?:(?<=:)//|(?<=\.)(?:com|org|net|co\.uk|gov|edu|ly|io)|(?<=www\.))", re.IGNORECASE)
MIN_WORDS = 4  # shorter "sentences" are headings, datelines or splitting debris
# At least MIN_WORDS of text.words: from the text's start (matched, not searched: a
# search would take a long word again from each of its characters), the first word
# after the non-word characters before it, each word taken whole (atomic, as findall
# takes it), the next one after the non-word characters between them; no list of all
# the words, and one pass over the text at most.
_ENOUGH_WORDS = re.compile(rf"\W*+(?>{WORD.pattern})(?:\W++(?>{WORD.pattern})){{{MIN_WORDS - 1}}}")


def has_url(text: str) -> bool:
    return _URL_HINT.search(text) is not None and _URL.search(text) is not None


def has_enough_words(text: str) -> bool:
    """len(words(text)) >= MIN_WORDS, without listing the words."""
    return _ENOUGH_WORDS.match(text) is not None


def is_candidate(sentence: Sentence) -> bool:
    text = sentence.text
    return not has_url(text) and not _BOILERPLATE.match(text) and has_enough_words(text)


def candidates(sentences: Sequence[Sentence]) -> list[Sentence]:
    return [s for s in sentences if is_candidate(s)]
