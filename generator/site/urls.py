"""Where generated pages live and how they link to each other.

Links sit inside raw HTML, which MkDocs does not rewrite, so they are computed here
from the same rule MkDocs uses (`use_directory_urls`).
"""

from __future__ import annotations

import posixpath

INDEX = "index.md"
TIMELINE = "timeline.md"
REPORT = "report.md"


def article_page(article_id: str) -> str:
    return f"articles/{article_id}.md"


def article_data(article_id: str) -> str:
    return f"data/{article_id}.json"


TIMELINE_DATA = "data/timeline.json"


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
    rel = posixpath.relpath(target or ".", base or ".")
    if target.endswith("/") or not target:
        rel = rel.rstrip("/") + "/" if rel != "." else "./"
    return rel + (f"#{anchor}" if anchor else "")
