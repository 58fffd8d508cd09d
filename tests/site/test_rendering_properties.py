"""Whatever an article says, its page carries no markup from it (property tests)."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analysing.analysis import analyse
from generator.reading.ingest import RawArticle, clean_article
from generator.site.pages import article_page

# Our own templates produce only these tags and attributes; anything else in a page
# would have come from article text.
OUR_TAGS = {"div", "h1", "h2", "h3", "p", "strong", "a", "span", "ol", "ul", "li", "code", "mark", "br"}
# data-search-exclude: the summary and undated references stay out of search (they repeat the text)
OUR_ATTRIBUTES = {"class", "id", "href", "rel", "title", "data-search-exclude"}

HOSTILE = st.sampled_from([
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//x>",
    "<!-- c -->", "[a](javascript:alert(1))", "![i](x.png)", "# H", "- item", "| a | b |",
    "---", "{: onclick=alert(1) }", "!!! note", "[^1]", "{{ x }}", "{% raw %}", "*em*", "\\",
    "&amp;", "&lt;b&gt;", "\"'", "javascript:alert(1)", "\n\n", "\n", " ", "in May 2015", "2015",
])
TEXTS = st.lists(st.one_of(HOSTILE, st.text(max_size=20)), min_size=1, max_size=12).map("".join)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.hrefs: list[str] = []
        self.comments = 0

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.add(name)
            if name == "href":
                self.hrefs.append(value or "")

    def handle_comment(self, data):
        self.comments += 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=TEXTS, title=TEXTS)
def test_article_page_has_no_markup_from_the_article(body, title):
    raw = RawArticle(body=body + "\nClosing sentence.", title=title.strip() or None)
    page = article_page(analyse(clean_article(raw, "a", "a.txt", [])), directory_urls=True)
    front, _, content = page.partition("\n---\n")
    collector = _Collector()
    collector.feed(content)
    assert collector.tags <= OUR_TAGS
    assert collector.attributes <= OUR_ATTRIBUTES
    assert collector.comments == 0
    for href in collector.hrefs:
        assert href.startswith(("#", "../", "https://", "http://", "mailto:")), href
    # Markdown only sees raw HTML blocks: no line of content may start Markdown structure.
    for line in content.splitlines():
        assert line == "" or line.startswith("<"), line
