"""The site as data: page paths → Markdown, data file paths → bytes.

`build_site` is the one entry point the MkDocs plugin, the CLI and the tests share,
so the output does not depend on how the build was started.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..analysing.analysis import AnalysisSettings
from ..building.cache import AnalysisCache, corpus_version, page_key, settings_fingerprint
from ..analysing.serialize import analysis_dict, timeline_dict, to_compact_json
from ..analysing.timeline import merge
from ..tls import TlsSettings, key_dates
from ..tls.export import key_dates_dict
from . import navigation, pages, urls
from . import drawn
from .exports import article_export_files, export_files, sentence_url_maker
from ..building.corpus import Corpus, LoadOptions, load_corpus
from ..building.collector import settle, settled
from ..building.forked import Forked
from ..building.discover import Problem
from ..model import Analysis
from .navigation import NavSettings
from .changed_files import write_changed
from .page_facts import PageFacts, page_facts
from .output import write_files
from .search import IndexedPage, indexed_page


@dataclass(frozen=True, slots=True)
class SiteConfig:
    analysis: AnalysisSettings = field(default_factory=AnalysisSettings)
    directory_urls: bool = True
    load: LoadOptions = field(default_factory=LoadOptions)
    nav: NavSettings = field(default_factory=NavSettings)
    # The address the site is served from: exports link to pages by absolute URL.
    site_url: str | None = None
    # How many key dates open the corpus timeline; None: chosen from the collection's size.
    key_dates: int | None = None
    # Where npm installed the drawn timeline's library (None: list views only).
    node_modules: Path | None = None
    # Cut the article pages into search sections, kept in the page cache (the MkDocs
    # plugin's search index; nothing else needs them).
    search_sections: bool = False
    # The site folder, when each article's data files are to be written into it by the
    # worker that made them (the MkDocs plugin, with local workers): thousands of small
    # files written across the pool instead of one by one after it (`changed_files`).
    data_into: Path | None = None
    # Find in each article page what MkDocs reads before rendering it (`page_facts`),
    # in the worker that made the page (the MkDocs plugin's fast pages).
    page_facts: bool = False


@dataclass(frozen=True, slots=True)
class Site:
    pages: dict[str, str]
    data_files: dict[str, bytes]
    problems: tuple[Problem, ...]
    corpus: Corpus
    warnings: tuple[str, ...] = ()  # about the build itself (a missing browser library)
    # Article page path → its search sections (with `SiteConfig.search_sections`).
    search: dict[str, IndexedPage] = field(default_factory=dict)
    # The data files already written into `SiteConfig.data_into` (by the workers).
    written: frozenset[str] = frozenset()
    # Article page path → what MkDocs reads from it (with `SiteConfig.page_facts`).
    facts: dict[str, PageFacts] = field(default_factory=dict)

    def write(self, out: Path) -> int:
        """Write pages and data files below `out` (the CLI's `build`), beside any
        other files there; what an earlier build wrote and this one does not is
        removed (`output.write_files`)."""
        return write_files(Path(out), {**self.pages, **self.data_files})


def build_site(seeds: Path, config: SiteConfig = SiteConfig()) -> Site:
    with settled():  # what the build holds to its end, out of the collector's full passes
        return _site(Path(seeds), config)


def _site(seeds: Path, config: SiteConfig) -> Site:
    directory_urls = config.directory_urls
    warnings: list[str] = []
    # Our script and stylesheet are always written (mkdocs.yml may list them); they
    # draw nothing on a page without a drawn timeline.
    asset_files: dict[str, bytes] = drawn.own_files()
    draw = False
    if config.node_modules is not None:
        try:
            asset_files.update(drawn.library_files(config.node_modules))
            draw = True
        except drawn.LibraryMissing as missing:
            warnings.append(str(missing))

    cache = AnalysisCache(config.load.cache_dir) if config.load.cache_dir is not None else None
    site_pages: dict[str, str] = {}
    data_files: dict[str, bytes] = {}
    search: dict[str, IndexedPage] = {}
    written: set[str] = set()
    wrong: set[str] = set()  # written by a worker under an id its article did not get
    facts: dict[str, PageFacts] = {}
    calendars: list[tuple[Analysis, bytes]] = []  # articles' calendars, for the corpus's

    def add_article(analysis: Analysis, key: str | None, made: ArticleFiles) -> None:
        """An article's own files (made by the worker that analysed it), filed while
        the workers go on with the next ones."""
        page, files, indexed, page_facts = made
        page_path = urls.article_page(analysis.article.id)
        site_pages[page_path] = page
        if page_facts is not None:
            facts[page_path] = page_facts
        data_files.update(files)
        if config.data_into is not None:
            written.update(files)
        if indexed is not None:
            search[page_path] = indexed
        # Read back from the cache or written by a worker: the corpus calendar reuses
        # its events' bytes rather than writing them again.
        if calendar := files.get(urls.export_file(analysis.article.id, "ics")):
            calendars.append((analysis, calendar))

    def discard(made: ArticleFiles) -> None:
        """Files a worker wrote under an id its article did not get: another article's
        may have been overwritten, so none of them counts as written."""
        wrong.update(made[1])

    corpus = load_corpus(seeds, config.analysis, config.load, each=add_article,
                         then=partial(_article_files, config=config, draw=draw), discard=discard)
    settle()  # the corpus too

    def corpus_files() -> tuple[dict[str, str], dict[str, bytes]]:
        return _corpus_files(seeds, corpus, config, draw, calendars)

    corpus_pages, corpus_data = _cached_corpus_files(cache, seeds, corpus, config, draw, corpus_files)
    site_pages = {**corpus_pages, **site_pages}
    data_files = {**corpus_data, **data_files, **asset_files}
    return Site(pages=site_pages, data_files=data_files, problems=corpus.problems, corpus=corpus,
                warnings=tuple(warnings), search=search,
                written=frozenset(written - wrong), facts=facts)


def _corpus_files(seeds: Path, corpus: Corpus, config: SiteConfig, draw: bool,
                  calendars: Sequence[tuple[Analysis, bytes]] = ()
                  ) -> tuple[dict[str, str], dict[str, bytes]]:
    """The pages and data files made from the whole corpus: home, report, browse and
    timeline pages, key dates, the corpus exports and the drawn timeline's data.
    `calendars`: the articles' calendars, whose events' bytes the corpus's reuses."""
    analyses, directory_urls = corpus.analyses, config.directory_urls
    titles = {a.article.id: a.article.title for a in analyses}
    timeline = merge(a.events for a in analyses)

    def timeline_exports() -> dict[str, bytes]:
        """The corpus timeline's data and exports: they need neither the pages nor
        the key dates, so a forked child makes them while this process makes those."""
        exported = {urls.TIMELINE_DATA: to_compact_json(timeline_dict(timeline, titles)).encode("utf-8")}
        exported.update(export_files(analyses, timeline, config.site_url, directory_urls,
                                     per_article=False, calendars=calendars))
        return exported

    exports = Forked(timeline_exports)
    exports.start()
    try:
        site_pages, own_data = _corpus_pages(seeds, corpus, config, draw, titles, timeline)
        exported = exports.result()
    finally:
        exports.abandon()  # after an error: the child is not left waiting
    data_files = {urls.TIMELINE_DATA: exported.pop(urls.TIMELINE_DATA),
                  urls.KEY_DATES_DATA: own_data.pop(urls.KEY_DATES_DATA)}
    data_files.update(exported)
    data_files.update(own_data)  # the drawn timeline's, if drawn
    return site_pages, data_files


def _corpus_pages(seeds: Path, corpus: Corpus, config: SiteConfig, draw: bool,
                  titles: dict[str, str], timeline) -> tuple[dict[str, str], dict[str, bytes]]:
    """The corpus-wide pages, the key dates' data and the drawn timeline's."""
    analyses, directory_urls = corpus.analyses, config.directory_urls
    folders = _folders(seeds, analyses)
    site_pages = {
        urls.INDEX: navigation.index_page(analyses, corpus.problems, config.nav, directory_urls),
        urls.REPORT: pages.report_page(analyses, corpus.problems, directory_urls, seeds),
    }
    site_pages.update(navigation.browse_pages(analyses, folders, config.nav, directory_urls))
    chosen = key_dates(analyses, TlsSettings(dates=config.key_dates))
    site_pages.update(navigation.timeline_pages(timeline, titles, config.nav, directory_urls,
                                                chosen, draw=draw))
    data_files = {urls.KEY_DATES_DATA: to_compact_json(key_dates_dict(chosen, titles)).encode("utf-8")}
    if draw:
        data_files.update(drawn.view_files(analyses, timeline, folders,
                                           sentence_url_maker(None, directory_urls),
                                           drawn.key_days(chosen)))
    return site_pages, data_files


def _cached_corpus_files(cache: AnalysisCache | None, seeds: Path, corpus: Corpus,
                         config: SiteConfig, draw: bool,
                         make) -> tuple[dict[str, str], dict[str, bytes]]:
    """`make()`, or what it gave the last build of these seeds with these settings
    when every article, its id, the problems and the site code are the same (a rebuild
    after a hand-written page changed, `mkdocs serve` reloading): the key dates, the
    corpus timeline and the exports are not made again. One entry per seeds folder and
    settings, replaced when the corpus changes."""
    if cache is None or not corpus.keys or None in corpus.keys:
        return make()
    variant = "\0".join(map(str, (
        "corpus", seeds.resolve(), config.directory_urls, config.site_url, draw,
        config.nav, config.key_dates, settings_fingerprint(config.analysis))))
    slot = hashlib.sha256(variant.encode("utf-8", "surrogatepass")).hexdigest()
    content = hashlib.sha256(corpus_version().encode())
    for analysis, key in zip(corpus.analyses, corpus.keys):
        content.update(f"{key}\0{analysis.article.id}\0{analysis.article.path}\n".encode(
            "utf-8", "surrogatepass"))
    for problem in corpus.problems:
        content.update(repr(problem).encode("utf-8", "surrogatepass") + b"\n")
    key = content.hexdigest()
    stored = cache.get_corpus(slot, key)
    if stored is not None:
        return stored
    site_pages, data_files = make()
    cache.put_corpus(slot, key, site_pages, data_files)
    return site_pages, data_files


def grouped_notes(analyses, limit: int = 5) -> list[tuple[str, str]]:
    """(where, note) lines for the build log: a note shared by at most `limit` articles
    once per article; a note shared by more (every BBC article is undated) once, with a
    count, so that the log stays readable for a large corpus. The build report page
    still lists every article."""
    by_note: dict[str, list[str]] = {}
    for analysis in analyses:
        for note in analysis.warnings:
            by_note.setdefault(note, []).append(analysis.article.path)
    lines = []
    for note, paths in by_note.items():
        if len(paths) <= limit:
            lines.extend((path, note) for path in paths)
        else:
            lines.append((f"{len(paths)} articles (first {paths[0]})", note))
    return lines


# What the site makes of one article: its page, its data files, its search sections
# and what MkDocs reads from its page (the last two only if wanted).
ArticleFiles = tuple[str, dict[str, bytes], "IndexedPage | None", "PageFacts | None"]


def _article_files(analysis, key: str | None, config: SiteConfig, draw: bool) -> ArticleFiles:
    """`_made_files`, with the data files written into `config.data_into` and the
    page's facts found, if wanted. A plain function of one analysis: the worker that
    analysed the article runs it."""
    page, files, indexed = _made_files(analysis, key, config, draw)
    if config.data_into is not None:
        root = str(config.data_into)
        for path, data in files.items():
            write_changed(os.path.join(root, path), data)
    return page, files, indexed, page_facts(page) if config.page_facts else None


def _made_files(analysis, key: str | None, config: SiteConfig,
                draw: bool) -> tuple[str, dict[str, bytes], IndexedPage | None]:
    """The article's page, its data files (analysis JSON, exports) and, if wanted,
    its search sections: all depend on this article alone, so they come from one
    cache entry when its analysis and the site code are unchanged (a rebuild then
    reads one file per article)."""
    cache = AnalysisCache(config.load.cache_dir) if config.load.cache_dir is not None else None
    def fresh() -> tuple[str, dict[str, bytes], IndexedPage | None]:
        files = {urls.article_data(analysis.article.id):
                 to_compact_json(analysis_dict(analysis)).encode("utf-8")}
        files.update(article_export_files(analysis, config.site_url, config.directory_urls))
        page = pages.article_page(analysis, config.directory_urls, draw)
        return page, files, indexed_page(page) if config.search_sections else None

    if cache is None or key is None:
        return fresh()
    stored_key = page_key(key, analysis.article.id,
                          f"directory_urls={config.directory_urls} site_url={config.site_url} "
                          f"draw={draw} search={config.search_sections}")
    stored = cache.get_page(stored_key)
    if stored is not None:
        page, files, search = stored
        try:
            indexed = IndexedPage.from_json(json.loads(search)) if config.search_sections else None
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # an entry of another shape: rebuilt below
        else:
            return page, files, indexed
    page, files, indexed = fresh()
    cache.put_page(stored_key, page, files,
                   to_compact_json(indexed.to_json()) if indexed is not None else None)
    return page, files, indexed


def _folders(seeds: Path, analyses) -> dict[str, str | None]:
    """The top-level folder of the seeds each article came from (BBC: its category)."""
    folders: dict[str, str | None] = {}
    for analysis in analyses:
        parts = pages.relative_parts(analysis.article.path, seeds) or ()
        folders[analysis.article.id] = parts[0] if len(parts) > 1 else None
    return folders


__all__ = ["LoadOptions", "NavSettings", "Site", "SiteConfig", "build_site", "grouped_notes"]
