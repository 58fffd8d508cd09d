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
