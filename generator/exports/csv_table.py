"""A timeline as CSV for spreadsheets: one row per dated event, a header row, UTF-8,
RFC 4180 quoting (commas, quotes and line breaks inside a cell are quoted, rows end
with CRLF).

Article text is data: a cell that a spreadsheet would read as a formula (one starting
with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, as
OWASP advises, so that it is shown as text and never evaluated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from .events import ExportEvent

COLUMNS = ("start", "end", "label", "granularity", "type", "value", "expression", "sentence",
           "article", "article_url", "source_url")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """The cell as text a spreadsheet shows rather than computes."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def row(event: ExportEvent) -> tuple[str, ...]:
    return (event.start.isoformat(), event.end.isoformat(), *(neutralised(cell) for cell in (
        event.label, event.granularity, event.type, event.value, event.expression, event.sentence,
        event.article_title, event.article_url, event.source_url or "")))


def to_csv(events: Iterable[ExportEvent]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect="excel", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(row(event) for event in events)
    return out.getvalue()
