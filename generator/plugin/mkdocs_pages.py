"""Generated pages that MkDocs takes as HTML, without Python-Markdown.

Our pages are written by our own templates: after the front matter their body is
HTML whose every value is escaped. Python-Markdown would hand that HTML back
unchanged, after minutes of work on a large corpus (its raw-HTML block parser and
regular expressions scan every line; a 100 KB one-line article took minutes). So the
plugin gives each generated file a `GeneratedPage`: MkDocs reads the file as usual
(front matter → `page.meta`, so titles and `search: exclude` work as before), and
`render` takes the body as the page's HTML, with the table of contents and anchor
ids read from the headings. Material's layout, its search and every other plugin
event (`on_page_markdown`, `on_page_content`, …) see the page as they would any
other. Hand-written pages stay Markdown.

The files themselves stay Markdown files with HTML in them, valid for any
MkDocs-compatible engine: `python -m generator build --out docs` writes the same
files to disk for engines that run no plugin (Zensical).
"""

from __future__ import annotations

import hashlib
import inspect
import re
from collections.abc import Mapping

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils.meta import get_data

from ..site.headings import anchor_ids, toc_tokens
from ..site.page_facts import PageFacts
from ..site.search import IndexedPage, html_digest, search_sections


class GeneratedPage(Page):
    """A page whose Markdown source is our templates' HTML."""

    # The facts the worker found in the page's text, and that text (`adopt`).
    _facts: tuple[PageFacts, str] | None = None
    _body_from_facts: tuple[str, PageFacts] | None = None

    def read_source(self, config: MkDocsConfig) -> None:
        known, self._facts = self._facts, None  # one build's: a later one reads as usual
        self._body_from_facts = None
        if known is None:
            return super().read_source(config)
        facts, text = known
        source = config.plugins.on_page_read_source(page=self, config=config)
        if source is None:
            source = self.file.content_string
        if source is not text:  # another plugin gave other text: read as usual
            self.markdown, self.meta = get_data(source)
            return
        self.markdown = source[facts.body_start:]
        self.meta = dict(facts.meta)
        self._body_from_facts = (self.markdown, facts)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        body = self.markdown.strip()
        self.content = body
        known = self._body_from_facts
        if known is not None and known[0] is self.markdown:  # no plugin changed it since
            self.toc = get_toc(known[1].toc)  # type: ignore[arg-type]
            self.present_anchor_ids = set(known[1].anchor_ids)
        else:
            self.toc = get_toc(toc_tokens(body))  # type: ignore[arg-type]
            self.present_anchor_ids = anchor_ids(body)
        self._body_from_facts = None
        self._title_from_render = None  # the front matter gives every page its title
        # Our links are relative URLs computed by the site layer; like links inside raw
        # HTML on a Markdown page, MkDocs does not validate them.
        self.links_to_anchors = None


def adopt(file: File, config: MkDocsConfig, facts: PageFacts | None = None) -> GeneratedPage:
    """Attach a `GeneratedPage` to a generated file (before MkDocs builds its nav,
    which then uses this page instead of making a plain one). `facts`: those the
    worker found in the file's text (`site.page_facts`), used if MkDocs reads that
    very text."""
    page = GeneratedPage(None, file, config)
    if facts is not None:
        page._facts = (facts, file.content_string)
    return page


def index_generated_pages_quickly(search_plugin, known: Mapping[str, IndexedPage] | None = None) -> bool:
    """Let Material's search plugin index our pages from `site.search` (regular
    expressions over HTML our templates wrote) instead of its HTMLParser, a quarter
    of a rebuild; any other page goes through the plugin's own parser. `known` maps a
    page's path to sections cut before (the page cache), used when the page's HTML
    is the one they were cut from. Returns False, changing nothing, for a search
    plugin this does not know."""
    known = {} if known is None else known  # filled by the plugin once the site is built
    index = getattr(search_plugin, "search_index", None)
    original = getattr(index, "add_entry_from_context", None)
    if original is None or not isinstance(getattr(index, "entries", None), list):
        return False

    def add_entry_from_context(page) -> None:
        if not isinstance(page, GeneratedPage):
            return original(page)
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return None
        tags = page.meta.get("tags")
        content = page.content or ""
        indexed = known.get(page.file.src_uri)
        if indexed is not None and indexed.digest == html_digest(content):
            sections = indexed.sections
        else:
            sections = tuple(search_sections(content))
        for section in sections:
            entry = {"location": page.url + (f"#{section.anchor}" if section.anchor else ""),
                     "title": section.title or str(page.meta.get("title", page.title)).strip(),
                     "text": section.text}
            if isinstance(tags, list):
                entry["tags"] = [str(t) for t in tags if t and isinstance(t, (str, int, float, bool))]
            if "boost" in search:
                entry["boost"] = search["boost"]
            index.entries.append(entry)
        return None

    index.add_entry_from_context = add_entry_from_context
    return True


# What Material's search plugin removes from every page's HTML in its
# `on_page_context`: r'\s?data-search-\w+="[^"]+"'. It matches somewhere exactly
# where this does (its leading space is optional), and this one, starting with a
# fixed word, is found without trying every position of the page.
_SEARCH_ATTRIBUTE = re.compile(r'data-search-\w+="[^"]+"')
_MATERIAL_SEARCH = "material.plugins.search.plugin"
# The handlers this was checked against, by a digest of their source with white space
# folded: Material 9.8's (index the page, then remove the attributes). Another
# version's handler may do more, and is left to run as it is.
_KNOWN_HANDLERS = frozenset({"305de6d9910be5fe82fb0fe1235b5d32222240b32149668f4c6079efa20082a3"})


def _known_handler(search_plugin) -> bool:
    try:
        source = inspect.getsource(type(search_plugin).on_page_context)
    except (OSError, TypeError):  # no source installed
        return False
    return hashlib.sha256(" ".join(source.split()).encode()).hexdigest() in _KNOWN_HANDLERS


def skip_search_attribute_removal(plugins, search_plugin) -> bool:
    """Material's search plugin, in `on_page_context`, indexes the page and then
    removes `data-search-…="…"` attributes from its HTML with a regular expression
    that tries every position of the page: a third of a millisecond per page, in
    the build and again in the render helper. On our pages, which have no such
    attribute (their `data-search-exclude` has no value), the removal changes
    nothing; this makes the plugin's handler skip it there, and do all else as
    before. Returns False, changing nothing, for a plugin this does not know."""
    if type(search_plugin).__module__ != _MATERIAL_SEARCH or not _known_handler(search_plugin):
        return False
    events = plugins.events.get("page_context", [])
    for i, method in enumerate(events):
        if getattr(method, "__self__", None) is search_plugin \
                and getattr(method, "__func__", None) is type(search_plugin).on_page_context:
            events[i] = _without_needless_removal(method, search_plugin)
            events[i].mkdocs_priority = getattr(method, "mkdocs_priority", 0)
            if method in plugins._event_origins:
                plugins._event_origins[events[i]] = plugins._event_origins[method]
            return True
    return False


def _without_needless_removal(original, search_plugin):
    def on_page_context(context, *, page, config, nav):
        content = page.content
        if isinstance(page, GeneratedPage) and content is not None \
                and _SEARCH_ATTRIBUTE.search(content) is None:
            if search_plugin.config.enabled:
                search_plugin.search_index.add_entry_from_context(page)
            return None  # what the plugin's handler returns
        return original(context, page=page, config=config, nav=nav)

    return on_page_context
