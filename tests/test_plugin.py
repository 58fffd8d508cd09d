"""The MkDocs plugin's own glue: `mkdocs serve` watches the seeds folder."""

from __future__ import annotations

import os
import subprocess
import sys

from mkdocs.config.defaults import MkDocsConfig

from generator.plugin.mkdocs_plugin import NewsTimelinesPlugin

from .conftest import ROOT


class _Server:
    def __init__(self) -> None:
        self.watched: list[str] = []

    def watch(self, path: str) -> None:
        self.watched.append(path)


def _plugin(seeds_dir: str) -> tuple[NewsTimelinesPlugin, MkDocsConfig]:
    plugin = NewsTimelinesPlugin()
    errors, warnings = plugin.load_config({"seeds_dir": seeds_dir})
    assert not errors and not warnings
    config = MkDocsConfig(config_file_path=str(ROOT / "mkdocs.yml"))
    return plugin, config


def test_serve_watches_the_seeds_folder(monkeypatch):
    monkeypatch.delenv("NEWS_TIMELINES_SEEDS", raising=False)
    plugin, config = _plugin("seeds")
    server = _Server()
    plugin.on_serve(server, config=config, builder=None)
    assert server.watched == [str(ROOT / "seeds")]


def test_an_unknown_summary_method_is_a_config_error():
    errors, _ = NewsTimelinesPlugin().load_config({"summary_method": "magic"})
    assert errors and "summary_method" in errors[0][0]


def test_limits_from_mkdocs_yml_reach_the_build(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "small.txt").write_text("The harbour reopened on 2 January 2020.\n")
    (seeds / "large.txt").write_text("The harbour closed. " * 100)
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Limits\nplugins:\n  - news-timelines:\n      seeds_dir: seeds\n"
        "      max_article_bytes: 500\n      cache: false\n"
    )
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(tmp_path / "mkdocs.yml")],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300,
                            env={k: v for k, v in os.environ.items() if k != "NEWS_TIMELINES_SEEDS"})
    assert result.returncode == 0, result.stderr
    assert "large.txt" in result.stderr and "max_article_bytes" in result.stderr
    assert (tmp_path / "site/articles/small/index.html").is_file()
    assert not (tmp_path / "site/articles/large").exists()


def test_a_mkdocs_yml_that_does_not_list_the_drawn_timeline_still_gets_it(tmp_path):
    """A user's own mkdocs.yml names only the plugin: the plugin adds the drawn
    timeline's script and stylesheet, and the build copies the library into the site."""
    from generator.site.drawn import find_node_modules

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "vote.md").write_text("---\ndate: 2020-03-01\n---\nThe vote was held on 2 January 2020.\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Mine\ntheme:\n  name: material\nplugins:\n  - news-timelines:\n"
        f"      seeds_dir: seeds\n      cache: false\n"
        f"      node_modules: {find_node_modules(ROOT / 'node_modules')}\n")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                             str(tmp_path / "mkdocs.yml")], cwd=tmp_path, capture_output=True, text=True,
                            timeout=300, env={k: v for k, v in os.environ.items() if k != "NEWS_TIMELINES_SEEDS"})
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site/articles/vote/index.html").read_text("utf-8")
    assert 'src="../../assets/news-timelines/timeline-view.js"' in page
    assert 'href="../../assets/news-timelines/timeline-view.css"' in page
    assert 'class="nt-drawn"' in page
    assert (tmp_path / "site/assets/vendor/vis-timeline/vis-timeline-graph2d.min.js").is_file()
