"""The hostile articles through every export (TimelineJS JSON, CSV, iCalendar), each
read back by a parser: article text stays data in every format."""

from __future__ import annotations

import csv
import html
import io
import json

import icalendar
import pytest

from generator.exports.csv_table import COLUMNS, FORMULA_STARTS
from generator.site import SiteConfig, build_site, urls

from .hostile import inspect, make_hostile_seeds, unsafe_link

SITE_URL = "https://example.org/news/"
ICS_FIELDS = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "URL", "CATEGORIES",
              "TRANSP"}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    seeds = make_hostile_seeds(tmp_path_factory.mktemp("hostile-exports") / "seeds")
    site = build_site(seeds, SiteConfig(site_url=SITE_URL))
    assert sum(len(a.events) for a in site.corpus.analyses) > 20  # the check has something to check
    return site


def _scopes(site):
    """(file id, its events) for every article with a dated event (the others have no
    export files) and for the corpus."""
    yield None, [e for a in site.corpus.analyses for e in a.events]
    for analysis in site.corpus.analyses:
        if analysis.events:
            yield analysis.article.id, analysis.events
        else:
            assert urls.export_file(analysis.article.id, "csv") not in site.data_files


def _as_calendar_text(text: str) -> str:
    """What iCalendar TEXT can hold: line breaks, no other control character."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(" " if ord(c) < 32 and c != "\n" or c == "\x7f" else c for c in text)


def test_csv_cells_are_the_text_and_never_a_formula(hostile_site):
    for article_id, events in _scopes(hostile_site):
        text = hostile_site.data_files[urls.export_file(article_id, "csv")].decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert tuple(rows[0]) == COLUMNS
        assert len(rows) - 1 == len(events)
        sentences = {e.sentence.text for e in events}
        for row in rows[1:]:
            assert len(row) == len(COLUMNS)
            assert not any(cell.startswith(FORMULA_STARTS) for cell in row), row
            sentence = row[COLUMNS.index("sentence")]
            assert sentence in sentences or (sentence[:1] == "'" and sentence[1:] in sentences)


def test_calendar_text_is_escaped_each_event_one_vevent_with_our_fields_only(hostile_site):
    for article_id, events in _scopes(hostile_site):
        data = hostile_site.data_files[urls.export_file(article_id, "ics")]
        calendar = icalendar.Calendar.from_ical(data)
        entries = calendar.walk("VEVENT")
        assert len(entries) == len(events)
        assert len(calendar.walk("VCALENDAR")) == 1 and not calendar.walk("VALARM")
        descriptions = sorted(str(entry["description"]) for entry in entries)
        assert descriptions == sorted(_as_calendar_text(e.sentence.text) for e in events)
        for entry in entries:
            assert set(entry) <= ICS_FIELDS, set(entry) - ICS_FIELDS
            assert str(entry["url"]).startswith(SITE_URL + "articles/")
        assert all(len(line) <= 75 for line in data.split(b"\r\n"))


def test_timelinejs_is_valid_json_and_its_html_is_ours(hostile_site):
    for article_id, events in _scopes(hostile_site):
        data = json.loads(hostile_site.data_files[urls.export_file(article_id, "timelinejs")])
        assert len(data["events"]) == len(events)
        assert len({slide["unique_id"] for slide in data["events"]}) == len(events)
        titles = {a.article.title for a in hostile_site.corpus.analyses}
        for slide in data["events"]:
            for plain in (slide["text"]["headline"], slide["display_date"], slide.get("group", "")):
                assert not inspect(plain).tags, plain  # text only
            assert html.unescape(slide["text"]["headline"]) in titles
            body = inspect(slide["text"]["text"])
            assert body.tags <= {"p", "a"}
            assert {name for _, name, _ in body.attributes} <= {"href"}
            for _, _, href in body.attributes:
                assert not unsafe_link(href) and href.startswith(SITE_URL), href
