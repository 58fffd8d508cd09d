"""How a collection is built: the one settings object of the plugin and the command line.

`LoadOptions` says where the analysis cache is and what runs the analysis; both the
MkDocs plugin (mkdocs.yml) and `python -m generator build` / `timeline` make one from
their options, with the defaults below. Light on purpose: the command line reads it for
its `--help` without loading the analysis.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..reading.limits import DEFAULT_LIMITS, Limits

DEFAULT_CACHE_DIR = ".cache/news-timelines"  # relative to mkdocs.yml or the working folder
EXECUTORS = ("process", "serial", "dask")
DEFAULT_EXECUTOR = "process"


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How to load a corpus: where the cache is (None: no cache), and what runs the
    analysis."""

    cache_dir: Path | None = None
    executor: str = DEFAULT_EXECUTOR
    workers: int | None = None  # None: one per core
    dask_address: str | None = None
    progress: bool = False
    limits: Limits = DEFAULT_LIMITS
