"""Render the site's pages (Markdown files whose content is escaped raw HTML)."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from .. import temporal
from ..temporal.labels import day_label
from ..model import Analysis, Event, Link
from ..analysing.timeline import sentence_at_or_before, timex_ids
from . import urls
from ..building.discover import Problem
from ..wording import all_of, plural
from .hover import hover_label
from .items import article_items, report_items, timeline_items
from .undated import shown_to_readers
from .markup import MarkedTimex, ShownMarks, highlighted, sentence_html, sentence_of_marks
from .safety import Markup, escape_text, link_or_text, nav_title


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator.site", "templates"),
        autoescape=True,  # every value is HTML-escaped unless it is already Markup
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=escape_text,  # every printed value is one line of escaped text
    )
    env.filters["link_or_text"] = link_or_text
    env.globals.update(plural=plural, all_of=all_of, article_items=article_items,
                       timeline_items=timeline_items)
    env.filters["front_matter_title"] = lambda t: Markup(json.dumps(nav_title(t), ensure_ascii=False))
    return env


def render(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(**context)


def date_label(value) -> str:
    return day_label(value) if value else "unknown"


@dataclass(frozen=True, slots=True)
class Linker:
    """Relative links from one page, as MkDocs will place the pages."""

    page: str
    directory_urls: bool

    def __call__(self, to: str, anchor: str = "") -> str:
        return urls.relative(self.page, to, self.directory_urls, anchor)


def _links_by_sentence(analysis: Analysis) -> dict[int, list[Link]]:
    """Each link goes with the sentence it stood in (or, between sentences, the one
    before it)."""
    grouped: dict[int, list[Link]] = defaultdict(list)
    if analysis.sentences:
        for link in analysis.article.links:
            i = max(0, sentence_at_or_before(link.offset, analysis.sentences))
            grouped[analysis.sentences[i].index].append(link)
    return grouped


def drawn_timeline(link: Linker, view_file: str) -> dict[str, str]:
    """Where the drawn timeline above a list finds its data, the site's root and its
    library (relative links from the page)."""
    return {"src": link(view_file), "root": link(""), "lib": link(urls.TIMELINE_LIBRARY)}


def article_page(analysis: Analysis, directory_urls: bool, draw: bool = False) -> str:
    article = analysis.article
    text = article.text
    ids = timex_ids(analysis.timexes)
    event_ids = {e.timex_id for e in analysis.events}
    dated = {t.start for t in analysis.timexes if t.interval is not None}
    marks = [MarkedTimex(t, i, i in event_ids, hover_label(t, article.published))
             for t, i in zip(analysis.timexes, ids)
             if i in event_ids or shown_to_readers(t, text, dated)]
    links = _links_by_sentence(analysis)
    by_index = {s.index: s for s in analysis.sentences}
    # Each sentence is given only its own marks: a long article stays linear in time.
    owner = sentence_of_marks(marks, analysis.sentences)
    marks_in: dict[int, list[MarkedTimex]] = defaultdict(list)
    for mark, sentence in zip(marks, owner):
        if sentence is not None:
            marks_in[sentence.index].append(mark)
    shown_marks = ShownMarks(marks_in)

    def full(sentence):
        return sentence_html(text, sentence, marks_in.get(sentence.index, ()), links.get(sentence.index, ()))

    def plain(sentence, highlight=None):
        return sentence_html(text, sentence, shown_marks(sentence, highlight), anchors=False,
                             highlight=highlight)

    paragraphs: list[list[str]] = []  # each sentence's span, of escaped text
    paragraph_end = -1
    for sentence in analysis.sentences:
        if sentence.start > paragraph_end:
            paragraph_end = text.find("\n\n", sentence.start)
            paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
            paragraphs.append([])
        # A sentence is the span a paragraph of the full text holds, without a class: a
        # class on each was half a kilobyte of every BBC article page.
        # An f-string, not Markup.format (the same text: the index is a number and the
        # sentence already Markup), which cost a fifth of the page.
        paragraphs[-1].append(f'<span id="s{sentence.index:d}">{full(sentence)}</span>')

    # Each listed once, as written and in words, linked to its place in the text: the
    # sentence is not repeated under it (the undated references of the BBC articles
    # repeated their sentences in a tenth of every page).
    undated = [
        {"mark": m, "expression": m.timex.text, "meaning": _meaning(m.title, m.timex.text)}
        for m, s in zip(marks, owner)
        if not m.is_event and s is not None
    ]
    link = Linker(urls.article_page(article.id), directory_urls)
    return render(
        "article.md.j2",
        article=article,
        published=date_label(article.published),
        summary=[(i, plain(by_index[i])) for i in analysis.summary.sentences if i in by_index],
        summary_method=analysis.summary.method,
        events=[
            {"event": e, "label": temporal.label(e.when), "html": plain(e.sentence, e.timex_id)}
            for e in analysis.events
        ],
        undated=undated,
        # One string per paragraph, not a loop over its sentences in the template.
        paragraphs=[Markup(" ".join(spans)) for spans in paragraphs],
        link=link,
        data_url=link(urls.article_data(article.id)),
        exports=export_links(link, article.id),
        drawn=drawn_timeline(link, urls.view_file(article.id)) if draw and analysis.events else None,
        urls=urls,
    )


def _meaning(label: str, expression: str) -> str:
    """A hover label without the expression it may open with ("Friday: unresolved"
    → "unresolved"), shown beside that expression."""
    return label[len(expression) + 2:] if label.startswith(expression + ": ") else label


def export_links(link: Linker, article_id: str | None) -> list[tuple[str, str]]:
    """(name, href) of the timeline's exports: an article's, or the corpus's (None)."""
    return [(name, link(urls.export_file(article_id, kind)))
            for kind, (_, name) in urls.EXPORT_FORMATS.items()]


def timeline_entry(event: Event, titles: dict[str, str], link: Linker) -> dict[str, Any]:
    return {
        "event": event,
        "id": f"e-{event.article_id}-{event.timex_id}",
        "label": temporal.label(event.when),
        "title": titles.get(event.article_id, event.article_id),
        "url": link(urls.article_page(event.article_id), f"s{event.sentence.index}"),
        "sentence": highlighted(event.sentence, event.when),
    }


def shown_path(path: str, seeds: Path | None) -> str:
    """A file's path as the published report shows it: relative to the seeds folder,
    so that the site does not publish where the builder keeps its files."""
    if seeds is None:
        return path
    parts = relative_parts(path, seeds)
    if parts is None:
        return Path(path).name or path
    return "/".join(parts) or "."  # the seeds folder itself, as pathlib writes it


def relative_parts(path: str, seeds: Path) -> tuple[str, ...] | None:
    """`Path(path).relative_to(seeds).parts`, or None where that raises ValueError.
    The paths of a build's articles are the seeds folder's path, a separator and the
    rest, so the common case is a string cut; anything else goes to pathlib."""
    prefix = str(seeds)
    if prefix != "." and not prefix.endswith(os.sep) and path.startswith(prefix) \
            and path[len(prefix):len(prefix) + 1] == os.sep:
        rest = path[len(prefix) + 1:]
        parts = tuple(rest.split(os.sep))
        if all(part not in ("", ".") for part in parts) and (os.altsep is None or os.altsep not in rest):
            return parts
    try:
        return Path(path).relative_to(seeds).parts
    except ValueError:
        return None


def report_page(analyses: Sequence[Analysis], problems: Sequence[Problem], directory_urls: bool,
                seeds: Path | None = None) -> str:
    link = Linker(urls.REPORT, directory_urls)
    noted = [a for a in analyses if a.warnings]
    faulty = [a for a in analyses if a.article.faults]
    failed = [p for p in problems if p.warning]
    skipped = [p for p in problems if not p.warning]

    def shown(path: str) -> str:
        return shown_path(path, seeds)

    return render("report.md.j2", failed=failed, skipped=skipped, noted=noted, faulty=faulty,
                  count=len(analyses), shown=shown,
                  faulty_items=report_items(faulty, lambda a: a.article.faults, link, shown),
                  noted_items=report_items(noted, lambda a: a.warnings, link, shown))
