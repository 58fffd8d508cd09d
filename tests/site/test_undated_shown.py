"""Undated references shown to readers are the ones that speak of time (issue 15,
point 11): "current" in "current and retired officials" and "recently" in "as recently
as a year ago" are neither marked nor listed; the analysis keeps them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from generator.analysing.analysis import analyse
from generator.analysing.timeline import timex_ids
from generator.model import Article, Timex
from generator.site.pages import article_page
from generator.site.undated import shown_to_readers


def _page(text: str) -> tuple[str, list[str]]:
    article = Article(id="a", title="A", source_url=None, published=date(2017, 10, 22),
                      paragraphs=(text,))
    analysis = analyse(article)
    page = article_page(analysis, True)
    listed = re.findall(r'<ul class="nt-undated-list">(.*?)</ul>', page, re.DOTALL)
    marked = re.findall(r'class="nt-timex[^"]*"[^>]*>([^<]*)<', page)
    return (listed[0] if listed else ""), marked, analysis


@pytest.mark.parametrize("text, hidden, kept", [
    ("The plan was confirmed by current and retired intelligence officials.", "current", None),
    ("As recently as a year ago, fighters crossed freely.", "recently", "a year ago"),
    ("The group was active until recently.", None, "recently"),
    ("The recent attacks in Britain were planned abroad.", None, "recent"),
    ("Now, those cities have fallen.", None, "Now"),
])
def test_only_references_that_speak_of_time_are_shown(text, hidden, kept):
    listed, marked, analysis = _page(text)
    tagged = [t.text for t in analysis.timexes]
    if hidden is not None:
        assert hidden in tagged  # the tagger keeps it (TimeML); the page does not show it
        assert hidden not in marked
        assert f">{hidden}<" not in listed
    if kept is not None:
        assert kept in tagged and kept in marked


def test_the_seed_page_shows_no_noise(seed_analysis):
    page = article_page(seed_analysis, True)
    listed = re.findall(r'<ul class="nt-undated-list">(.*?)</ul>', page, re.DOTALL)[0]
    text = seed_analysis.article.text
    listed_words = {text[t.start - 20:t.end + 10] for t, i in zip(seed_analysis.timexes, timex_ids(
        seed_analysis.timexes)) if f'href="#{i}"' in listed}
    assert not any("current and retired" in words for words in listed_words)
    assert not any("As recently as" in words for words in listed_words)
    assert any("until recently" in words for words in listed_words)
    assert any("recent attacks" in words for words in listed_words)
    # The data file still has every expression the tagger found.
    assert {"current", "recently"} <= {t.text for t in seed_analysis.timexes}


@pytest.mark.parametrize("text, word, shown", [
    ("the then president resigned", "then", False),
    ("the former minister", "former", False),
    ("and then it rained", "then", False),  # an adjective list, whatever the tagger finds
    ("It rained until recently.", "recently", True),
    ("as recently as that day", "recently", True),  # "that day" is not a dated expression here
])
def test_the_quiet_words_come_from_the_data_file(text, word, shown):
    start = text.index(word)
    timex = Timex(start, start + len(word), word, "DATE", "PRESENT_REF")
    assert shown_to_readers(timex, text, dated_starts=set()) is shown


def test_an_undated_reference_is_listed_once_in_words_and_links_to_its_sentence():
    article = Article(id="a", title="A", source_url=None, published=None,
                      paragraphs=("Time Warner said on Friday that it now owns 8% of Google.",))
    page = article_page(analyse(article), True)
    listed = re.findall(r'<ul class="nt-undated-list">(.*?)</ul>', page, re.DOTALL)[0]
    friday = re.search(r'<span class="nt-timex[^"]*" id="(t\d+)"[^>]*>Friday</span>', page)
    assert friday, page
    assert f'<li><a href="#{friday[1]}">Friday</a> <span class="nt-date">unresolved</span></li>' in listed
    # Why, once for the page: the article gives no publication date.
    assert page.count("publication date the article does not give") == 1
    assert page.count("This article gives no publication date") == 1
    durations_only = Article(id="b", title="B", source_url=None, published=None,
                             paragraphs=("The talks lasted three hours.",))
    durations_page = article_page(analyse(durations_only), True)
    assert "nt-undated-list" in durations_page and "marked “unresolved”" not in durations_page
    assert "owns 8% of Google" not in listed  # the sentence is in the text, once
