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


def test_a_missing_folder_of_articles_stops_it_before_the_written_pages_are_removed(project):
    before = sorted(p.relative_to(project) for p in (project / "docs").rglob("*"))
    moved = project / "articles-away"
    (project / "articles").rename(moved)
    try:
        written = _run(project, "-m", "generator", "build", "--out", "docs")
    finally:
        moved.rename(project / "articles")
    assert written.returncode == 2
    assert "no such folder of articles" in written.stderr and "articles" in written.stderr
    assert sorted(p.relative_to(project) for p in (project / "docs").rglob("*")) == before


def test_a_new_site_needs_no_docs_folder_nor_the_other_plugins_installed(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML.replace("plugins:\n", "plugins:\n  - not-installed-here\n"),
                                         "utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "other.txt").write_text(OTHER, "utf-8")
    written = _run(tmp_path, "-m", "generator", "build", "--out", "docs")
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "docs/articles/other.md").is_file()


def test_materials_offline_plugin_gives_the_html_links_it_gives_the_plugin(tmp_path):
    yml = MKDOCS_YML.replace("use_directory_urls: false\n", "").replace("plugins:\n", "plugins:\n  - offline\n")
    (tmp_path / "mkdocs.yml").write_text(yml, "utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "other.txt").write_text(OTHER, "utf-8")
    assert _run(tmp_path, "-m", "generator", "build", "--out", "docs").returncode == 0
    assert 'href="articles/other.html"' in (tmp_path / "docs/index.md").read_text("utf-8")
    (tmp_path / "mkdocs.yml").write_text(yml.replace("  - offline\n", "  - offline:\n      enabled: false\n"), "utf-8")
    assert _run(tmp_path, "-m", "generator", "build", "--out", "docs").returncode == 0
    assert 'href="articles/other/"' in (tmp_path / "docs/index.md").read_text("utf-8")


def _settings_given_to_build_site(monkeypatch, folder: Path, *argv: str):
    """The settings `build` hands to build_site, for `argv` in `folder`."""
    import generator.building.progress
    import generator.site
    from generator.cli.main import main

    class Seen(Exception):
        pass

    seen = {}

    def build_site(seeds, config):
        seen.update(seeds=seeds, config=config)
        raise Seen

    monkeypatch.chdir(folder)
    monkeypatch.setattr(generator.site, "build_site", build_site)
    monkeypatch.setattr(generator.building.progress, "wanted", lambda wanted, **_: wanted)  # as on a terminal
    with pytest.raises(Seen):
        main(["build", "--out", "out", *argv])
    return seen["seeds"], seen["config"]


def test_the_files_analysis_settings_reach_the_build_and_flags_override_them(tmp_path, monkeypatch):
    yml = MKDOCS_YML.replace("      cache: false\n", "      cache_dir: here-cache\n      workers: 3\n"
                             "      executor: serial\n      max_files: 7\n")
    (tmp_path / "mkdocs.yml").write_text(yml, "utf-8")
    (tmp_path / "articles").mkdir()
    seeds, config = _settings_given_to_build_site(monkeypatch, tmp_path)
    assert seeds == tmp_path / "articles"
    load = config.load
    assert (load.cache_dir, load.executor, load.workers, load.progress, load.limits.max_files) == \
        (tmp_path / "here-cache", "serial", 3, False, 7)  # progress: false in the file
    assert (config.site_url, config.directory_urls, config.key_dates) == (SITE_URL, False, 1)
    assert config.analysis.summary.sentences == 1
    _, config = _settings_given_to_build_site(monkeypatch, tmp_path, "--no-cache", "--executor", "process",
                                              "--workers", "1", "--date-order", "DMY")
    assert (config.load.cache_dir, config.load.executor, config.load.workers) == (None, "process", 1)
    assert config.analysis.date_order == "DMY" and config.analysis.summary.sentences == 1
    _, config = _settings_given_to_build_site(monkeypatch, tmp_path, "--cache-dir", "elsewhere")
    assert config.load.cache_dir == Path("elsewhere")
    (tmp_path / "mkdocs.yml").write_text(yml.replace("      progress: false\n", ""), "utf-8")
    assert _settings_given_to_build_site(monkeypatch, tmp_path)[1].load.progress is True
    assert _settings_given_to_build_site(monkeypatch, tmp_path, "--no-progress")[1].load.progress is False


def test_an_option_name_mkdocs_does_not_know_is_a_warning_as_in_mkdocs(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML.replace("summary_sentences: 1", "summery_sentences: 1"), "utf-8")
    (tmp_path / "articles").mkdir()
    written = _run(tmp_path, "-m", "generator", "build", "--out", "docs")
    assert written.returncode == 0, written.stderr
    assert "warning: mkdocs.yml: Plugin 'news-timelines' option 'summery_sentences'" in written.stderr
