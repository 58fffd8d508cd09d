"""The corpus timeline opens with Key dates; data/key-dates.json holds the same."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.site import LoadOptions, SiteConfig, build_site
from generator.site import urls

STORY = Path(__file__).parent / "fixtures" / "story.jsonl"


def _site(tmp_path: Path, extra: str = "", **config):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.jsonl").write_text(STORY.read_text("utf-8") + extra, "utf-8")
    return build_site(seeds, SiteConfig(load=LoadOptions(executor="serial"), **config))


def test_timeline_page_opens_with_key_dates_linking_to_their_sentences(tmp_path):
    site = _site(tmp_path, key_dates=2)
    page = site.pages[urls.TIMELINE]
    key = page.index('id="key-dates"')
    assert key < page.index('id="all-events"')  # the full list stays, below
    section = page[key:page.index('id="all-events"')]
    assert section.count("<dt ") == 2
    assert "12 January 2010" in section
    assert re.search(r'href="\.\./articles/a\d/#s\d+"', section)
    assert "reported by 3 articles" in section


def test_key_dates_come_before_the_drawing_of_all_events(tmp_path):
    """The page opens with the key dates; the drawn timeline draws all dated events, so
    it stands under their heading, above their list."""
    from tests.site.test_drawn import fake_node_modules

    site = _site(tmp_path, key_dates=2, node_modules=fake_node_modules(tmp_path / "node_modules"))
    page = site.pages[urls.TIMELINE]
    assert page.index('id="key-dates"') < page.index('id="all-events"') < page.index('class="nt-drawn"')


def test_key_dates_json_has_days_sentences_and_reports(tmp_path):
    site = _site(tmp_path, key_dates=2)
    data = json.loads(site.data_files[urls.KEY_DATES_DATA])
    assert data["articles"] == 4
    assert [d["date"] for d in data["dates"]][0] == "2010-01-12"
    first = data["dates"][0]["sentences"][0]
    assert set(first) == {"article", "title", "sentence", "text", "reports"}
    analyses = {a.article.id: a for a in site.corpus.analyses}
    assert analyses[first["article"]].sentences[first["sentence"]].text == first["text"]


def test_article_text_in_key_dates_is_escaped(tmp_path):
    hostile = ('{"id": "h1", "date": "2010-01-13", "text": "<script>alert(1)</script> The '
               'earthquake of 12 January destroyed the presidential palace in the capital."}\n')
    page = _site(tmp_path, hostile, key_dates=1).pages[urls.TIMELINE]
    assert "<script>" not in page
