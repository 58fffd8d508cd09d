"""Our TimelineJS export loaded into TimelineJS itself (npm `@knight-lab/timelinejs`,
served locally with the file): TimelineJS reads it and makes a slide per event, with
our labels, titles and sentences."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from urllib.parse import urlsplit

import pytest

from generator.site import SiteConfig, build_site, urls

from .conftest import ROOT, SEEDS, require
from .test_browser import SCREENSHOTS, _QuietHandler, chromium

pytestmark = pytest.mark.browser
TIMELINEJS = ROOT / "node_modules" / "@knight-lab" / "timelinejs" / "dist"

PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<script src="timelinejs/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
  window.timeline = new TL.Timeline("timeline-embed", "data/timelinejs.json",
                                    {script_path: "timelinejs/js/", font: null});
</script></body></html>
"""


def test_timelinejs_reads_the_corpus_export_and_shows_its_slides(tmp_path):
    require(TIMELINEJS.is_dir(), "TimelineJS is not installed (npm ci installs the dev dependencies)")
    site = build_site(SEEDS, SiteConfig(site_url="https://example.org/news/"))
    export = site.data_files[urls.export_file(None, "timelinejs")]
    events = json.loads(export)["events"]
    (tmp_path / "data").mkdir()
    (tmp_path / "data/timelinejs.json").write_bytes(export)
    shutil.copytree(TIMELINEJS, tmp_path / "timelinejs")
    (tmp_path / "index.html").write_text(PAGE, "utf-8")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.route("**/*", lambda r: r.continue_() if urlsplit(r.request.url).netloc
                       == urlsplit(base).netloc else r.abort())
            page.goto(base)
            page.wait_for_function(f"document.querySelectorAll('.tl-slide').length === {len(events) + 1}",
                                   timeout=30000)
            assert not page.locator(".tl-message-full, .tl-timeline .tl-message").filter(
                has_text="error").count()
            headlines = page.locator(".tl-slide .tl-headline").all_inner_texts()
            assert "Timeline of all articles" in headlines[0]
            assert headlines.count("Fewer ISIS Fighters Returning Home") == len(events) == 7
            texts = " ".join(page.locator(".tl-slide .tl-text-content").all_inner_texts())
            assert "pop concert in Manchester" in texts
            dates = page.locator(".tl-slide .tl-headline-date").all_inner_texts()
            assert {"May 2017", "2015", "week of 9 October 2017"} <= set(dates)
            assert page.locator(".tl-timemarker").count() == len(events)  # the time navigation
            page.locator(".tl-slidenav-next").first.click()
            page.wait_for_timeout(800)
            SCREENSHOTS.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "timelinejs-corpus-export.png"))
            assert not errors, errors
    finally:
        server.shutdown()
