"""The drawn timeline in headless Chromium, on the built seed site: its 7 dated events
in date order, zoom, a filter, a click, the keyboard, both palettes and a phone's
width, and no request to another host. Screenshots go to test-artifacts/."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from urllib.parse import urlsplit

import pytest

from .conftest import ROOT, require
from .test_browser import SCREENSHOTS, _QuietHandler, chromium
from .test_mkdocs_build import ARTICLE_ID, mkdocs_build

pytestmark = pytest.mark.browser
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    require((ROOT / "node_modules/vis-timeline").is_dir() or (ROOT.parent / "node_modules/vis-timeline").is_dir(),
            "vis-timeline is not installed (npm ci)")
    folder = tmp_path_factory.mktemp("drawn-site")
    result = mkdocs_build(folder)
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def open_page(browser, base, path, *, width=1280, height=900, scheme="light"):
    page = browser.new_page(viewport={"width": width, "height": height}, color_scheme=scheme)
    elsewhere: list[str] = []
    errors: list[str] = []
    host = urlsplit(base).netloc

    def route(request_route):
        if urlsplit(request_route.request.url).netloc != host:
            elsewhere.append(request_route.request.url)
            return request_route.abort()
        return request_route.continue_()

    page.route("**/*", route)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base + path)
    page.wait_for_selector(".nt-drawn .vis-item.nt-item", timeout=30000)
    page.elsewhere, page.errors = elsewhere, errors
    return page


def drawn_events(page) -> list[dict]:
    """The drawn events, left to right as the reader sees them."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('.nt-drawn .vis-item.nt-item'))
        .map(el => ({id: el.getAttribute('data-id'), left: el.getBoundingClientRect().left,
                     text: el.innerText.trim()}))""")


def window_days(page) -> float:
    return page.evaluate("""() => { const w = document.querySelector('.nt-drawn').drawn.timeline.getWindow();
        return (w.end - w.start) / 86400000; }""")


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.locator(".nt-drawn").screenshot(path=str(SCREENSHOTS / f"drawn-{name}.png"))


def test_the_article_page_draws_its_seven_events_in_date_order(site, browser):
    folder, base = site
    page = open_page(browser, base, f"articles/{ARTICLE_ID}/")
    view = json.loads((folder / f"data/{ARTICLE_ID}.view.json").read_text("utf-8"))
    drawn = drawn_events(page)
    assert len(drawn) == len(view["events"]) == 7
    by_id = {d["id"]: d for d in drawn}
    lefts = [by_id[f"e{i}"]["left"] for i in range(7)]  # the data is in date order
    assert lefts == sorted(lefts)
    assert lefts[0] < lefts[-1]
    labels = [e[3] for e in view["events"]]
    listed = page.locator(".nt-timeline li .nt-date").all_inner_texts()
    assert sorted(labels) == sorted(listed)  # the same events as the list below
    assert page.locator(".nt-timeline li").count() == 7  # the list view stays
    assert not page.elsewhere and not page.errors, (page.elsewhere, page.errors)
    shot(page, "article-desktop-light")
    page.close()


def test_zooming_in_and_out_changes_the_window(site, browser):
    _, base = site
    page = open_page(browser, base, f"articles/{ARTICLE_ID}/")
    start = window_days(page)
    page.get_by_role("button", name="Zoom in").click()
    page.wait_for_timeout(700)  # the zoom is animated
    zoomed_in = window_days(page)
    assert zoomed_in < start * 0.8
    page.get_by_role("button", name="Zoom out").click()
    page.get_by_role("button", name="Zoom out").click()
    page.wait_for_timeout(700)
    assert window_days(page) > zoomed_in * 1.5
    page.close()


def test_a_word_filter_hides_the_other_events(site, browser):
    _, base = site
    page = open_page(browser, base, f"articles/{ARTICLE_ID}/")
    page.get_by_label("Filter").fill("Manchester")
    page.wait_for_function("document.querySelectorAll('.nt-drawn .vis-item.nt-item').length === 1")
    assert [d["text"] for d in drawn_events(page)] == ["May 2017"]
    assert "Showing 1 of 7" in page.locator(".nt-drawn-status").first.inner_text()
    page.get_by_label("Filter").fill("")
    page.wait_for_function("document.querySelectorAll('.nt-drawn .vis-item.nt-item').length === 7")
    page.close()


def test_clicking_an_event_shows_its_sentence_label_and_link(site, browser):
    _, base = site
    page = open_page(browser, base, f"articles/{ARTICLE_ID}/")
    page.locator('.nt-drawn .vis-item[data-id="e4"]').click()
    detail = page.locator(".nt-drawn-detail")
    assert "May 2017" in detail.inner_text()
    assert "pop concert in Manchester" in detail.inner_text()
    link = detail.get_by_role("link", name="Read it in the article")
    assert link.get_attribute("href") == "#s12"
    link.click()
    assert page.evaluate("location.hash") == "#s12"
    page.close()


def test_the_keyboard_moves_from_event_to_event_and_enter_opens_one(site, browser):
    _, base = site
    page = open_page(browser, base, f"articles/{ARTICLE_ID}/")
    page.locator(".nt-drawn-axis").focus()
    page.keyboard.press("ArrowRight")
    assert "2013 – 2017" in page.locator(".nt-drawn-detail").inner_text()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert "a year ago" in page.locator(".nt-drawn-detail").inner_text() or \
        "2016" in page.locator(".nt-drawn-detail").inner_text()
    page.keyboard.press("End")
    assert "week of 9 October 2017" in page.locator(".nt-drawn-detail").inner_text()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.textContent") == "Read it in the article"
    page.close()


def _contrast(page, selector: str) -> float:
    """WCAG contrast of an element's text against its own background colour."""
    colours = page.evaluate("""(sel) => { const s = getComputedStyle(document.querySelector(sel));
        return [s.color, s.backgroundColor]; }""", selector)

    def luminance(css: str) -> float:
        r, g, b = (int(float(v)) for v in css[css.index("(") + 1:css.index(")")].split(",")[:3])
        channels = [(c / 255) for c in (r, g, b)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(colours[0]), luminance(colours[1])), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_both_palettes_are_readable(site, browser, scheme):
    _, base = site
    page = open_page(browser, base, f"articles/{ARTICLE_ID}/", scheme=scheme)
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    assert _contrast(page, '.nt-drawn .vis-item[data-id="e1"]') >= 4.5
    page.locator('.nt-drawn .vis-item[data-id="e1"]').click()  # a chosen event too
    shot(page, f"article-desktop-{scheme}")
    require(AXE.is_file(), "axe-core is not installed (npm ci)")
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("""async (tags) => (await axe.run('.nt-drawn',
        {runOnly: {type: "tag", values: tags}})).violations.map(v => v.id + ": " + v.nodes[0].target)""",
                               ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    assert violations == []
    page.close()


@pytest.mark.parametrize("path", [f"articles/{ARTICLE_ID}/", "timeline/"])
def test_a_phone_shows_the_timeline_without_a_sideways_scroll(site, browser, path):
    _, base = site
    page = open_page(browser, base, path, width=390, height=844, scheme="dark")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator(".nt-drawn-axis").bounding_box()
    assert box["width"] <= 390 and box["width"] > 300
    assert len(drawn_events(page)) == 7
    name = "article" if path.startswith("articles") else "corpus"
    page.locator(".nt-drawn").scroll_into_view_if_needed()
    shot(page, f"{name}-phone-dark")
    page.close()


def test_the_corpus_timeline_page_draws_from_its_json_file_and_marks_key_dates(site, browser):
    folder, base = site
    page = open_page(browser, base, "timeline/")
    assert len(drawn_events(page)) == 7
    view = json.loads((folder / "data/timeline.view.json").read_text("utf-8"))
    assert page.locator(".nt-drawn .vis-item.nt-keyday").count() == len(view["key_dates"]) >= 1
    assert not page.elsewhere and not page.errors, (page.elsewhere, page.errors)
    shot(page, "corpus-desktop-light")
    page.close()
