"""`python -m generator analyze FILE`: one article's analysis as JSON (a `.jsonl`
file: one analysis a line)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..analysing.analysis import analyse
from ..analysing.serialize import analysis_dict, to_compact_json, to_json
from ..reading.ingest import BULK_SUFFIXES, IngestError, load_article, load_jsonl_article


def analyze_command(file: str) -> int:
    if Path(file).suffix.lower() in BULK_SUFFIXES:
        return _analyze_lines(Path(file))
    try:
        article = load_article(Path(file))
    except IngestError as error:
        print(f"{file}: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(to_json(analysis_dict(analyse(article))))
    return 0


def _analyze_lines(path: Path) -> int:
    """A `.jsonl` file: one analysis a line, as JSON lines; a bad line is said on
    stderr with its number, and the others are still printed."""
    from ..reading.limits import DEFAULT_LIMITS
    from ..reading.readers.jsonl import line_refs

    failed = False
    try:
        for ref, data in line_refs(path, DEFAULT_LIMITS.max_article_bytes):
            try:
                if data is None:
                    raise IngestError(f"line {ref.number}: longer than the limit of "
                                      f"{DEFAULT_LIMITS.max_article_bytes} bytes; not read")
                article = load_jsonl_article(path, ref.number, data)
            except IngestError as error:
                print(f"{path}:{ref.number}: {error}", file=sys.stderr)
                failed = True
                continue
            sys.stdout.write(to_compact_json(analysis_dict(analyse(article))))
    except OSError as error:
        print(f"{path}: cannot read file: {error.strerror or error}", file=sys.stderr)
        return 1
    return 1 if failed else 0
