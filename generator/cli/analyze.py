"""`python -m generator analyze FILE`: one article's analysis as JSON."""

from __future__ import annotations

import sys
from pathlib import Path

from ..analysing.analysis import AnalysisSettings, analyse
from ..reading.ingest import IngestError, load_article
from ..analysing.serialize import analysis_dict, to_json


def analyze_command(file: str) -> int:
    try:
        article = load_article(Path(file))
    except IngestError as error:
        print(f"{file}: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(to_json(analysis_dict(analyse(article))))
    return 0
