"""Find the files in a seeds folder: every file is an article candidate or a problem."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from ..reading.ingest import display_path
from ..reading.limits import DEFAULT_LIMITS, Limits
from ..wording import plural


@dataclass(frozen=True, slots=True)
class Problem:
    """A file (or folder) that did not become an article, and why.

    `warning` is False for files skipped on purpose (hidden files, folder
    housekeeping): they are listed on the Build report but do not fail a strict
    build. `path` is always printable text (see `ingest.display_path`)."""

    path: str
    reason: str
    warning: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", display_path(self.path))


# Files that are part of a folder's housekeeping, not articles: listed on the report as
# skipped on purpose rather than reported as unsupported.
_IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", "README", "README.md"})


def discover(seeds: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[list[Path], list[Problem]]:
    """All regular files below `seeds` in a stable order; links inside the folder
    followed once (a symlink loop is reported, not followed forever), links out of it
    reported and not followed. Past `limits.max_files` files,
    the rest are reported in one problem, not read."""
    seeds = Path(seeds)
    if not seeds.is_dir():
        return [], [Problem(str(seeds), "seeds folder does not exist")]
    files: list[Path] = []
    problems: list[Problem] = []
    visited: set[tuple[int, int]] = set()
    root = seeds.resolve()
    over_limit: list[Path] = []

    def add_file(path: Path) -> None:
        (files if len(files) < limits.max_files else over_limit).append(path)

    def walk(folder: Path) -> None:
        try:
            stat = folder.stat()
        except OSError as error:
            problems.append(Problem(str(folder), f"cannot open folder: {_reason(error)}"))
            return
        key = (stat.st_dev, stat.st_ino)
        if key in visited:
            problems.append(Problem(str(folder), "symlink loop: this folder was already read; not read again"))
            return
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            problems.append(Problem(str(folder), f"cannot list folder: {_reason(error)}"))
            return
        for entry in entries:
            path = Path(entry.path)
            if entry.name in _IGNORED_NAMES:
                problems.append(Problem(str(path), "skipped: folder housekeeping file", warning=False))
                continue
            if entry.name.startswith("."):
                kind = "folder" if entry.is_dir(follow_symlinks=False) else "file"
                problems.append(Problem(str(path), f"skipped: hidden {kind}", warning=False))
                continue
            if entry.is_symlink() and _points_outside(path, root):
                # Seeds come from other people: a link must not publish a file from
                # elsewhere on this machine (~/.ssh/id_rsa, /etc/passwd).
                problems.append(Problem(str(path), "symlink to a file or folder outside the seeds folder; not followed"))
                continue
            try:
                if entry.is_dir():
                    walk(path)
                elif entry.is_file():
                    add_file(path)
                elif entry.is_symlink():
                    problems.append(Problem(str(path), _broken_link_reason(path)))
                else:
                    problems.append(Problem(str(path), "not a regular file (a pipe, socket or device)"))
            except OSError as error:
                reason = _broken_link_reason(path) if entry.is_symlink() else f"cannot inspect: {_reason(error)}"
                problems.append(Problem(str(path), reason))

    walk(seeds)
    if over_limit:
        problems.append(Problem(
            str(seeds),
            f"{plural(len(over_limit), 'file')} not read: the folder holds more than the limit of "
            f"{limits.max_files} files (max_files); the first {limits.max_files} in path order "
            f"were read, the first one not read is {display_path(over_limit[0])}",
        ))
    return files, problems


def _points_outside(link: Path, root: Path) -> bool:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):  # broken or looping: reported by the caller
        return False
    return not target.is_relative_to(root)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _broken_link_reason(path: Path) -> str:
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink loop: the link points back to itself"
        if error.errno == errno.ENOENT:
            return f"broken symlink: its target {display_path(os.readlink(path))} does not exist"
        return f"symlink cannot be followed: {_reason(error)}"
    return "symlink to something that is not a regular file or folder"
