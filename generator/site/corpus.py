"""Turn the files of a seeds folder into analyses, or problems that say why not.

Every file is accounted for: it becomes an article or a `Problem` with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..analysis import AnalysisSettings, analyse
from ..ingest import IngestError, load_article
from ..model import Analysis
from .discover import Problem, discover


@dataclass(frozen=True, slots=True)
class Corpus:
    analyses: tuple[Analysis, ...]
    problems: tuple[Problem, ...]


def load_corpus(seeds: Path, settings: AnalysisSettings) -> Corpus:
    files, problems = discover(seeds)
    analyses: list[Analysis] = []
    used_ids: set[str] = set()
    for path in files:
        try:
            article = load_article(path)
        except IngestError as error:
            problems.append(Problem(str(path), str(error)))
            continue
        article = _with_unique_id(article, used_ids)
        analyses.append(analyse(article, settings))
    return Corpus(analyses=tuple(analyses), problems=tuple(problems))


def _with_unique_id(article, used: set[str]):
    """Two files with the same stem (a.txt, a.md) still get two pages."""
    from dataclasses import replace

    candidate, n = article.id, 1
    while candidate in used:
        n += 1
        candidate = f"{article.id}-{n}"
    used.add(candidate)
    return article if candidate == article.id else replace(article, id=candidate)
