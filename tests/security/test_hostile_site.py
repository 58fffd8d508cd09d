"""A real `mkdocs build --strict` of a folder of hostile articles, read back with an HTML
parser: nothing from an article survives as markup, and what the reader typed shows
up as the same characters."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from ..conftest import ROOT
from .hostile import (
    FIXTURES,
    check_content,
    check_whole_page,
    content_region,
    fold,
    inspect,
    unsafe_link,
)

# What each fixture article's page must show as text, exactly as typed.
LITERALS = {
    "everything": [
        "<script>alert('title')</script> **bold** [x](javascript:alert(1)) {{ 7*7 }} {% raw %} # not a heading & <b>",
        "<script>alert('body')</script> The council met in May 2015.",
        "<img src=x onerror=alert('img')>",
        '<iframe src="//evil.example/frame"></iframe>',
        "<!-- a hidden comment -->",
        "[click me](javascript:alert('link'))",
        "![pic](data:image/png;base64,AAAA)",
        "<data:text/html,<script>alert(2)</script>>",
        "# A heading line",
        "## Another heading {: #hijack onclick=\"alert('h')\" }",
        "- a list item", "* another item", "1. a numbered item",
        "| a | b | |---|---| | c | d |",
        "--- ***",
        "{: onclick=\"alert('attr')\" }",
        '!!! warning "Admonition title" Indented admonition body.',
        '??? note "Collapsible"',
        "Footnote reference[^1]. [^1]: The footnote text.",
        "{{ config.site_name }} and {% if true %}jinja{% endif %} and {# a jinja comment #} stay.",
        "*emphasis* _under_ **strong** __strong__ `code` ~~strike~~ ==mark== ^^ins^^ stay literal.",
        "Backslashes \\\\ \\* \\_ \\< \\& \\` and a trailing backslash \\",
        "&amp; &lt;b&gt; &#60;script&#62; &copy; are entities as typed.",
        '<div markdown="1">**inside a div**</div>',
        '<a href="javascript:alert(3)">an html link</a>',
        'onclick="alert(4)"',
        "[ref]: javascript:alert('ref')",
        "<style>body { display: none }</style>",
        "<svg onload=alert(5)>",
        "&#x3C;script&#x3E;alert(6)&#x3C;/script&#x3E;",
        "\"><script>alert(7)</script> breaks out of an attribute.",
        "' onmouseover='alert(8) breaks out of single quotes.",
        # front matter: a javascript: source and hostile tags are shown as text
        "Source: javascript:alert('source')",
        "<img src=x onerror=alert('tag')>", "{: onclick=alert(1) }", "{{ tag }}",
    ],
    "links": [
        "<script>alert(2)</script>",
        "mailto:someone@example.com and javascript:alert(3) and data:text/html;base64,PHNjcmlwdD4= "
        "and vbscript:msgbox(1) are written out.",
        "JAVASCRIPT:alert(4)",
        '"onmouseover="alert(1)',
    ],
    "page": [
        "<script>alert('html title')</script> Harbour & <b>news",
        "<script>alert('escaped text')</script> was printed on a sign.",
        "[link](javascript:alert('md')) and {{ jinja }} and **stars**",
    ],
    "front-matter": [
        "A multi-line title # with a heading <script>alert('multi')</script>",
        "<b>tag</b>",
        "Source: https://example.com/\" onmouseover=\"alert('source')",
    ],
}


# Hand-written pages from docs/ carry our own prose markup (tables, code); article
# text never reaches them, so the markup check covers the generated pages only.
HAND_WRITTEN = {f"{page.stem}/index.html" for page in (ROOT / "docs").glob("*.md")}


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.relative_to(site).as_posix() not in HAND_WRITTEN)


def test_every_page_carries_only_our_markup(hostile_build):
    site, _, _ = hostile_build
    baseline = inspect((site / "articles/benign/index.html").read_text("utf-8")).tags
    generated = 0
    for page in _pages(site):
        html = page.read_text("utf-8")
        check_whole_page(html, baseline)
        if 'class="nt-' in html:
            check_content(html)
            generated += 1
    assert generated >= 33  # 31 articles, home, timeline, report


@pytest.mark.parametrize("article", sorted(LITERALS))
def test_hostile_text_is_shown_as_the_characters_typed(hostile_build, article):
    site, _, _ = hostile_build
    html = (site / f"articles/{article}/index.html").read_text("utf-8")
    text = check_content(html).text
    for literal in LITERALS[article]:
        assert fold(literal) in text, literal


def test_notes_on_hostile_input_are_shown_as_typed_on_the_report(hostile_build):
    site, _, _ = hostile_build
    text = check_content((site / "report/index.html").read_text("utf-8")).text
    assert fold("not a date: \"<img src=x onerror=alert('date')>\"") in text


def test_the_title_is_shown_exactly_and_the_nav_title_has_no_markup(hostile_build):
    site, _, _ = hostile_build
    html = (site / "articles/everything/index.html").read_text("utf-8")
    region = content_region(html)
    heading = region[region.index('<h1 id="title">'):region.index("</h1>") + 5]
    assert inspect(heading).text == fold(LITERALS["everything"][0])
    page = inspect(html)
    assert "alert" in page.title and "<" not in page.title


def test_only_http_https_and_mailto_become_links(hostile_build):
    site, _, _ = hostile_build
    for article in ("everything", "links", "page", "front-matter"):
        region = inspect(content_region((site / f"articles/{article}/index.html").read_text("utf-8")))
        hrefs = [value for _, name, value in region.attributes if name == "href"]
        external = [h for h in hrefs if ":" in h.split("/")[0]]
        for href in external:
            assert href.split(":")[0].lower() in ("http", "https", "mailto") and not unsafe_link(href)
    links = inspect(content_region((site / "articles/links/index.html").read_text("utf-8")))
    hrefs = {value for _, name, value in links.attributes if name == "href"}
    assert "https://example.com/a" in hrefs  # a URL in running text is a link
    assert not any("\\" in h for h in hrefs)  # a backslash in a URL: shown, not linked


def test_search_index_holds_no_markup_from_articles(hostile_build):
    site, _, _ = hostile_build
    index = json.loads((site / "search/search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        for field in ("title", "text"):
            parsed = inspect(doc[field])
            assert parsed.tags <= {"p", "ul", "ol", "li", "code", "strong", "pre"}, doc[field][:200]
            assert not any(name.startswith("on") for _, name, _ in parsed.attributes)


def test_page_paths_stay_inside_the_site_and_are_unique(hostile_build):
    site, seeds, _ = hostile_build
    articles = sorted(p.name for p in (site / "articles").iterdir())
    data = sorted(p.name for p in (site / "data").iterdir())
    # Every article folder name is a safe id; none is a Windows device name or empty.
    reserved = {"con", "prn", "aux", "nul", "index"} | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}
    for name in articles:
        assert name and len(name) <= 70 and name.lower() == name, name
        assert all(c.isascii() and (c.isalnum() or c in "-_") for c in name), name
        assert name not in reserved, name
    assert len({n.lower() for n in articles}) == len(articles)
    # Nothing was written outside the site folder.
    outside = [p.name for p in site.parent.iterdir()]
    assert sorted(outside) == ["seeds", "site"], outside
    assert not (site.parent / "evil.txt").exists()
    # Files with names differing only in case, or only in extension, get a page each.
    found = {a for a in articles if a.startswith("same") and not a.startswith("same-title")}
    assert len(found) == 4, found
    # One analysis file per article, its exports (and its drawn timeline's data when it
    # has dated events), and the corpus-wide files.
    analyses = [n for n in data if n.count(".") == 1 and n.endswith(".json")]
    assert sorted(analyses) == sorted([f"{a}.json" for a in articles]
                                      + ["timeline.json", "timelinejs.json", "key-dates.json"])
    for article in articles:
        exports = {f"{article}.timelinejs.json", f"{article}.csv", f"{article}.ics"}
        if json.loads((site / "data" / f"{article}.json").read_text("utf-8"))["events"]:
            assert exports <= set(data)
        else:  # an article without a dated event has no export files
            assert not exports & set(data)


def test_empty_blank_and_very_long_titles(hostile_build):
    site, _, _ = hostile_build
    long_page = inspect((site / "articles/long-title/index.html").read_text("utf-8"))
    assert len(long_page.title) < 260  # the nav/<title> form is cut; the heading is whole
    assert "A very long title about the harbour " * 299 in long_page.text
    for name, title in (("empty-title", "An article whose front matter title is empty, written in 2016."),
                        ("blank-title", "<script>alert('first words')</script> are all this article has for a title.")):
        region = content_region((site / f"articles/{name}/index.html").read_text("utf-8"))
        heading = region[region.index('<h1 id="title">'):region.index("</h1>") + 5]
        assert inspect(heading).text == title, inspect(heading).text


def test_two_articles_with_the_same_title_get_two_pages(hostile_build):
    site, _, _ = hostile_build
    for name, month in (("same-title-a", "March 2018"), ("same-title-b", "April 2018")):
        html = (site / f"articles/{name}/index.html").read_text("utf-8")
        assert '<h1 id="title">Same Title</h1>' in html and month in html


def test_every_hostile_file_name_is_an_article_or_a_report_line(hostile_build):
    site, seeds, stderr = hostile_build
    report = inspect(content_region((site / "report/index.html").read_text("utf-8"))).text
    pages = " ".join(
        inspect(content_region(p.read_text("utf-8"))).text for p in (site / "articles").glob("*/index.html")
    )
    fixtures = {p.name for p in FIXTURES.iterdir()}
    hidden = 0
    for entry in os.scandir(os.fsencode(seeds)):
        name = os.fsdecode(entry.name)
        if name.startswith("."):  # hidden: listed on the report as skipped on purpose
            hidden += 1
            assert fold(name) in report, name
        elif name in fixtures:
            assert (site / f"articles/{Path(name).stem}/index.html").is_file(), name
        else:  # a hostile name: its article quotes its name (see make_hostile_seeds)
            shown = os.fsencode(name).decode("latin-1") if b"\xe9" in os.fsencode(name) else name
            assert fold(json.dumps(shown)) in pages, name
    total = len(os.listdir(seeds))
    assert len(list((site / "articles").iterdir())) + hidden == total
    assert f"{total - hidden} articles built; 0 files could not be turned into an article; {hidden} skipped" in report
    # The build log names the hostile front matter and what happened to it.
    # The build log warns about the hostile front matter, by file and line.
    assert "laughs.md, line 2: front matter title is not a single value; it was ignored" in stderr
    assert re.search(r"yaml-tags\.md, line \d+: front matter is not valid YAML", stderr)
