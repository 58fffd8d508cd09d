"""The sentences of the text being tagged, as text.py split them (one splitter for the
whole project): the tense of an expression is read within its sentence, and a capital
at a sentence's start says nothing about a name."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from ..model import Sentence
from ..text import paragraph_spans, sentence_spans_in


class SentenceIndex:
    """The sentence around a position.

    Sentences given by the caller are used as they are. Otherwise only the paragraphs
    asked about are split, when first asked: sentences never cross a paragraph, and the
    tagger asks about a few places of a text (the tense of some expressions), so most
    of a text is never split (a fifth of the tagging time was splitting).
    """

    def __init__(self, text: str, sentences: Sequence[Sentence] | None = None) -> None:
        self.text = text
        self._given = sentences is not None
        self._starts: list[int] = []  # of the given sentences
        self._ends: list[int] = []
        if sentences is not None:
            self._starts = [s.start for s in sentences]
            self._ends = [s.end for s in sentences]
        self._paragraphs: list[tuple[int, int]] | None = None
        self._paragraph_starts: list[int] = []
        self._split: dict[int, tuple[list[int], list[int]]] = {}  # paragraph → its sentences

    def _in_paragraph(self, number: int) -> tuple[list[int], list[int]]:
        if number not in self._split:
            assert self._paragraphs is not None
            spans = sentence_spans_in(self.text, *self._paragraphs[number])
            self._split[number] = [s for s, _ in spans], [e for _, e in spans]
        return self._split[number]

    def _sentence_of(self, position: int) -> tuple[int, int] | None:
        """(start, end) of the last sentence starting at or before `position`, as
        `split_sentences` would give it; None before the first sentence."""
        if self._given:
            index = bisect_right(self._starts, position) - 1
            return (self._starts[index], self._ends[index]) if index >= 0 else None
        if self._paragraphs is None:
            self._paragraphs = paragraph_spans(self.text)
            self._paragraph_starts = [start for start, _ in self._paragraphs]
        number = bisect_right(self._paragraph_starts, position) - 1
        while number >= 0:  # a position before a paragraph's first sentence: the one before
            starts, ends = self._in_paragraph(number)
            index = bisect_right(starts, position) - 1
            if index >= 0:
                return starts[index], ends[index]
            number -= 1
        return None

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence holding `start` begins and the one holding `end` ends."""
        first, last = self._sentence_of(start), self._sentence_of(max(start, end - 1))
        begin = first[0] if first is not None else 0
        finish = last[1] if last is not None else len(self.text)
        return begin, finish

    def start_of(self, position: int) -> int:
        """Where the sentence holding `position` begins."""
        found = self._sentence_of(position)
        return found[0] if found is not None else 0


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
