"""The road without plugins: `python -m generator build --out docs`, then `zensical build`.

Zensical (Material's successor) reads mkdocs.yml but runs no MkDocs plugin, so the
generated pages and data files are written into the docs folder first; the site it
builds must carry the same articles, timeline, browse pages, report, data and search.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.site.drawn import find_node_modules

from .conftest import ROOT, require

ARTICLE_ID = "000_19d9d8487fa4a31a"


def _zensical() -> str | None:
    found = Path(sys.executable).parent / "zensical"
    return str(found) if found.is_file() else shutil.which("zensical")


@pytest.fixture(scope="module")
def zensical_project(tmp_path_factory) -> Path:
    require(_zensical() is not None, "zensical is not installed (pip install '.[zensical]')")
    project = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    # A project has its npm packages beside mkdocs.yml (the drawn timeline's library).
    (project / "node_modules").symlink_to(find_node_modules(ROOT / "node_modules"))
    generate = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--seeds", "seeds", "--out", "docs",
         "--no-cache", "--no-progress"],
        cwd=project, capture_output=True, text=True, timeout=300,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert generate.returncode == 0, generate.stderr
    build = subprocess.run([_zensical(), "build", "--strict"], cwd=project, capture_output=True,
                           text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    return project


def test_the_generated_files_sit_beside_the_hand_written_pages(zensical_project):
    docs = zensical_project / "docs"
    assert (docs / "guide.md").read_bytes() == (ROOT / "docs/guide.md").read_bytes()
    assert (docs / f"articles/{ARTICLE_ID}.md").is_file() and (docs / "index.md").is_file()
    written = (docs / ".news-timelines-manifest").read_text("utf-8").splitlines()
    assert f"articles/{ARTICLE_ID}.md" in written and "guide.md" not in written


def test_zensical_builds_the_article_page(zensical_project):
    html = (zensical_project / f"site/articles/{ARTICLE_ID}/index.html").read_text("utf-8")
    assert '<h1 id="title">Fewer ISIS Fighters Returning Home</h1>' in html
    assert '<span id="s0">' in html and 'class="nt-timex' in html
    assert 'id="summary"' in html and 'id="timeline"' in html and "22 October 2017" in html
    assert "news-timelines.css" in html


def test_zensical_builds_home_timeline_browse_and_report(zensical_project):
    site = zensical_project / "site"
    assert f'href="articles/{ARTICLE_ID}/"' in (site / "index.html").read_text("utf-8")
    timeline = (site / "timeline/index.html").read_text("utf-8")
    assert "nt-corpus-timeline" in timeline and f"articles/{ARTICLE_ID}/#s" in timeline
    assert "nt-browse" in (site / "browse/index.html").read_text("utf-8")
    assert "Build report" in (site / "report/index.html").read_text("utf-8")
    assert (site / "guide/index.html").is_file()


def test_zensical_publishes_the_data_files(zensical_project):
    site = zensical_project / "site"
    data = json.loads((site / f"data/{ARTICLE_ID}.json").read_text("utf-8"))
    assert data["published"] == "2017-10-22"
    assert json.loads((site / "data/timeline.json").read_text("utf-8"))["events"]
    # the settings of mkdocs.yml, as the plugin reads them: sentence links at its site_url
    site_url = __import__("os").environ.get("SITE_URL") or "https://example.github.io/news-timelines/"
    assert f"{site_url}articles/{ARTICLE_ID}/#s" in (site / "data/timeline.csv").read_text("utf-8")


def test_zensical_search_finds_the_article_by_its_words(zensical_project):
    index = json.loads((zensical_project / "site/search.json").read_text("utf-8"))
    hits = [item["location"] for item in index["items"] if "Manchester" in item.get("text", "")]
    assert any(location.startswith(f"articles/{ARTICLE_ID}/") for location in hits)


def test_the_plugin_still_builds_strictly_over_a_docs_folder_holding_generated_files(
        zensical_project, tmp_path):
    """The plugin recognises the files the command wrote (the manifest) as its own:
    no 'replaces the file' warning, and an article removed since is not published."""
    project = tmp_path / "project"
    shutil.copytree(zensical_project, project, ignore=shutil.ignore_patterns("site"))
    (project / "seeds" / f"{ARTICLE_ID}.txt").rename(project / "seeds" / "renamed.txt")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(project / "site")], cwd=project, capture_output=True, text=True, timeout=300,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1",
             # the drawn timeline's library, where the repository's build finds it
             "NEWS_TIMELINES_NODE_MODULES": str(find_node_modules(ROOT / "node_modules"))})
    assert result.returncode == 0, result.stderr
    assert "replaces the file" not in result.stderr
    assert (project / "site/articles/renamed/index.html").is_file()
    assert not (project / f"site/articles/{ARTICLE_ID}").exists()
    assert not (project / "site/.news-timelines-manifest").exists()


def test_zensical_publishes_the_drawn_timeline_and_the_exports(zensical_project):
    site = zensical_project / "site"
    for path in ["assets/vendor/vis-timeline/vis-timeline-graph2d.min.js",
                 "assets/vendor/vis-timeline/LICENSE.txt", "assets/news-timelines/timeline-view.js",
                 "data/timeline.view.json", f"data/{ARTICLE_ID}.view.json", "data/timelinejs.json",
                 "data/timeline.csv", "data/timeline.ics", f"data/{ARTICLE_ID}.ics"]:
        assert (site / path).is_file(), path
    timeline = (site / "timeline/index.html").read_text("utf-8")
    assert 'class="nt-drawn"' in timeline and "timeline-view.js" in timeline


def test_the_build_report_stays_out_of_search(zensical_project):
    """It lists a note for every article that has one (every BBC article is undated):
    one search section that large exceeds Zensical's search index limit."""
    index = json.loads((zensical_project / "site/search.json").read_text("utf-8"))
    assert not [item for item in index["items"] if item["location"].startswith("report/")]
