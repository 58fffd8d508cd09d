"""Read the sentences back out of a rendered article page (shared by the
nothing-lost tests): the text of each sentence of the full text (a paragraph's
`<span id="sN">`), without the link marks the page inserts."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class SentenceReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sentences: dict[int, str] = {}
        self.order: list[int] = []
        self._current: int | None = None
        self._depth = 0
        self._skip_depth: int | None = None
        self._in_text = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "div" and "nt-text" in classes:
            self._in_text = True
        if not self._in_text:
            return
        if tag == "span" and self._current is None and re.fullmatch(r"s\d+", attributes.get("id") or ""):
            self._current = int((attributes.get("id") or "s-1")[1:])
            self.sentences[self._current] = ""
            self.order.append(self._current)
            self._depth = 1
            return
        if self._current is not None and tag in ("span", "a"):
            self._depth += 1
            if self._skip_depth is None and ("nt-link" in classes or "nt-url" in classes):
                self._skip_depth = self._depth
                # The page puts one space before a link mark (" [link]"); it is not text.
                text = self.sentences[self._current]
                self.sentences[self._current] = text[:-1] if text.endswith(" ") else text

    def handle_endtag(self, tag):
        if self._current is None or tag not in ("span", "a"):
            return
        if self._skip_depth == self._depth:
            self._skip_depth = None
        self._depth -= 1
        if self._depth == 0:
            self._current = None

    def handle_data(self, data):
        if self._current is not None and self._skip_depth is None:
            self.sentences[self._current] += data


def page_sentences(html: str) -> list[str]:
    """The sentences of the page's full text, in page order, whitespace folded, link
    marks (` [link]`) removed."""
    reader = SentenceReader()
    reader.feed(html)
    reader.close()
    return [" ".join(reader.sentences[i].split()) for i in reader.order]
