"""The Dask executor, on a local cluster: the same site as a serial build."""

from __future__ import annotations

import pytest

from generator.site import LoadOptions, SiteConfig, build_site

from .corpus import write_corpus

pytest.importorskip("dask.distributed")


def test_a_build_on_a_local_dask_cluster_equals_a_serial_build(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", 12)
    serial = build_site(seeds, SiteConfig(load=LoadOptions(executor="serial")))
    on_dask = build_site(seeds, SiteConfig(load=LoadOptions(
        executor="dask", workers=2, cache_dir=tmp_path / "cache")))
    assert on_dask.corpus.stats.analysed == 12
    assert on_dask.corpus.analyses == serial.corpus.analyses
    assert on_dask.pages == serial.pages
    assert on_dask.data_files == serial.data_files
    warm = build_site(seeds, SiteConfig(load=LoadOptions(executor="serial",
                                                         cache_dir=tmp_path / "cache")))
    assert warm.corpus.stats.cached == 12  # the workers filled the cache
