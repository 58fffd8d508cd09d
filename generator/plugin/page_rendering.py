"""How the plugin renders the generated pages MkDocs builds: from the render cache,
from the helper process, or through the theme in the moment (in that order).

The plugin calls `PageRendering.start` once the theme's environment is final
(`on_env`), `context` for each page (last of the `on_page_context` events),
`rendered` with the theme's HTML of each page (first of the `on_post_page` events)
and `finish` after the build. See `render_cache` and `render_helper`.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, DictLoader
from markupsafe import Markup
from mkdocs.commands.build import get_context

from . import render_cache, render_helper
from .mkdocs_pages import GeneratedPage


class PageRendering:
    def __init__(self, env, nav, files, config, cache_dir: Path | None, probe_folder: str,
                 helper: bool = True) -> None:
        self._env, self._nav, self._files, self._config = env, nav, files, config
        self._documentation_pages = files.documentation_pages()
        self._pages = [file.page for file in self._documentation_pages
                       if isinstance(file.page, GeneratedPage) and file.inclusion.is_not_in_nav()
                       and not file.inclusion.is_excluded()]
        self._templates = {id(page): page.meta.get("template", "main.html") for page in self._pages}
        self._cache = render_cache.RenderCache(
            render_cache.RenderStore(cache_dir / render_cache.STORE_NAME) if cache_dir else None)
        self._probe_folder = probe_folder
        self._todo: dict[int, int] = {}  # id(page) → its place among those not kept
        self._helper: render_helper.RenderHelper | None = None
        self._use_helper = helper
        self._in_helper = False

    @staticmethod
    def possible(config) -> bool:
        return render_cache.cacheable_site(config.plugins)

    def start(self) -> tuple[int, int]:
        """Look the pages up in the cache, start the helper on the others. Returns
        (pages served from the cache, pages). When the cache can serve nothing (a cold
        build), the helper starts first, on every page, so that it renders while this
        process renders the probe and makes the pages' keys."""
        self._env.loader = ChoiceLoader([DictLoader({render_cache.PASSTHROUGH:
                                                     render_cache.PASSTHROUGH_SOURCE}),
                                         self._env.loader])
        early = self._cache.finds_nothing()
        self._cache.close()  # no database connection across the fork; reopened when needed
        if early:
            self._start_helper(list(self._pages))
        found = self._cache.prepare(self._pages, render_cache.environment_key(
            self._env, self._nav, self._files, self._config, self._probe_folder))
        if not early:
            self._cache.close()
            self._start_helper([page for page in self._pages if not self._cache.is_served(page)])
        self._pass_through()
        return found, len(self._pages)

    def _start_helper(self, todo: list) -> None:
        self._todo = {id(page): i for i, page in enumerate(todo)}
        if self._use_helper:
            self._helper = render_helper.RenderHelper(len(todo),
                                                      lambda i: self._in_the_helper(todo[i]))
            self._helper.start()

    def _pass_through(self) -> None:
        """MkDocs renders each page with the one-line template that prints what
        `context` gives it (set after the pages' keys are made: they read the meta)."""
        for page in self._pages:
            page.meta["template"] = render_cache.PASSTHROUGH

    def _in_the_helper(self, page) -> str:
        """Page as MkDocs would build it: its context, every plugin's `on_page_context`
        (this one's does nothing in the helper), its template. Every page's meta is
        first as this process leaves it for MkDocs (`_pass_through`)."""
        if not self._in_helper:
            self._in_helper = True
            self._pass_through()
        page.active = True
        try:
            context = get_context(self._nav, self._documentation_pages, self._config, page)
            context = self._config.plugins.on_page_context(context, page=page, config=self._config,
                                                           nav=self._nav)
            return self._env.get_template(self._templates[id(page)]).render(context)
        finally:
            page.active = False

    def context(self, context, page):
        if self._in_helper or id(page) not in self._templates:
            return context
        html: str | None = self._cache.served(page) if self._cache.is_served(page) else None
        if html is None and self._helper is not None and id(page) in self._todo:
            html = self._helper.take(self._todo[id(page)])
        if html is None:
            html = self._env.get_template(self._templates[id(page)]).render(context)
        context[render_cache.CONTEXT_NAME] = Markup(html)  # HTML to print as it is
        return context

    def rendered(self, page, html: str) -> None:
        self._cache.rendered(page, html)

    def finish(self, save: bool = True) -> None:
        if self._helper is not None:
            self._helper.stop()
            self._helper = None
        if save:
            self._cache.save()
        else:
            self._cache.close()
