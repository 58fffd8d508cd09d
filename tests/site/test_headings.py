"""What the fast path tells MkDocs about a page, read from our templates' HTML."""

from __future__ import annotations

from generator.site.headings import anchor_ids, toc_tokens

PAGE = """<div class="nt-article">
<h1 id="title">Harbour &amp; port</h1>
<h2 id="summary">Summary</h2>
<h2 id="timeline">Timeline</h2>
<h3 id="undated">Undated <em>references</em></h3>
<span class="nt-sentence" id="s0">Text.</span>
<h2 id="text">Full text</h2>
</div>"""


def test_headings_nest_as_markdowns_toc_nests_them():
    tokens = toc_tokens(PAGE)
    assert [(t["level"], t["id"], t["name"]) for t in tokens] == [(1, "title", "Harbour &amp; port")]
    children = tokens[0]["children"]
    assert [c["id"] for c in children] == ["summary", "timeline", "text"]
    assert [(c["id"], c["name"]) for c in children[1]["children"]] == [("undated", "Undated references")]


def test_every_id_is_an_anchor():
    assert anchor_ids(PAGE) == {"title", "summary", "timeline", "undated", "s0", "text"}


def test_compacting_drops_indentation_only():
    from generator.site.compact import compact

    page = '<div>\n    <span class="a">\n      Summary\n    </span>\n\n  <p>Text  kept</p>\n</div>'
    assert compact(page) == '<div>\n<span class="a">\nSummary\n</span>\n<p>Text  kept</p>\n</div>'
    preformatted = "<pre>\n    code\n</pre>"
    assert compact(preformatted) == preformatted


def test_search_sections_keep_what_materials_search_keeps():
    from generator.site.search import search_sections

    page = ('<div class="nt-article">\n<h1 id="title">Harbour &amp; port</h1>\n'
            '<p class="nt-meta">Published <strong>3 May</strong></p>\n<h2 id="summary">Summary</h2>\n'
            '<ol class="nt-summary"><li>It&#39;s <span class="nt-timex" title="x">May</span> '
            '<a href="#s1">¶</a></li></ol>\n<p> </p></div>')
    sections = search_sections(page, "Harbour & port")
    assert [(s.anchor, s.title) for s in sections] == [
        (None, "Harbour &amp; port"), ("title", "Harbour &amp; port"), ("summary", "Summary")]
    assert sections[1].text == "<p>Published 3 May</p>"
    assert sections[2].text == "<ol><li>It's May ¶</li></ol>"
