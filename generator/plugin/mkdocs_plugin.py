"""The MkDocs plugin: thin glue between MkDocs and `generator.site.build_site`.

It adds the generated pages and data files in `on_files` (each page as a
`GeneratedPage`, whose HTML skips Python-Markdown; `fast_pages: false` renders them as
Markdown instead, as an engine without this plugin would) and makes `mkdocs serve`
watch the seeds folder. All logic lives below it.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from ..building.progress import wanted
from ..extras import MissingExtra, require_extra
from ..site import build_site, drawn, grouped_notes, urls
from ..site.compact import compact
from ..site.output import read_manifest
from ..wording import plural
from . import kept_folders, offline
from .mkdocs_pages import (GeneratedPage, adopt, index_generated_pages_quickly,
                           skip_search_attribute_removal)
from .options import MkDocsSite, NewsTimelinesConfig
from .page_rendering import PageRendering

log = logging.getLogger("mkdocs.plugins.news_timelines")


class NewsTimelinesPlugin(BasePlugin[NewsTimelinesConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._indexed: dict = {}  # article page → its search sections, from the page cache
        self._site_dir: str | None = None  # of the build under way (`on_build_error`)
        self._nav = None
        self._rendering: PageRendering | None = None  # this build's, if any

    def _site(self, config: MkDocsConfig) -> MkDocsSite:
        return MkDocsSite(options=self.config, config_dir=Path(config.config_file_path or ".").resolve().parent,
                          site_url=config.site_url or None, directory_urls=config.use_directory_urls)

    def _seeds(self, config: MkDocsConfig) -> Path:
        return self._site(config).seeds

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """The drawn timeline's script and stylesheet, unless mkdocs.yml lists them; and,
        before any work, a setting that needs a missing optional extra named in one line."""
        if self.config.executor == "dask":
            try:
                require_extra("dask", "news-timelines setting 'executor: dask'")
            except MissingExtra as error:
                raise PluginError(str(error)) from None
        if offline.offline_enabled(config):
            offline.use_local_shim(config)
        if self.config.drawn_timeline:
            if drawn.SCRIPT not in [str(script) for script in config.extra_javascript]:
                config.extra_javascript.append(drawn.SCRIPT)
            if drawn.STYLESHEET not in config.extra_css:
                config.extra_css.append(drawn.STYLESHEET)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        mkdocs_site = self._site(config)
        seeds = mkdocs_site.seeds
        # The kept folders come back before the workers write data files into them.
        kept_folders.bring_back(config.site_dir)
        settings = mkdocs_site.site_config(
            # `mkdocs build -q` raises the log level: then no bar either.
            mkdocs_site.load_options(wanted(self.config.progress, quiet=not log.isEnabledFor(logging.INFO))),
            search_sections=self.config.fast_pages,
            # Local workers write the articles' data files into the site themselves
            # (a Dask cluster's may run on other machines).
            data_into=Path(config.site_dir) if self.config.executor != "dask" else None,
            page_facts=self.config.fast_pages,
        )
        started = time.perf_counter()
        site = build_site(seeds, settings)
        seconds = time.perf_counter() - started
        self._indexed.clear()  # read by the search plugin's hook (`on_pre_build`)
        self._indexed.update(site.search)
        for warning in site.warnings:
            log.warning("news-timelines: %s", warning)
        # Files that `python -m generator build --out docs` wrote into docs/ (for
        # Zensical) are ours: replaced silently, and dropped when no longer generated.
        written_before = read_manifest(Path(config.docs_dir))
        for path in written_before - {*site.pages, *site.data_files}:
            if files.get_file_from_path(path) is not None:
                files.remove(files.get_file_from_path(path))
        for path, content in [*site.pages.items(), *site.data_files.items()]:
            if files.get_file_from_path(path) is not None:
                files.remove(files.get_file_from_path(path))
                if path not in written_before:
                    log.warning("generated %s replaces the file of that name in docs/", path)
            # Data files are written only when changed (`kept_folders`).
            file = (File if path in site.pages else kept_folders.KeptFile).generated(
                config, path, content=content)
            if path in site.written:
                # Not its abs_dest_path: a cached property, which a later plugin's
                # change of dest_uri would then no longer move.
                file.written = (content, file.dest_dir, file.dest_uri)
            files.append(file)
            if self.config.fast_pages and path in site.pages:
                adopt(file, config, site.facts.get(path))
        if offline.offline_enabled(config):  # viewable from disk: search's shim, from npm
            files.append(offline.shim_file(config, mkdocs_site.npm_packages))
        for analysis in site.corpus.analyses:  # every file by name, with `mkdocs build -v`
            log.debug("%s: built as articles/%s (%d sentences, %d dated events)", analysis.article.path,
                      analysis.article.id, len(analysis.sentences), len(analysis.events))
            for note in analysis.warnings:
                log.debug("%s: %s", analysis.article.path, note)
        for where, note in grouped_notes(site.corpus.analyses):
            log.info("%s: %s", where, note)
        for analysis in site.corpus.analyses:  # the author's mistakes: --strict stops
            for fault in analysis.article.faults:
                log.warning("%s, %s", analysis.article.path, fault)
        for problem in site.problems:  # skipped on purpose (hidden files): info only
            (log.warning if problem.warning else log.info)("%s: %s", problem.path, problem.reason)
        stats = site.corpus.stats
        log.info(
            "news-timelines: %s from %s, %s not built; "
            "%d analysed, %d from cache in %.2f s; site generated in %.2f s",
            plural(len(site.corpus.analyses), "article"), seeds, plural(len(site.problems), "file"),
            stats.analysed, stats.cached, stats.seconds, seconds,
        )
        return files

    @event_priority(-100)  # last, right before MkDocs cleans the site folder
    def on_pre_build(self, /, *, config: MkDocsConfig) -> None:
        # Our article pages and data files sit out MkDocs' clean; `on_files` puts them back.
        self._site_dir = config.site_dir
        kept_folders.hide(config.site_dir)
        # Material's search indexes our pages from their known shape (same entries).
        search = config.plugins.get("material/search") or config.plugins.get("search")
        if self.config.fast_pages and search is not None:
            index_generated_pages_quickly(search, self._indexed)
            skip_search_attribute_removal(config.plugins, search)

    def on_nav(self, nav, /, *, config: MkDocsConfig, files: Files):
        self._nav = nav
        return nav

    @event_priority(-100)  # last: the theme's environment as every plugin left it
    def on_env(self, env, /, *, config: MkDocsConfig, files: Files):
        kept_folders.restore(config.site_dir, (file.dest_uri for file in files
                                               if file.inclusion.is_included()))
        self._rendering = None
        if PageRendering.possible(config):
            self._rendering = PageRendering(env, self._nav, files, config, self._site(config).cache_dir,
                                            urls.ARTICLES, helper=self.config.render_helper)
            found, pages = self._rendering.start()
            if self.config.cache:
                log.info("news-timelines: %d of %d generated pages as rendered before", found, pages)
        return env

    @event_priority(-100)  # last: the context as every plugin left it
    def on_page_context(self, context, /, *, page, config: MkDocsConfig, nav):
        return self._rendering.context(context, page) if self._rendering is not None else context

    def on_post_build(self, /, *, config: MkDocsConfig) -> None:
        if self._rendering is not None:
            self._rendering.finish()
            self._rendering = None

    def on_build_error(self, /, *, error: Exception) -> None:
        if self._rendering is not None:
            self._rendering.finish(save=False)
            self._rendering = None
        if self._site_dir is not None:
            kept_folders.put_back(self._site_dir)

    @event_priority(100)  # first: the theme's HTML, before any plugin changes it
    def on_post_page(self, output: str, /, *, page, config: MkDocsConfig) -> str:
        if self._rendering is not None:
            self._rendering.rendered(page, output)
        # Our pages without the theme's indentation (a fifth of site/ for a large corpus).
        return compact(output) if isinstance(page, GeneratedPage) else output

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        seeds = self._seeds(config)
        if seeds.is_dir():
            server.watch(str(seeds))
        return server
