"""Our VEVENT writer against icalendar's: the same bytes for any event text (the
writer is ours for speed, icalendar's rules are the reference)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.exports import ExportEvent
from generator.exports.ical import PRODID, _text, _write_vevent, to_ics

from .events import event


def icalendars_vevent(event: ExportEvent, uid_domain: str) -> bytes:
    """The VEVENT as icalendar writes it (how the writer worked before)."""
    entry = icalendar.Event()
    entry.add("uid", f"{event.uid}@{uid_domain}")
    stamp = event.published or event.start
    entry.add("dtstamp", datetime.combine(stamp, time(0, 0), tzinfo=timezone.utc))
    entry.add("dtstart", event.start)
    entry.add("dtend", event.end + timedelta(days=1))
    entry.add("summary", _text(f"{event.label}: {event.article_title}"))
    entry.add("description", _text(event.sentence))
    if event.article_url.startswith(("https://", "http://")):
        entry.add("url", event.article_url)
    entry.add("categories", [event.granularity])
    entry.add("transp", "TRANSPARENT")
    return entry.to_ical()


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=300, deadline=None)
@given(sentence=TEXT, title=TEXT, label=TEXT, uid=TEXT,
       start=st.dates(min_value=date(1, 1, 1), max_value=date(9998, 12, 1)),
       url=st.sampled_from(["https://example.org/a/#s1", "articles/a/#s1",
                            "http://example.org/" + "x" * 90 + "/#s2"]),
       published=st.none() | st.dates(max_value=date(9998, 12, 1)))
def test_our_vevent_is_the_one_icalendar_writes(sentence, title, label, uid, start, url, published):
    made = event(sentence, title=title, label=label, uid=uid or "u", start=start,
                 end=start + timedelta(days=3), url=url)
    made = ExportEvent(**{**{f: getattr(made, f) for f in made.__slots__}, "published": published})
    assert _write_vevent(made, "example.org") == icalendars_vevent(made, "example.org")


def test_long_lines_fold_without_splitting_an_escape():
    for width in range(60, 90):
        for tail in ("é" * 40, ""):  # folded by octets, and (ASCII only) by slicing
            text = "x" * width + r"a,b;c\d^" * 25 + tail
            made = event(text, title=text)
            assert _write_vevent(made, "news-timelines") == icalendars_vevent(made, "news-timelines")


@settings(max_examples=200, deadline=None)
@given(name=TEXT.filter(lambda n: "\n" not in _text(n)), sentences=st.lists(TEXT, max_size=3))
def test_our_calendar_is_the_one_icalendar_writes(name, sentences):
    # (icalendar refuses a name with a line break; ours becomes a space)
    events = [event(s, uid=f"u{n}") for n, s in enumerate(sentences)]
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _text(name))
    head = calendar.to_ical()[:-len(b"END:VCALENDAR\r\n")]
    expected = head + b"".join(icalendars_vevent(e, "example.org") for e in events) + b"END:VCALENDAR\r\n"
    assert to_ics(events, name, "example.org") == expected
