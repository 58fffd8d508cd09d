"""Pages speak to readers (issue 15, point 9): hover text in words, not TIMEX3; build
notes on the Build report, not atop an article; counts in good English; tags that lead
to their tag pages; an undated article that says why its relative dates are unresolved."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from generator import temporal
from generator.site import SiteConfig, build_site, urls
from generator.site.hover import duration_words, hover_label
from generator.wording import all_of, plural

from ..conftest import SEEDS

REFERENCE = date(2017, 10, 22)


@pytest.mark.parametrize("text, expression, expected", [
    ("It happened recently.", "recently", "some time before 22 October 2017"),
    ("Now the tide turns.", "Now", "now, at the time of writing (22 October 2017)"),
    ("Over the past four years, the group lost ground.", "the past four years",
     "four years, 2013 – 2017"),
    ("The talks lasted three hours.", "three hours", "three hours"),
    ("He was here in May.", "May", "May 2017"),
    ("It was built in the 1990s.", "the 1990s", "the 1990s"),
    ("They meet every week.", "every week", "a repeated time: every week"),
])
def test_hover_labels_are_words(text, expression, expected):
    timex = next(t for t in temporal.extract(text, REFERENCE) if t.text == expression)
    assert hover_label(timex, REFERENCE) == expected


def test_without_a_publication_date_the_hover_says_unresolved_and_the_page_says_why_once():
    timex = next(t for t in temporal.extract("It happened last week.", None) if t.text == "last week")
    assert hover_label(timex, None) == "last week: unresolved"


@pytest.mark.parametrize("value, words", [
    ("P4Y", "four years"), ("P1M", "one month"), ("PT90M", "90 minutes"), ("PXY", "years"),
    ("P1DT2H", "one day and two hours"), ("P2DE", "two decades"), ("P1.5Y", "1.5 years"),
    ("2017-05", None),
])
def test_duration_words(value, words):
    assert duration_words(value) == words


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    (seeds / "seed.txt").write_bytes((SEEDS / "000_19d9d8487fa4a31a.txt").read_bytes())
    (seeds / "undated.md").write_text(
        "---\ntitle: Undated\ntags: [city hall]\n---\nThe council met last week. It met again in May.\n",
        "utf-8")
    return build_site(seeds, SiteConfig())


_JARGON = re.compile(r"\b(?:DATE|DURATION|TIME|SET) |_REF\b|\bP\d+[YMWD]\b|\bmod [A-Z]")


def test_no_timex3_jargon_in_what_readers_see(site):
    for path, page in site.pages.items():
        titles = re.findall(r'title="([^"]*)"', page)
        assert not [t for t in titles if _JARGON.search(t)], path
    seed = site.pages[urls.article_page("seed")]
    assert 'title="some time before 22 October 2017"' in seed


def test_build_notes_go_to_the_report_not_the_article(site):
    seed = site.pages[urls.article_page("seed")]
    assert "Notes from the build" not in seed and "repeated sentence" not in seed
    assert "dropped 17 repeated sentences" in site.pages[urls.REPORT]


def test_an_undated_article_says_why_its_dates_are_unresolved(site):
    page = site.pages[urls.article_page("undated")]
    assert "This article gives no publication date" in page
    assert "no publication date" not in site.pages[urls.article_page("seed")]


def test_tags_link_to_their_tag_pages(site):
    page = site.pages[urls.article_page("undated")]
    target = urls.group_listing("tag", "city hall")
    assert target in site.pages
    assert f'href="{urls.relative(urls.article_page("undated"), target)}"' in page


def test_counts_read_as_english(site):
    assert (plural(1, "article"), plural(2, "article"), plural(2, "century", "centuries")) == (
        "1 article", "2 articles", "2 centuries")
    assert (all_of(1, "article"), all_of(3, "article")) == ("The one article", "All 3 articles")
    assert "All 2 articles" in site.pages[urls.BROWSE]
    for page in site.pages.values():
        assert not re.search(r"\b1 (article|event|file|sentence)s\b|\(s\)|All 1 ", page)
