"""The theme's HTML of unchanged generated pages, kept from one build to the next.

MkDocs renders every page through the theme on every build, and for a corpus of
thousands of articles that is most of a rebuild: Material's templates take about as
long per page as the rest of a plain site's build. Yet after one article changed,
nearly every article page is rendered from the very same inputs into the very same
HTML. So the plugin keeps each generated page's rendered HTML in the cache, under a
key made of

- everything about the page the theme reads: its URL, source path, title, meta, HTML
  content, table of contents, canonical and edit URLs, and its neighbours and
  parents in the navigation (none for the pages left out of it);
- the *environment*: the HTML the theme makes, in this build, of a fixed probe page
  at the same depth as the articles (`probe_page`). Anything else a template reads —
  the configuration, the navigation, the theme's own files and version, the build
  date a theme might print — changes that HTML, and with it every key;

and on a rebuild hands MkDocs the kept HTML for each page whose key is found. Such
pages go through a one-line template that returns the HTML the plugin puts in their
context (`PASSTHROUGH`): the kept HTML, or what `render_helper`'s second process
rendered, or the theme's own rendering of the page in that moment; every plugin event
(`on_page_context`, the search index, `on_post_page`) still runs for them.

Only pages the site layer made (`GeneratedPage`), not in the navigation and not
drafts, are kept, and only when every plugin of the site is one whose effect on a
page this reasoning covers (`KNOWN_PLUGINS`): a plugin that adds per-page values to
the template context would escape the key, so with any other plugin every page is
rendered as usual. `tests/test_render_cache.py` checks that a rebuild served from
the cache writes the same site, byte for byte, as a build without it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from markupsafe import Markup
from mkdocs.commands.build import get_context
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

PASSTHROUGH = "news-timelines-rendered.html"
CONTEXT_NAME = "news_timelines_rendered"
PASSTHROUGH_SOURCE = "{{ %s }}" % CONTEXT_NAME
# Plugins that add nothing page-specific to what a template reads.
KNOWN_PLUGINS = frozenset({"search", "material/search", "offline", "material/offline",
                           "news-timelines"})
_FORMAT = 1  # of the stored entries; part of every key


def cacheable_site(plugin_names: Iterable[str]) -> bool:
    return set(plugin_names) <= KNOWN_PLUGINS


def probe_page(config, folder: str) -> Page:
    """A page with fixed content, title, meta and table of contents, at the depth of
    the pages in `folder`; never written."""
    file = File(f"{folder}/news-timelines-probe.md", src_dir=None, dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls)
    page = Page("Probe", file, config)
    page.meta = {"title": "Probe"}
    page.content = '<h1 id="probe">Probe</h1>\n<p>Probe.</p>\n<h2 id="part">Part</h2>'
    page.toc = get_toc([{"level": 1, "id": "probe", "name": "Probe", "html": "Probe",
                         "data-toc-label": "", "children": [
                             {"level": 2, "id": "part", "name": "Part", "html": "Part",
                              "data-toc-label": "", "children": []}]}])  # type: ignore[arg-type]
    return page


def environment_key(env, nav, files, config, folder: str) -> str:
    """The HTML the theme makes of the probe page, hashed (see the module's docstring)."""
    page = probe_page(config, folder)
    page.active = True
    html = env.get_template("main.html").render(get_context(nav, files, config, page))
    return hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()


def page_key(environment: str, page: Page) -> str:
    """Everything about `page` the theme reads, with the environment, hashed."""
    def neighbour(other) -> list | None:
        return None if other is None else [other.url, str(other.title)]

    parts = {
        "format": _FORMAT, "environment": environment, "url": page.url,
        "src": page.file.src_uri, "canonical": page.canonical_url, "edit": page.edit_url,
        "title": page.title, "homepage": page.is_homepage,
        "meta": json.dumps(page.meta, sort_keys=True, default=str),
        "toc": _toc(page.toc), "previous": neighbour(page.previous_page),
        "next": neighbour(page.next_page),
        "ancestors": [str(getattr(a, "title", a)) for a in page.ancestors],
    }
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode(
        "utf-8", "surrogatepass"))
    digest.update(b"\0" + (page.content or "").encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _toc(items) -> list:
    return [[item.level, item.id, item.title, _toc(item.children)] for item in items]


class RenderStore:
    """Rendered pages by key, in one SQLite file: one query to read a build's pages,
    one transaction to write the new ones and drop those no longer used."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        """The store, made if missing; a damaged file is replaced by an empty store."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for attempt in range(2):
            connection = sqlite3.connect(self.path, timeout=30)
            try:
                connection.execute("CREATE TABLE IF NOT EXISTS rendered "
                                   "(key TEXT PRIMARY KEY, html TEXT)")
                return connection
            except sqlite3.DatabaseError:
                connection.close()
                if attempt:
                    raise
                self.path.unlink(missing_ok=True)
        raise AssertionError("unreachable")

    def get_many(self, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        try:
            connection = self._connect()
        except sqlite3.Error:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                rows = connection.execute(
                    f"SELECT key, html FROM rendered WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk)
                found.update((key, html) for key, html in rows if isinstance(html, str))
        except sqlite3.Error:
            return {}  # damaged after all: every page is rendered
        finally:
            connection.close()
        return found

    def replace(self, kept: set[str], new: dict[str, str]) -> None:
        """Keep the entries `kept`, add `new`, drop every other one."""
        try:
            connection = self._connect()
        except sqlite3.Error:
            return
        try:
            with connection:
                connection.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
                connection.executemany("INSERT OR IGNORE INTO used VALUES (?)",
                                       [(key,) for key in kept | set(new)])
                connection.execute("DELETE FROM rendered WHERE key NOT IN (SELECT key FROM used)")
                connection.executemany("INSERT OR REPLACE INTO rendered VALUES (?, ?)", new.items())
        except sqlite3.DatabaseError:
            connection.close()
            self.path.unlink(missing_ok=True)  # damaged: the next build starts it again
            return
        connection.close()


class RenderCache:
    """One build's use of the store: which pages are served from it, and what the
    pages rendered in full add to it. Without a store (`cache: false`) nothing is
    served or kept."""

    def __init__(self, store: RenderStore | None) -> None:
        self.store = store
        self.served: dict[int, Markup] = {}  # id(page) → kept HTML
        self._keys: dict[int, str] = {}
        self._kept: set[str] = set()
        self._new: dict[str, str] = {}

    def prepare(self, pages: list[Page], environment: str) -> int:
        """Look every page up. Returns how many were found."""
        if self.store is None:
            return 0
        keys = {id(page): page_key(environment, page) for page in pages}
        found = self.store.get_many(list(set(keys.values())))
        for page in pages:
            key = keys[id(page)]
            self._keys[id(page)] = key
            if key in found:
                self.served[id(page)] = Markup(found[key])
                self._kept.add(key)
        return len(self.served)

    def rendered(self, page: Page, html: str) -> None:
        """The theme's HTML of a page (before any `on_post_page`)."""
        key = self._keys.get(id(page))
        if key is not None and id(page) not in self.served:
            self._new[key] = html

    def save(self) -> None:
        if self.store is not None:
            self.store.replace(self._kept, self._new)
