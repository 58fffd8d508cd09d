"""What MkDocs reads from an article page before rendering it (front matter, table of
contents, anchor ids) is found by the worker that made the page (`site.page_facts`);
a page takes those facts only when MkDocs reads the very text they were found in."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.utils.meta import get_data

from generator.building.corpus import LoadOptions
from generator.plugin.mkdocs_pages import GeneratedPage, adopt
from generator.site import SiteConfig, build_site
from generator.site.headings import anchor_ids, toc_tokens
from generator.site.page_facts import page_facts

from .test_streaming import _seeds


def test_the_workers_facts_are_what_mkdocs_reads(tmp_path):
    site = build_site(_seeds(tmp_path / "seeds"), SiteConfig(
        load=LoadOptions(executor="process", workers=2, progress=False), page_facts=True))
    article_pages = {path for path in site.pages if path.startswith("articles/")}
    assert set(site.facts) == article_pages
    for path, facts in site.facts.items():
        source = site.pages[path]
        body, meta = get_data(source)
        assert source[facts.body_start:] == body and facts.meta == meta and meta["title"]
        assert facts.toc == toc_tokens(body.strip())
        assert facts.anchor_ids == anchor_ids(body.strip())


def test_text_without_front_matter_has_no_facts():
    assert page_facts("<p>no front matter</p>") is None


def _config(tmp_path, read_source=None) -> MkDocsConfig:
    (tmp_path / "docs").mkdir(exist_ok=True)
    config = MkDocsConfig()
    config.load_dict({"site_name": "t", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site")})
    errors, _ = config.validate()
    assert not errors
    config.plugins._current_plugin = None  # as MkDocs leaves it outside an event
    if read_source is not None:
        config.plugins.events["page_read_source"].append(read_source)
    return config


SOURCE = ('---\ntitle: "A <b>page</b>"\nsearch:\n  exclude: false\n---\n\n'
          '<h2 id="one">One</h2>\n<p id="p1">x</p>\n<h3 id="two">Two &amp; more</h3>\n')


def _render(config, page):
    page.read_source(config)
    page.render(config, Files([page.file]))
    return page.markdown, page.meta, [(t.id, t.title, len(t.children)) for t in page.toc], \
        page.present_anchor_ids, page.content


def test_a_page_with_facts_reads_and_renders_as_one_without(tmp_path):
    config = _config(tmp_path)
    facts = page_facts(SOURCE)
    with_facts = adopt(File.generated(config, "articles/a.md", content=SOURCE), config, facts)
    without = adopt(File.generated(config, "articles/b.md", content=SOURCE), config)
    assert with_facts._facts is not None and without._facts is None
    assert _render(config, with_facts) == _render(config, without)
    assert with_facts.meta == {"title": "A <b>page</b>", "search": {"exclude": False}}


def test_other_text_from_a_plugin_is_read_as_usual(tmp_path):
    other = SOURCE.replace("One", "Uno")
    config = _config(tmp_path, read_source=lambda page, config: other)
    facts = page_facts(SOURCE)
    page = adopt(File.generated(config, "articles/a.md", content=SOURCE), config, facts)
    markdown, meta, toc, anchors, content = _render(config, page)
    assert "Uno" in markdown and toc[0][1] == "Uno"
    assert isinstance(page, GeneratedPage)
