"""Find the files in a seeds folder: every file is an article candidate or a problem."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """A file (or folder) that did not become an article, and why."""

    path: str
    reason: str


# Files that are part of a folder's housekeeping, not articles; listed so that they
# are skipped on purpose rather than reported as unsupported.
_IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", ".gitkeep", "README", "README.md"})


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
