"""`python -m generator summarize FILE [--method NAME] [--sentences N]`."""

from __future__ import annotations

import sys
from pathlib import Path

from ..text import split_sentences
from ..summarize import DEFAULT_METHOD, SummarySettings
from ..summarize.methods import METHODS, summarize


def summarize_command(file: str, method: str | None, sentences: int | None) -> int:
    name = method or DEFAULT_METHOD
    if name not in METHODS:
        print(f"unknown method {name!r}; choose from {', '.join(METHODS)}", file=sys.stderr)
        return 2
    # Read and cleaned as the site does, so the summary is the one the page shows.
    from ..reading.ingest import IngestError, load_article

    try:
        text = load_article(Path(file)).text
    except IngestError as error:
        print(f"{file}: {error}", file=sys.stderr)
        return 1
    split = split_sentences(text)
    summary = summarize(split, SummarySettings(method=name, sentences=sentences))
    for index in summary.sentences:
        print(" ".join(split[index].text.split()))
    return 0
