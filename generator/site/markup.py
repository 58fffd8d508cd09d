"""HTML fragments for sentences, with time expressions and links marked in place.

Every piece of article text passes through `escape` here; nothing else in the site
layer turns article text into HTML.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..analysing import excerpt
from ..model import Link, Sentence, Timex
from ..analysing.timeline import sentence_of
from .safety import Markup, escape, escape_text, safe_url


@dataclass(frozen=True, slots=True)
class MarkedTimex:
    timex: Timex
    id: str
    is_event: bool
    title: str  # what hovering shows: a reader's label (`hover.hover_label`)


def sentence_of_marks(marks: Sequence[MarkedTimex], sentences: Sequence[Sentence]) -> list[Sentence | None]:
    """For each mark, the sentence its time expression starts in, or None."""
    return [sentence_of(mark.timex, sentences) for mark in marks]


class ShownMarks:
    """The marks a shortened sentence (an entry: `sentence_html` without anchors) can
    show: all of a short sentence's, and of a long one only those near the part shown.

    A text without punctuation is one sentence holding every mark of the article; giving
    each of its thousands of entries all of them made the page grow with the square of
    the text. The part shown is at most `excerpt.WINDOW` characters around the
    highlighted mark (or the sentence's beginning), so the marks starting within
    `excerpt.WINDOW` of it are all the entry can show, found by bisection."""

    def __init__(self, marks_in: dict[int, list[MarkedTimex]]) -> None:
        self._marks_in = marks_in
        self._sorted: dict[int, tuple[list[MarkedTimex], list[int]]] = {}
        self._by_id = {m.id: m for marks in marks_in.values() for m in marks}

    def __call__(self, sentence: Sentence, highlight: str | None = None) -> Sequence[MarkedTimex]:
        own = self._marks_in.get(sentence.index, [])
        if sentence.end - sentence.start <= excerpt.LONG or len(own) < 2:
            return own
        if sentence.index not in self._sorted:
            ordered = sorted(own, key=lambda m: m.timex.start)
            self._sorted[sentence.index] = ordered, [m.timex.start for m in ordered]
        ordered, starts = self._sorted[sentence.index]
        focus = self._by_id.get(highlight) if highlight is not None else None
        if focus is not None and sentence.start <= focus.timex.start and focus.timex.end <= sentence.end:
            low, high = focus.timex.start - excerpt.WINDOW, focus.timex.end + excerpt.WINDOW
        else:  # no mark to centre on: the part shown is the sentence's beginning
            low, high = sentence.start, sentence.start + excerpt.WINDOW
        return ordered[bisect_left(starts, low) : bisect_right(starts, high)]


# The fragments below are f-strings of escaped values, not Markup.format: the same text
# (format escapes each plain value and keeps Markup as it is), at a fraction of the cost
# of string.Formatter, which was a fifth of an article page's.

def _timex_open(mark: MarkedTimex, link_events: bool) -> Markup:
    mark_id, title = escape(mark.id), escape_text(mark.title)
    if mark.is_event and link_events:
        return Markup(f'<a class="nt-timex" id="{mark_id}" href="#e-{mark_id}" title="{title}">')
    css = "nt-timex" if mark.is_event else "nt-timex nt-undated"
    return Markup(f'<span class="{css}" id="{mark_id}" title="{title}">')


def _link_mark(link: Link) -> Markup:
    url = safe_url(link.url)
    if url is None:
        return Markup(f' <span class="nt-url">[{escape_text(link.url)}]</span>')
    return Markup(f' <a class="nt-link" href="{escape(url)}" rel="nofollow noopener noreferrer" '
                  f'title="{escape_text(link.url)}">[link]</a>')


def sentence_html(
    text: str,
    sentence: Sentence,
    timexes: Sequence[MarkedTimex] = (),
    links: Iterable[Link] = (),
    *,
    anchors: bool = True,
    highlight: str | None = None,
) -> Markup:
    """The sentence's text, escaped, with its time expressions marked.

    `links` are the links that belong to this sentence; `anchors` gives timexes
    their ids and shows the links (only once per page: in the full text);
    `highlight` names the one timex to emphasise (in a timeline entry). Without
    anchors, a long sentence is cut to the part around `highlight` (or its
    beginning), so that repeating it in entries stays bounded (`generator.analysing.excerpt`)."""
    start, end = sentence.start, sentence.end
    inside = [m for m in timexes if start <= m.timex.start and m.timex.end <= end]
    before = after = ""
    if not anchors and end - start > excerpt.LONG:  # a long sentence: the part around the mark
        focus = next((m.timex for m in inside if m.id == highlight), None)
        a, b = excerpt.window(end - start, *((focus.start - start, focus.end - start)
                                             if focus else (0, 0)))
        a, b = excerpt.on_spaces(text, start + a, start + b, focus.start if focus else start,
                                 focus.end if focus else start, lo=start, hi=end)
        before, after = (excerpt.ELLIPSIS if a > start else ""), (excerpt.ELLIPSIS if b < end else "")
        start, end = a, b
        inside = [m for m in inside if start <= m.timex.start and m.timex.end <= end]
    link_marks = list(links) if anchors else []
    cuts: list[tuple[int, int, Markup]] = []  # (offset, order, markup)
    for mark in inside:
        if anchors:
            cuts.append((mark.timex.start, 1, _timex_open(mark, link_events=True)))
            closing = "</a>" if mark.is_event else "</span>"
            cuts.append((mark.timex.end, 0, Markup(closing)))
        elif mark.id == highlight:
            cuts.append((mark.timex.start, 1, Markup("<mark>")))
            cuts.append((mark.timex.end, 0, Markup("</mark>")))
    for link in link_marks:  # a link between sentences is shown at the end of the first
        cuts.append((min(max(link.offset, start), end), 2, _link_mark(link)))
    cuts.sort(key=lambda c: (c[0], c[1]))
    pieces: list[str] = [before]
    position = start
    for offset, _, markup in cuts:
        pieces.append(str(escape_text(text[position:offset])))
        pieces.append(str(markup))
        position = offset
    pieces.append(str(escape_text(text[position:end])))
    pieces.append(after)
    return Markup("".join(pieces))


def highlighted(sentence: Sentence, timex: Timex) -> Markup:
    """The sentence, escaped, with one time expression in <mark> (timeline entries on
    pages that do not carry the article's text); a long sentence is cut to the part
    around it (`generator.analysing.excerpt`)."""
    text = sentence.text
    start = min(max(timex.start - sentence.start, 0), len(text))
    end = min(max(timex.end - sentence.start, start), len(text))
    a, b = excerpt.cut(text, start, end)
    # Joined, not Markup.format: the corpus timeline makes one per event, and format's
    # field parsing was most of their cost.
    return Markup("".join((
        _ELLIPSIS if a > 0 else "", escape_text(text[a:start]), "<mark>",
        escape_text(text[start:end]), "</mark>", escape_text(text[end:b]),
        _ELLIPSIS if b < len(text) else "")))


_ELLIPSIS = str(escape_text(excerpt.ELLIPSIS))
