"""Navigation that scales: every listing page is bounded by `page_size`, the home
page by `home_latest`, every link leads to a generated page, and text stays escaped."""

from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.site import NavSettings, SiteConfig, build_site, urls

from ..conftest import ROOT
from .corpus import write_corpus

HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    seeds = write_corpus(tmp_path_factory.mktemp("nav") / "seeds", 14)
    return build_site(seeds, SiteConfig(nav=NavSettings(page_size=3, home_latest=4)))


def _targets(site) -> set[str]:
    """Every URL the generated pages and data files will have."""
    return {urls.page_url(p) for p in site.pages} | set(site.data_files)


def test_every_link_between_generated_pages_resolves(site):
    targets = _targets(site)
    for page, content in site.pages.items():
        base = urls.page_url(page).rstrip("/")
        for href in HREF.findall(content):
            if href.startswith(("http:", "https:", "#")):
                continue
            path = href.split("#")[0]
            resolved = posixpath.normpath(posixpath.join(base, path)) if path else base
            resolved = "" if resolved == "." else resolved
            ok = resolved in targets or resolved + "/" in targets
            assert ok, f"{page}: {href} → {resolved}"


def test_listings_are_paginated_and_reach_every_article(site):
    listed = set()
    for page, content in site.pages.items():
        if page.startswith("browse/") and "nt-article-list" in content:
            rows = content.count('class="nt-article-title"')
            assert 1 <= rows <= 3, page
            if page.startswith("browse/undated/") or re.match(r"browse/\d{4}/\d\d/", page):
                listed.update(re.findall(r'articles/([^/"]+)/"', content))
    assert listed == {a.article.id for a in site.corpus.analyses}


def test_the_home_page_shows_only_the_latest_articles(site):
    home = site.pages[urls.INDEX]
    assert home.count('class="nt-article-title"') == 4
    assert 'href="browse/"' in home and 'href="browse/2005/"' in home


def test_a_large_timeline_is_split_by_year_and_month_and_paginated(site):
    timeline = [p for p in site.pages if p.startswith("timeline/")]
    assert "timeline/2004.md" in timeline and "timeline/2004/03.md" in timeline
    for page in timeline:
        assert site.pages[page].count('class="nt-date"') <= 3, page
    total = sum(site.pages[p].count('class="nt-date"') for p in timeline
                if re.fullmatch(r"timeline/\d{4}/[^/]+\.md", p))
    assert total == sum(len(a.events) for a in site.corpus.analyses)


def test_titles_stay_escaped_on_listing_pages(site):
    pages = [c for p, c in site.pages.items() if p.startswith("browse/") or p == urls.INDEX]
    assert any("&lt;script&gt;alert(" in c for c in pages)
    assert not any("<script>" in c for c in pages)


def test_a_strict_mkdocs_build_accepts_the_paginated_site(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", 14)
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    text = text.replace("docs_dir: docs", f"docs_dir: {ROOT / 'docs'}")
    text = text.replace("      seeds_dir: seeds",
                        f"      seeds_dir: {seeds}\n      page_size: 3\n"
                        f"      cache_dir: {tmp_path / 'cache'}\n"
                        f"      node_modules: {ROOT / 'node_modules'}")
    config = tmp_path / "mkdocs.yml"
    config.write_text(text, "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config),
         "-d", str(tmp_path / "site")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site/browse/undated/2/index.html").is_file()
    assert (tmp_path / "site/timeline/2004/03/index.html").is_file()
    assert (tmp_path / "cache").is_dir()
    assert "analysing" not in result.stderr  # no progress bar under -q
