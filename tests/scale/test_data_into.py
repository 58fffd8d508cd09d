"""With `SiteConfig.data_into`, the worker that made an article's data files writes
them into the site folder itself; the plugin then copies only the others. What the
build says it wrote must be on disk, byte for byte, also where a worker wrote under an
id its article did not get (an earlier file failed, so the expected ids were wrong)."""

from __future__ import annotations

import pytest

from generator.analysing.analysis import AnalysisSettings
from generator.building.corpus import LoadOptions, load_corpus
from generator.site import SiteConfig, build_site

from .test_streaming import _label, _seeds


@pytest.mark.parametrize("executor", ["serial", "process"])
def test_the_files_said_written_hold_the_sites_bytes(tmp_path, executor):
    seeds = _seeds(tmp_path / "seeds")
    site_dir = tmp_path / "site"
    # Whatever was there before (another corpus, a damaged file) is written over.
    for stale in ["data/001.json", "data/001-2.json", "data/001-2.csv", "data/002.ics"]:
        (site_dir / stale).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / stale).write_bytes(b"stale")
    load = LoadOptions(executor=executor, workers=2, progress=False)
    site = build_site(seeds, SiteConfig(load=load, data_into=site_dir))
    plain = build_site(seeds, SiteConfig(load=load))

    assert site.data_files == plain.data_files and site.pages == plain.pages
    assert not plain.written
    assert site.written and site.written <= set(site.data_files)
    for path in site.written:
        assert (site_dir / path).read_bytes() == site.data_files[path], path
    # The corpus's own files are left to the plugin.
    assert not any(path.startswith("data/corpus") for path in site.written)


def test_files_a_worker_wrote_under_a_wrong_id_do_not_count_as_written(tmp_path):
    seeds = _seeds(tmp_path / "seeds")
    discarded = []
    load_corpus(seeds, AnalysisSettings(), LoadOptions(executor="serial"),
                each=lambda analysis, key, made: None, then=_label, discard=discarded.append)
    # aaa/001.txt failed, so business/001.md was expected as "001-2" and is "001": what
    # was made under "001-2" is handed to `discard`, then made again under "001".
    wrong_ids = {made[0] for made in discarded}
    assert "001-2" in wrong_ids and discarded[0][1].endswith("business/001.md")

    site = build_site(seeds, SiteConfig(load=LoadOptions(executor="serial", progress=False),
                                        data_into=tmp_path / "site"))
    under_wrong_ids = {path for path in site.data_files
                       if path.startswith("data/") and path[5:].split(".")[0] in wrong_ids}
    assert under_wrong_ids and not under_wrong_ids & site.written
    assert {path for path in site.data_files if path.startswith("data/0")} - under_wrong_ids <= site.written
