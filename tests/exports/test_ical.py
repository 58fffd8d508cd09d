"""The iCalendar export, parsed back with `icalendar`: one all-day VEVENT per event
covering its span, text escaped and folded so that article text never adds a field."""

from __future__ import annotations

from datetime import date

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from generator.exports.ical import to_ics

from .events import event


def vevents(data: bytes) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


def test_an_all_day_event_covers_the_whole_span_dtend_the_day_after():
    data = to_ics([event(), event(label="2015", start=date(2015, 1, 1), end=date(2015, 12, 31),
                              uid="council-t2")], "Council news")
    month, year = vevents(data)
    assert month.decoded("dtstart") == date(2015, 5, 1)
    assert month.decoded("dtend") == date(2015, 6, 1)
    assert year.decoded("dtstart") == date(2015, 1, 1)
    assert year.decoded("dtend") == date(2016, 1, 1)
    assert str(month["summary"]) == "May 2015: Council news"
    assert str(month["description"]) == "The council met in May 2015."
    assert str(month["url"]) == "https://example.org/articles/council/#s0"
    assert str(month["uid"]) == "council-t1@news-timelines"
    assert str(month["transp"]) == "TRANSPARENT"
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0" and str(calendar["x-wr-calname"]) == "Council news"


def test_the_same_events_give_the_same_file():
    assert to_ics([event()], "x") == to_ics([event()], "x")


def test_a_relative_url_is_left_out_a_calendar_needs_an_address():
    assert "url" not in vevents(to_ics([event(url="articles/council/#s0")], "x"))[0]


def test_lines_are_folded_at_75_octets():
    data = to_ics([event("word " * 200)], "x")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))


def test_a_line_break_in_the_text_cannot_start_a_field_or_an_event():
    hostile = "Quiet day.\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\nATTENDEE:mailto:x@evil.example"
    data = to_ics([event(hostile, title="T\r\nURL:https://evil.example")], "x")
    (only,) = vevents(data)
    assert "attendee" not in only
    assert str(only["url"]) == "https://example.org/articles/council/#s0"
    assert b"\r\nATTENDEE" not in data and b"\r\nSUMMARY:injected" not in data


@given(st.text(), st.text())
def test_any_text_comes_back_as_text_in_one_event(sentence, title):
    (only,) = vevents(to_ics([event(sentence, title=title)], "x"))
    lines = sentence.replace("\r\n", "\n").replace("\r", "\n")
    controls = {chr(i) for i in [*range(0, 9), *range(11, 32), 0x7F]}
    assert str(only["description"]) == "".join(" " if c in controls else c for c in lines)


def test_events_written_once_give_the_bytes_of_one_calendar_holding_them():
    # Each VEVENT is serialised once and reused (the corpus file repeats the
    # articles' events); the file must be what icalendar writes for the whole calendar.
    events = [event(), event(label="2015", start=date(2015, 1, 1), end=date(2015, 12, 31), uid="c-2")]
    to_ics(events[:1], "warm the cache")
    whole = icalendar.Calendar.from_ical(to_ics(events, "Council news"))
    assert to_ics(events, "Council news") == whole.to_ical()
    assert [str(e["uid"]) for e in whole.walk("VEVENT")] == ["council-t1@news-timelines", "c-2@news-timelines"]


def test_a_calendar_read_back_gives_its_events_bytes_to_the_next_calendar(monkeypatch):
    """A rebuild hands the articles' calendars from the cache to the writer: a corpus
    calendar of those events is then assembled from their bytes, writing no event
    again, and is byte-identical to one written afresh."""
    from generator.exports import ical

    article_a = [event(uid="a-t1"), event(label="2015", start=date(2015, 1, 1),
                                          end=date(2015, 12, 31), uid="a-t2")]
    article_b = [event("Talks resume, in June 2016.", uid="b-t1", start=date(2016, 6, 1),
                       end=date(2016, 6, 30), label="June 2016")]
    calendars = [to_ics(article_a, "A"), to_ics(article_b, "B")]
    corpus = [article_b[0], *article_a]
    afresh = to_ics(corpus, "All")
    ical._WRITTEN.clear()  # a new build process: nothing written yet
    assert ical.reuse_events(article_a, calendars[0]) and ical.reuse_events(article_b, calendars[1])
    written = []
    monkeypatch.setattr(ical, "_write_vevent", lambda *args: written.append(args) or b"")
    assert to_ics(corpus, "All") == afresh
    assert written == []


def test_a_calendar_that_does_not_hold_the_events_is_not_reused():
    from generator.exports import ical

    two = [event(uid="a-t1"), event(uid="a-t2")]
    calendar = to_ics(two[:1], "one event only")
    ical._WRITTEN.clear()
    assert not ical.reuse_events(two, calendar)
    assert ical._WRITTEN == {}


def test_the_corpus_calendar_reuses_the_article_calendars_handed_to_export_files(seed_analysis,
                                                                                 monkeypatch):
    """A rebuild hands the articles' cached calendars to `export_files`: the corpus
    calendar is then assembled from their events' bytes and equals one written afresh."""
    from generator.analysing.timeline import merge
    from generator.exports import ical
    from generator.site import urls
    from generator.site.exports import article_export_files, export_files

    timeline = merge([seed_analysis.events])
    corpus_file = urls.export_file(None, "ics")
    afresh = export_files([seed_analysis], timeline, None, True, per_article=False)[corpus_file]
    calendar = article_export_files(seed_analysis, None, True)[urls.export_file(seed_analysis.article.id, "ics")]
    ical._WRITTEN.clear()  # a new build process
    written = []
    original = ical._write_vevent
    monkeypatch.setattr(ical, "_write_vevent", lambda *args: written.append(args) or original(*args))
    files = export_files([seed_analysis], timeline, None, True, per_article=False,
                         calendars=[(seed_analysis, calendar)])
    assert files[corpus_file] == afresh and len(seed_analysis.events) > 1
    assert written == []
