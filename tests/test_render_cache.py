"""Generated pages rendered before are served from the cache on a rebuild
(`generator/plugin/render_cache.py`): the site must be the one a full render writes,
and anything the theme reads besides the page must make every page render again."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.plugin import render_cache

from .conftest import ROOT
from .test_kept_folders import ARTICLES, files_below

SERVED = re.compile(r"news-timelines: (\d+) of (\d+) generated pages as rendered before")


def config_file(tmp_path: Path, *, site_name: str = "News timelines", extra_plugin: str = "") -> Path:
    """The project's mkdocs.yml with its docs folder given absolutely (so it can live in
    `tmp_path`), another site name, or one more plugin."""
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    text = re.sub(r"(?m)^docs_dir: .*$", f"docs_dir: {ROOT / 'docs'}", text)
    text = re.sub(r"(?m)^site_name: .*$", f"site_name: {site_name}", text)
    if extra_plugin:
        text = text.replace("plugins:\n", f"plugins:\n  - {extra_plugin}\n", 1)
    path = tmp_path / f"mkdocs-{abs(hash((site_name, extra_plugin)))}.yml"
    path.write_text(text, "utf-8")
    return path


def build(config: Path, seeds: Path, site: Path, cache: Path) -> tuple[int, int] | None:
    """Build; (pages served from the cache, generated pages), None if not consulted."""
    env = {**os.environ, "NEWS_TIMELINES_SEEDS": str(seeds), "NEWS_TIMELINES_CACHE_DIR": str(cache),
           "NEWS_TIMELINES_NODE_MODULES": str(ROOT / "node_modules")}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config),
                             "-d", str(site)], cwd=ROOT, capture_output=True, text=True, env=env,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    served = SERVED.search(result.stderr)
    return (int(served[1]), int(served[2])) if served else None


@pytest.fixture()
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def test_a_rebuild_serves_unchanged_pages_and_writes_the_same_site(tmp_path, seeds):
    config = config_file(tmp_path)
    first = build(config, seeds, tmp_path / "site", tmp_path / "cache")
    assert first is not None and first[0] == 0 and first[1] > 3
    (seeds / "alpha.txt").write_text(ARTICLES["alpha.txt"] + "A vote follows on 9 May 2005.\n", "utf-8")
    served, generated = build(config, seeds, tmp_path / "site", tmp_path / "cache")
    # beta's and gamma's pages and the unchanged listings come from the cache; alpha's
    # page, and the pages listing its events, are rendered again.
    assert 2 <= served < generated
    fresh = build(config, seeds, tmp_path / "fresh-site", tmp_path / "fresh-cache")
    assert fresh is not None and fresh[0] == 0
    assert files_below(tmp_path / "site") == files_below(tmp_path / "fresh-site")
    assert "9 May 2005" in (tmp_path / "site" / "articles" / "alpha" / "index.html").read_text("utf-8")


def test_a_change_the_theme_reads_elsewhere_renders_every_page_again(tmp_path, seeds):
    build(config_file(tmp_path), seeds, tmp_path / "site", tmp_path / "cache")
    served, _ = build(config_file(tmp_path, site_name="Renamed desk"), seeds, tmp_path / "site",
                      tmp_path / "cache")
    assert served == 0
    assert "Renamed desk" in (tmp_path / "site" / "articles" / "beta" / "index.html").read_text("utf-8")


def test_an_edited_template_of_the_users_own_renders_every_page_again(tmp_path, seeds):
    """A branch the probe page never takes (a page's meta) still counts: the files of a
    `custom_dir` are part of the environment."""
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    template = overrides / "main.html"
    template.write_text('{% extends "base.html" %}{% block content %}{% if page.meta.search %}'
                        '<p>LISTING-A</p>{% endif %}{{ super() }}{% endblock %}', "utf-8")
    config = config_file(tmp_path)
    config.write_text(config.read_text("utf-8").replace(
        "  name: material\n", f"  name: material\n  custom_dir: {overrides}\n"), "utf-8")
    build(config, seeds, tmp_path / "site", tmp_path / "cache")
    listing = next(page for page in (tmp_path / "site" / "browse").rglob("index.html")
                   if page.parent.name != "browse")  # a listing left out of the navigation
    assert "LISTING-A" in listing.read_text("utf-8")
    template.write_text(template.read_text("utf-8").replace("LISTING-A", "LISTING-B"), "utf-8")
    served, _ = build(config, seeds, tmp_path / "site", tmp_path / "cache")
    assert served == 0
    assert "LISTING-B" in listing.read_text("utf-8")


def test_a_stored_page_that_is_not_what_was_stored_is_rendered_again(tmp_path):
    store = render_cache.RenderStore(tmp_path / render_cache.STORE_NAME)
    store.add({"a": "<html>a</html>"})
    store._connect().execute("UPDATE rendered SET html = '<html>x</html>'")
    assert store.existing(["a"]) == {"a"} and store.html("a") is None
    store.close()


def test_with_a_plugin_it_does_not_know_every_page_is_rendered(tmp_path, seeds):
    config = config_file(tmp_path, extra_plugin="tags")
    assert build(config, seeds, tmp_path / "site", tmp_path / "cache") is None
    assert build(config, seeds, tmp_path / "site", tmp_path / "cache") is None
    assert not render_cache.cacheable_site(["search", "tags", "news-timelines"])
    assert render_cache.cacheable_site(["material/search", "material/offline", "news-timelines"])


def test_a_damaged_store_is_read_as_empty_and_replaced(tmp_path):
    store = render_cache.RenderStore(tmp_path / render_cache.STORE_NAME)
    store.path.write_bytes(b"not a database at all" * 100)
    assert store.existing(["a"]) == set()
    store.add({"a": "<html>a</html>"})
    store.close()
    store = render_cache.RenderStore(store.path)
    store.add({"b": "<html>b</html>"})
    store.retain({"b"})  # a build that no longer has page a
    store.close()
    again = render_cache.RenderStore(store.path)
    assert again.existing(["a", "b"]) == {"b"} and again.html("b") == "<html>b</html>"
    assert again.html("a") is None


def test_pages_rendered_by_the_helper_process_are_the_pages_mkdocs_renders(tmp_path):
    """Enough articles for the helper (generator/plugin/render_helper.py) to start."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(70):
        (seeds / f"note-{i:02d}.txt").write_text(
            f"Note {i}\n\nThe council met on {1 + i % 28} May 2005 about item {i}. "
            "It meets again next week.\n", "utf-8")
    with_helper = config_file(tmp_path)
    without = tmp_path / "without-helper.yml"
    without.write_text(with_helper.read_text("utf-8").replace(
        "  - news-timelines:\n", "  - news-timelines:\n      render_helper: false\n"), "utf-8")
    assert "render_helper: false" in without.read_text("utf-8")
    build(with_helper, seeds, tmp_path / "site", tmp_path / "cache")
    build(without, seeds, tmp_path / "plain-site", tmp_path / "plain-cache")
    assert files_below(tmp_path / "site") == files_below(tmp_path / "plain-site")


def test_a_store_that_can_serve_nothing_is_told_apart_before_any_key_is_made(tmp_path):
    """A cold build starts the render helper on every page before it makes the pages'
    keys: only when no page can be served."""
    store = render_cache.RenderStore(tmp_path / "sub" / render_cache.STORE_NAME)
    assert store.empty() and not store.path.exists()  # asking creates nothing
    assert render_cache.RenderCache(None).finds_nothing()
    store.add({"a": "<html>a</html>"})
    assert not store.empty() and not render_cache.RenderCache(store).finds_nothing()
    store.retain(set())
    assert store.empty()
    store.close()
    store.path.write_bytes(b"not a database at all" * 100)
    assert render_cache.RenderStore(store.path).empty()
