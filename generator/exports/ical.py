"""A timeline as an iCalendar file (RFC 5545), written with the `icalendar` package.

One all-day VEVENT per event, DTSTART to DTEND covering its whole span (DTEND is the
day after the last, as all-day events are written): a day is one day, "May 2017" the
month, "2015" the whole year, "the past four years" four years. Calendar programs show
a long span as one banner across its days, so every event is TRANSPARENT (news, not
busy time) and names its granularity in CATEGORIES, which lets a reader hide the
years and keep the days. SUMMARY is the label and the article's title, DESCRIPTION
the sentence, URL the sentence on its page (when the site's address is known), and
UID is stable across builds of the same article. DTSTAMP is the article's publication
date, not the build time, so that two builds of the same articles give the same file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta, timezone
from functools import lru_cache

from .events import ExportEvent

PRODID = "-//news-timelines//timeline export//EN"
# Control characters are not allowed in iCalendar TEXT: a line break becomes "\n"
# (which icalendar escapes), any other becomes a space.
_CONTROLS = {i: " " for i in [*range(0, 9), *range(11, 32), 0x7F]}


def _text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


def _icalendar():
    try:
        import icalendar
    except ImportError as error:  # a declared dependency; say so if it is missing
        raise ImportError("the iCalendar export needs the icalendar package "
                          "(pip install news-timelines)") from error
    return icalendar


def to_ics(events: Iterable[ExportEvent], name: str, uid_domain: str = "news-timelines") -> bytes:
    icalendar = _icalendar()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _text(name))
    # The calendar's own lines, then each event's as icalendar writes a component's
    # subcomponents: the same bytes as adding every VEVENT to the calendar.
    head = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    return b"".join([head[:-len(end)], *(_vevent(event, uid_domain) for event in events), end])


# An event is written once: the corpus file repeats every article's events, and a
# rebuild under `mkdocs serve` writes the corpus file again. icalendar spends about
# half a millisecond on an event (most of it folding lines), which made the exports
# the largest cost of a build of one long article.
@lru_cache(maxsize=1 << 18)
def _vevent(event: ExportEvent, uid_domain: str) -> bytes:
    entry = _icalendar().Event()
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
