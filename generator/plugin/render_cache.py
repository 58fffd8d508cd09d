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
import importlib.util
import json
import os
import sqlite3
from importlib import metadata
from collections.abc import Iterable
from pathlib import Path

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
_FORMAT = 2  # of the stored entries; part of every key and of the file's name
STORE_NAME = f"rendered-{_FORMAT}.sqlite"


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
    """The environment every page is rendered in, hashed (see the module's docstring):
    the HTML the theme makes of the probe page; the versions of MkDocs, the theme's
    package and Jinja; and the name, size and time of every file in a theme folder of
    the user's own (`custom_dir`), since template code the probe does not run (a branch
    on a page's meta, an include for some pages) shows in no HTML of the probe."""
    page = probe_page(config, folder)
    page.active = True
    html = env.get_template("main.html").render(get_context(nav, files, config, page))
    digest = hashlib.sha256(html.encode("utf-8", "surrogatepass"))
    for package in ("mkdocs", "mkdocs-material", "jinja2", "markupsafe", "news-timelines"):
        try:
            digest.update(f"\0{package} {metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"\0{package} -".encode())
    for folder_path in config.theme.dirs:
        if not _installed(folder_path):
            digest.update(_folder_listing(folder_path).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _installed(folder: str) -> bool:
    """Whether a theme folder belongs to an installed package (its version says what
    is in it) rather than to the user."""
    resolved = os.path.realpath(folder)
    for package in ("material", "mkdocs"):
        spec = importlib.util.find_spec(package)
        for root in (spec.submodule_search_locations or []) if spec else []:
            if resolved.startswith(os.path.realpath(root) + os.sep):
                return True
    return False


def _folder_listing(folder: str) -> str:
    lines = []
    for where, subfolders, names in os.walk(folder):
        subfolders.sort()
        for name in sorted(names):
            path = os.path.join(where, name)
            try:
                status = os.stat(path)
            except OSError:
                continue
            lines.append(f"{os.path.relpath(path, folder)}\t{status.st_size}\t{status.st_mtime_ns}")
    return f"{folder}\n" + "\n".join(lines)


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


def _digest(html: str) -> str:
    return hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()


class RenderStore:
    """Rendered pages by key, in one SQLite file. A build asks which of its pages are
    there (one query), reads each one's HTML when MkDocs builds it (so a large site's
    HTML is never all in memory), adds what it rendered in batches, and at the end
    drops the entries it did not use. A damaged file is replaced by an empty store; a
    store that fails meanwhile is a store without entries."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = None
        self._broken = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._broken:
            return self._connection
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            self._broken = True
            return None
        for attempt in range(2):
            try:
                connection = sqlite3.connect(self.path, timeout=30)
            except sqlite3.Error:
                break
            try:
                connection.execute("CREATE TABLE IF NOT EXISTS rendered "
                                   "(key TEXT PRIMARY KEY, html TEXT, digest TEXT)")
                self._connection = connection
                return connection
            except sqlite3.DatabaseError:
                connection.close()
                if attempt == 0:
                    self.path.unlink(missing_ok=True)
        self._broken = True
        return None

    def _failed(self, error: Exception) -> None:
        """No more use of the store in this build; a damaged file is removed (the next
        build starts it again), a busy one (another build holds it) is left alone."""
        self.close()
        self._broken = True
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
            self.path.unlink(missing_ok=True)

    def close(self) -> None:
        """Close the connection (before a fork, and after the build)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def empty(self) -> bool:
        """Whether no page can be found here (no file yet, no entry, a broken store)."""
        if not self.path.exists():
            return True
        connection = self._connect()
        try:
            return connection is None or connection.execute(
                "SELECT 1 FROM rendered LIMIT 1").fetchone() is None
        except sqlite3.Error as error:
            self._failed(error)
            return True

    def existing(self, keys: list[str]) -> set[str]:
        connection = self._connect()
        found: set[str] = set()
        try:
            for start in range(0, len(keys) if connection else 0, 500):
                chunk = keys[start:start + 500]
                rows = connection.execute(  # type: ignore[union-attr]
                    f"SELECT key FROM rendered WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                found.update(key for (key,) in rows)
        except sqlite3.Error as error:
            self._failed(error)
            return set()
        return found

    def html(self, key: str) -> str | None:
        """The page's HTML; None if missing, or if it is not what was stored (SQLite
        keeps no checksum of its own: a damaged entry is rendered again)."""
        connection = self._connect()
        try:
            row = connection.execute("SELECT html, digest FROM rendered WHERE key = ?",
                                     (key,)).fetchone() if connection else None
        except sqlite3.Error as error:
            self._failed(error)
            return None
        if not row or not isinstance(row[0], str) or row[1] != _digest(row[0]):
            return None
        return row[0]

    def add(self, entries: dict[str, str]) -> None:
        connection = self._connect()
        try:
            if connection and entries:
                with connection:
                    connection.executemany("INSERT OR REPLACE INTO rendered VALUES (?, ?, ?)",
                                           [(key, html, _digest(html))
                                            for key, html in entries.items()])
        except (sqlite3.Error, ValueError) as error:
            self._failed(error)

    def retain(self, keys: set[str]) -> None:
        """Drop every entry but `keys`."""
        connection = self._connect()
        try:
            if connection:
                with connection:
                    connection.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
                    connection.execute("DELETE FROM used")
                    connection.executemany("INSERT OR IGNORE INTO used VALUES (?)",
                                           [(key,) for key in keys])
                    connection.execute("DELETE FROM rendered WHERE key NOT IN (SELECT key FROM used)")
        except sqlite3.Error as error:
            self._failed(error)


class RenderCache:
    """One build's use of the store: which pages are served from it, and what the
    pages rendered in full add to it. Without a store (`cache: false`) nothing is
    served or kept."""

    _BATCH = 200  # rendered pages held before they are written to the store

    def __init__(self, store: RenderStore | None) -> None:
        self.store = store
        self._served: dict[int, str] = {}  # id(page) → its key, for pages found
        self._keys: dict[int, str] = {}
        self._used: set[str] = set()
        self._pending: dict[str, str] = {}

    def prepare(self, pages: list[Page], environment: str) -> int:
        """Look every page up. Returns how many were found."""
        if self.store is None:
            return 0
        self._keys = {id(page): page_key(environment, page) for page in pages}
        found = self.store.existing(list(set(self._keys.values())))
        self._served = {page: key for page, key in self._keys.items() if key in found}
        self._used = set(self._served.values())
        return len(self._served)

    def finds_nothing(self) -> bool:
        """Whether no page can be served from the store in this build (a cold build)."""
        return self.store is None or self.store.empty()

    def is_served(self, page: Page) -> bool:
        return id(page) in self._served

    def served(self, page: Page) -> str | None:
        """The kept HTML of a page found by `prepare` (None if it went missing)."""
        key = self._served.get(id(page))
        return self.store.html(key) if key is not None and self.store is not None else None

    def rendered(self, page: Page, html: str) -> None:
        """The theme's HTML of a page (before any `on_post_page`)."""
        key = self._keys.get(id(page))
        if key is None or id(page) in self._served or self.store is None:
            return
        self._pending[key] = html
        self._used.add(key)
        if len(self._pending) >= self._BATCH:
            self.store.add(self._pending)
            self._pending = {}

    def save(self) -> None:
        if self.store is not None:
            self.store.add(self._pending)
            self._pending = {}
            self.store.retain(self._used)
            self.store.close()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
