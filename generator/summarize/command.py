"""`python -m generator summarize FILE [--method NAME] [--sentences N]`."""

from __future__ import annotations

import sys
from pathlib import Path

from ..text import split_sentences
from . import DEFAULT_METHOD, METHODS, SummarySettings, summarize


def summarize_command(file: str, method: str | None, sentences: int | None) -> int:
    name = method or DEFAULT_METHOD
    if name not in METHODS:
        print(f"unknown method {name!r}; choose from {', '.join(METHODS)}", file=sys.stderr)
        return 2
    # Until the ingestion module (generator/ingest.py, load_article) is merged, the file
    # is read as plain UTF-8 text; on merge this becomes load_article(file).text.
    text = Path(file).read_text(encoding="utf-8")
    split = split_sentences(text)
    summary = summarize(split, SummarySettings(method=name, sentences=sentences))
    for index in summary.sentences:
        print(" ".join(split[index].text.split()))
    return 0
