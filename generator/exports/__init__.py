"""Exports of a timeline to the tools newsrooms use: TimelineJS3 JSON, CSV for
spreadsheets, iCalendar for calendars.

Pure Python below the site layer: each writer takes `ExportEvent`s (made by
`events.export_events`) and returns the file's text, so the site, the CLI and the
tests share one code path.
"""

from .csv_table import to_csv
from .events import ExportEvent, export_events, export_events_from, is_vague
from .ical import to_ics
from .timelinejs import to_timelinejs

__all__ = ["ExportEvent", "export_events", "export_events_from", "is_vague", "to_csv", "to_ics", "to_timelinejs"]
