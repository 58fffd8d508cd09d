"""The sentences of the text being tagged, as text.py split them (one splitter for the
whole project): the tense of an expression is read within its sentence, and a capital
at a sentence's start says nothing about a name."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from ..model import Sentence
from ..text import split_sentences


class SentenceIndex:
    """The sentence around a position; the text is split only when first asked."""

    def __init__(self, text: str, sentences: Sequence[Sentence] | None = None) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        if sentences is not None:
            self._index(sentences)

    def _index(self, sentences: Sequence[Sentence]) -> None:
        self._starts = [s.start for s in sentences]
        self._ends = [s.end for s in sentences]

    def _sentence_of(self, position: int) -> int:
        if self._starts is None:
            self._index(split_sentences(self.text))
        assert self._starts is not None
        return bisect_right(self._starts, position) - 1

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence holding `start` begins and the one holding `end` ends."""
        first, last = self._sentence_of(start), self._sentence_of(max(start, end - 1))
        begin = self._starts[first] if first >= 0 and self._starts else 0
        finish = self._ends[last] if last >= 0 else len(self.text)
        return begin, finish

    def start_of(self, position: int) -> int:
        """Where the sentence holding `position` begins."""
        index = self._sentence_of(position)
        return self._starts[index] if index >= 0 and self._starts else 0


_CURRENT: ContextVar[SentenceIndex | None] = ContextVar("sentences", default=None)


@contextmanager
def tagging(text: str, sentences: Sequence[Sentence] | None) -> Iterator[SentenceIndex]:
    """Make the sentences of `text` known to the rules while it is tagged."""
    index = SentenceIndex(text, sentences)
    token = _CURRENT.set(index)
    try:
        yield index
    finally:
        _CURRENT.reset(token)


def index_for(text: str) -> SentenceIndex:
    """The sentences of `text`: those given to the tagging under way, or split now."""
    current = _CURRENT.get()
    return current if current is not None and current.text is text else SentenceIndex(text)
