"""Headings and anchor ids of the HTML our templates write.

The MkDocs plugin hands our pages' HTML to MkDocs without Python-Markdown (see
`generator.plugin.mkdocs_pages`); what Markdown's `toc` extension would have told MkDocs
about a page, these functions read from the HTML instead. They only need to read
HTML that our own templates wrote: every heading is on one line and every id is a
double-quoted attribute.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# A heading. One that opens a list item labels that item (a timeline entry, a search
# section of its own), and is no part of the page's table of contents; that is seen
# from the tag before it (`_opens_item`), not by the pattern: a pattern that starts
# with an optional `<li>` is tried at every character of the page, one that starts
# with "<h" only where that occurs (a tenth of the time on an article page).
_HEADING = re.compile(r'<h([1-6])\b([^>]*)>(.*?)</h\1>')
_LIST_ITEM = re.compile(r"<li\b[^>]*>\s*\Z")
_HEADING_ID = re.compile(r'\sid="([^"<>]+)"')
_ID = re.compile(r'\sid="([^"<>]+)"')
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    id: str  # as written in the HTML (escaped)
    name: str  # the heading's text as HTML (what Markdown's toc gives MkDocs)


def headings(page_html: str) -> list[Heading]:
    """The page's headings with an id, in order, but those that label list items."""
    found = []
    for match in _HEADING.finditer(page_html):
        level, attributes, inner = match.groups()
        anchor = _HEADING_ID.search(attributes)
        if anchor and not _opens_item(page_html, match.start()):
            found.append(Heading(int(level), anchor[1], _TAG.sub("", inner).strip()))
    return found


def _opens_item(page_html: str, start: int) -> bool:
    """Whether the heading at `start` follows an `<li …>` tag, with only white space
    between."""
    tag = page_html.rfind("<", 0, start)
    return tag >= 0 and _LIST_ITEM.match(page_html, tag, start) is not None


def toc_tokens(page_html: str) -> list[dict]:
    """Headings nested as Python-Markdown's toc extension nests them
    (`md.toc_tokens`): each heading is a child of the last heading above it with a
    lower level."""
    roots: list[dict] = []
    stack: list[dict] = []
    for heading in headings(page_html):
        token = {"level": heading.level, "id": heading.id, "name": heading.name, "children": []}
        while stack and stack[-1]["level"] >= heading.level:
            stack.pop()
        (stack[-1]["children"] if stack else roots).append(token)
        stack.append(token)
    return roots


def anchor_ids(page_html: str) -> set[str]:
    """Every id on the page (what links to `page#id` may point at)."""
    return {html.unescape(anchor) for anchor in _ID.findall(page_html)}
