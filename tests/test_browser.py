"""The built site in headless Chromium: search for a word, open the article, see its
timeline. Saves a screenshot to test-artifacts/."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import ROOT, require
from .test_mkdocs_build import mkdocs_build

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Chromium as root on a closed network: no sandbox, no GPU, and none of the background
# connections it would otherwise try (and fail) at every start.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextmanager
def chromium() -> Iterator:
    """Debian's Chromium, driven by Playwright (which cannot download browsers here);
    the test is skipped where either is missing, and the browser closed after it."""
    require(Path(CHROMIUM).exists(), "Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()

SCREENSHOTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("browser-site")
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep the test output readable
        pass


def test_search_finds_the_article_and_its_page_shows_the_timeline(served_site):
    with chromium() as browser:
        page = browser.new_page()
        page.goto(served_site)
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially("Manchester", delay=30)
        # The article's own result (the corpus timeline, which quotes it, may match too).
        result = page.locator('.md-search-result__item a[href*="/articles/"]').filter(
            has_text="Fewer ISIS Fighters"
        )
        result.first.wait_for(timeout=15000)
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "search-manchester.png"))
        result.first.click()
        page.wait_for_selector("h1#title")
        assert page.locator("h1#title").inner_text() == "Fewer ISIS Fighters Returning Home"
        assert page.locator("#timeline").is_visible()
        assert page.locator(".nt-timeline li").count() >= 5
        page.screenshot(path=str(SCREENSHOTS / "article-page.png"), full_page=True)
