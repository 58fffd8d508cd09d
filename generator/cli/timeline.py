"""`python -m generator timeline INPUT... --out FILE.jsonl`: the key dates of the
articles, in Timeline17's `timelines.jsonl` form, one line:
`[["YYYY-MM-DD", ["sentence", ...]], ...]` in date order."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ..analysing.analysis import AnalysisSettings
from ..model import Analysis
from ..tls.model import KeyDates, TlsSettings
from ..tls.select import key_dates


def load_inputs(inputs: Sequence[str], cache_dir: str | None, workers: int | None = None,
                progress: bool = False) -> tuple[list[Analysis], list[str]]:
    """The analyses of every article in the files and folders named (anything a seeds
    folder holds, `.jsonl` included), and the problems, as printable lines."""
    from ..building.corpus import LoadOptions, _with_unique_id, load_corpus

    options = LoadOptions(cache_dir=Path(cache_dir) if cache_dir else None, workers=workers,
                          progress=progress)
    analyses: list[Analysis] = []
    problems: list[str] = []
    used: set[str] = set()
    for name in inputs:
        path = Path(name)
        if not path.exists():
            problems.append(f"{name}: no such file or folder")
            continue
        corpus = load_corpus(path, AnalysisSettings(), options)
        analyses.extend(_with_unique_id(a, used) for a in corpus.analyses)
        problems.extend(f"{p.path}: {p.reason}" for p in corpus.problems if p.warning)
    return analyses, problems


def timeline_line(chosen: KeyDates) -> str:
    """The Timeline17 form, one JSON line."""
    return json.dumps([[kd.day.isoformat(), [s.text for s in kd.sentences]]
                       for kd in chosen.dates], ensure_ascii=False) + "\n"


def timeline_command(inputs: Sequence[str], out: str, settings: TlsSettings,
                     cache_dir: str | None, workers: int | None = None,
                     progress: bool = False) -> int:
    analyses, problems = load_inputs(inputs, cache_dir, workers, progress)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if not analyses:
        print("error: no article could be read", file=sys.stderr)
        return 1
    chosen = key_dates(analyses, settings)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(timeline_line(chosen), "utf-8")
    print(f"wrote {len(chosen.dates)} key date(s), up to {chosen.requested_sentences} "
          f"sentence(s) each, from {chosen.articles} article(s) to {out}")
    return 0
