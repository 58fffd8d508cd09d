"""`python -m generator build` takes the site's settings from mkdocs.yml, as the plugin
does: the pages it writes for another engine (Zensical) are the plugin's pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEED

SITE_URL = "https://news.example.org/archive/"
MKDOCS_YML = f"""\
site_name: Settings from mkdocs.yml
site_url: {SITE_URL}
use_directory_urls: false
theme:
  name: material
plugins:
  - news-timelines:
      seeds_dir: articles
      summary_sentences: 1
      key_dates: 1
      cache: false
      progress: false
      drawn_timeline: false
"""
OTHER = "A second article.\n\nThe mayor resigned on Tuesday. The vote comes next week.\n"


def _run(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=project, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("configured")
    (folder / "mkdocs.yml").write_text(MKDOCS_YML, "utf-8")
    (folder / "docs").mkdir()
    (folder / "articles").mkdir()
    (folder / "articles" / SEED.name).write_bytes(SEED.read_bytes())
    (folder / "articles" / "other.txt").write_text(OTHER, "utf-8")
    written = _run(folder, "-m", "generator", "build", "--out", "docs")
    assert written.returncode == 0, written.stderr
    assert "settings from mkdocs.yml" in written.stdout
    return folder


def test_the_pages_follow_the_plugins_options_and_the_sites_settings(project):
    data = json.loads((project / f"docs/data/{SEED.stem}.json").read_text("utf-8"))
    assert len(data["summary"]["sentences"]) == 1  # summary_sentences: 1
    key_dates = json.loads((project / "docs/data/key-dates.json").read_text("utf-8"))
    assert len(key_dates["dates"]) == 1  # key_dates: 1
    # exports link to sentences at site_url, in the link form of use_directory_urls: false
    links = (project / "docs/data/timeline.csv").read_text("utf-8")
    assert f"{SITE_URL}articles/{SEED.stem}.html#s" in links
    assert f'href="articles/{SEED.stem}.html"' in (project / "docs/index.md").read_text("utf-8")


def test_an_option_given_on_the_command_line_overrides_the_file(project, tmp_path):
    only = tmp_path / "only"
    only.mkdir()
    (only / "other.txt").write_text(OTHER, "utf-8")
    written = _run(project, "-m", "generator", "build", "--seeds", str(only), "--out", str(tmp_path / "out"))
    assert written.returncode == 0, written.stderr
    assert sorted(p.name for p in (tmp_path / "out/articles").glob("*.md")) == ["other.md"]


def test_the_plugin_builds_the_same_data_from_the_same_file(project, tmp_path):
    # MkDocs with the plugin, over a docs folder without the written files
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "mkdocs.yml").write_text(MKDOCS_YML.replace("site_name:", "docs_dir: empty-docs\nsite_name:"), "utf-8")
    (clean / "empty-docs").mkdir()
    (clean / "articles").symlink_to(project / "articles")
    built = _run(clean, "-m", "mkdocs", "build", "-q", "-d", str(clean / "site"))
    assert built.returncode == 0, built.stderr
    for name in ("timeline.json", "timeline.csv", "key-dates.json", f"{SEED.stem}.json", f"{SEED.stem}.ics"):
        assert (clean / "site/data" / name).read_bytes() == (project / "docs/data" / name).read_bytes(), name


def test_a_wrong_setting_in_the_file_stops_the_command_with_status_2(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML.replace("summary_sentences: 1", "summary_method: nonsense"),
                                         "utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "docs").mkdir()
    written = _run(tmp_path, "-m", "generator", "build", "--out", "docs")
    assert written.returncode == 2
    assert "'summary_method'" in written.stderr and "error: mkdocs.yml:" in written.stderr
    assert "Traceback" not in written.stderr
    assert not any((tmp_path / "docs").iterdir())


def test_without_mkdocs_yml_the_plugins_defaults_are_used(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "other.txt").write_text(OTHER, "utf-8")
    written = _run(tmp_path, "-m", "generator", "build", "--out", "out", "--no-cache", "--no-progress")
    assert written.returncode == 0, written.stderr
    assert "settings from the plugin's defaults" in written.stdout
    assert 'href="articles/other/"' in (tmp_path / "out/index.md").read_text("utf-8")
