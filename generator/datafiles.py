"""The project's knowledge files: tab-separated tables with `#` comment lines.

Word lists, vetoes and labels live in such files beside the code that reads them; this
is the one reader of their rows, so every table skips comments and blank lines alike.
"""

from __future__ import annotations

from pathlib import Path


def rows(path: Path) -> list[list[str]]:
    """The cells of each row of `path`, without blank lines and `#` comments."""
    return [line.split("\t") for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def words_by_kind(path: Path) -> dict[str, tuple[str, ...]]:
    """A two-column table (kind, words) as the words of each kind, in file order."""
    kinds: dict[str, list[str]] = {}
    for kind, words in rows(path):
        kinds.setdefault(kind, []).append(words)
    return {kind: tuple(words) for kind, words in kinds.items()}
