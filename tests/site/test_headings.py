"""What the fast path tells MkDocs about a page, read from our templates' HTML."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from generator.analysing.analysis import analyse
from generator.reading.ingest import RawArticle, clean_article
from generator.site.headings import anchor_ids, toc_tokens

from .test_rendering_properties import TEXTS

PAGE = """<div class="nt-article">
<h1 id="title">Harbour &amp; port</h1>
<h2 id="summary">Summary</h2>
<h2 id="timeline">Timeline</h2>
<h3 id="undated">Undated <em>references</em></h3>
<ol><li><h3 class="nt-date" id="e-t1">May 2005</h3> An entry</li></ol>
<span id="s0">Text.</span>
<h2 id="text">Full text</h2>
</div>"""


def test_headings_nest_as_markdowns_toc_nests_them():
    tokens = toc_tokens(PAGE)
    assert [(t["level"], t["id"], t["name"]) for t in tokens] == [(1, "title", "Harbour &amp; port")]
    children = tokens[0]["children"]
    assert [c["id"] for c in children] == ["summary", "timeline", "text"]
    assert [(c["id"], c["name"]) for c in children[1]["children"]] == [("undated", "Undated references")]


def test_every_id_is_an_anchor():
    assert anchor_ids(PAGE) == {"title", "summary", "timeline", "undated", "e-t1", "s0", "text"}


def test_compacting_drops_indentation_only():
    from generator.site.compact import compact

    page = '<div>\n    <span class="a">\n      Summary\n    </span>\n\n  <p>Text  kept</p>\n</div>'
    assert compact(page) == '<div>\n<span class="a">\nSummary\n</span>\n<p>Text  kept</p>\n</div>'
    preformatted = "<pre>\n    code\n</pre>"
    assert compact(preformatted) == preformatted


def _materials(page: str) -> list[tuple]:
    """The sections Material's own search parser makes of `page`."""
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(page)
    parser.close()
    return [(s.id, "".join(s.title).strip(), "".join(s.text).strip())
            for s in parser.data if not s.is_excluded()]


TIMELINE_PAGE = (
    '<div class="nt-article">\n<h1 id="title">Harbour &amp; port</h1>\n'
    '<p class="nt-meta">Published <strong>3 May</strong></p>\n<h2 id="timeline">Timeline</h2>\n'
    '<ol class="nt-timeline"><li><h3 class="nt-date" id="e-t1">May 2005</h3> '
    '<span>It&#39;s <mark>May</mark> <a href="#s1">¶</a></span></li>\n'
    '<li><h3 class="nt-date" id="e-t2">June</h3> <span>Later</span></li></ol>\n'
    '<p> </p><br><script>var x = "<b>";</script><p>After &lt;b&gt;</p></div>')


def test_search_sections_are_the_sections_materials_search_makes():
    from generator.site.search import search_sections

    ours = [(s.anchor, s.title, s.text) for s in search_sections(TIMELINE_PAGE)]
    assert ours == _materials(TIMELINE_PAGE)
    assert ("e-t1", "May 2005", "It's May ¶") in ours  # an entry is a section of its own


def test_search_sections_of_real_pages_match_materials(seed_analysis):
    from generator.site.pages import article_page
    from generator.site.search import search_sections

    body = article_page(seed_analysis, directory_urls=True).split("\n---\n", 1)[1]
    ours = [(s.anchor, s.title, s.text) for s in search_sections(body)]
    assert ours == _materials(body) and len(ours) > 5


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=TEXTS, title=TEXTS)
def test_search_sections_of_any_article_page_match_materials(body, title):
    from generator.site.pages import article_page
    from generator.site.search import search_sections

    raw = RawArticle(body=body + "\nIt reopened on 3 May 2005.", title=title.strip() or None)
    page = article_page(analyse(clean_article(raw, "a", "a.txt", [])), directory_urls=True)
    html = page.split("\n---\n", 1)[1]
    assert [(s.anchor, s.title, s.text) for s in search_sections(html)] == _materials(html)


@pytest.mark.parametrize("html, in_contents", [
    ('<li><h3 id="a">An entry</h3> text</li>', []),
    ('<li class="x">\n  <h4 id="a">An entry</h4></li>', []),
    ('<li><p>Text</p><h2 id="a">A section</h2>', ["a"]),  # not the item's label
    ('<link rel="x"><h2 id="a">A section</h2>', ["a"]),  # <link> is no list item
    ('<li><h2 id="a">Label</h2><h2 id="b">A section</h2>', ["b"]),
])
def test_a_heading_that_opens_a_list_item_labels_it_and_stays_out_of_the_contents(html, in_contents):
    from generator.site.headings import headings

    assert [h.id for h in headings(html)] == in_contents
