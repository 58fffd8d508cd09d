"""Nothing is lost: every sentence of a cleaned article appears on its page, in order,
and the sentences cover the whole cleaned text (checked on the seed, on the built
site and on random articles)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analysing.analysis import analyse
from generator.reading.ingest import RawArticle, clean_article, load_article
from generator.site.pages import article_page

from ..conftest import SEED
from ..sentences import page_sentences
from ..test_mkdocs_build import ARTICLE_ID, built_site  # noqa: F401 - the built seed site


def _folded(analysis) -> list[str]:
    return [" ".join(s.text.split()) for s in analysis.sentences]


def _covers_the_text(analysis) -> bool:
    return "".join("".join(s.text.split()) for s in analysis.sentences) == "".join(
        analysis.article.text.split()
    )


def test_every_sentence_of_the_seed_is_on_its_page_in_order(seed_analysis):
    assert len(seed_analysis.sentences) > 10
    assert page_sentences(article_page(seed_analysis, directory_urls=True)) == _folded(seed_analysis)
    assert _covers_the_text(seed_analysis)


def test_every_sentence_of_the_seed_is_on_the_built_page(built_site):  # noqa: F811
    html = (built_site / f"articles/{ARTICLE_ID}/index.html").read_text("utf-8")
    assert page_sentences(html) == _folded(analyse(load_article(SEED)))


WORDS = st.sampled_from(
    "the harbour council met on Monday in May 2015 said Mr. Smith U.S. officials "
    "would review plans last week before a vote next year Dr. No. 10 3.5 percent "
    "“quoted” (aside) e.g. https://example.com/a www.example.org".split()
)
SENTENCE = st.tuples(st.lists(WORDS, min_size=1, max_size=15), st.sampled_from([".", "!", "?", "…", "", ".”", ":"]))
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=6).map(
    lambda sentences: " ".join(" ".join(words).capitalize() + end for words, end in sentences)
)
ARTICLE = st.lists(PARAGRAPH, min_size=1, max_size=8).map("\n\n".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=ARTICLE, wrap=st.booleans())
def test_every_sentence_of_a_random_article_is_on_its_page_in_order(body, wrap):
    if wrap:  # hard-wrapped at 60 columns, as pasted articles arrive
        import textwrap

        body = "\n\n".join(textwrap.fill(p, 60) for p in body.split("\n\n"))
    try:
        article = clean_article(RawArticle(body=body), "a", "a.txt", [])
    except Exception as error:  # only "no text" (a body of URLs) may refuse
        assert "no text" in str(error)
        return
    analysis = analyse(article)
    assert page_sentences(article_page(analysis, directory_urls=True)) == _folded(analysis)
    assert _covers_the_text(analysis)
