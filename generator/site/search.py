"""Search entries of a generated page, cut as Material's search plugin cuts them.

Material's search plugin divides every page into sections (one per heading with an
id) with Python's HTMLParser: a quarter of a rebuild's time on our tag-dense article
pages. Our pages are HTML our own templates wrote (no comments, no CDATA, attribute
values in double quotes, no '>' inside a tag), so a regular expression can split them
into tags and text, and the plugin's rules (its `Parser`: which tags it keeps, how it
nests sections, collapses whitespace and escapes text) are applied to those pieces
here, at a fraction of the cost. The build compares both on the seed
(tests/test_mkdocs_build.py): the same search_index.json.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from dataclasses import dataclass, field

from ..frozen import positional_constructor

_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)")
# Script and style contents are raw text (a "<b>" inside is no tag), skipped whole.
_RAW_TEXT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_ID = re.compile(r'\sid="([^"]*)"')
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_KEPT = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})  # Parser.keep
_SKIPPED = frozenset({"object", "script", "style"})  # Parser.skip
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})


@dataclass(slots=True)
class _Section:
    tag: str  # the heading's tag, or "hx" for the text before the first heading
    depth: float = 0
    anchor: str | None = None
    title: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    excluded: bool = False


@dataclass(frozen=True, slots=True)
class SearchSection:
    anchor: str | None  # None: the page itself
    title: str  # empty: the page's title
    text: str


@dataclass(frozen=True, slots=True)
class IndexedPage:
    """A generated page's search sections, with a digest of the HTML they were cut
    from: kept in the page cache, so a rebuild indexes an unchanged article without
    reading its HTML again. Used only for the HTML whose digest it names."""

    digest: str
    sections: tuple[SearchSection, ...]

    def to_json(self) -> dict:
        return {"digest": self.digest,
                "sections": [[s.anchor, s.title, s.text] for s in self.sections]}

    @staticmethod
    def from_json(data: dict) -> IndexedPage:
        # A rebuild reads back every article's sections (14,000 for the BBC articles).
        return IndexedPage(str(data["digest"]), tuple([
            _search_section(anchor, str(title), str(text)) for anchor, title, text in data["sections"]]))


_search_section = positional_constructor(SearchSection)


# MkDocs' front matter (mkdocs.utils.meta.YAML_RE); the page's HTML is what follows it.
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


def page_html(page_markdown: str) -> str:
    """The HTML of one of our generated pages as MkDocs hands it to the search plugin:
    the text after the front matter, stripped (`GeneratedPage.render`)."""
    found = _FRONT_MATTER.match(page_markdown)
    return (page_markdown[found.end():] if found else page_markdown).strip()


def html_digest(page_html: str) -> str:
    return hashlib.blake2b(page_html.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def indexed_page(page_markdown: str) -> IndexedPage:
    body = page_html(page_markdown)
    return IndexedPage(html_digest(body), tuple(search_sections(body)))


def search_sections(page_html: str) -> list[SearchSection]:
    """The page's sections, titles and text as Material's search plugin makes them."""
    context: list[str] = []
    skipping: list[int] = []  # positions in `context` of skipped elements
    sections: list[_Section] = []
    section: _Section | None = None
    for match in _TOKEN.finditer(_RAW_TEXT.sub("", page_html)):
        closing, tag, attributes, data = match.groups()
        if data is not None:  # text
            if skipping:
                continue
            data = html.unescape(data)
            if "pre" not in context:
                data = data.replace("\n", " ") if not data.isspace() else " "
            if section is None:
                section = _Section("hx")
                sections.append(section)
            if section.tag in context:
                section.title.append(html.escape(data, quote=False))
            elif data.isspace():
                if not section.text or not section.text[-1].isspace() or "pre" in context:
                    section.text.append(data)
            else:
                section.text.append(html.escape(data, quote=False))
            continue
        tag = tag.lower()
        if not closing:
            if tag in _VOID:
                continue
            context.append(tag)
            if tag in _HEADINGS:
                found = _ID.search(attributes)
                if found:
                    if tag != "h1" and not sections:
                        section = _Section("hx", len(context))
                        sections.append(section)
                    section = _Section(tag, len(context), excluded="data-search-exclude" in attributes)
                    if sections:
                        section.anchor = html.unescape(found[1])
                    sections.append(section)
            if section is None:
                section = _Section("hx")
                sections.append(section)
            if tag in _SKIPPED or "data-search-exclude" in attributes:
                skipping.append(len(context) - 1)
                continue
            if not skipping and tag in _KEPT:
                (section.title if section.tag in context else section.text).append(f"<{tag}>")
            continue
        if not context or context[-1] != tag:
            continue
        if section is not None and section.depth > len(context):
            for outer in reversed(sections):
                if outer.depth <= len(context):
                    section.depth = math.inf  # left for good
                    section = outer
                    break
        context.pop()
        if skipping and skipping[-1] == len(context):
            skipping.pop()
            continue
        if not skipping and tag in _KEPT and section is not None:
            data = section.title if section.tag in context else section.text
            index = data.index(f"<{tag}>")
            # Indexed, not sliced: a slice copies the rest of the section on every
            # closing tag, quadratic on a page of many paragraphs.
            if any(not data[i].isspace() for i in range(index + 1, len(data))):
                data.append(f"</{tag}>")
            else:
                del data[index:]
    return [SearchSection(s.anchor, "".join(s.title).strip(), "".join(s.text).strip())
            for s in sections if not s.excluded]
