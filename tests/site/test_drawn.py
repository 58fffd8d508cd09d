"""The drawn timeline's side of the build: its data files, the library copied from
node_modules with its licence, and what happens without it (list views only, and a
one-line warning that says how to get it)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from generator.exports.events import ExportEvent
from generator.site import SiteConfig, build_site, drawn, urls

from ..conftest import SEEDS

SEED_ID = "000_19d9d8487fa4a31a"


def fake_node_modules(folder: Path) -> Path:
    """A node_modules holding the library's files (their content does not matter here)."""
    for source in drawn.LIBRARY_FILES:
        path = folder / source
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"/* {source} */\n")
    return folder


@pytest.fixture(scope="module")
def drawn_site(tmp_path_factory):
    modules = fake_node_modules(tmp_path_factory.mktemp("node") / "node_modules")
    return build_site(SEEDS, SiteConfig(node_modules=modules))


def _drawn_div(page: str) -> str:
    found = re.findall(r'<div class="nt-drawn"[^>]*></div>', page)
    assert len(found) == 1, found
    return found[0]


def test_the_library_and_its_licence_ship_with_the_site(drawn_site):
    for name in ("vis-timeline-graph2d.min.js", "vis-timeline-graph2d.min.css", "LICENSE.txt",
                 "LICENSE.MIT.txt", "LICENSE.Apache-2.0.txt"):
        assert urls.TIMELINE_LIBRARY + name in drawn_site.data_files
    assert drawn.SCRIPT in drawn_site.data_files and drawn.STYLESHEET in drawn_site.data_files
    assert drawn_site.warnings == ()


def test_pages_point_the_drawn_timeline_at_their_data_file(drawn_site):
    article = _drawn_div(drawn_site.pages[urls.article_page(SEED_ID)])
    assert f'data-src="../../data/{SEED_ID}.view.json"' in article
    assert 'data-root="../../"' in article and 'data-lib="../../assets/vendor/vis-timeline/"' in article
    corpus = _drawn_div(drawn_site.pages[urls.TIMELINE])
    assert 'data-src="../data/timeline.view.json"' in corpus and 'data-root="../"' in corpus
    # the list view stays below it: what search indexes and a reader without JavaScript gets
    assert 'class="nt-timeline"' in drawn_site.pages[urls.article_page(SEED_ID)]


def test_the_view_data_holds_the_seven_events_in_date_order(drawn_site):
    data = json.loads(drawn_site.data_files[urls.view_file(None)])
    assert data["articles"] == [{
        "id": SEED_ID, "title": "Fewer ISIS Fighters Returning Home", "url": f"articles/{SEED_ID}/",
        "source": "nytimes.com", "folder": None, "tags": []}]
    events = data["events"]
    assert [e[3] for e in events] == ["2013 – 2017", "2015", "2016", "2016", "May 2017",
                                      "October 2017", "week of 9 October 2017"]
    assert [(e[1], e[2]) for e in events] == sorted((e[1], e[2]) for e in events)
    vague = {e[3] for e in events if e[5] & drawn.VAGUE}
    assert vague == {"2013 – 2017"}  # "the past four years": counted back, soft ends
    # the collection's key dates are marked, and so are the events of the sentences that
    # report them (generator.tls chooses them; data/key-dates.json lists them)
    chosen = json.loads(drawn_site.data_files[urls.KEY_DATES_DATA])["dates"]
    assert [k["day"] for k in data["key_dates"]] == [k["date"] for k in chosen] == ["2017-10-22"]
    reporting = {s["sentence"] for k in chosen for s in k["sentences"]}
    assert [e[4] for e in events if e[5] & drawn.KEY] == [e[4] for e in events if e[4] in reporting]
    assert json.loads(drawn_site.data_files[urls.view_file(SEED_ID)]) == data


def test_the_drawn_part_of_a_page_does_not_grow_with_the_collection(tmp_path, drawn_site):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(30):
        (seeds / f"a{n}.md").write_text(f"---\ndate: 2020-01-0{1 + n % 9}\n---\n"
                                        f"The vote was held in May {1990 + n}. It ended in 2019.\n")
    big = build_site(seeds, SiteConfig(node_modules=fake_node_modules(tmp_path / "nm")))
    assert _drawn_div(big.pages[urls.TIMELINE]) == _drawn_div(drawn_site.pages[urls.TIMELINE])
    assert len(json.loads(big.data_files[urls.view_file(None)])["events"]) == 60


def test_key_dates_and_their_sentences_are_flagged():
    event = ExportEvent(start=date(2017, 10, 22), end=date(2017, 10, 22), label="22 October 2017",
                        granularity="day", type="DATE", value="2017-10-22", expression="Sunday",
                        sentence="It ended on Sunday.", article_id="a", article_title="A",
                        article_url="articles/a/#s3", sentence_index=3, source_url=None,
                        published=None, source=None, uid="a-t1", vague=False)
    key = drawn.KeyDay(date(2017, 10, 22), "22 October 2017", (("a", 3),))
    data = json.loads(drawn.view_data([event], {}, {}, [key]))
    assert data["events"][0][5] == drawn.KEY
    assert data["key_dates"] == [{"day": "2017-10-22", "label": "22 October 2017"}]


def test_article_text_cannot_close_a_script_element_holding_the_data():
    event = ExportEvent(start=date(2017, 1, 1), end=date(2017, 12, 31), label="2017", granularity="year",
                        type="DATE", value="2017", expression="2017", sentence="</script><script>alert(1)",
                        article_id="a", article_title="</title>", article_url="articles/a/#s0",
                        sentence_index=0, source_url=None, published=None, source=None, uid="a-t1",
                        vague=False)
    text = drawn.view_data([event], {}, {})
    assert "</" not in text
    assert json.loads(text)["events"][0][6] == "</script><script>alert(1)"


def test_without_the_library_the_lists_are_built_and_a_warning_says_how_to_get_it(tmp_path):
    site = build_site(SEEDS, SiteConfig(node_modules=tmp_path / "missing"))
    (warning,) = site.warnings
    assert "npm ci" in warning and "vis-timeline" in warning and "\n" not in warning
    assert 'class="nt-drawn"' not in site.pages[urls.article_page(SEED_ID)]
    assert 'class="nt-timeline"' in site.pages[urls.article_page(SEED_ID)]
    assert not any(path.startswith(urls.TIMELINE_LIBRARY) for path in site.data_files)
    assert urls.view_file(None) not in site.data_files


def test_node_modules_is_looked_for_in_parent_folders_as_node_does(tmp_path):
    project = tmp_path / "monorepo" / "site-project"
    project.mkdir(parents=True)
    shared = fake_node_modules(tmp_path / "monorepo" / "node_modules")
    assert drawn.find_node_modules(project / "node_modules") == shared
    assert drawn.find_node_modules(tmp_path / "elsewhere" / "node_modules") == \
        tmp_path / "elsewhere" / "node_modules"
