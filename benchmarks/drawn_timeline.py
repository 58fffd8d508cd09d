"""The drawn timeline of a built site in headless Chromium: how long the corpus
timeline page takes to draw its events, how long a zoom step takes, and the sizes of
the files the timeline pages offer.

    python benchmarks/drawn_timeline.py SITE [--baseline SITE] [--events N] [--repeat 3]

SITE is a built site (for the 2225 BBC articles:
`NEWS_TIMELINES_SEEDS=../shared/data/bbc-news/articles mkdocs build -d /tmp/bbc-site`).
`--baseline` is another built site measured in the same run (the seed site), so the
figure to read is the ratio. `--events N` also serves the page a collection of N events
made by repeating SITE's events, each copy a few days later (the BBC gives about 3,400
dated events; the issue asks for 20,000), to measure the thinning on a larger set.

Times come from the page itself (performance.now()): from navigation start to the first
drawn event, and from a keypress to the end of the redraw. Not a test: nothing is
asserted. The machine may be shared: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import statistics
import threading
from datetime import date, timedelta
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FILES = ["timeline/index.html", "data/timeline.view.json", "data/timelinejs.json",
         "data/timeline.csv", "data/timeline.ics", "data/timeline.json"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def more_events(view: dict, wanted: int) -> dict:
    """`view` with its events repeated until there are `wanted`, copy k shifted k days."""
    events, base = [], view["events"]
    copy = 0
    while len(events) < wanted:
        for e in base:
            start = date.fromisoformat(e[1]) + timedelta(days=copy)
            end = date.fromisoformat(e[2]) + timedelta(days=copy)
            events.append([e[0], start.isoformat(), end.isoformat(), *e[3:]])
        copy += 1
    events = sorted(events[:wanted], key=lambda e: (e[1], e[2]))
    return {**view, "events": events}


def measure(browser, base: str, body: bytes | None, repeat: int) -> dict[str, float]:
    drawn, zoom = [], []
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        if body is not None:
            page.route("**/data/timeline.view.json",
                       lambda route: route.fulfill(body=body, content_type="application/json"))
        page.goto(base + "timeline/")
        page.wait_for_selector(".nt-drawn .vis-item.nt-item", timeout=120000)
        drawn.append(page.evaluate("performance.now()"))
        page.locator(".nt-drawn-axis").focus()
        zoom.append(page.evaluate("""() => new Promise(done => {
            const started = performance.now();
            const axis = document.querySelector('.nt-drawn-axis');
            axis.dispatchEvent(new KeyboardEvent('keydown', {key: '+', bubbles: true}));
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - started)));
        })"""))
        count = page.evaluate("document.querySelector('.nt-drawn').drawn.count")
        items = page.evaluate("document.querySelectorAll('.nt-drawn .vis-item').length")
        page.close()
    return {"events": count, "drawn_ms": statistics.median(drawn), "zoom_ms": statistics.median(zoom),
            "items_on_screen": items}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--baseline", type=Path, help="another built site, measured in the same run")
    parser.add_argument("--events", type=int, help="also serve a collection of this many events")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    for name in FILES:
        path = args.site / name
        if path.is_file():
            print(f"{name:28} {path.stat().st_size / 1024:10.1f} KB")
    per_article = {suffix: sum(p.stat().st_size for p in (args.site / "data").glob(f"*{suffix}")
                               if not p.name.startswith(("timeline.", "timelinejs.")))
                   for suffix in (".timelinejs.json", ".csv", ".ics", ".view.json")}
    for suffix, size in per_article.items():
        print(f"all data/<id>{suffix:17} {size / 1024:10.1f} KB")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        runs = []
        if args.baseline:
            server, base = serve(args.baseline)
            runs.append(("baseline", measure(browser, base, None, args.repeat)))
            server.shutdown()
        server, base = serve(args.site)
        runs.append(("site", measure(browser, base, None, args.repeat)))
        if args.events:
            view = json.loads((args.site / "data/timeline.view.json").read_text("utf-8"))
            body = json.dumps(more_events(view, args.events), ensure_ascii=False).encode("utf-8")
            print(f"{args.events} events as JSON: {len(body) / 1024:.1f} KB")
            runs.append((f"{args.events} events", measure(browser, base, body, args.repeat)))
        server.shutdown()
        browser.close()
    floor = runs[0][1]["drawn_ms"]
    for name, run in runs:
        print(f"{name:14} {run['events']:6d} events: drawn after {run['drawn_ms']:7.0f} ms "
              f"({run['drawn_ms'] / floor:4.2f} x {runs[0][0]}), a zoom step {run['zoom_ms']:5.0f} ms, "
              f"{run['items_on_screen']} items on screen")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
