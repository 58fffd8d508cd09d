"""The export files of the site (TimelineJS JSON, CSV, iCalendar), corpus-wide and per
article: the writers live in `generator.exports`; this module names the files and
makes the links they carry."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urljoin, urlsplit

from ..exports import export_events, export_events_from, to_csv, to_ics, to_timelinejs
from ..exports.ical import reuse_events
from ..model import Analysis, Timeline
from . import urls
from .navigation import source_of

CORPUS_TITLE = "Timeline of all articles"


def sentence_url_maker(site_url: str | None, directory_urls: bool):
    """(article id, sentence index) → the sentence's URL: absolute when the site's
    address is known (calendars and TimelineJS pages live elsewhere), else relative
    to the site's root."""
    base = site_url if site_url and urlsplit(site_url).scheme in ("http", "https") else None
    if base is not None and not base.endswith("/"):
        base += "/"

    pages: dict[str, str] = {}  # article id → its page's URL, joined once per article

    def sentence_url(article_id: str, index: int) -> str:
        page = pages.get(article_id)
        if page is None:
            path = urls.page_url(urls.article_page(article_id), directory_urls)
            page = pages[article_id] = urljoin(base, path) if base else path
        # A reference's fragment takes no part in resolving it: joined with it or
        # added after, the same URL (tests/site/test_path_shortcuts.py).
        return f"{page}#s{index}"

    return sentence_url


def _host(site_url: str | None) -> str:
    return (urlsplit(site_url).hostname if site_url else None) or "news-timelines"


def article_export_files(analysis: Analysis, site_url: str | None,
                         directory_urls: bool) -> dict[str, bytes]:
    """One article's export files: they depend on that article alone, so the site
    keeps them in the page cache with its page. An article without a dated event has
    none (its page links to none): three empty files for each of them were a third
    of the files a build of the BBC articles wrote."""
    if not analysis.events:
        return {}
    sentence_url = sentence_url_maker(site_url, directory_urls)
    article_id, title = analysis.article.id, analysis.article.title
    events = export_events(analysis.events, {article_id: analysis}, sentence_url, source_of)
    return {urls.export_file(article_id, "timelinejs"): to_timelinejs(events, title).encode("utf-8"),
            urls.export_file(article_id, "csv"): to_csv(events).encode("utf-8"),
            urls.export_file(article_id, "ics"): to_ics(events, title, _host(site_url))}


def export_files(analyses: Sequence[Analysis], timeline: Timeline, site_url: str | None,
                 directory_urls: bool, per_article: bool = True,
                 calendars: Sequence[tuple[Analysis, bytes]] = ()) -> dict[str, bytes]:
    """Every export file (with `per_article=False`, the corpus-wide ones only);
    `timeline` is the corpus's merged timeline. `calendars`: articles' calendars read
    back from the cache, whose events' bytes the corpus calendar reuses instead of
    writing them again."""
    sentence_url = sentence_url_maker(site_url, directory_urls)
    host = _host(site_url)
    files: dict[str, bytes] = {}
    by_id = {analysis.article.id: analysis for analysis in analyses}
    if per_article:
        for analysis in analyses:  # those with a dated event
            files.update(article_export_files(analysis, site_url, directory_urls))
    everything = export_events(timeline.events, by_id, sentence_url, source_of)
    made = {id(event): row for event, row in zip(timeline.events, everything)}
    for analysis, calendar in calendars:
        if analysis.events:
            reuse_events(export_events_from(analysis.events, made, by_id, sentence_url, source_of),
                         calendar, host)
    count = (f"{len(everything)} dated event{'' if len(everything) == 1 else 's'} from "
             f"{len(analyses)} article{'' if len(analyses) == 1 else 's'}")
    files[urls.export_file(None, "timelinejs")] = to_timelinejs(everything, CORPUS_TITLE, count).encode("utf-8")
    files[urls.export_file(None, "csv")] = to_csv(everything).encode("utf-8")
    files[urls.export_file(None, "ics")] = to_ics(everything, CORPUS_TITLE, host)
    return files
