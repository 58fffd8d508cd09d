"""Find the article files in a seeds folder and turn each into an analysis or a problem.

Every file is accounted for: it becomes an article or a `Problem` with a reason.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..analysis import AnalysisSettings, analyse
from ..ingest import IngestError, load_article
from ..model import Analysis

# Files that are part of a folder's housekeeping, not articles; listed so that they
# are skipped on purpose rather than reported as unsupported.
_IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", ".gitkeep", "README", "README.md"})


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Corpus:
    analyses: tuple[Analysis, ...]
    problems: tuple[Problem, ...]


def discover(seeds: Path) -> tuple[list[Path], list[Problem]]:
    """All regular files below `seeds` in a stable order; links followed once (a
    symlink loop is reported, not followed forever)."""
    if not seeds.is_dir():
        return [], [Problem(str(seeds), "seeds folder does not exist")]
    files: list[Path] = []
    problems: list[Problem] = []
    visited: set[tuple[int, int]] = set()

    def walk(folder: Path) -> None:
        try:
            stat = folder.stat()
        except OSError as error:
            problems.append(Problem(str(folder), f"cannot open folder: {error.strerror}"))
            return
        key = (stat.st_dev, stat.st_ino)
        if key in visited:
            problems.append(Problem(str(folder), "symlink loop: folder already visited"))
            return
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            problems.append(Problem(str(folder), f"cannot list folder: {error.strerror}"))
            return
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith(".") or entry.name in _IGNORED_NAMES:
                continue
            try:
                if entry.is_dir():
                    walk(path)
                elif entry.is_file():
                    files.append(path)
                else:
                    problems.append(Problem(str(path), "not a regular file (broken link or device)"))
            except OSError as error:
                problems.append(Problem(str(path), f"cannot inspect: {error.strerror}"))

    walk(seeds)
    return files, problems


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
