"""A bounded part of a long sentence, around one time expression.

A timeline entry, a summary item and the corpus timeline show the sentence an event
is in. Most sentences are short, but a text without punctuation is one sentence: a
100 KB article with 400 dated expressions would repeat its 100 KB sentence 400 times
(40 MB of page, minutes of build). A sentence longer than `LONG` characters is
therefore shown as a window of about `WINDOW` characters around the expression, cut
at spaces, with "…" where it was cut; the full sentence stays in the article's text,
one click away.
"""

from __future__ import annotations

LONG = 600  # sentences up to this many characters are always shown whole
WINDOW = 400  # characters shown of a longer one
ELLIPSIS = "…"
_SLACK = 40  # how far a cut may move to land on a space


def window(length: int, start: int = 0, end: int = 0) -> tuple[int, int]:
    """The part [a, b) of a text of `length` characters to show so that [start, end)
    (offsets in that text; the expression) is inside it, about centred. The whole
    text when it is at most `LONG` characters."""
    if length <= LONG:
        return 0, length
    start = min(max(start, 0), length)
    end = min(max(end, start), length)
    if end - start >= WINDOW:  # an expression longer than the window: its beginning
        return start, start + WINDOW
    room = WINDOW - (end - start)
    a = max(0, start - room // 2)
    b = min(length, a + WINDOW)
    a = max(0, min(a, b - WINDOW))
    return a, b


def on_spaces(text: str, a: int, b: int, start: int, end: int, lo: int = 0,
              hi: int | None = None) -> tuple[int, int]:
    """Move the cuts a and b of `text[lo:hi]` inward onto spaces (not past
    [start, end)), so that no word is cut in half when a space is near."""
    hi = len(text) if hi is None else hi
    if a > lo:
        space = text.find(" ", a, min(a + _SLACK, start))
        if space >= 0:
            a = space + 1
    if b < hi:
        space = text.rfind(" ", max(b - _SLACK, end), b)
        if space >= 0:
            b = space
    return a, b


def cut(text: str, start: int = 0, end: int = 0) -> tuple[int, int]:
    """The window of `text` to show around [start, end), on spaces where possible."""
    a, b = window(len(text), start, end)
    if (a, b) == (0, len(text)):
        return a, b
    return on_spaces(text, a, b, start, end)


def excerpt(text: str, start: int = 0, end: int = 0) -> str:
    """`text`, or for a long one the window around [start, end) with "…" marks."""
    a, b = cut(text, start, end)
    return (ELLIPSIS if a > 0 else "") + text[a:b] + (ELLIPSIS if b < len(text) else "")
