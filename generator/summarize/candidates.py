"""Which sentences may appear in a summary at all.

The ingestion layer removes URLs and most boilerplate, but summaries are shown to
readers, so this is checked again here for every method.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Sentence
from ..text import words

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
MIN_WORDS = 4  # shorter "sentences" are headings, datelines or splitting debris


def has_url(text: str) -> bool:
    return _URL.search(text) is not None


def is_candidate(sentence: Sentence) -> bool:
    text = sentence.text
    return not has_url(text) and not _BOILERPLATE.match(text) and len(words(text)) >= MIN_WORDS


def candidates(sentences: Sequence[Sentence]) -> list[Sentence]:
    return [s for s in sentences if is_candidate(s)]
