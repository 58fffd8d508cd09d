"""The export files of the site (TimelineJS JSON, CSV, iCalendar), corpus-wide and per
article: the writers live in `generator.exports`; this module names the files and
makes the links they carry."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urljoin, urlsplit

from ..exports import export_events, to_csv, to_ics, to_timelinejs
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

    def sentence_url(article_id: str, index: int) -> str:
        path = urls.page_url(urls.article_page(article_id), directory_urls) + f"#s{index}"
        return urljoin(base, path) if base else path

    return sentence_url


def export_files(analyses: Sequence[Analysis], timeline: Timeline, site_url: str | None,
                 directory_urls: bool) -> dict[str, bytes]:
    """Every export file; `timeline` is the corpus's merged timeline."""
    sentence_url = sentence_url_maker(site_url, directory_urls)
    host = (urlsplit(site_url).hostname if site_url else None) or "news-timelines"
    files: dict[str, bytes] = {}
    by_id = {analysis.article.id: analysis for analysis in analyses}
    for analysis in analyses:
        events = export_events(analysis.events, by_id, sentence_url, source_of)
        article_id, title = analysis.article.id, analysis.article.title
        files[urls.export_file(article_id, "timelinejs")] = to_timelinejs(events, title).encode("utf-8")
        files[urls.export_file(article_id, "csv")] = to_csv(events).encode("utf-8")
        files[urls.export_file(article_id, "ics")] = to_ics(events, title, host)
    everything = export_events(timeline.events, by_id, sentence_url, source_of)
    count = (f"{len(everything)} dated event{'' if len(everything) == 1 else 's'} from "
             f"{len(analyses)} article{'' if len(analyses) == 1 else 's'}")
    files[urls.export_file(None, "timelinejs")] = to_timelinejs(everything, CORPUS_TITLE, count).encode("utf-8")
    files[urls.export_file(None, "csv")] = to_csv(everything).encode("utf-8")
    files[urls.export_file(None, "ics")] = to_ics(everything, CORPUS_TITLE, host)
    return files
