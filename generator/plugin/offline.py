"""Viewing the built site from disk (`file://`), when Material's `offline` plugin is on
(`NEWS_TIMELINES_OFFLINE=true mkdocs build`).

That plugin turns directory URLs off (pages become `articles/ID.html`, and our links
follow `use_directory_urls`) and puts the search index in a script; search then runs
in an iframe through the iframe-worker shim, which Material would load from unpkg.com.
The site asks no other host for anything, so the shim comes from npm at setup time
(`package.json`) and is copied into the site here. Material's instant navigation
switches itself off under `file://`.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

SHIM_SOURCE = "iframe-worker/shim/index.js"  # in node_modules
SHIM = "assets/vendor/iframe-worker/shim.js"  # in the site


def offline_enabled(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin is not None and plugin.config.enabled)


def use_local_shim(config: MkDocsConfig) -> None:
    """Our copy of the shim instead of unpkg.com's, whichever plugin's on_config ran first."""
    polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
    config.extra["polyfills"] = [*polyfills, SHIM]


def shim_file(config: MkDocsConfig, node_modules: Path) -> File:
    source = node_modules / SHIM_SOURCE
    if not source.is_file():
        raise PluginError(f"offline build: {source} is missing; run `npm ci` (it installs iframe-worker)")
    return File.generated(config, SHIM, abs_src_path=str(source))
