"""The `analyze` and `build` commands."""

from __future__ import annotations

import sys
from pathlib import Path

from .analysis import analyse
from .ingest import IngestError, load_article
from .serialize import analysis_dict, to_json


def analyze_command(file: str) -> int:
    try:
        article = load_article(Path(file))
    except IngestError as error:
        print(f"{file}: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(to_json(analysis_dict(analyse(article))))
    return 0


def build_command(seeds: str, out: str) -> int:
    from .site import SiteConfig, build_site

    site = build_site(Path(seeds), SiteConfig())
    written = site.write(Path(out))
    for problem in site.problems:
        print(f"warning: {problem.path}: {problem.reason}", file=sys.stderr)
    print(f"wrote {written} files to {out}")
    return 0
