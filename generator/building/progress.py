"""A progress bar for long builds: shown on a terminal, silent in CI logs and under -q."""

from __future__ import annotations

import os
import sys
from typing import Protocol


class Progress(Protocol):
    def update(self, n: int = 1) -> object: ...
    def close(self) -> object: ...


class _Silent:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def wanted(requested: bool = True, quiet: bool = False) -> bool:
    """Whether to draw a bar: asked for, not quiet, stderr is a terminal, not in CI
    (CI logs keep every redraw as a line)."""
    if not requested or quiet:
        return False
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        return False
    return sys.stderr.isatty()


def progress_bar(total: int, description: str, enabled: bool) -> Progress:
    if not enabled or total <= 0:
        return _Silent()
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit="article", leave=False, file=sys.stderr,
                mininterval=0.25)
