"""The analysis cache: warm builds are byte-identical to cold ones, and exactly the
changed files are analysed again."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.building import cache
from generator.analysing.analysis import AnalysisSettings
from generator.site import LoadOptions, SiteConfig, build_site
from generator.summarize import SummarySettings

from .corpus import write_corpus


def config(cache_dir: Path | None, **analysis) -> SiteConfig:
    return SiteConfig(analysis=AnalysisSettings(summary=SummarySettings(**analysis)),
                      load=LoadOptions(cache_dir=cache_dir, executor="serial"))


@pytest.fixture
def seeds(tmp_path) -> Path:
    return write_corpus(tmp_path / "seeds", 10)


def test_a_warm_build_is_byte_identical_to_a_cold_one_and_analyses_nothing(seeds, tmp_path):
    uncached = build_site(seeds, config(None))
    cold = build_site(seeds, config(tmp_path / "cache"))
    warm = build_site(seeds, config(tmp_path / "cache"))
    assert cold.corpus.stats.analysed == 10 and cold.corpus.stats.cached == 0
    assert warm.corpus.stats.analysed == 0 and warm.corpus.stats.cached == 10
    assert warm.corpus.analyses == cold.corpus.analyses == uncached.corpus.analyses
    assert warm.pages == cold.pages == uncached.pages
    assert warm.data_files == cold.data_files == uncached.data_files


def test_article_pages_are_stored_and_reused_per_url_style(seeds, tmp_path):
    build_site(seeds, config(tmp_path / "cache"))
    assert len(list((tmp_path / "cache" / "pages").rglob("*.page"))) == 10
    flat = SiteConfig(directory_urls=False,
                      load=LoadOptions(cache_dir=tmp_path / "cache", executor="serial"))
    assert build_site(seeds, flat).pages == build_site(seeds, replace(flat, load=LoadOptions())).pages
    assert len(list((tmp_path / "cache" / "pages").rglob("*.page"))) == 20


def test_touching_one_article_reanalyses_that_article_only(seeds, tmp_path):
    build_site(seeds, config(tmp_path / "cache"))
    changed = sorted(seeds.rglob("*.md"))[0]
    changed.write_text(changed.read_text("utf-8") + "\nOn 3 May 2006 it reopened.\n", "utf-8")
    site = build_site(seeds, config(tmp_path / "cache"))
    assert (site.corpus.stats.analysed, site.corpus.stats.cached) == (1, 9)
    assert site.pages == build_site(seeds, config(None)).pages


def test_a_changed_setting_invalidates_every_entry(seeds, tmp_path):
    build_site(seeds, config(tmp_path / "cache"))
    site = build_site(seeds, config(tmp_path / "cache", sentences=1))
    assert site.corpus.stats.analysed == 10
    assert all(len(a.summary.sentences) <= 1 for a in site.corpus.analyses)


def test_a_moved_file_is_analysed_under_its_new_path(seeds, tmp_path):
    build_site(seeds, config(tmp_path / "cache"))
    moved = tmp_path / "moved"
    shutil.copytree(seeds, moved)
    site = build_site(moved, config(tmp_path / "cache"))
    assert site.corpus.stats.cached == 0
    assert all(a.article.path.startswith(str(moved)) for a in site.corpus.analyses)


def test_a_corrupt_entry_is_a_miss(seeds, tmp_path):
    build_site(seeds, config(tmp_path / "cache"))
    entries = [entry for entry in (tmp_path / "cache").rglob("*") if entry.is_file()]
    assert {entry.parent.parent.name for entry in entries} == {"analysis", "pages", "corpus"}
    for entry in entries:
        entry.write_text("{not json", "utf-8")
    site = build_site(seeds, config(tmp_path / "cache"))
    assert site.corpus.stats.analysed == 10
    assert site.pages == build_site(seeds, config(None)).pages


@pytest.mark.parametrize("damage", [
    lambda data: data[:-1],  # cut short
    lambda data: data + b"x",  # grown
    lambda data: data.replace(b"\n", b" ", 1),  # no line of sizes
    lambda data: b'{"page":1}\n' + data,  # sizes of another shape
    lambda data: b'{"files":[],"search":false,"sizes":[2]}\n\xff\xfe',  # not UTF-8
    lambda data: b'{"files":["a"],"search":false,"sizes":[1,-1]}\nx',  # a size below zero
])
def test_a_damaged_page_or_corpus_entry_is_a_miss_and_made_again(seeds, tmp_path, damage):
    build_site(seeds, config(tmp_path / "cache"))
    for entry in (tmp_path / "cache" / "pages").rglob("*.page"):
        entry.write_bytes(damage(entry.read_bytes()))
        assert cache.AnalysisCache(tmp_path / "cache").get_page(entry.stem) is None
    for entry in (tmp_path / "cache" / "corpus").rglob("*.corpus"):
        entry.write_bytes(damage(entry.read_bytes()))
    assert build_site(seeds, config(tmp_path / "cache")).pages == build_site(seeds, config(None)).pages


def test_a_page_entry_gives_back_the_page_files_and_search_text_it_was_given(tmp_path):
    store = cache.AnalysisCache(tmp_path)
    files = {"data/a.json": b'{"x":"\\u00e9"}\n', "data/a.csv": "caf\u00e9,\n".encode(), "data/none": b""}
    store.put_page("ab12", "---\ntitle: caf\u00e9\n---\n<p>\"x\"</p>\n", files, '{"s":[]}')
    assert store.get_page("ab12") == ("---\ntitle: caf\u00e9\n---\n<p>\"x\"</p>\n", files, '{"s":[]}')
    store.put_page("cd34", "", {}, None)
    assert store.get_page("cd34") == ("", {}, None)


def test_the_code_version_follows_the_analysis_sources_not_the_site(tmp_path, monkeypatch):
    package = tmp_path / "generator"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE", package)

    def version() -> str:
        cache.code_version.cache_clear()
        return cache.code_version()

    def site() -> str:
        cache.code_version.cache_clear()
        cache.site_version.cache_clear()
        cache.corpus_version.cache_clear()
        return cache.site_version()

    try:
        first, first_site = version(), site()
        assert version() == first
        template = package / "site" / "templates" / "article.md.j2"
        template.write_text(template.read_text("utf-8") + "\n", "utf-8")
        assert version() == first  # a page template does not change analyses
        assert site() != first_site  # but it does change the stored pages
        plugin = package / "plugin" / "mkdocs_plugin.py"
        plugin.write_text(plugin.read_text("utf-8") + "\n", "utf-8")
        assert version() == first  # nor does the plugin's glue
        before_writer = site()
        writer = package / "exports" / "ical.py"
        writer.write_text(writer.read_text("utf-8") + "\n", "utf-8")
        assert version() == first  # an export writer only reads analyses
        assert site() != before_writer  # but its files are stored with the pages
        cache.corpus_version.cache_clear()
        before_key_dates = site(), cache.corpus_version()
        chooser = package / "tls" / "select.py"
        chooser.write_text(chooser.read_text("utf-8") + "\n", "utf-8")
        cache.corpus_version.cache_clear()
        assert version() == first and site() == before_key_dates[0]  # key dates: neither
        assert cache.corpus_version() != before_key_dates[1]  # but the corpus-wide files
        table = next((package / "temporal" / "data").rglob("*.tsv"))
        table.write_text(table.read_text("utf-8") + "\n", "utf-8")
        assert version() != first  # a tagger table does
        after_table = version()
        (package / "summarize" / "__init__.py").write_text("# changed\n", "utf-8")
        assert version() != after_table
    finally:
        cache.code_version.cache_clear()
        cache.site_version.cache_clear()
        cache.corpus_version.cache_clear()


def test_keys_differ_by_bytes_path_settings_and_version():
    base = cache.entry_key(b"text", "a.txt", "{}", "v1")
    assert len({base, cache.entry_key(b"text!", "a.txt", "{}", "v1"),
                cache.entry_key(b"text", "b.txt", "{}", "v1"),
                cache.entry_key(b"text", "a.txt", '{"x": 1}', "v1"),
                cache.entry_key(b"text", "a.txt", "{}", "v2")}) == 5


def test_a_worker_with_other_code_refuses_to_fill_the_cache(tmp_path):
    from generator.building.corpus import analyse_file

    seeds = write_corpus(tmp_path / "seeds", 1)
    path = str(next(seeds.rglob("*.txt")))
    with pytest.raises(RuntimeError, match="code version"):
        analyse_file((path, "k" * 64), AnalysisSettings(), str(tmp_path / "c"), version="other")
    assert not (tmp_path / "c").exists()


def test_a_file_changed_during_the_build_is_not_cached_under_its_old_key(tmp_path):
    from generator.building.corpus import analyse_file

    seeds = write_corpus(tmp_path / "seeds", 1)
    path = next(seeds.rglob("*.txt"))
    settings = AnalysisSettings()
    old_key = cache.entry_key(path.read_bytes(), str(path), cache.settings_fingerprint(settings),
                              cache.code_version())
    path.write_text(path.read_text("utf-8") + "\nSaved again on 4 May 2005.\n", "utf-8")
    analyse_file((str(path), old_key), settings, str(tmp_path / "c"), cache.code_version())
    assert cache.AnalysisCache(tmp_path / "c").get(old_key) is None


def test_search_sections_kept_with_a_page_are_those_of_its_html(seeds, tmp_path):
    """The MkDocs plugin asks for each article page's search sections; a rebuild
    reads them back with the page instead of cutting its HTML again."""
    from generator.site.search import html_digest, page_html, search_sections

    wanted = replace(config(tmp_path / "cache"), search_sections=True)
    cold, warm = build_site(seeds, wanted), build_site(seeds, wanted)
    assert warm.corpus.stats.cached == 10 and len(warm.search) == 10
    assert warm.search == cold.search
    for path, indexed in warm.search.items():
        body = page_html(warm.pages[path])
        assert body.startswith('<div class="nt-article">')
        assert indexed.digest == html_digest(body)
        assert list(indexed.sections) == search_sections(body)
    assert build_site(seeds, config(tmp_path / "cache")).search == {}  # not asked: none


def test_a_rebuild_of_an_unchanged_corpus_reads_the_corpus_files_back(seeds, tmp_path, monkeypatch):
    """Key dates, the corpus timeline, browse pages and exports depend on every
    article: a rebuild in which none changed (a hand-written page was edited) reads
    them back; one article changed, they are made again, as an uncached build makes them."""
    import generator.site as site_module

    cold = build_site(seeds, config(tmp_path / "cache"))
    assert len(list((tmp_path / "cache" / "corpus").rglob("*.corpus"))) == 1
    made = []
    original = site_module._corpus_files
    monkeypatch.setattr(site_module, "_corpus_files", lambda *a: made.append(1) or original(*a))
    warm = build_site(seeds, config(tmp_path / "cache"))
    assert made == [] and warm.pages == cold.pages and warm.data_files == cold.data_files
    changed = sorted(seeds.rglob("*.md"))[1]
    changed.write_text(changed.read_text("utf-8") + "\nTalks resumed on 4 June 2006.\n", "utf-8")
    touched = build_site(seeds, config(tmp_path / "cache"))
    uncached = build_site(seeds, config(None))
    assert made == [1, 1] and touched.pages == uncached.pages
    assert touched.data_files == uncached.data_files
    assert len(list((tmp_path / "cache" / "corpus").rglob("*.corpus"))) == 1  # replaced, not added
    monkeypatch.setattr(site_module, "corpus_version", lambda: "other key-date code")
    build_site(seeds, config(tmp_path / "cache"))
    assert made == [1, 1, 1]


def test_a_corpus_entry_gives_back_what_it_was_given_for_its_key_only(tmp_path):
    store = cache.AnalysisCache(tmp_path)
    pages = {"index.md": "---\ntitle: Home\n---\n<p>caf\u00e9 \"x\"</p>\n", "report.md": ""}
    files = {"data/timeline.json": b'{"events":[]}\n', "data/timeline.ics": b"BEGIN:VCALENDAR\r\n"}
    store.put_corpus("slot", "key-1", pages, files)
    assert store.get_corpus("slot", "key-1") == (pages, files)
    assert store.get_corpus("slot", "key-2") is None  # made for other articles
    store.put_corpus("slot", "key-2", {}, {})
    assert store.get_corpus("slot", "key-2") == ({}, {}) and store.get_corpus("slot", "key-1") is None
