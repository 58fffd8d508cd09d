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
