"""A real `mkdocs build --strict` of the shipped seeds, inspected as HTML."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

ARTICLE_ID = "000_19d9d8487fa4a31a"


def mkdocs_build(site_dir: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
         "-d", str(site_dir), *extra],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=300,
    )


@pytest.fixture(scope="module")
def built_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    assert not [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    return site


def test_the_build_writes_home_article_timeline_report_and_data(built_site):
    for path in ["index.html", f"articles/{ARTICLE_ID}/index.html", "timeline/index.html",
                 "report/index.html", f"data/{ARTICLE_ID}.json", "data/timeline.json",
                 "search/search_index.json", "guide/index.html"]:
        assert (built_site / path).is_file(), path


def test_the_article_page_shows_summary_timeline_and_marked_text(built_site):
    html = (built_site / f"articles/{ARTICLE_ID}/index.html").read_text("utf-8")
    assert "<h1 id=\"title\">Fewer ISIS Fighters Returning Home</h1>" in html
    assert 'id="summary"' in html and 'id="timeline"' in html and 'id="text"' in html
    assert '<span id="s0">' in html
    assert "22 October 2017" in html


def test_the_home_page_links_the_article_and_the_timeline(built_site):
    html = (built_site / "index.html").read_text("utf-8")
    assert f'href="articles/{ARTICLE_ID}/"' in html
    assert 'href="timeline/"' in html
    assert "Fewer ISIS Fighters Returning Home" in html


@pytest.mark.parametrize("query", ["Manchester", "May 2017", "week of 9 October 2017"])
def test_search_index_finds_the_article_by_its_words_and_its_dates(built_site, query):
    index = json.loads((built_site / "search/search_index.json").read_text("utf-8"))
    hits = [d["location"] for d in index["docs"] if query in d["text"] or query in d["title"]]
    assert any(location.startswith(f"articles/{ARTICLE_ID}/") for location in hits)


def _index(built_site: Path) -> list[dict]:
    return json.loads((built_site / "search/search_index.json").read_text("utf-8"))["docs"]


def test_each_timeline_entry_is_a_search_section_of_its_own(built_site):
    """A search for a date opens the article, or the corpus timeline, at the entry."""
    for page in (f"articles/{ARTICLE_ID}/", "timeline/"):
        entries = [d for d in _index(built_site) if d["location"].startswith(page + "#e-")]
        may = [d for d in entries if d["title"] == "May 2017"]
        assert len(may) == 1, (page, [d["title"] for d in entries])
        assert "Manchester" in may[0]["text"] and "Summary" not in may[0]["text"]
        # The section is the entry alone, not the whole timeline.
        assert "week of 9 October 2017" not in may[0]["text"]
        html = (built_site / page / "index.html").read_text("utf-8")
        assert f'id="{may[0]["location"].split("#")[1]}"' in html


def test_the_summary_and_undated_references_are_found_in_the_text_not_twice(built_site):
    """They repeat sentences of the text (a third of the index), so a search for their
    words lands on the text; the page still shows them and lists them in its contents."""
    docs = [d for d in _index(built_site) if d["location"].startswith(f"articles/{ARTICLE_ID}/")]
    anchors = {d["location"].partition("#")[2] for d in docs}
    assert "text" in anchors and not anchors & {"summary", "undated"}
    text = next(d["text"] for d in docs if d["location"].endswith("#text"))
    assert "Manchester" in text
    html = (built_site / f"articles/{ARTICLE_ID}/index.html").read_text("utf-8")
    assert 'id="summary"' in html and 'id="undated"' in html and 'href="#undated"' in html


def test_timeline_entries_stay_out_of_the_table_of_contents(built_site):
    """Entries are headings for search's sake; the page's table of contents lists the
    page's sections, not every date."""
    html = (built_site / f"articles/{ARTICLE_ID}/index.html").read_text("utf-8")
    toc = html[html.index('<nav class="md-nav md-nav--secondary"'):]
    toc = toc[:toc.index("</nav>")]
    assert "#timeline" in toc and "#e-" not in toc


def test_the_hand_written_guides_rank_below_articles_and_timeline_entries(built_site):
    boosts = {d["location"].split("#")[0]: d.get("boost", 1) for d in _index(built_site)}
    assert boosts["guide/"] < boosts[f"articles/{ARTICLE_ID}/"]
    assert boosts["scaling/"] < boosts["timeline/"]


def test_data_files_hold_the_analysis(built_site):
    data = json.loads((built_site / f"data/{ARTICLE_ID}.json").read_text("utf-8"))
    assert data["published"] == "2017-10-22"
    assert data["summary"]["sentences"] == sorted(data["summary"]["sentences"])
    timeline = json.loads((built_site / "data/timeline.json").read_text("utf-8"))
    assert [e["start"] for e in timeline["events"]] == sorted(e["start"] for e in timeline["events"])


def test_the_seeds_folder_can_be_set_from_the_environment(tmp_path):
    seeds = tmp_path / "other-seeds"
    seeds.mkdir()
    (seeds / "note.md").write_text("---\ntitle: Harbour reopens\ndate: 2020-01-02\n---\nThe harbour reopened.\n")
    env = {**__import__("os").environ, "NEWS_TIMELINES_SEEDS": str(seeds)}
    result = mkdocs_build(tmp_path / "site", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site/articles/note/index.html").is_file()
    assert not (tmp_path / f"site/articles/{ARTICLE_ID}").exists()


def test_an_unreadable_file_is_a_warning_that_fails_strict_and_is_reported(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("The harbour reopened on 2 January 2020.\n")
    (seeds / "scan.pdf").write_bytes(b"%PDF-1.4")
    env = {**__import__("os").environ, "NEWS_TIMELINES_SEEDS": str(seeds)}
    result = mkdocs_build(tmp_path / "site", env=env)
    assert result.returncode != 0
    assert "scan.pdf: unsupported file type '.pdf'" in result.stderr
    lenient = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(ROOT / "mkdocs.yml"), "-d",
         str(tmp_path / "site2")], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300,
    )
    report = (tmp_path / "site2/report/index.html").read_text("utf-8")
    assert "scan.pdf" in report and "unsupported file type" in report
    assert (tmp_path / "site2/articles/good/index.html").is_file()
    assert lenient.returncode == 0


def _article_html(page: Path) -> str:
    """What a page shows in Material's content area (indentation aside: the plugin
    writes its pages compacted)."""
    from generator.site.compact import compact

    html = compact(page.read_text("utf-8"))
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]


def test_the_fast_path_gives_the_html_and_search_index_python_markdown_gives(built_site, tmp_path):
    """The plugin hands MkDocs our pages as HTML; rendered through Python-Markdown
    instead (`fast_pages: false`, as an engine without the plugin renders the files
    on disk), every generated page shows the same content."""
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = config.replace("docs_dir: docs", f"docs_dir: {ROOT / 'docs'}")
    config = config.replace("      seeds_dir: seeds\n",
                            f"      seeds_dir: {ROOT / 'seeds'}\n      fast_pages: false\n"
                            f"      node_modules: {ROOT / 'node_modules'}\n")
    assert "fast_pages: false" in config
    (tmp_path / "mkdocs.yml").write_text(config, "utf-8")
    slow = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                             str(tmp_path / "mkdocs.yml"), "-d", str(slow)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    generated = [p.relative_to(built_site) for p in built_site.rglob("index.html")
                 if p.parts[len(built_site.parts)] in ("articles", "browse", "timeline", "report")
                 or p.parent == built_site]
    assert len(generated) >= 5
    for page in generated:
        assert _article_html(built_site / page) == _article_html(slow / page), page
    # and the search index, cut from the HTML by regular expressions on the fast path,
    # holds the entries Material's own parser makes
    fast_index = json.loads((built_site / "search/search_index.json").read_text("utf-8"))
    slow_index = json.loads((slow / "search/search_index.json").read_text("utf-8"))
    assert fast_index["docs"] == slow_index["docs"]


def test_article_pages_have_a_table_of_contents(built_site):
    html = (built_site / f"articles/{ARTICLE_ID}/index.html").read_text("utf-8")
    toc = html.split('data-md-component="toc"', 1)[1].split('<div class="md-content"', 1)[0]
    for anchor in ("#summary", "#timeline", "#text"):
        assert f'href="{anchor}"' in toc
