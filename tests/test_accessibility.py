"""In headless Chromium: axe-core finds no WCAG 2 A/AA violation on the home, article,
corpus timeline, browse and report pages in either palette (issue 15, point 13), and a
search for a date label opens an article or the corpus timeline at the entry, above the
hand-written guides (point 10).

axe-core comes from npm at test setup (a devDependency in package.json, installed by
`npm ci`, which `make test` runs); it is never committed. The test skips locally, and
fails in CI, when it is missing."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from .conftest import ROOT, require
from .test_browser import chromium
from .test_mkdocs_build import ARTICLE_ID, mkdocs_build

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", f"articles/{ARTICLE_ID}/", "timeline/", "browse/", "report/"]
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

pytestmark = pytest.mark.browser


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def served_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("a11y-site")
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_wcag_violation(served_site, browser, scheme):
    require(AXE.is_file(), "axe-core is not installed (npm ci)")
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        found = {}
        for path in PAGES:
            page.goto(served_site + path)
            page.wait_for_selector(".md-content h1")
            page.add_script_tag(path=str(AXE))
            violations = page.evaluate(
                """async (tags) => (await axe.run(document, {runOnly: {type: "tag", values: tags}}))
                     .violations.map(v => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(" ")}`
                                          + ` (${v.nodes[0].failureSummary.split("\\n")[1] || ""})`)""",
                WCAG)
            if violations:
                found[path or "home"] = violations
        assert not found, found
    finally:
        context.close()


def test_a_date_search_opens_an_entry_above_the_guides(served_site, browser):
    page = browser.new_page()
    try:
        page.goto(served_site)
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially("May 2017", delay=30)
        groups = page.locator("ol.md-search-result__list > li.md-search-result__item")
        groups.first.wait_for(timeout=15000)
        page.wait_for_timeout(500)  # the list fills in as the index answers
        pages = [groups.nth(i).locator("a").first.get_attribute("href") for i in range(groups.count())]
        guides = [i for i, href in enumerate(pages) if "/guide/" in href or "/scaling/" in href]
        with_entries = [i for i in range(groups.count())
                        if groups.nth(i).locator('a[href*="#e-"]').count()]
        assert with_entries and (not guides or min(guides) > max(with_entries)), pages
        # Each entry is its own result, titled by its date, and opens at the entry.
        entry_link = page.locator('.md-search-result__item a[href*="#e-"]').filter(has_text="May 2017").first
        entry_link.click()
        anchor = page.url.split("#", 1)[1]
        assert anchor.startswith("e-")
        entry = page.locator(f"#{anchor}")
        entry.wait_for()
        assert entry.inner_text() == "May 2017" and entry.is_visible()
    finally:
        page.close()
