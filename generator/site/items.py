"""The list items the corpus pages repeat thousands of times, written in Python.

A rebuild after one article changed makes the browse listings (an item per article in
each of its month, folder, tag and source), the corpus timeline (an item per event) and
the build report (an item per article with a note) again: 10,000 items for the BBC
articles. Rendered by a Jinja loop, each item cost an attribute lookup, a `finalize`
and an escape per printed value, four times what joining them costs here. The templates still say where the list goes and what
surrounds it (`rows.html.j2`, `timeline_entries.html.j2`, `report.md.j2`); every value
passes through `escape_text`, as the templates' `finalize` passed it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..model import Analysis
from . import urls
from .safety import Markup, escape_text


def article_items(rows: Iterable[Mapping[str, Any]]) -> Markup:
    """One <li> per article row (`navigation._row`): its title linked, its date and
    number of dated events, and its lead sentence."""
    items = []
    for row in rows:
        analysis = row["analysis"]
        events = len(analysis.events)
        items.append(
            f'<li><a class="nt-article-title" href="{escape_text(row["url"])}">'
            f'{escape_text(analysis.article.title)}</a> <span class="nt-meta">'
            f'{escape_text(row["published"])} · {events} dated event{"s" if events != 1 else ""}'
            f'</span><br><span class="nt-lead">{escape_text(row["lead"])}</span></li>\n')
    return Markup("".join(items))


def timeline_items(entries: Iterable[Mapping[str, Any]], level: int) -> Markup:
    """One <li> per timeline entry (`pages.timeline_entry`): its date as a heading of
    `level`, its article's title linked to the sentence, and the sentence."""
    items = []
    for item in entries:
        items.append(
            f'<li><h{level} class="nt-date" id="{escape_text(item["id"])}">'
            f'{escape_text(item["label"])}</h{level}> <span class="nt-event"><a href="'
            f'{escape_text(item["url"])}">{escape_text(item["title"])}</a>: '
            f'{escape_text(item["sentence"])}</span></li>\n')
    return Markup("".join(items))


def report_items(analyses: Iterable[Analysis], notes: Callable[[Analysis], Iterable[str]],
                 link: Callable[[str], str], shown: Callable[[str], str]) -> Markup:
    """One <li> per article of the build report (every BBC article has a note): its
    title linked, its file's path as `shown` gives it, and its `notes`."""
    items = []
    for analysis in analyses:
        article = analysis.article
        items.append(
            f'<li><a href="{escape_text(link(urls.article_page(article.id)))}">'
            f'{escape_text(article.title)}</a> (<code>{escape_text(shown(article.path))}</code>): '
            f'{escape_text("; ".join(map(str, notes(analysis))))}</li>\n')
    return Markup("".join(items))


__all__ = ["article_items", "report_items", "timeline_items"]
