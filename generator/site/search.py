"""Search entries of a generated page, read from our templates' HTML.

Material's search plugin cuts every page into sections (one per heading with an id)
with Python's HTMLParser, a quarter of a rebuild's time on our tag-dense article
pages. Our pages are HTML our templates wrote, with every heading on one line, so
regular expressions cut them the same way: the same sections, titles and text, in
the form the plugin writes (only the tags it keeps, text escaped as it escapes it).
The build compares both on the seed (tests/test_mkdocs_build.py).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_HEADING = re.compile(r'<h([1-6]) id="([^"<>]+)"[^>]*>(.*?)</h\1>', re.DOTALL)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
# What Material's search keeps of the markup (its Parser.keep)
_KEPT = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
_SPACES = re.compile(r"\s+")
_EMPTY = re.compile(r"<(p|code|pre|li|ol|ul|sub|sup)>\s*</\1>")


@dataclass(frozen=True, slots=True)
class SearchSection:
    anchor: str | None  # None: the page itself
    title: str
    text: str


def _text(fragment: str) -> str:
    """A fragment's text as the search index holds it: kept tags bare, all other
    tags dropped, text escaped (&, <, >), whitespace collapsed."""
    pieces = []
    position = 0
    for match in _TAG.finditer(fragment):
        pieces.append(html.escape(html.unescape(fragment[position:match.start()]), quote=False))
        if match[2].lower() in _KEPT:
            pieces.append(f"<{match[1]}{match[2].lower()}>")
        position = match.end()
    pieces.append(html.escape(html.unescape(fragment[position:]), quote=False))
    text = _SPACES.sub(" ", "".join(pieces))
    while True:  # elements left empty are dropped, as Material drops them
        emptied = _EMPTY.sub("", text)
        if emptied == text:
            return text.strip()
        text = emptied


def search_sections(page_html: str, page_title: str) -> list[SearchSection]:
    """The page cut at its headings: the page itself (the text before the first
    heading, under the page's title), then one section per heading."""
    sections = []
    position = 0
    anchor, title = None, html.escape(page_title, quote=False)
    for heading in _HEADING.finditer(page_html):
        sections.append(SearchSection(anchor, title, _text(page_html[position:heading.start()])))
        anchor, title = heading[2], _text(heading[3])
        position = heading.end()
    sections.append(SearchSection(anchor, title, _text(page_html[position:])))
    return sections
