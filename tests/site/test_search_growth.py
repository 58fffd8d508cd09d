"""Cutting a page into search sections costs time linear in the page: a long article
is one section of many paragraphs, and each closing tag must not rescan the section."""

from __future__ import annotations

from generator.site.search import search_sections

from ..growth import assert_linear


def _page(paragraphs: int) -> str:
    body = "".join(f"<p>Paragraph {i} said <span>2015</span> and more words.</p>\n" for i in range(paragraphs))
    return f'<h2 id="text">Text</h2>\n{body}'


def test_search_sections_grow_linearly_with_the_paragraphs_of_a_section():
    assert_linear(search_sections, _page, 5000, "search sections of one long section")
    sections = search_sections(_page(3))
    assert [s.anchor for s in sections] == [None, "text"]  # the page, then its heading
    assert sections[1].text.count("<p>") == 3 == sections[1].text.count("</p>")
