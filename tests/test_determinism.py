"""Same seeds, same bytes: two builds of the site are identical, file for file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .test_mkdocs_build import mkdocs_build


def digest_tree(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_two_builds_of_the_same_seeds_are_byte_identical(tmp_path):
    for name in ("one", "two"):
        result = mkdocs_build(tmp_path / name)
        assert result.returncode == 0, result.stderr
    first, second = digest_tree(tmp_path / "one"), digest_tree(tmp_path / "two")
    assert len(first) > 10
    assert first == second
