"""`load_corpus` hands each analysis on as soon as it is known (`each`), with what the
worker made of it (`then`): the site builds an article's page while the workers analyse
the next ones. The corpus is the one a plain `load_corpus` returns, whatever runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.analysing.analysis import AnalysisSettings
from generator.building.corpus import LoadOptions, load_corpus

from .corpus import write_corpus


def _label(analysis, key):
    """A `then` whose result names the analysis it was made from (id, path, key)."""
    return (analysis.article.id, analysis.article.path, key, len(analysis.events))


def _seeds(folder: Path) -> Path:
    """Clashing ids (business/001.txt, sport/001.txt, a .jsonl line with id 001), and
    a broken file before them, so the ids the build expects before analysing are wrong
    for some articles."""
    write_corpus(folder, 12)
    (folder / "aaa").mkdir()
    (folder / "aaa" / "001.txt").write_text("   \n", "utf-8")  # no text: a problem
    lines = [{"id": "001", "text": "The harbour reopened on 3 May 2006 after repairs."},
             {"id": "002", "text": "Talks resumed on 4 May 2006."},
             {"text": "   "}]
    (folder / "zz.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    return folder


@pytest.mark.parametrize("options", [
    LoadOptions(executor="serial"),
    LoadOptions(executor="process", workers=2),
], ids=["serial", "process"])
def test_each_analysis_is_handed_on_in_corpus_order_with_what_then_made_of_it(tmp_path, options):
    seeds = _seeds(tmp_path / "seeds")
    plain = load_corpus(seeds, AnalysisSettings(), LoadOptions(executor="serial"))
    seen = []
    streamed = load_corpus(seeds, AnalysisSettings(), options,
                           each=lambda analysis, key, made: seen.append((analysis, key, made)),
                           then=_label)
    assert streamed.analyses == plain.analyses
    assert streamed.problems == plain.problems
    assert streamed.keys == plain.keys
    assert [analysis for analysis, _, _ in seen] == list(plain.analyses)
    # What `then` made always belongs to the analysis under its final id, also where
    # the expected id was wrong (sport/001.txt is "001", not "001-2", as aaa/001.txt failed).
    assert [made for _, _, made in seen] == [_label(a, k) for a, k, _ in seen]
    ids = [analysis.article.id for analysis in plain.analyses]
    assert "001" in ids and "001-2" in ids and len(set(ids)) == len(ids)
    assert len(plain.problems) == 2  # the empty file and the blank line


def test_cached_analyses_are_handed_on_too(tmp_path):
    seeds = _seeds(tmp_path / "seeds")
    options = LoadOptions(cache_dir=tmp_path / "cache", executor="process", workers=2)
    cold = load_corpus(seeds, AnalysisSettings(), options)
    seen = []
    warm = load_corpus(seeds, AnalysisSettings(), options,
                       each=lambda analysis, key, made: seen.append(made), then=_label)
    assert warm.stats.cached == len(cold.analyses) and warm.stats.analysed == 2
    assert warm.analyses == cold.analyses
    assert seen == [_label(a, k) for a, k in zip(warm.analyses, warm.keys)]
