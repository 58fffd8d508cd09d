"""Explicit limits on what a build reads, so that no input is silently truncated and
no folder makes a build run away. Exceeding a limit is reported with the setting's
name, never a crash."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    # A larger file is not read; it is listed on the Build report. 16 MiB keeps a
    # 10 MB article buildable while a stray dump or video renamed .txt is refused.
    max_article_bytes: int = 16 * 1024 * 1024
    # More files than this in the seeds folder: the first ones (in path order) are
    # built, the rest are listed on the Build report.
    max_files: int = 20_000

    def __post_init__(self) -> None:
        if self.max_article_bytes < 1 or self.max_files < 1:
            raise ValueError(f"limits must be positive: {self}")


DEFAULT_LIMITS = Limits()


def describe_size(size: int) -> str:
    """A byte count as people read it: 10.5 MB, 812 KB, 17 bytes."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} KB"
    return f"{size} byte{'s' if size != 1 else ''}"
