"""The drawn timeline: a zoomable axis above each list view, drawn in the browser by
vis-timeline (npm, `package.json` at the repository's root) from a JSON file.

This module makes what the browser needs: the events as compact JSON (a file per
article and one for the corpus, so no page's HTML grows with the collection), our
script and stylesheet, and the library's files with its licence, copied from
`node_modules` into the site, so that the site never asks another host for anything.
Without the library the pages keep their list views and the build says how to get it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from ..exports.events import ExportEvent, SentenceUrl, export_events, export_events_from
from ..model import Analysis, Timeline
from ..temporal.labels import day_label
from ..tls.model import KeyDates
from . import urls
from .navigation import source_of

# The library's files, as npm installs them → where the site serves them.
LIBRARY = "vis-timeline"
LIBRARY_DIR = urls.TIMELINE_LIBRARY
LIBRARY_FILES = {
    "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js": "vis-timeline-graph2d.min.js",
    "vis-timeline/styles/vis-timeline-graph2d.min.css": "vis-timeline-graph2d.min.css",
    "vis-timeline/LICENSE.md": "LICENSE.txt",  # not .md: MkDocs would make it a page
    "vis-timeline/LICENSE.MIT.txt": "LICENSE.MIT.txt",
    "vis-timeline/LICENSE.Apache-2.0.txt": "LICENSE.Apache-2.0.txt",
    "vis-timeline/package.json": "package.json",  # its exact version, for the record
}
# Our own script and stylesheet (in the package: a plain `pip install` has them).
OWN_DIR = "assets/news-timelines/"
OWN_FILES = ("timeline-view.js", "timeline-view.css")
SCRIPT = OWN_DIR + "timeline-view.js"
STYLESHEET = OWN_DIR + "timeline-view.css"

VAGUE, KEY = 1, 2  # event flags


class LibraryMissing(Exception):
    """The drawn timeline's library is not installed; the message says how to fix it."""


def find_node_modules(folder: Path) -> Path:
    """`folder` if the library is there, else the nearest `node_modules` holding it in
    a parent folder (as Node itself resolves packages), else `folder` (the build then
    says it is missing)."""
    folder = Path(folder)
    if (folder / LIBRARY).is_dir() or folder.name != "node_modules":
        return folder
    for parent in folder.resolve().parent.parents:
        if (parent / "node_modules" / LIBRARY).is_dir():
            return parent / "node_modules"
    return folder


def library_files(node_modules: Path) -> dict[str, bytes]:
    """The library's files for the site, read from `node_modules`."""
    files = {}
    for source, name in LIBRARY_FILES.items():
        path = Path(node_modules) / source
        try:
            files[LIBRARY_DIR + name] = path.read_bytes()
        except OSError:
            raise LibraryMissing(
                f"the drawn timeline needs {LIBRARY} from npm, not found in {node_modules}: run "
                "`npm ci` beside mkdocs.yml (or set drawn_timeline: false); the list views are "
                "built without it") from None
    return files


def own_files() -> dict[str, bytes]:
    folder = resources.files("generator.site") / "assets"
    return {OWN_DIR + name: (folder / name).read_bytes() for name in OWN_FILES}


@dataclass(frozen=True, slots=True)
class KeyDay:
    """A key date of the collection (chosen across articles) and the sentences that
    report it: (article id, sentence index)."""

    day: date
    label: str
    sentences: tuple[tuple[str, int], ...] = ()


def key_days(chosen: KeyDates) -> tuple[KeyDay, ...]:
    """The collection's key dates (generator.tls) as the drawn timeline marks them."""
    return tuple(KeyDay(kd.day, day_label(kd.day),
                        tuple((s.article_id, s.sentence_index) for s in kd.sentences))
                 for kd in chosen.dates)


def view_data(events: Sequence[ExportEvent], tags: Mapping[str, Sequence[str]],
              folders: Mapping[str, str | None], key_days: Sequence[KeyDay] = ()) -> str:
    """The JSON the drawn timeline loads: articles once, then one short array per event
    [article, start, end, label, sentence index, flags, sentence]; URLs relative to the
    site's root."""
    articles: dict[str, int] = {}
    article_rows = []
    key_sentences = {s for day in key_days for s in day.sentences}
    rows = []
    for event in events:
        if event.article_id not in articles:
            articles[event.article_id] = len(article_rows)
            article_rows.append({
                "id": event.article_id, "title": event.article_title,
                "url": event.article_url.partition("#")[0],
                "source": event.source, "folder": folders.get(event.article_id),
                "tags": list(tags.get(event.article_id, ())),
            })
        index = event.sentence_index
        flags = (VAGUE if event.vague else 0) | (KEY if (event.article_id, index) in key_sentences else 0)
        rows.append([articles[event.article_id], event.start.isoformat(), event.end.isoformat(),
                     event.label, index, flags, event.sentence])
    data = {"articles": article_rows, "events": rows,
            "key_dates": [{"day": k.day.isoformat(), "label": k.label} for k in key_days]}
    # No "</" in the file: it stays inert even if a page ever inlines it.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/") + "\n"


def view_files(analyses: Sequence[Analysis], timeline: Timeline, folders: Mapping[str, str | None],
               sentence_url: SentenceUrl, key_days: Sequence[KeyDay] = ()) -> dict[str, bytes]:
    """The drawn timeline's data: a file per article with events, one for the corpus."""
    by_id = {analysis.article.id: analysis for analysis in analyses}
    tags = {analysis.article.id: analysis.article.tags for analysis in analyses}
    everything = export_events(timeline.events, by_id, sentence_url, source_of)
    made = {id(event): row for event, row in zip(timeline.events, everything)}
    # the article's sentences that report a key date of the collection stand out
    key_days_of: dict[str, list[KeyDay]] = {}
    for day in key_days:
        for article_id in dict.fromkeys(s[0] for s in day.sentences):
            key_days_of.setdefault(article_id, []).append(day)
    files = {}
    for analysis in analyses:
        if analysis.events:
            events = export_events_from(analysis.events, made, by_id, sentence_url, source_of)
            files[urls.view_file(analysis.article.id)] = view_data(
                events, tags, folders, key_days_of.get(analysis.article.id, [])).encode("utf-8")
    files[urls.view_file(None)] = view_data(everything, tags, folders, key_days).encode("utf-8")
    return files
