"""The hostile seeds folder and the HTML inspection shared by the security tests.

The fixture files live in hostile_seeds/; files whose *names* are hostile are made at
test time (a repository holding `CON.txt` or `a\\b.txt` cannot be checked out on
Windows).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

FIXTURES = Path(__file__).parent / "hostile_seeds"

# File names that try to escape the output folder, collide, or carry markup. The
# content says which name it is, so each page can be found again.
HOSTILE_NAMES: list[str | bytes] = [
    "<script>alert('name')<\\script>.txt",
    "[x](javascript:alert(1)) {{ 7*7 }} {% raw %}.md",
    "..\\..\\evil.txt",
    "sub\\..\\..\\evil.txt",
    "..txt",
    "...txt",
    "CON.txt",
    "con.txt",
    "nul.md",
    "com1.txt",
    "index.txt",
    "Same.txt",
    "same.txt",
    "same.md",
    "same-2.txt",
    "a" * 240 + ".txt",
    "-.txt",
    "日本語の記事.txt",
    '" onerror="alert(1).txt',
    "# heading.txt",
    "line\nbreak.txt",
    b"caf\xe9-latin1-name.txt",
]

# section, dl, dt, dd: the corpus timeline's Key dates
OUR_TAGS = {"div", "h1", "h2", "h3", "h4", "p", "strong", "a", "span", "ol", "ul", "li", "code", "mark", "br",
            "section", "dl", "dt", "dd"}
# data-src/-root/-lib: where the drawn timeline loads its data and library (our URLs);
# data-search-exclude: sections that repeat the text stay out of search.
OUR_ATTRIBUTES = {"class", "id", "href", "rel", "title", "data-src", "data-root", "data-lib", "hidden",
                  "aria-labelledby", "data-search-exclude"}
SAFE_SCHEMES = {"", "http", "https", "mailto"}


def make_hostile_seeds(dest: Path) -> Path:
    """Copy the fixture articles to `dest` and add the files with hostile names."""
    shutil.copytree(FIXTURES, dest)
    for i, name in enumerate(HOSTILE_NAMES):
        shown = name.decode("latin-1") if isinstance(name, bytes) else name
        body = (f"This article number {i} has a hostile file name, {json.dumps(shown)}. "
                f"It was written on {i + 1} May 2019.\n")
        path = os.path.join(os.fsencode(dest), name if isinstance(name, bytes) else os.fsencode(name))
        with open(path, "wb") as handle:
            handle.write(body.encode("utf-8"))
    return dest


def fold(text: str) -> str:
    return " ".join(text.split())


class Inspector(HTMLParser):
    """Everything an HTML page contains, as a parser sees it: tags, attributes, links,
    comments, script bodies and the text of the generated content region."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str, str]] = []  # (tag, name, value)
        self.comments: list[str] = []
        self.scripts: list[str] = []
        self.title = ""
        self._in: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.append((tag, name, value or ""))
        if tag in ("script", "title"):
            self._in = tag

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "title":
            self.title += data
        self._text.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    @property
    def text(self) -> str:
        return fold("".join(self._text))


def inspect(html: str) -> Inspector:
    inspector = Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector


def content_region(html: str) -> str:
    """The generated part of a built page: the `<div class="nt-…">` block MkDocs and
    Material place inside `<article class="md-content__inner md-typeset">`."""
    match = re.search(r'<div class="nt-(?:article|report|home|corpus-timeline|browse|listing)">', html)
    assert match, "no generated content block in the page"
    end = html.rindex("</article>")
    return html[match.start():end]


def unsafe_link(value: str) -> bool:
    candidate = value.strip()
    try:
        scheme = urlsplit(candidate).scheme.lower()
    except ValueError:
        return True
    return scheme not in SAFE_SCHEMES or any(c in candidate for c in "<>\"'` \n")


def check_content(html: str) -> Inspector:
    """The generated region carries only our own markup; return what it holds."""
    region = inspect(content_region(html))
    assert region.tags <= OUR_TAGS, region.tags - OUR_TAGS
    assert {name for _, name, _ in region.attributes} <= OUR_ATTRIBUTES
    assert not region.comments, region.comments
    for _, name, value in region.attributes:
        if name in ("href", "data-src", "data-root", "data-lib"):
            assert not unsafe_link(value), value
    return region


def check_whole_page(html: str, baseline_tags: set[str]) -> Inspector:
    """The whole page (Material's frame around the content): no tag the theme does not
    use itself, no event handler, no script or link from an article."""
    page = inspect(html)
    assert page.tags <= baseline_tags | OUR_TAGS, page.tags - baseline_tags - OUR_TAGS
    for tag, name, value in page.attributes:
        assert not name.startswith("on"), (tag, name, value)
        if name in ("href", "src", "action", "formaction", "xlink:href", "poster", "srcset"):
            assert urlsplit(value.strip()).scheme.lower() in SAFE_SCHEMES, (tag, name, value)
    for script in page.scripts:
        assert "alert" not in script, script[:200]
    assert "<" not in page.title and ">" not in page.title, page.title
    return page
