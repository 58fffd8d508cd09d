"""`build --out docs`: the build adds and later removes only its own files."""

from __future__ import annotations

import pytest

from generator.site.output import LEGACY_MARKER, MANIFEST, read_manifest, write_files


def test_hand_written_files_stay_and_stale_generated_files_go(tmp_path):
    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    (docs / "guide.md").write_text("# Guide\n")
    (docs / "assets" / "site.css").write_text("body {}\n")
    write_files(docs, {"index.md": "home", "articles/a.md": "A", "articles/b.md": "B",
                       "data/b.json": b"{}"})
    assert read_manifest(docs) == {"index.md", "articles/a.md", "articles/b.md", "data/b.json"}

    write_files(docs, {"index.md": "home 2", "articles/a.md": "A"})  # b was deleted
    assert (docs / "index.md").read_text() == "home 2"
    assert not (docs / "articles/b.md").exists()
    assert not (docs / "data").exists()  # emptied by the build, so removed
    assert (docs / "guide.md").read_text() == "# Guide\n"
    assert (docs / "assets/site.css").is_file()
    assert (docs / MANIFEST).is_file()


def test_a_file_no_build_wrote_is_refused_before_anything_is_written(tmp_path):
    (tmp_path / "index.md").write_text("my page")
    with pytest.raises(FileExistsError, match="index.md"):
        write_files(tmp_path, {"articles/a.md": "A", "index.md": "home"})
    assert (tmp_path / "index.md").read_text() == "my page"
    assert not (tmp_path / "articles").exists() and not (tmp_path / MANIFEST).exists()


def test_a_folder_an_older_version_wrote_is_still_the_builds(tmp_path):
    (tmp_path / LEGACY_MARKER).write_text("written by `python -m generator build`\n")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles/old.md").write_text("old")
    write_files(tmp_path, {"articles/new.md": "new"})
    assert not (tmp_path / "articles/old.md").exists() and not (tmp_path / LEGACY_MARKER).exists()
    assert read_manifest(tmp_path) == {"articles/new.md"}
