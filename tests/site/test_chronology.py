"""Events sit where their true span puts them: "the end of the year" and "late 2022"
at the end of their year, seasons among the months, and decades, centuries and longer
stretches under headings of their own (issue 15, points 4 and 5)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.analysing.analysis import analyse
from generator.reading.ingest import load_article
from generator.model import Interval, Timex
from generator.site import navigation
from generator.site.navigation import NavSettings
from generator.site.periods import period_of
from generator.analysing.timeline import merge, true_span

FIXTURE = Path(__file__).parent / "fixtures" / "chronology.md"


@pytest.fixture(scope="module")
def analysis():
    return analyse(load_article(FIXTURE))


def test_article_events_follow_their_true_span(analysis):
    labels = [e.when.text for e in analysis.events]
    assert labels == [
        "the 1990s",
        "the last four years",
        "late 2022",
        "March",
        "spring",
        "Early this month",
        "the end of the year",
    ]


def _headings(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h[23] id=\"[^\"]+\">(.*?)</h[23]>", page)]


def test_corpus_timeline_headings_give_decades_and_seasons_their_own_place(analysis):
    titles = {analysis.article.id: analysis.article.title}
    pages = navigation.timeline_pages(merge([analysis.events]), titles, NavSettings(), True)
    assert _headings(pages["timeline.md"]) == [
        "The 1990s",  # not under "1990"
        "2020 – 2024",  # the last four years: a stretch, not "2020 as a whole"
        "2022", "Late 2022",
        "2024", "March 2024", "Spring 2024", "June 2024", "Late 2024",
    ]
    assert "as a whole" not in pages["timeline.md"]  # no event spans exactly a year here


def test_a_large_corpus_timeline_pages_periods_and_parts(analysis):
    titles = {analysis.article.id: analysis.article.title}
    pages = navigation.timeline_pages(merge([analysis.events]), titles, NavSettings(page_size=1), True)
    assert {"timeline/1990s.md", "timeline/2020-2024.md", "timeline/2022.md",
            "timeline/2024.md", "timeline/2024/0301-0531.md", "timeline/2024/03.md"} <= set(pages)
    assert "Spring 2024" in pages["timeline/2024/0301-0531.md"]


def _timex(start: date, end: date, mod: str | None) -> Timex:
    return Timex(0, 1, "x", "DATE", "x", mod=mod, granularity="year", interval=Interval(start, end))


days = st.dates(min_value=date(1, 1, 1), max_value=date(9998, 1, 1))


@given(days, st.integers(0, 4000), st.sampled_from([None, "START", "MID", "END", "APPROX"]))
def test_the_true_span_lies_inside_the_span(start, length, mod):
    end = date.fromordinal(min(start.toordinal() + length, date(9999, 12, 31).toordinal()))
    span = true_span(_timex(start, end, mod))
    assert start <= span.start <= span.end <= end


@given(days, st.integers(0, 4000))
def test_a_period_holds_the_span_it_is_given(start, length):
    end = date.fromordinal(min(start.toordinal() + length, date(9999, 12, 31).toordinal()))
    period = period_of(Interval(start, end))
    assert period.span.start <= start and end <= period.span.end
    assert period.is_year == (start.year == end.year)


@given(st.integers(1, 998))
def test_a_decade_named_in_the_text_is_its_own_period(decade):
    span = Interval(date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31))
    period = period_of(span, "decade")
    assert (period.span, period.label, period.is_year) == (span, f"The {decade * 10}s", False)


def test_years_of_a_few_events_share_a_page_and_the_overview_links_to_each():
    # A page per year of one or two events was most of the BBC timeline's pages.
    from generator.model import Article

    sparse = " ".join(f"The bridge was repainted in {year}." for year in range(1901, 1915))
    busy = " ".join(f"The council met on {day} March 2004." for day in range(1, 25))
    busy += " The works began on 5 May 2004."
    analyses = [analyse(Article(id=f"a{n}", title=f"A{n}", source_url=None, published=None,
                                paragraphs=(text,))) for n, text in enumerate((sparse, busy))]
    titles = {a.article.id: a.article.title for a in analyses}
    pages = navigation.timeline_pages(merge([a.events for a in analyses]), titles,
                                      NavSettings(page_size=10), True)
    shared = {p: page for p, page in pages.items() if "-to-" in p}
    # Ten years of one event each fill a page (page_size 10); the other four, the next.
    assert set(shared) == {"timeline/1901-to-1910.md", "timeline/1911-to-1914.md"}
    assert not any(f"timeline/{year}.md" in pages for year in range(1901, 1915))
    years = re.findall(r'<h2 id="y(\d+)">', shared["timeline/1901-to-1910.md"])
    assert years == [str(y) for y in range(1901, 1911)]
    assert all(page.count('class="nt-date"') <= 10 for page in pages.values())
    # March 2004 has more than a tenth of a page of events: its year keeps its own pages.
    assert "timeline/2004.md" in pages and "timeline/2004/03.md" in pages
    overview = pages["timeline.md"]
    assert '<a href="1901-to-1910/#y1905">1905</a>' in overview
    listed = re.findall(r'<li><a href="[^"]+">([^<]+)</a>', overview)
    assert listed == [str(y) for y in range(1901, 1915)] + ["2004"]


def test_a_busy_year_shows_its_parts_of_a_few_events_on_its_own_page():
    from generator.model import Article

    text = " ".join(f"The council met on {day} March 2004." for day in range(1, 25))
    text += " The works began on 5 May 2004. The road closed on 9 June 2004."
    analysis = analyse(Article(id="a", title="A", source_url=None, published=None, paragraphs=(text,)))
    pages = navigation.timeline_pages(merge([analysis.events]), {"a": "A"}, NavSettings(page_size=10), True)
    assert "timeline/2004/03.md" in pages and "timeline/2004/03-3.md" in pages  # 24 events: paginated
    assert "timeline/2004/05.md" not in pages and "timeline/2004/06.md" not in pages
    year = pages["timeline/2004.md"]
    listed = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', year)
    assert [label for _, label in listed] == ["March 2004", "May 2004", "June 2004"]
    assert listed[1][0].endswith("#y2004-05") and '<h2 id="y2004-05">May 2004</h2>' in year
    assert "The works began on" in year and "The road closed on" in year
