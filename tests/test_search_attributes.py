"""Material's search plugin removes `data-search-…="…"` attributes from every page's
HTML in its `on_page_context`; on our generated pages the plugin's handler skips that
removal where it would change nothing (`mkdocs_pages.skip_search_attribute_removal`).
What the handler leaves must be what Material's own code leaves."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, strategies as st
from material.plugins.search.plugin import SearchPlugin
from mkdocs.plugins import PluginCollection

from generator.plugin.mkdocs_pages import (_SEARCH_ATTRIBUTE, GeneratedPage,
                                           skip_search_attribute_removal)

MATERIAL = r"\s?data-search-\w+=\"[^\"]+\""  # material/plugins/search/plugin.py
PIECES = st.sampled_from([" ", "\n", "data-search-", "exclude", "boost", "=", '"', "x", "é",
                          "<h2 id=\"s\">", "data-search-exclude", ">", "_", "-"])


@given(st.lists(PIECES, max_size=12).map("".join))
def test_the_removal_changes_the_html_exactly_where_the_quick_pattern_is_found(html):
    removed = re.sub(MATERIAL, "", html)
    assert (removed == html) == (_SEARCH_ATTRIBUTE.search(html) is None)


class _Index:
    def __init__(self):
        self.pages = []

    def add_entry_from_context(self, page):
        self.pages.append(page)


def _plugins_with_search():
    plugin = SearchPlugin()
    plugin.config = SimpleNamespace(enabled=True)
    plugin.search_index = _Index()
    plugins = PluginCollection()
    plugins["material/search"] = plugin
    return plugins, plugin


def _page(cls, content):
    page = cls.__new__(cls)  # only what the handler reads
    page.content = content
    return page


def test_the_handler_does_what_materials_does_on_every_page():
    plugins, plugin = _plugins_with_search()
    assert skip_search_attribute_removal(plugins, plugin)
    assert not skip_search_attribute_removal(plugins, plugin)  # once is enough
    handler = plugins.events["page_context"][0]
    for cls in (GeneratedPage, SimpleNamespace):
        for content in ['<h2 id="summary" data-search-exclude>Summary</h2>',
                        '<p data-search-boost="2">x</p> <b>y</b>', ""]:
            page = _page(cls, content)
            assert handler({}, page=page, config=None, nav=None) is None
            assert page.content == re.sub(MATERIAL, "", content)
            assert plugin.search_index.pages[-1] is page
    plugin.config.enabled = False
    page = _page(GeneratedPage, "<p>x</p>")
    handler({}, page=page, config=None, nav=None)
    assert plugin.search_index.pages[-1] is not page


def test_another_search_plugin_is_left_alone():
    plugins = PluginCollection()
    other = SimpleNamespace(on_page_context=lambda context, **kwargs: None)
    assert not skip_search_attribute_removal(plugins, other)


class _AnotherVersion(SearchPlugin):
    def on_page_context(self, context, *, page, config, nav):  # does something more
        page.meta["indexed"] = True
        return super().on_page_context(context, page=page, config=config, nav=nav)


_AnotherVersion.__module__ = SearchPlugin.__module__


def test_a_handler_of_another_material_version_is_left_to_run_as_it_is():
    plugin = _AnotherVersion()
    plugins = PluginCollection()
    plugins["material/search"] = plugin
    original = list(plugins.events["page_context"])
    assert not skip_search_attribute_removal(plugins, plugin)
    assert plugins.events["page_context"] == original
