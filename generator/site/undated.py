"""Which undated references a reader is shown: the ones that speak of time.

The tagger marks "current" (PRESENT_REF) in "current and retired officials" as the
TimeML guidelines ask, and "recently" in "as recently as a year ago" apart from "a year
ago". Both are right for TempEval scoring and noise on a page: the first describes the
officials, the second only leans on the dated expression beside it. The page leaves
them unmarked and unlisted; the analysis JSON keeps every expression. The words are
in `data/quiet_references.tsv`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

from ..datafiles import words_by_kind
from ..model import Timex

_TABLE = Path(__file__).parent / "data" / "quiet_references.tsv"
_GAP = 12  # characters between a reference and the dated expression it leans on


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {kind: frozenset(word.lower() for word in words) for kind, words in words_by_kind(_TABLE).items()}


def shown_to_readers(timex: Timex, text: str, dated_starts: Collection[int]) -> bool:
    """Whether an undated time expression is shown (marked in the text and listed).
    `dated_starts` are where the article's expressions with a calendar span start."""
    words = _words()
    if timex.text.lower() in words.get("adjective", ()):
        return False
    following = text[timex.end:timex.end + _GAP]
    joined = re.match(r"\s+(\w+)\s+", following)
    if joined and joined.group(1).lower() in words.get("joiner", ()):
        next_start = timex.end + joined.end()
        if next_start in dated_starts:
            return False
    return True
