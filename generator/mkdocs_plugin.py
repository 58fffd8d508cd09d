"""The MkDocs plugin: thin glue between MkDocs and `generator.site.build_site`.

It adds the generated pages and data files in `on_files` and makes `mkdocs serve`
watch the seeds folder. All logic lives below it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .analysis import AnalysisSettings
from .site import SiteConfig, build_site
from .summarize import DEFAULT_METHOD, METHODS, SummarySettings

log = logging.getLogger("mkdocs.plugins.news_timelines")

SEEDS_ENV = "NEWS_TIMELINES_SEEDS"


class NewsTimelinesConfig(base.Config):
    seeds_dir = c.Type(str, default="seeds")
    summary_method = c.Choice(tuple(METHODS), default=DEFAULT_METHOD)
    # Summary length, given one way at most; none given means the default sentences.
    summary_sentences = c.Optional(c.Type(int))
    summary_ratio = c.Optional(c.Type(float))
    summary_words = c.Optional(c.Type(int))


class NewsTimelinesPlugin(BasePlugin[NewsTimelinesConfig]):
    def _seeds(self, config: MkDocsConfig) -> Path:
        """The seeds folder: the environment variable wins, else mkdocs.yml's setting,
        relative to mkdocs.yml."""
        seeds = Path(os.environ.get(SEEDS_ENV) or self.config.seeds_dir)
        if not seeds.is_absolute():
            seeds = Path(config.config_file_path or ".").resolve().parent / seeds
        return seeds

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        seeds = self._seeds(config)
        settings = SiteConfig(
            analysis=AnalysisSettings(
                summary=SummarySettings(
                    method=self.config.summary_method,
                    sentences=self.config.summary_sentences,
                    ratio=self.config.summary_ratio,
                    words=self.config.summary_words,
                )
            ),
            directory_urls=config.use_directory_urls,
        )
        site = build_site(seeds, settings)
        for path, content in [*site.pages.items(), *site.data_files.items()]:
            if files.get_file_from_path(path) is not None:
                files.remove(files.get_file_from_path(path))
                log.warning("generated %s replaces the file of that name in docs/", path)
            files.append(File.generated(config, path, content=content))
        for analysis in site.corpus.analyses:
            log.debug("%s: built as articles/%s (%d sentences, %d dated events)", analysis.article.path,
                      analysis.article.id, len(analysis.sentences), len(analysis.events))
            for note in analysis.warnings:
                log.info("%s: %s", analysis.article.path, note)
        for problem in site.problems:  # skipped on purpose (hidden files): info only
            (log.warning if problem.warning else log.info)("%s: %s", problem.path, problem.reason)
        log.info(
            "news-timelines: %d article(s) from %s, %d file(s) not built",
            len(site.corpus.analyses), seeds, len(site.problems),
        )
        return files

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        seeds = self._seeds(config)
        if seeds.is_dir():
            server.watch(str(seeds))
        return server
