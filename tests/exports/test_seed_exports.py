"""The seed article's exports against golden files (refresh on purpose with
`UPDATE_GOLDEN=1`), and the links to them on the timeline pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.site import SiteConfig, build_site, urls

from ..conftest import SEEDS

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
SITE_URL = "https://example.github.io/news-timelines/"
SEED_ID = "000_19d9d8487fa4a31a"


@pytest.fixture(scope="module")
def seed_site():
    return build_site(SEEDS, SiteConfig(site_url=SITE_URL))


@pytest.mark.parametrize(("kind", "golden"), [
    ("timelinejs", "seed.timelinejs.json"), ("csv", "seed.timeline.csv"), ("ics", "seed.timeline.ics")])
def test_corpus_exports_match_their_golden_files(seed_site, kind, golden):
    produced = seed_site.data_files[urls.export_file(None, kind)]
    path = GOLDEN / golden
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_bytes(produced)
    assert produced == path.read_bytes(), f"{golden} changed; UPDATE_GOLDEN=1 refreshes it on purpose"


def test_one_article_s_exports_hold_the_same_events_as_the_corpus_s(seed_site):
    for kind in urls.EXPORT_FORMATS:
        assert seed_site.data_files[urls.export_file(SEED_ID, kind)] != b""
    corpus_csv = seed_site.data_files[urls.export_file(None, "csv")].decode("utf-8")
    article_csv = seed_site.data_files[urls.export_file(SEED_ID, "csv")].decode("utf-8")
    assert sorted(corpus_csv.splitlines()) == sorted(article_csv.splitlines())
    assert len(corpus_csv.splitlines()) == 1 + 7  # header and the seed's 7 dated events


def test_timeline_pages_link_to_their_exports(seed_site):
    timeline = seed_site.pages[urls.TIMELINE]
    for href in ("data/timelinejs.json", "data/timeline.csv", "data/timeline.ics"):
        assert f'href="../{href}"' in timeline
    article = seed_site.pages[urls.article_page(SEED_ID)]
    for suffix in ("timelinejs.json", "csv", "ics"):
        assert f'href="../../data/{SEED_ID}.{suffix}"' in article


def test_an_article_without_a_dated_event_has_no_export_files_and_links_none(tmp_path):
    """Three empty files for each of them were a third of the files a build of the BBC
    articles wrote; the corpus exports still hold every dated event."""
    (tmp_path / "dated.txt").write_text("Talks\n\nThe talks began on 3 May 2005 in Geneva.\n", "utf-8")
    (tmp_path / "undated.txt").write_text("Notes\n\nThe talks went on for a while.\n", "utf-8")
    site = build_site(tmp_path, SiteConfig())
    written = {path for path in site.data_files if path.startswith("data/")}
    for kind in ("timelinejs", "csv", "ics"):
        assert urls.export_file("dated", kind) in written
        assert urls.export_file("undated", kind) not in written
        assert urls.export_file(None, kind) in written
    assert "undated.csv" not in site.pages[urls.article_page("undated")]
    assert "dated.csv" in site.pages[urls.article_page("dated")]
    assert urls.article_data("undated") in written
