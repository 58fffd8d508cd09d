"""`python -m generator build`: the generated pages of a folder of articles, written to disk.

The settings are the MkDocs plugin's, read from the site's mkdocs.yml (`plugin.options`),
so that a site built from the written pages by another engine (Zensical) is the site
the plugin builds; options given on the command line override the file's.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path

from ..wording import plural

CONFIG_FILES = ("mkdocs.yml", "mkdocs.yaml")  # looked for in the working folder, as MkDocs does


@dataclass(frozen=True, slots=True)
class BuildFlags:
    """What the command line says; None: as mkdocs.yml (or the plugin's default) says."""

    seeds: str | None = None
    cache_dir: str | None = None
    no_cache: bool = False
    executor: str | None = None
    workers: int | None = None
    dask_address: str | None = None
    progress: bool = True
    date_order: str | None = None


def build_command(out: str, config_file: str | None = None, flags: BuildFlags = BuildFlags()) -> int:
    from mkdocs.exceptions import ConfigurationError

    from ..building.progress import wanted
    from ..site import build_site

    try:
        mkdocs_site, read_from = _settings(config_file)
    except ConfigurationError as error:
        print(f"error: {config_file or _found_config()}: {error}", file=sys.stderr)
        return 2
    for warning in mkdocs_site.warnings:  # as `mkdocs build` warns of them
        print(f"warning: {read_from}: {warning}", file=sys.stderr)
    seeds = Path(flags.seeds) if flags.seeds is not None else mkdocs_site.seeds
    if not seeds.is_dir():  # not built as empty: with --out docs that would remove every page
        print(f"error: no such folder of articles: {seeds} (give --seeds FOLDER, or seeds_dir in mkdocs.yml)",
              file=sys.stderr)
        return 2
    given = {name: value for name, value in (
        ("executor", flags.executor), ("workers", flags.workers), ("dask_address", flags.dask_address))
        if value is not None}
    if flags.no_cache or flags.cache_dir is not None:
        given["cache_dir"] = None if flags.no_cache else Path(flags.cache_dir)
    load = mkdocs_site.load_options(wanted(flags.progress and mkdocs_site.options.progress))
    config = mkdocs_site.site_config(dataclasses.replace(load, **given))
    if flags.date_order is not None:
        config = dataclasses.replace(config, analysis=dataclasses.replace(config.analysis, date_order=flags.date_order))
    site = build_site(seeds, config)
    try:
        written = site.write(Path(out))
    except FileExistsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in site.problems:
        print(f"warning: {problem.path}: {problem.reason}", file=sys.stderr)
    for warning in site.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for analysis in site.corpus.analyses:  # mistakes in what the author wrote
        for fault in analysis.article.faults:
            print(f"warning: {analysis.article.path}, {fault}", file=sys.stderr)
    stats = site.corpus.stats
    print(f"wrote {written} files to {out} ({plural(stats.analysed, 'article')} analysed, "
          f"{stats.cached} from cache, in {stats.seconds:.2f} s; settings from {read_from})")
    return 0


def _found_config() -> str | None:
    return next((name for name in CONFIG_FILES if Path(name).is_file()), None)


def _settings(config_file: str | None):
    """The site's settings and where they came from: the file named, else mkdocs.yml in
    the working folder, else the plugin's defaults."""
    from ..plugin.options import MkDocsSite, default_options, read_mkdocs_yml

    config_file = config_file or _found_config()
    if config_file is None:
        return MkDocsSite(options=default_options(), config_dir=Path.cwd()), "the plugin's defaults"
    return read_mkdocs_yml(Path(config_file)), config_file
