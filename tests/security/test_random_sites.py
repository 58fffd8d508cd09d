"""Property tests: folders of random articles (random file names, titles and text mixed
with hostile snippets) give pages with no markup from the articles, lose no sentence,
and account for every file. Pages are built with `build_site` (what the plugin hands
MkDocs); one random folder also goes through a real MkDocs build."""

from __future__ import annotations

import json
import os
import random
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.site import build_site

from ..sentences import page_sentences
from ..test_mkdocs_build import mkdocs_build
from .hostile import OUR_ATTRIBUTES, OUR_TAGS, check_content, check_whole_page, inspect, unsafe_link

SNIPPETS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//x>", "<!-- c -->",
    "[a](javascript:alert(1))", "![i](data:image/png;base64,AA)", "# H", "- item", "1. item",
    "| a | b |", "---", "***", "{: onclick=alert(1) }", "!!! note", "[^1]", "[^1]: note", "{{ x }}",
    "{% raw %}", "{# c #}", "*em*", "**strong**", "_u_", "`code`", "\\", "\\*", "&amp;", "&lt;b&gt;",
    "&#60;", "\"'", "javascript:alert(1)", "data:text/html,x", "https://example.com/a?b=<c>",
    "www.example.com/\"x", "mailto:a@b.c", "\n\n", "\n", "\r\n", "\r", " ", "\t", ".", "!", "?",
    "in May 2015", "2015", "last week", "May", "(", ")", "[", "]", "\u2028", "\x1b", "\ufeff",
]
TEXT = st.lists(
    st.one_of(st.sampled_from(SNIPPETS), st.text(st.characters(blacklist_categories=("Cs",)), max_size=15)),
    min_size=0, max_size=14,
).map("".join)
NAME = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=24
).filter(lambda n: n not in (".", ".."))
ARTICLE = st.tuples(NAME, st.sampled_from([".txt", ".md", ".TXT", ".markdown"]), TEXT, TEXT)
FOLDER = st.lists(ARTICLE, min_size=1, max_size=5, unique_by=lambda a: a[0] + a[1])


def write_folder(seeds: Path, articles) -> int:
    seeds.mkdir(parents=True, exist_ok=True)
    for name, suffix, title, body in articles:
        front = f"---\ntitle: {json.dumps(title)}\n---\n" if suffix != ".txt" else ""
        (seeds / (name + suffix)).write_bytes((front + body + "\nClosing sentence.").encode("utf-8", "surrogatepass"))
    return len(os.listdir(seeds))


def check_generated_page(source: str) -> None:
    """A generated Markdown page: front matter with a plain title, then only raw HTML
    lines carrying our own tags and attributes."""
    assert source.startswith("---\n")
    front, _, content = source[4:].partition("\n---\n")
    meta = yaml.safe_load(front)
    assert isinstance(meta["title"], str) and not set(meta["title"]) & set("<>{}\\\n")
    for line in content.splitlines():
        assert line == "" or line.startswith("<"), line  # Markdown sees only HTML blocks
    parsed = inspect(content)
    assert parsed.tags <= OUR_TAGS, parsed.tags - OUR_TAGS
    assert {name for _, name, _ in parsed.attributes} <= OUR_ATTRIBUTES
    assert not parsed.comments
    for _, name, value in parsed.attributes:
        if name == "href":
            assert not unsafe_link(value), value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles=FOLDER)
def test_random_folders_give_safe_pages_and_lose_nothing(articles):
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        files = write_folder(seeds, articles)
        site = build_site(seeds)
        # Every file is an article or a line of the report.
        assert len(site.corpus.analyses) + len(site.problems) == files
        for source in site.pages.values():
            check_generated_page(source)
        for analysis in site.corpus.analyses:
            page = site.pages[f"articles/{analysis.article.id}.md"]
            # Nothing lost: every sentence of the cleaned article, in order, and the
            # sentences cover the whole cleaned text.
            assert page_sentences(page) == [" ".join(s.text.split()) for s in analysis.sentences]
            assert "".join("".join(s.text.split()) for s in analysis.sentences) == "".join(
                analysis.article.text.split()
            )


def test_one_random_folder_through_a_real_mkdocs_build(tmp_path):
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(32, 0x2FF)] + ["\n", "\n\n", " ", "日", "本"]
    articles = []
    for i in range(6):
        pieces = [rng.choice(SNIPPETS) if rng.random() < 0.5 else "".join(rng.choices(alphabet, k=rng.randint(1, 12)))
                  for _ in range(rng.randint(20, 60))]
        title = "".join(rng.choice(SNIPPETS) for _ in range(4))
        articles.append((f"random-{i}", ".md" if i % 2 else ".txt", title, "".join(pieces)))
    seeds = tmp_path / "seeds"
    write_folder(seeds, articles)
    result = mkdocs_build(tmp_path / "site", env={**os.environ, "NEWS_TIMELINES_SEEDS": str(seeds)})
    assert result.returncode == 0, result.stderr
    site = build_site(seeds)
    pages = sorted((tmp_path / "site/articles").glob("*/index.html"))
    assert len(pages) == len(site.corpus.analyses) == len(articles)
    baseline = inspect(pages[0].read_text("utf-8")).tags
    for analysis in site.corpus.analyses:
        html = (tmp_path / f"site/articles/{analysis.article.id}/index.html").read_text("utf-8")
        check_whole_page(html, baseline)
        check_content(html)
        assert page_sentences(html) == [" ".join(s.text.split()) for s in analysis.sentences]
