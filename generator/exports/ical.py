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

import re
from collections.abc import Iterable, Sequence
from datetime import datetime, time, timedelta, timezone

from .events import ExportEvent

PRODID = "-//news-timelines//timeline export//EN"
# Control characters are not allowed in iCalendar TEXT: a line break becomes "\n"
# (which icalendar escapes), any other becomes a space.
_CONTROLS = {i: " " for i in [*range(0, 9), *range(11, 32), 0x7F]}


def _text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


def to_ics(events: Iterable[ExportEvent], name: str, uid_domain: str = "news-timelines") -> bytes:
    """The calendar's own lines, then each event's: the bytes icalendar 7 writes for a
    Calendar holding these VEVENTs (tested), without importing it (60 ms of a rebuild,
    which writes the corpus calendar again)."""
    head = "".join(_folded(line) + "\r\n" for line in (
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + _escaped(PRODID), "CALSCALE:GREGORIAN",
        # icalendar writes an X- property as given, unescaped (calendar programs show
        # the name as written); it refuses a line break, which becomes a space here.
        "X-WR-CALNAME:" + _text(name).replace("\n", " "))).encode("utf-8")
    end = b"END:VCALENDAR\r\n"
    return b"".join([head, *(_vevent(event, uid_domain) for event in events), end])


# An event is written once: the corpus file repeats every article's events, and a
# rebuild writes the corpus file again. icalendar spends about half a millisecond on
# an event (most of it folding lines), which made the exports the largest cost of a
# build of one long article and a sixth of a rebuild of a large corpus. So each
# event's bytes are kept (`_WRITTEN`), and a rebuild hands in the articles' calendars
# from the cache (`reuse_events`) instead of writing their events again.
_WRITTEN: dict[tuple[ExportEvent, str], bytes] = {}
_MAX_WRITTEN = 1 << 18
# A VEVENT of a calendar `to_ics` wrote: no content line starts with "END:VEVENT"
# (text values escape line breaks; folded lines start with a space).
_VEVENT_BLOCK = re.compile(rb"(?ms)^BEGIN:VEVENT\r\n.*?^END:VEVENT\r\n")


def _remember(key: tuple[ExportEvent, str], data: bytes) -> None:
    if len(_WRITTEN) >= _MAX_WRITTEN:
        _WRITTEN.clear()
    _WRITTEN[key] = data


def reuse_events(events: Sequence[ExportEvent], calendar: bytes,
                 uid_domain: str = "news-timelines") -> bool:
    """Remember the VEVENT bytes of `calendar`, a file `to_ics(events, …, uid_domain)`
    wrote (an article's calendar read back from the cache), so that a calendar holding
    the same events (the corpus file) reuses them. A calendar that does not hold one
    VEVENT per event is ignored (False)."""
    blocks = _VEVENT_BLOCK.findall(calendar)
    if len(blocks) != len(events):
        return False
    for event, block in zip(events, blocks):
        if (event, uid_domain) not in _WRITTEN:
            _remember((event, uid_domain), block)
    return True


def _vevent(event: ExportEvent, uid_domain: str) -> bytes:
    key = (event, uid_domain)
    data = _WRITTEN.get(key)
    if data is None:
        data = _write_vevent(event, uid_domain)
        _remember(key, data)
    return data


def _write_vevent(event: ExportEvent, uid_domain: str) -> bytes:
    """The event's VEVENT, written here rather than by icalendar (half a millisecond an
    event, a sixteenth of a cold build of the BBC articles): the bytes icalendar 7
    writes for it (its property order, TEXT escaping and line folding; tested against
    icalendar on any text), so the files do not depend on the installed version."""
    stamp = event.published or event.start
    end = event.end + timedelta(days=1)
    lines = [
        "BEGIN:VEVENT",
        "SUMMARY:" + _escaped(_text(f"{event.label}: {event.article_title}")),
        "DTSTART;VALUE=DATE:" + _ical_date(event.start),
        "DTEND;VALUE=DATE:" + _ical_date(end),
        "DTSTAMP:" + _ical_date(stamp) + "T000000Z",
        "UID:" + _escaped(f"{event.uid}@{uid_domain}"),
        "CATEGORIES:" + _escaped(event.granularity),
        "DESCRIPTION:" + _escaped(_text(event.sentence)),
        "TRANSP:TRANSPARENT",
    ]
    if event.article_url.startswith(("https://", "http://")):
        lines.append("URL:" + event.article_url)
    lines.append("END:VEVENT")
    return "".join(_folded(line) + "\r\n" for line in lines).encode("utf-8")


def _ical_date(day) -> str:
    return f"{day.year:04}{day.month:02}{day.day:02}"


def _escaped(text: str) -> str:
    """iCalendar TEXT escaping, in icalendar's order (a written "\\N" is a line break)."""
    return (text.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;")
            .replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _folded(line: str, limit: int = 75) -> str:
    """A content line folded as icalendar folds it: a break before the character that
    would make a line reach `limit` octets, never right after a backslash or caret
    (an escape stays whole)."""
    if len(line) < limit // 4 or len(line.encode("utf-8")) < limit:
        return line
    if line.isascii():  # one octet a character: cut by slicing
        parts, i = [], 0
        while len(line) - i >= limit:
            end = i + limit - 1
            if line[end - 1] in "\\^":
                end -= 1
            parts.append(line[i:end])
            i = end
        parts.append(line[i:])
        return "\r\n ".join(parts)
    parts: list[str] = []
    current: list[str] = []
    count = 0
    for char in line:
        size = len(char.encode("utf-8"))
        if current and count + size >= limit:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                parts.append("".join(current))
                current, count = [carried], len(carried.encode("utf-8"))
            else:
                parts.append("".join(current))
                current, count = [], 0
        current.append(char)
        count += size
    if current:
        parts.append("".join(current))
    return "\r\n ".join(parts)
