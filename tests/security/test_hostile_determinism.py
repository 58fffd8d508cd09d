"""Same hostile (and broken) seeds, same bytes: two real builds are identical, file for
file, whatever odd names, encodings, links and unreadable files the folder holds."""

from __future__ import annotations

import os

from ..robustness.broken import make_broken_seeds, simulated_permissions_env
from ..test_determinism import digest_tree
from ..test_mkdocs_build import mkdocs_build
from .hostile import make_hostile_seeds


def test_two_builds_of_hostile_and_broken_seeds_are_byte_identical(tmp_path):
    seeds = make_hostile_seeds(tmp_path / "seeds")
    make_broken_seeds(seeds / "broken", big=False, tiny=20)
    env = {**os.environ, "NEWS_TIMELINES_SEEDS": str(seeds), **simulated_permissions_env()}
    for name in ("one", "two"):
        # The broken files are warnings: --no-strict (after the helper's --strict) lets
        # the build finish.
        result = mkdocs_build(tmp_path / name, "--no-strict", env=env)
        assert result.returncode == 0, result.stderr
        assert "WARNING" in result.stderr
    first, second = digest_tree(tmp_path / "one"), digest_tree(tmp_path / "two")
    assert len(first) > 60
    assert first == second
