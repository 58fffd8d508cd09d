"""The plugin's options in `mkdocs.yml`, and the site settings they make.

One schema and one mapping for both ways of building: the MkDocs plugin reads its
options when MkDocs loads `mkdocs.yml`, and `python -m generator build` (the road to
Zensical, which runs no plugins) reads the same file with MkDocs's YAML loader, so
that the pages it writes into the docs folder are the pages the plugin would make:
the same summaries, key dates, page sizes, limits, `site_url` in the exports and link
form (`use_directory_urls`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c

from ..analysing.analysis import AnalysisSettings
from ..building.settings import DEFAULT_CACHE_DIR, DEFAULT_EXECUTOR, EXECUTORS, LoadOptions
from ..reading.limits import DEFAULT_LIMITS, Limits
from ..reading.metadata import DATE_ORDERS
from ..site import NavSettings, SiteConfig, drawn
from ..site.navigation import DEFAULT_HOME_LATEST, DEFAULT_PAGE_SIZE
from ..summarize import DEFAULT_METHOD, METHOD_NAMES, SummarySettings

PLUGIN_NAME = "news-timelines"  # as mkdocs.yml lists it (the entry point in pyproject.toml)
SEEDS_ENV = "NEWS_TIMELINES_SEEDS"
CACHE_ENV = "NEWS_TIMELINES_CACHE_DIR"
NODE_MODULES_ENV = "NEWS_TIMELINES_NODE_MODULES"


class NewsTimelinesConfig(base.Config):
    seeds_dir = c.Type(str, default="seeds")
    summary_method = c.Choice(METHOD_NAMES, default=DEFAULT_METHOD)
    # How numeric dates such as 03/04/2024 are read (DMY, MDY, YMD); unset, such a
    # date is a warning and is not read.
    date_order = c.Optional(c.Choice(DATE_ORDERS))
    # Summary length, given one way at most; none given means the default sentences.
    summary_sentences = c.Optional(c.Type(int))
    summary_ratio = c.Optional(c.Type(float))
    summary_words = c.Optional(c.Type(int))
    # Analysis cache folder, relative to mkdocs.yml; `cache: false` turns it off.
    cache = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=DEFAULT_CACHE_DIR)
    executor = c.Choice(EXECUTORS, default=DEFAULT_EXECUTOR)
    workers = c.Optional(c.Type(int))  # none: one per core
    dask_address = c.Optional(c.Type(str))  # none: a local Dask cluster
    page_size = c.Type(int, default=DEFAULT_PAGE_SIZE)
    key_dates = c.Optional(c.Type(int))  # none: chosen from the number of articles
    home_latest = c.Type(int, default=DEFAULT_HOME_LATEST)
    progress = c.Type(bool, default=True)
    # Explicit limits: a larger file or a fuller folder is reported, never truncated.
    max_article_bytes = c.Type(int, default=DEFAULT_LIMITS.max_article_bytes)
    max_files = c.Type(int, default=DEFAULT_LIMITS.max_files)
    # Generated pages go to MkDocs as HTML, skipping Python-Markdown (same HTML, faster).
    fast_pages = c.Type(bool, default=True)
    # A second process renders generated pages through the theme while MkDocs renders
    # the others (`render_helper`; Linux, two cores or more).
    render_helper = c.Type(bool, default=True)
    # The drawn timeline: its library comes from npm (`npm ci` beside mkdocs.yml).
    drawn_timeline = c.Type(bool, default=True)
    node_modules = c.Type(str, default="node_modules")


def folder(config_dir: Path, env: str, setting: str) -> Path:
    """A folder named by the environment variable `env`, else by mkdocs.yml's
    `setting`; a relative one is relative to mkdocs.yml's folder."""
    named = Path(os.environ.get(env) or setting)
    return named if named.is_absolute() else config_dir / named


@dataclass(frozen=True, slots=True)
class MkDocsSite:
    """What a build takes from `mkdocs.yml`: the plugin's options and the two site
    settings that change the generated pages."""

    options: NewsTimelinesConfig
    config_dir: Path  # the folder of mkdocs.yml: relative folders are read from it
    site_url: str | None = None
    directory_urls: bool = True
    # what MkDocs would warn of in those settings (an option name it does not know)
    warnings: tuple[str, ...] = ()

    @property
    def seeds(self) -> Path:
        return folder(self.config_dir, SEEDS_ENV, self.options.seeds_dir)

    @property
    def cache_dir(self) -> Path | None:
        return folder(self.config_dir, CACHE_ENV, self.options.cache_dir) if self.options.cache else None

    @property
    def npm_packages(self) -> Path:
        """Where `npm ci` put the browser libraries (the drawn timeline's, the offline
        search's shim)."""
        return drawn.find_node_modules(folder(self.config_dir, NODE_MODULES_ENV, self.options.node_modules))

    @property
    def node_modules(self) -> Path | None:
        """The browser libraries' folder for the drawn timeline, if it is wanted."""
        return self.npm_packages if self.options.drawn_timeline else None

    def site_config(self, load: LoadOptions, **plugin_only) -> SiteConfig:
        """The settings of `build_site` the options give; `load` says how this build
        runs the analysis, `plugin_only` what only the plugin's build does."""
        o = self.options
        return SiteConfig(
            analysis=AnalysisSettings(
                summary=SummarySettings(method=o.summary_method, sentences=o.summary_sentences,
                                        ratio=o.summary_ratio, words=o.summary_words),
                date_order=o.date_order,
            ),
            directory_urls=self.directory_urls,
            site_url=self.site_url,
            node_modules=self.node_modules,
            load=load,
            nav=NavSettings(page_size=o.page_size, home_latest=o.home_latest),
            key_dates=o.key_dates,
            **plugin_only,
        )

    def load_options(self, progress: bool) -> LoadOptions:
        """How to run the analysis, as the options say; `progress`: whether a bar is wanted."""
        o = self.options
        return LoadOptions(cache_dir=self.cache_dir, executor=o.executor, workers=o.workers,
                           dask_address=o.dask_address, progress=progress,
                           limits=Limits(max_article_bytes=o.max_article_bytes, max_files=o.max_files))


def default_options() -> NewsTimelinesConfig:
    """The options of a mkdocs.yml that lists the plugin without any."""
    options = NewsTimelinesConfig()
    options.load_dict({})
    failed, _warnings = options.validate()
    assert not failed, failed  # the defaults are valid
    return options


class _SiteSettings(base.Config):
    """The two settings of mkdocs.yml besides the plugin's that change its pages, as
    MkDocs's own schema checks them."""

    site_url = c.Optional(c.URL(is_dir=True))
    use_directory_urls = c.Type(bool, default=True)


OFFLINE_PLUGINS = ("offline", "material/offline")  # Material's: it turns off directory URLs


def read_mkdocs_yml(path: Path) -> MkDocsSite:
    """`path` read as MkDocs reads it (`!ENV`, `INHERIT`), and only what the pages depend
    on checked, as MkDocs checks it: the plugin's options, `site_url` and
    `use_directory_urls`. Not the whole file: a site built by another engine may have no
    docs folder yet or plugins that are not installed here. A file that does not list
    the plugin gives its default options. A wrong setting: `ConfigurationError`."""
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils.yaml import yaml_load

    with open(path, "rb") as source:
        raw = yaml_load(source)
    if not isinstance(raw, dict):
        raise ConfigurationError(f"{path}: not a mapping of settings")
    plugins = _listed_plugins(raw.get("plugins", ()))
    options = NewsTimelinesConfig(config_file_path=str(path))
    options.load_dict(plugins.get(PLUGIN_NAME) or {})
    site = _SiteSettings(config_file_path=str(path))
    site.load_dict({key: raw[key] for key in ("site_url", "use_directory_urls") if key in raw})
    (option_errors, option_warnings), (site_errors, _) = options.validate(), site.validate()
    errors = [f"Plugin '{PLUGIN_NAME}' option '{key}': {error}" for key, error in option_errors]
    errors += [f"Config value '{key}': {error}" for key, error in site_errors]
    if errors:
        raise ConfigurationError("; ".join(errors))
    # Material's offline plugin turns directory URLs off when it configures the build.
    offline = next((plugins[name] for name in OFFLINE_PLUGINS if name in plugins), None)
    offline_on = offline is not None and bool(offline.get("enabled", True))
    return MkDocsSite(
        options=options,
        config_dir=path.resolve().parent,
        site_url=site.site_url or None,
        directory_urls=site.use_directory_urls and not offline_on,
        warnings=tuple(f"Plugin '{PLUGIN_NAME}' option '{key}': {warning}" for key, warning in option_warnings),
    )


def _listed_plugins(listed) -> dict[str, dict]:
    """Plugin name → its options, from mkdocs.yml's `plugins:` in either form MkDocs
    takes: a list of names and one-key mappings, or one mapping."""
    if isinstance(listed, dict):
        return {str(name): options if isinstance(options, dict) else {} for name, options in listed.items()}
    found: dict[str, dict] = {}
    for item in listed if isinstance(listed, list) else ():
        if isinstance(item, str):
            found[item] = {}
        elif isinstance(item, dict) and len(item) == 1:
            (name, options), = item.items()
            found[str(name)] = options if isinstance(options, dict) else {}
    return found
