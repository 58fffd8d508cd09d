"""Articles in bulk: a `.jsonl` file holds one JSON object per line, each an article.

Fields: `text` (required), and optionally `id`, `title`, `date` (or `time`, as
Timeline17 writes it), `url` (or `source`), `tags`. The file is streamed: `line_offsets`
reads it once for where each line starts, and `read_line` reads one line back, so a
100,000-line file is never held in memory whole, only one line per worker at a time.
"""

from __future__ import annotations

import json
import re
from datetime import date
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..metadata import DateError, parse_date

SUFFIX = ".jsonl"


class RecordError(ValueError):
    """A line that is not an article; the message says why."""


@dataclass(frozen=True, slots=True)
class LineRef:
    """Where one line of a `.jsonl` file is: its number (from 1) and byte span."""

    number: int
    offset: int
    length: int


def line_refs(path: Path, max_line_bytes: int) -> Iterator[tuple[LineRef, bytes | None]]:
    """Every non-blank line of the file with its bytes (None when the line is longer
    than `max_line_bytes`: it is not read into memory, the caller reports it)."""
    offset = 0
    with open(path, "rb") as handle:
        number = 0
        while True:
            number += 1
            line = handle.readline(max_line_bytes + 1)
            if not line:
                return
            length = len(line)
            if length > max_line_bytes and not line.endswith(b"\n"):
                # skip to the end of this line without keeping it
                while chunk := handle.readline(1 << 20):
                    length += len(chunk)
                    if chunk.endswith(b"\n"):
                        break
                yield LineRef(number, offset, length), None
            elif line.strip():
                yield LineRef(number, offset, length), line
            offset += length


def read_line(path: Path, ref: LineRef) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(ref.offset)
        return handle.read(ref.length)


@dataclass(frozen=True, slots=True)
class Record:
    """One line's article fields, checked."""

    text: str
    id: str | None = None
    title: str | None = None
    published: date | None = None
    source_url: str | None = None
    tags: tuple[str, ...] = ()


def parse_record(line: bytes) -> Record:
    """The article fields of one line, or RecordError saying what is wrong."""
    try:
        data = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise RecordError(f"not UTF-8 (byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise RecordError(f"invalid JSON ({error.msg} at column {error.colno})") from error
    except RecursionError as error:
        raise RecordError("invalid JSON (nested too deeply)") from error
    if not isinstance(data, dict):
        raise RecordError(f"a JSON object is expected, not {type(data).__name__}")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError("no text (the field `text` is missing, empty or not a string)")
    published = None
    for field in ("date", "time"):
        value = data.get(field)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            raise RecordError(f"`{field}` is not a date: {value!r}")
        try:
            published = parse_date(_date_part(value))
        except DateError as error:
            raise RecordError(f"`{field}` is not a date: {error}") from error
        break
    tags = data.get("tags") or ()
    if isinstance(tags, str):
        tags = (tags,)
    if not isinstance(tags, (list, tuple)):
        raise RecordError("`tags` is not a list")
    return Record(
        text=text,
        id=_text_field(data.get("id")),
        title=_text_field(data.get("title")),
        published=published,
        source_url=_text_field(data.get("url")) or _text_field(data.get("source")),
        tags=tuple(str(tag) for tag in tags if isinstance(tag, (str, int, float))),
    )


_ISO_DATETIME = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def _date_part(value: str) -> str:
    """An ISO date-time names its day: the day is what an article's date is."""
    value = value.strip()
    match = _ISO_DATETIME.fullmatch(value)
    return match.group(1) if match else value


def _text_field(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int, float)):
        return str(value).strip() or None
    return None
