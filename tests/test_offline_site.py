"""The site opened from disk: with Material's offline plugin on
(`NEWS_TIMELINES_OFFLINE=true`), `index.html` opened as a file:// page links to the
article's page, search finds the article, and no page asks another host for anything."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .test_browser import chromium
from .test_mkdocs_build import ARTICLE_ID, mkdocs_build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("offline-site")
    result = mkdocs_build(site, env={**os.environ, "NEWS_TIMELINES_OFFLINE": "true"})
    assert result.returncode == 0, result.stderr
    return site


def test_the_offline_build_links_html_files_and_ships_the_search_shim(offline_site):
    html = (offline_site / "index.html").read_text("utf-8")
    assert f'href="articles/{ARTICLE_ID}.html"' in html
    assert 'src="assets/vendor/iframe-worker/shim.js"' in html
    assert (offline_site / "assets/vendor/iframe-worker/shim.js").is_file()
    assert (offline_site / "search/search_index.js").is_file()
    for page in offline_site.rglob("*.html"):
        assert "unpkg.com" not in page.read_text("utf-8"), page


def test_from_file_url_a_click_opens_the_article_and_search_finds_it(offline_site):
    with chromium() as browser:
        page = browser.new_page()
        other_hosts: list[str] = []
        page.on("request", lambda request: other_hosts.append(request.url)
                if not request.url.startswith(("file://", "data:", "blob:", "about:")) else None)
        page.goto((offline_site / "index.html").as_uri())
        page.locator(f'a[href="articles/{ARTICLE_ID}.html"]').first.click()
        page.wait_for_selector("h1#title", timeout=60_000)
        assert page.url.endswith(f"/articles/{ARTICLE_ID}.html")
        assert page.locator("h1#title").inner_text() == "Fewer ISIS Fighters Returning Home"
        assert page.locator(".nt-timeline li").count() >= 5
        # search, from the article page (a file:// page too)
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially("Manchester", delay=30)
        result = page.locator(f'.md-search-result__item a[href*="{ARTICLE_ID}.html"]')
        result.first.wait_for(timeout=60_000)
        result.first.click()
        page.wait_for_selector("h1#title", timeout=60_000)
        assert f"{ARTICLE_ID}.html" in page.url
        assert other_hosts == []
