"""Where generated pages live and how they link to each other.

Links sit inside raw HTML, which MkDocs does not rewrite, so they are computed here
from the same rule MkDocs uses (`use_directory_urls`).
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from functools import lru_cache

INDEX = "index.md"
TIMELINE = "timeline.md"
REPORT = "report.md"
BROWSE = "browse.md"


ARTICLES = "articles"  # the folder of the article pages
DATA = "data"  # the folder of every data file: analyses, exports, the drawn timeline's data


def article_page(article_id: str) -> str:
    return f"{ARTICLES}/{article_id}.md"


def article_data(article_id: str) -> str:
    return f"{DATA}/{article_id}.json"


TIMELINE_DATA = "data/timeline.json"
KEY_DATES_DATA = "data/key-dates.json"

EXPORT_FORMATS = {"timelinejs": ("timelinejs.json", "TimelineJS"), "csv": ("csv", "CSV"),
                  "ics": ("ics", "iCalendar")}


TIMELINE_LIBRARY = "assets/vendor/vis-timeline/"  # the drawn timeline's library (from npm)


def view_file(article_id: str | None) -> str:
    """The events the drawn timeline loads: an article's, or the corpus's (None)."""
    return f"data/{article_id or 'timeline'}.view.json"


def export_file(article_id: str | None, kind: str) -> str:
    """An export of one article's timeline, or of the corpus's (`article_id` None):
    data/<id>.timelinejs.json, data/<id>.csv, data/<id>.ics; data/timelinejs.json,
    data/timeline.csv, data/timeline.ics. Article ids have no dots and never are
    `timeline` or `timelinejs`, so no two of these names meet."""
    suffix = EXPORT_FORMATS[kind][0]
    if article_id is None:
        return "data/timelinejs.json" if kind == "timelinejs" else f"data/timeline.{suffix}"
    return f"data/{article_id}.{suffix}"


def slug(text: str) -> str:
    """A URL-safe path segment for a tag, folder or source; a hash keeps distinct
    texts distinct when the readable part is shortened or changed."""
    readable = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]
    if readable and readable == text:
        return readable
    return f"{readable or 'x'}-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"


def listing(base: str, page: int = 1) -> str:
    """Page `page` (from 1) of a paginated listing rooted at the folder `base`."""
    return f"{base}/index.md" if page == 1 else f"{base}/{page}.md"


def date_listing(year: int, month: int, page: int = 1) -> str:
    return listing(f"browse/{year:04d}/{month:02d}", page)


def year_listing(year: int) -> str:
    return f"browse/{year:04d}/index.md"


def undated_listing(page: int = 1) -> str:
    return listing("browse/undated", page)


def group_listing(kind: str, name: str, page: int = 1) -> str:
    """`kind` is tag, folder or source."""
    return listing(f"browse/{kind}/{slug(name)}", page)


def timeline_period(period: str) -> str:
    """The corpus timeline page of a year (`2024`), a decade (`1990s`), a century
    (`c20`) or a longer stretch (`1914-2014`)."""
    return f"timeline/{period}.md"


def timeline_part(period: str, part: str, page: int = 1) -> str:
    """A part of a large period: a month (`01`…`12`), `whole` (the year as a whole),
    or a stretch of months (`0301-0531`), paginated."""
    suffix = "" if page == 1 else f"-{page}"
    return f"timeline/{period}/{part}{suffix}.md"


def page_url(src: str, directory_urls: bool = True) -> str:
    """The URL (relative to the site root) MkDocs gives the page at `src`."""
    stem = src[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative(from_src: str, to: str, directory_urls: bool = True, anchor: str = "") -> str:
    """A link from the page at `from_src` to the page or file `to` (a .md source
    path or a plain file path)."""
    target = page_url(to, directory_urls) if to.endswith(".md") else to
    url = page_url(from_src, directory_urls)
    # The folder a browser resolves relative links against.
    base = url.rstrip("/") if url.endswith("/") or not url else posixpath.dirname(url)
    rel = relpath(target or ".", base or ".")
    if target.endswith("/") or not target:
        rel = rel.rstrip("/") + "/" if rel != "." else "./"
    return rel + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=1024)
def _parts(path: str) -> tuple[str, ...] | None:
    """The folders and name of a relative path without `..`, or None."""
    if path.startswith("/"):
        return None
    parts = tuple(part for part in path.split("/") if part and part != ".")
    return None if ".." in parts else parts


def relpath(path: str, start: str) -> str:
    """`posixpath.relpath(path, start)` for the site's relative paths, without its
    cost: it makes both paths absolute (asking the system for the working folder
    each time), which was most of the time spent linking the corpus timeline's
    entries. A path that climbs (`..`) or is absolute is left to it."""
    to, base = _parts(path), _parts(start)
    if to is None or base is None:
        return posixpath.relpath(path, start)
    common = 0
    for a, b in zip(to, base):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(base) - common) + list(to[common:])) or "."
