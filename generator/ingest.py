"""Read article files (.txt, .md with front matter, .html) into cleaned `Article`s.

Metadata precedence, cheapest and most trustworthy first:
publication date: front matter > HTML metadata > a date in the article's own source
URL > none (reported); title: front matter > HTML title > the source URL's slug >
the first words of the text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from . import cleaning
from .metadata import date_from_url, parse_date, title_from_slug, title_from_text
from .model import PARAGRAPH_SEPARATOR, Article, Link

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class IngestError(Exception):
    """A file that cannot be turned into an article; the message says why."""


@dataclass(frozen=True, slots=True)
class RawArticle:
    """What a format reader found, before cleaning."""

    body: str
    title: str | None = None
    published: date | None = None
    source_url: str | None = None
    tags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text; returns the text and a note when a fallback encoding was used."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "decoded as UTF-16 (byte order mark)"
    if b"\x00" in data[:4096]:
        raise IngestError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not valid UTF-8; decoded as Latin-1"


def read_raw(path: Path, text: str) -> RawArticle:
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        from .formats.markdown import read_markdown

        return read_markdown(text)
    if suffix in (".html", ".htm"):
        from .formats.html import read_html

        return read_html(text)
    return RawArticle(body=text)


def article_id(path: Path) -> str:
    """A URL-safe id from the file name; the hash keeps ids of odd names distinct."""
    stem = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-_")[:60]
    if stem and stem == path.stem:
        return stem
    digest = hashlib.sha1(path.name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{stem or 'article'}-{digest}"


def load_article(path: Path) -> Article:
    """Read and clean one article file. Raises IngestError when it cannot."""
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise IngestError(
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"articles are {', '.join(SUPPORTED_SUFFIXES)}"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read file: {error.strerror or error}") from error
    text, note = decode(data)
    raw = read_raw(path, text)
    notes = list(raw.notes) + ([note] if note else [])
    return clean_article(raw, article_id(path), str(path), notes)


def clean_article(raw: RawArticle, id: str, path: str, notes: list[str]) -> Article:
    text = cleaning.normalise_newlines(raw.body)
    paragraphs = cleaning.join_wrapped_lines(text)
    body: list[str] = []
    standalone: list[str] = []
    for paragraph in paragraphs:
        if cleaning.URL.fullmatch(paragraph):
            standalone.append(paragraph.rstrip(".,;"))
        else:
            body.append(paragraph)
    kept, dropped = cleaning.drop_repeats(body)
    if dropped:
        notes.append(f"dropped {dropped} repeated sentence(s)")

    source_url = raw.source_url or (standalone[0] if standalone else None)
    clean_paragraphs, links = _pull_links(kept, standalone, source_url)
    if not clean_paragraphs:
        raise IngestError("no text: the file is empty or holds only whitespace or links")

    published = raw.published
    if published is None and source_url:
        published = date_from_url(source_url)
    if published is None:
        notes.append(
            "no publication date (no front matter date, HTML metadata or dated source "
            "URL): relative time expressions are left unresolved"
        )
    title = raw.title or (
        title_from_slug(source_url, "\n".join(clean_paragraphs)) if source_url else None
    )
    if len(clean_paragraphs) > 1 and (
        (title is None and cleaning.is_headline(clean_paragraphs[0]))
        or (title and cleaning.comparison_key(title) == cleaning.comparison_key(clean_paragraphs[0]))
    ):
        # A title line above the text (BBC files, HTML headings): the page shows it once,
        # as its heading, not again as the first paragraph.
        first = clean_paragraphs.pop(0)
        title = title or first
        shift = len(first) + len(PARAGRAPH_SEPARATOR)
        links = [replace(link, offset=max(0, link.offset - shift)) for link in links]
    title = title or title_from_text(clean_paragraphs[0])
    return Article(
        id=id,
        title=title,
        source_url=source_url,
        published=published,
        paragraphs=tuple(clean_paragraphs),
        links=tuple(links),
        path=path,
        tags=raw.tags,
        warnings=tuple(notes),
    )


def _pull_links(
    paragraphs: list[str], standalone: list[str], source_url: str | None
) -> tuple[list[str], list[Link]]:
    """Take URLs out of the running text, recording where each stood in the final
    text; URLs that stood alone on a line are listed at the end (but the source)."""
    links: list[Link] = []
    seen: set[str] = {source_url} if source_url else set()
    clean: list[str] = []
    offset = 0
    for paragraph in paragraphs:
        marked, urls = cleaning.pull_urls(paragraph)
        text, positions = cleaning.remove_url_marks(marked)
        if not text:
            standalone.extend(urls)
            continue
        for url, position in zip(urls, positions):
            if url not in seen:
                seen.add(url)
                links.append(Link(url=url, offset=offset + position))
        clean.append(text)
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    end = max(0, offset - len(PARAGRAPH_SEPARATOR))
    for url in standalone:
        if url not in seen:
            seen.add(url)
            links.append(Link(url=url, offset=end))
    return clean, links
