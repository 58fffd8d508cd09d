"""A process pool builds exactly what a serial run builds."""

from __future__ import annotations

from generator.building.executors import map_ordered
from generator.site import LoadOptions, SiteConfig, build_site

from .corpus import write_corpus


def _square(x: int) -> int:
    return x * x


def test_map_ordered_keeps_the_order_of_the_items():
    items = list(range(50))
    assert list(map_ordered(_square, items, "process", workers=2)) == [x * x for x in items]
    assert list(map_ordered(_square, items, "serial")) == [x * x for x in items]


def test_a_parallel_build_equals_a_serial_build(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", 20)
    serial = build_site(seeds, SiteConfig(load=LoadOptions(executor="serial")))
    parallel = build_site(seeds, SiteConfig(load=LoadOptions(executor="process", workers=2)))
    assert len(serial.corpus.analyses) == 20
    assert parallel.corpus.analyses == serial.corpus.analyses
    assert parallel.pages == serial.pages
    assert parallel.data_files == serial.data_files
    assert parallel.problems == serial.problems


def test_a_parallel_cold_build_fills_the_cache_for_a_serial_warm_one(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", 20)
    cold = build_site(seeds, SiteConfig(load=LoadOptions(cache_dir=tmp_path / "c", workers=2)))
    warm = build_site(seeds, SiteConfig(load=LoadOptions(cache_dir=tmp_path / "c",
                                                         executor="serial")))
    assert warm.corpus.stats.cached == 20
    assert warm.pages == cold.pages


def test_an_article_whose_analysis_fails_is_a_problem_not_a_failed_build(tmp_path, monkeypatch):
    from generator.building import corpus

    seeds = write_corpus(tmp_path / "seeds", 3)
    real = corpus.analyse

    def fragile(article, settings):
        if "business" in article.path:
            raise ValueError("odd text")
        return real(article, settings)

    monkeypatch.setattr(corpus, "analyse", fragile)
    site = build_site(seeds, SiteConfig(load=LoadOptions(executor="serial")))
    assert len(site.corpus.analyses) == 2
    assert [p.reason for p in site.problems] == [
        "analysis failed (ValueError: odd text); please report it"]
