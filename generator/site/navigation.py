"""The pages that lead to the articles: a light home page, browse pages by date (year →
month), by folder, by tag and by source, and the corpus timeline split by year.

No page grows with the corpus: listings are cut into pages of `page_size` entries, and
an overview lists groups (years, months, tags), not articles. So the size of the site
grows linearly with the number of articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..model import Analysis, Event, Timeline
from ..temporal.labels import day_label, month_name
from ..tls.model import KeyDates
from . import urls
from ..building.discover import Problem
from .pages import Linker, date_label, drawn_timeline, export_links, render, timeline_entry
from .periods import WHOLE, Part, Period, event_period, part_of, period_order

DEFAULT_PAGE_SIZE = 100
DEFAULT_HOME_LATEST = 20
GROUP_KINDS = (("folder", "By folder"), ("tag", "By tag"), ("source", "By source"))


@dataclass(frozen=True, slots=True)
class NavSettings:
    page_size: int = DEFAULT_PAGE_SIZE  # entries on a listing or timeline page
    home_latest: int = DEFAULT_HOME_LATEST  # articles shown on the home page

    def __post_init__(self) -> None:
        if self.page_size < 1 or self.home_latest < 0:
            raise ValueError("page_size must be at least 1 and home_latest at least 0")


def newest_first(analysis: Analysis):
    published = analysis.article.published
    return (published is None, -(published.toordinal() if published else 0),
            analysis.article.title, analysis.article.id)


def source_of(analysis: Analysis) -> str | None:
    url = analysis.article.source_url
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def _row(analysis: Analysis, link: Linker) -> dict[str, Any]:
    first = analysis.summary.sentences[0] if analysis.summary.sentences else None
    lead = next((s.text for s in analysis.sentences if s.index == first), "")
    return {"analysis": analysis, "url": link(urls.article_page(analysis.article.id)),
            "published": date_label(analysis.article.published), "lead": lead}


def _pager(paths: Sequence[str], page: int, link: Linker) -> dict[str, Any] | None:
    if len(paths) <= 1:
        return None
    return {
        "page": page, "pages": len(paths),
        "first": link(paths[0]) if page > 1 else None,
        "previous": link(paths[page - 2]) if page > 1 else None,
        "next": link(paths[page]) if page < len(paths) else None,
        "last": link(paths[-1]) if page < len(paths) else None,
    }


def _paginate(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [items]


def _listing_pages(title: str, intro: str, analyses: Sequence[Analysis],
                   path_of: Callable[[int], str], parent: tuple[str, str],
                   size: int, directory_urls: bool) -> dict[str, str]:
    chunks = _paginate(sorted(analyses, key=newest_first), size)
    paths = [path_of(n) for n in range(1, len(chunks) + 1)]
    out = {}
    for n, (path, chunk) in enumerate(zip(paths, chunks), start=1):
        link = Linker(path, directory_urls)
        out[path] = render(
            "listing.md.j2", title=title if n == 1 else f"{title} (page {n})", heading=title,
            intro=intro, count=len(analyses), rows=[_row(a, link) for a in chunk],
            pager=_pager(paths, n, link), parent=(parent[0], link(parent[1])), link=link, urls=urls,
        )
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def browse_pages(analyses: Sequence[Analysis], folders: Mapping[str, str | None],
                 settings: NavSettings, directory_urls: bool) -> dict[str, str]:
    """The browse overview and every listing below it. `folders` maps an article id
    to the folder of the seeds it came from (None at the top level)."""
    size = settings.page_size
    out: dict[str, str] = {}
    by_month: dict[int, dict[int, list[Analysis]]] = defaultdict(lambda: defaultdict(list))
    undated: list[Analysis] = []
    groups: dict[str, dict[str, list[Analysis]]] = {kind: defaultdict(list) for kind, _ in GROUP_KINDS}
    for a in analyses:
        published = a.article.published
        if published is None:
            undated.append(a)
        else:
            by_month[published.year][published.month].append(a)
        if (folder := folders.get(a.article.id)) is not None:
            groups["folder"][folder].append(a)
        for tag in dict.fromkeys(a.article.tags):
            groups["tag"][tag].append(a)
        if (source := source_of(a)) is not None:
            groups["source"][source].append(a)
    home = ("Browse", urls.BROWSE)

    years = []
    for year in sorted(by_month, reverse=True):
        months = by_month[year]
        year_path = urls.year_listing(year)
        year_link = Linker(year_path, directory_urls)
        month_rows = []
        for month in sorted(months, reverse=True):
            label = f"{month_name(month)} {year}"
            out.update(_listing_pages(
                label, f"Articles published in {label}.", months[month],
                lambda n, y=year, m=month: urls.date_listing(y, m, n), (str(year), year_path),
                size, directory_urls))
            month_rows.append({"label": label, "count": len(months[month]),
                               "url": year_link(urls.date_listing(year, month))})
        count = sum(len(m) for m in months.values())
        out[year_path] = render("year.md.j2", year=year, months=month_rows, count=count,
                                parent=(home[0], year_link(home[1])), link=year_link, urls=urls)
        years.append({"year": year, "count": count, "months": month_rows,
                      "path": year_path})
    if undated:
        out.update(_listing_pages(
            "Undated articles", "Articles without a known publication date, by title.",
            undated, urls.undated_listing, home, size, directory_urls))

    link = Linker(urls.BROWSE, directory_urls)
    sections = []
    for kind, heading in GROUP_KINDS:
        names = groups[kind]
        if kind == "folder" and len(names) < 2:
            continue  # one folder says nothing
        entries = []
        for name in sorted(names, key=lambda n: (-len(names[n]), n)):
            out.update(_listing_pages(
                name, f"Articles {_describe(kind)} {name}.", names[name],
                lambda n, k=kind, x=name: urls.group_listing(k, x, n), home, size, directory_urls))
            entries.append({"name": name, "count": len(names[name]),
                            "url": link(urls.group_listing(kind, name))})
        if entries:
            sections.append({"kind": kind, "heading": heading, "entries": entries})
    out[urls.BROWSE] = render(
        "browse.md.j2", count=len(analyses), link=link, urls=urls,
        years=[{**y, "url": link(y["path"])} for y in years],
        undated={"count": len(undated), "url": link(urls.undated_listing())} if undated else None,
        sections=sections,
    )
    return out


def _describe(kind: str) -> str:
    return {"folder": "in the folder", "tag": "tagged", "source": "from"}[kind]



def index_page(analyses: Sequence[Analysis], problems: Sequence[Problem],
               settings: NavSettings, directory_urls: bool, has_browse: bool = True) -> str:
    """The home page: counts, where to go, and the latest articles only."""
    link = Linker(urls.INDEX, directory_urls)
    latest = sorted(analyses, key=newest_first)[: settings.home_latest]
    years = sorted({a.article.published.year for a in analyses if a.article.published}, reverse=True)
    return render(
        "index.md.j2", count=len(analyses), rows=[_row(a, link) for a in latest],
        dated=any(a.article.published for a in analyses), problems=problems, link=link,
        urls=urls, years=[{"year": y, "url": link(urls.year_listing(y))} for y in years],
    )


# -- corpus timeline ---------------------------------------------------------------


def _grouped(timeline: Timeline) -> dict[Period, dict[Part, list[Event]]]:
    """Events by period and part, each list in timeline order; periods and parts in
    the order the pages show them."""
    groups: dict[Period, dict[Part, list[Event]]] = defaultdict(lambda: defaultdict(list))
    for event in timeline.events:  # already in order
        period = event_period(event)
        part = part_of(event, period)
        parts = groups[period]
        # Two stretches with one span but other words ("Q1", "January – March") share
        # the heading the first one gave.
        same = next((p for p in parts if p.slug == part.slug), part)
        parts[same].append(event)
    return {period: {part: groups[period][part] for part in sorted(groups[period], key=lambda p: p.order)}
            for period in sorted(groups, key=period_order)}


def key_date_rows(chosen: KeyDates, titles: Mapping[str, str], link: Linker) -> list[dict[str, Any]]:
    """The key dates as the corpus timeline shows them: each day, its sentences, each
    linking to its sentence in its article."""
    return [{"id": f"key-{kd.day.isoformat()}", "label": day_label(kd.day),
             "sentences": [{"text": s.text, "reports": s.reports,
                            "title": titles.get(s.article_id, s.article_id),
                            "url": link(urls.article_page(s.article_id), f"s{s.sentence_index}")}
                           for s in kd.sentences]}
            for kd in chosen.dates]


def _sparse_runs(grouped: Mapping[Period, dict[Part, list[Event]]],
                 size: int) -> list[dict[Period, dict[Part, list[Event]]]]:
    """Runs of consecutive periods of at most a tenth of `size` events each, holding at
    most `size` events together: each run shares one page. A page per year of a few
    events was most of the corpus timeline's pages (a hundred of the BBC's 151 years
    have under ten events), and MkDocs renders the theme around every page."""
    runs: list[dict[Period, dict[Part, list[Event]]]] = [{}]
    total = 0
    for period, parts in grouped.items():
        count = sum(len(events) for events in parts.values())
        if count > size // 10 or total + count > size:
            runs.append({})
            total = 0
        if count <= size // 10:
            runs[-1][period] = parts
            total += count
    return [run for run in runs if len(run) > 1]


def timeline_pages(timeline: Timeline, titles: Mapping[str, str], settings: NavSettings,
                   directory_urls: bool, key_dates: KeyDates | None = None,
                   draw: bool = False) -> dict[str, str]:
    """An overview of periods (years, and decades, centuries or longer stretches); a
    page per period; a period with more than `page_size` events is split into its parts
    (the whole year, its months, its seasons and other stretches), each paginated, but
    for parts of at most a tenth of `page_size` events, shown on the period's page up to
    `page_size` events; consecutive periods of a few events share a page."""
    size = settings.page_size
    grouped = _grouped(timeline)
    out: dict[str, str] = {}
    overview_link = Linker(urls.TIMELINE, directory_urls)
    key_rows = key_date_rows(key_dates, titles, overview_link) if key_dates else []

    def section(period: Period, part: Part, events: list[Event], link: Linker) -> dict[str, Any]:
        return {"id": f"y{period.slug}" + ("" if not period.is_year and part.slug == WHOLE
                                           else f"-{part.slug}"),
                "label": part.label, "is_whole": not period.is_year,
                "entries": [timeline_entry(e, titles, link) for e in events]}

    def inline(periods: Mapping[Period, dict[Part, list[Event]]], link: Linker) -> list[dict[str, Any]]:
        return [{"id": f"y{period.slug}", "label": period.label,
                 "sections": [section(period, part, events, link) for part, events in parts.items()]}
                for period, parts in periods.items()]

    if len(timeline.events) <= size:  # small enough for one page, as it always was
        out[urls.TIMELINE] = render("timeline.md.j2", years=[], inline=inline(grouped, overview_link),
                                    count=len(timeline.events), link=overview_link, urls=urls,
                                    exports=export_links(overview_link, None), key_dates=key_rows,
                                    drawn=drawn_timeline(overview_link, urls.view_file(None))
                                    if draw and timeline.events else None)
        return out
    years = []
    shared = _sparse_runs(grouped, size)
    for run in shared:
        first, last = next(iter(run)), list(run)[-1]
        path = urls.timeline_period(f"{first.slug}-to-{last.slug}")
        link = Linker(path, directory_urls)
        label = f"{first.label} – {last.label}"
        count = sum(len(events) for parts in run.values() for events in parts.values())
        out[path] = render("timeline_periods.md.j2", label=label, count=count,
                           inline=inline(run, link), parent=("Timeline", link(urls.TIMELINE)))
        for period, parts in run.items():
            years.append({"label": period.label, "count": sum(len(e) for e in parts.values()),
                          "url": overview_link(path, f"y{period.slug}"), "start": period})
    on_shared_page = {period for run in shared for period in run}
    for period, parts in grouped.items():
        if period in on_shared_page:
            continue
        count = sum(len(events) for events in parts.values())
        period_path = urls.timeline_period(period.slug)
        link = Linker(period_path, directory_urls)
        part_rows = []
        if count <= size:
            sections = [section(period, part, events, link) for part, events in parts.items()]
        else:
            sections = []
            on_page = 0  # a part of a few events is shown on the period's page, not its own
            for part, events in parts.items():
                if len(events) <= size // 10 and on_page + len(events) <= size:
                    on_page += len(events)
                    sections.append(section(period, part, events, link))
                    part_rows.append({"label": part.label, "count": len(events),
                                      "url": link(period_path, sections[-1]["id"])})
                    continue
                chunks = _paginate(events, size)
                paths = [urls.timeline_part(period.slug, part.slug, n) for n in range(1, len(chunks) + 1)]
                for n, (path, chunk) in enumerate(zip(paths, chunks), start=1):
                    part_link = Linker(path, directory_urls)
                    out[path] = render(
                        "timeline_part.md.j2",
                        title=f"Timeline: {part.label}" + (f" (page {n})" if n > 1 else ""),
                        heading=part.label,
                        entries=[timeline_entry(e, titles, part_link) for e in chunk],
                        count=len(events), pager=_pager(paths, n, part_link),
                        parent=(period.label, part_link(period_path)), link=part_link, urls=urls)
                part_rows.append({"label": part.label, "count": len(events), "url": link(paths[0])})
        out[period_path] = render(
            "timeline_year.md.j2", id=f"y{period.slug}", label=period.label, count=count,
            sections=sections, parts=part_rows, parent=("Timeline", link(urls.TIMELINE)),
            link=link, urls=urls)
        years.append({"label": period.label, "count": count, "url": overview_link(period_path),
                      "start": period})
    order = {period: n for n, period in enumerate(grouped)}
    years.sort(key=lambda row: order[row.pop("start")])
    out[urls.TIMELINE] = render("timeline.md.j2", years=years, inline=[], count=len(timeline.events),
                                link=overview_link, urls=urls, exports=export_links(overview_link, None),
                                key_dates=key_rows,
                                drawn=drawn_timeline(overview_link, urls.view_file(None))
                                if draw and timeline.events else None)
    return out
