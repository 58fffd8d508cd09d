"""Read article files (.txt, .md with front matter, .html) into cleaned `Article`s.

Metadata precedence, cheapest and most trustworthy first:
publication date: front matter > HTML metadata > a date in the article's own source
URL > none (reported); title: front matter > HTML title > a title line above the text >
the source URL's slug > the first sentence of the text.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from . import cleaning
from .limits import DEFAULT_LIMITS, Limits, describe_size
from .metadata import date_from_url, parse_date, title_from_slug, title_from_text
from ..model import PARAGRAPH_SEPARATOR, Article, Link
from ..wording import plural
from .readers.raw import RawArticle

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# A .jsonl file is many articles, one a line (see readers/jsonl.py), not one.
BULK_SUFFIXES = (".jsonl",)


class IngestError(Exception):
    """A file that cannot be turned into an article; the message says why."""




# Bytes order marks, longest first (the UTF-32 LE mark starts like UTF-16 LE's).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
# Control characters other than tab, line feed, form feed and carriage return: a text
# with more than a few of these in its first block is not prose.
_CONTROL = bytes([*range(0, 9), 11, *range(14, 32), 127])
_SNIFF = 4096


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text; returns the text and a note when a fallback encoding was used."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), f"decoded as {name} (byte order mark)"
            except UnicodeDecodeError as error:
                text = data.decode(codec, errors="replace")
                return text, (f"decoded as {name} (byte order mark); undecodable bytes at "
                              f"offset {error.start} and after shown as \ufffd")
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise IngestError("binary file (contains NUL bytes); articles are text")
    # Counted by deleting them (bytes.translate), not byte by byte in Python.
    if head and (len(head) - len(head.translate(None, _CONTROL))) * 20 > len(head):
        raise IngestError("binary file (more than 5% control characters); articles are text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return data.decode("latin-1"), (
            f"not valid UTF-8 (first bad byte at offset {error.start}); decoded as Latin-1"
        )


def read_raw(path: Path, text: str, date_order: str | None = None) -> RawArticle:
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        from .readers.markdown import read_markdown

        return read_markdown(text, date_order)
    if suffix in (".html", ".htm"):
        from .readers.html import read_html

        return read_html(text)
    from .readers.plain import read_plain

    return read_plain(text, date_order)


# Names that are devices on Windows (with any extension), and names that MkDocs gives
# a meaning (articles/index.md would become the folder's own page), and the names of
# the corpus-wide data files (data/timeline.json, data/timelinejs.json, data/key-dates.json).
_RESERVED_IDS = frozenset(
    ["con", "prn", "aux", "nul", "index", "readme", "timeline", "timelinejs", "key-dates"]
    + [f"{prefix}{n}" for prefix in ("com", "lpt") for n in "0123456789¹²³"]
)
_ID_MAX = 60


def article_id(path: Path) -> str:
    """A URL- and file-system-safe id from the file name: lowercase ASCII letters,
    digits, `-` and `_`, at most 70 characters, never a reserved name. Any name that
    had to be changed gets a hash of the original, so odd names stay distinct; ids are
    lowercase, so names differing only in case (Same.txt, same.txt) stay distinct on
    case-insensitive file systems too."""
    return safe_id(path.stem, path.name)


def safe_id(name: str, original: str | None = None) -> str:
    """`name` as an id (see `article_id`); `original` is what the hash is made of."""
    stem = re.sub(r"[^a-z0-9_-]+", "-", name.lower())[:_ID_MAX].strip("-_")
    if stem and stem == name and stem not in _RESERVED_IDS:
        return stem
    original = name if original is None else original
    digest = hashlib.sha1(original.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{stem or 'article'}-{digest}"


def load_article(path: Path, limits: Limits = DEFAULT_LIMITS, date_order: str | None = None) -> Article:
    """Read and clean one article file. Raises IngestError when it cannot.
    `date_order` (DMY, MDY, YMD) reads numeric dates such as 03/04/2024."""
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise IngestError(
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"articles are {', '.join(SUPPORTED_SUFFIXES)}"
        )
    data = read_bounded(path, limits.max_article_bytes)
    text, note = decode(data)
    try:
        raw = read_raw(path, text, date_order)
    except RecursionError as error:  # pathologically nested HTML or YAML
        raise IngestError(f"cannot parse {path.suffix} file: nested too deeply") from error
    notes = list(raw.notes) + ([note] if note else [])
    return clean_article(raw, article_id(path), display_path(path), notes)


def load_jsonl_article(path: Path, number: int, line: bytes) -> Article:
    """One line of a `.jsonl` file as an article; IngestError (saying which line and
    why) when the line is not one. Its id is the line's `id`, else the file's name and
    the line number; its path names the line (`file.jsonl:12`)."""
    from .readers.jsonl import RecordError, parse_record

    path = Path(path)
    try:
        record = parse_record(line)
    except RecordError as error:
        raise IngestError(f"line {number}: {error}") from error
    raw = RawArticle(body=cleaning.detokenise(record.text), title=record.title,
                     published=record.published, source_url=record.source_url,
                     tags=record.tags)
    id = safe_id(record.id) if record.id else safe_id(f"{path.stem}-{number}")
    try:
        return clean_article(raw, id, f"{display_path(path)}:{number}", [])
    except IngestError as error:
        raise IngestError(f"line {number}: {error}") from error


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, or IngestError when it cannot be read or exceeds `limit`
    (checked before reading, and again while reading, for files that grow)."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size <= limit:
                data = handle.read(limit + 1)
                size = max(size, len(data))
    except OSError as error:
        raise IngestError(f"cannot read file: {error.strerror or error}") from error
    if size > limit:
        raise IngestError(
            f"file is {describe_size(size)}, over the limit of {describe_size(limit)} "
            f"(max_article_bytes = {limit}); it was not read. Split the article or raise "
            "the limit."
        )
    return data


def display_path(path: Path | str) -> str:
    """The path as printable text: bytes of a file name that are not UTF-8 are shown
    as \\xNN, so that the name can be written into a UTF-8 page and log."""
    text = os.fsdecode(path) if not isinstance(path, str) else path
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def clean_article(raw: RawArticle, id: str, path: str, notes: list[str]) -> Article:
    raw = replace(
        raw,
        title=_field(raw.title),
        source_url=_field(raw.source_url),
        tags=tuple(t for t in (_field(tag) for tag in raw.tags) if t),
    )
    text = cleaning.normalise_newlines(raw.body)
    paragraphs = cleaning.join_wrapped_lines(text)
    body: list[str] = []
    standalone: list[str] = []
    for paragraph in paragraphs:
        if cleaning.URL.fullmatch(paragraph):
            standalone.append(cleaning.without_trailing_punctuation(paragraph))
        else:
            body.append(paragraph)
    kept, dropped = cleaning.drop_repeats(body)
    if dropped:
        notes.append(f"dropped {plural(dropped, 'repeated sentence')}")

    source_url = raw.source_url or (standalone[0] if standalone else None)
    clean_paragraphs, links = _pull_links(kept, standalone, source_url)
    if not clean_paragraphs:
        raise IngestError("no text: the file is empty or holds only whitespace or links")

    if not any(mark in paragraph for paragraph in clean_paragraphs for mark in ".!?…"):
        notes.append("no sentence punctuation (. ! ? …) in the text: sentences are cut at "
                     "line and paragraph breaks only")
    published = raw.published
    if published is None and source_url:
        published = date_from_url(source_url)
    if published is None:
        notes.append(
            "no publication date (no front matter date, HTML metadata, date line or dated "
            "source URL): relative time expressions are left unresolved"
        )
    # A title line above the text (BBC files, HTML headings) is the author's own title:
    # it wins over a title guessed from the URL, and the page shows it once, as its
    # heading, not again as the first paragraph.
    title = raw.title
    if len(clean_paragraphs) > 1 and (
        (title is None and cleaning.is_headline(clean_paragraphs[0]))
        or (title and cleaning.comparison_key(title) == cleaning.comparison_key(clean_paragraphs[0]))
    ):
        first = clean_paragraphs.pop(0)
        title = title or first
        shift = len(first) + len(PARAGRAPH_SEPARATOR)
        links = [replace(link, offset=max(0, link.offset - shift)) for link in links]
    if title is None and source_url:
        title = title_from_slug(source_url, "\n".join(clean_paragraphs))
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
        faults=raw.faults,
    )


def _field(value: str | None) -> str | None:
    """A metadata value as one line of valid text, or None when nothing is left."""
    if value is None:
        return None
    return " ".join(cleaning.normalise_newlines(value).split()) or None


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
