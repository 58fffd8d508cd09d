"""`evaluate tls` scores as news-tls reports them.

The alignment is checked against tilse 0.2.1's own code (installed without its heavy
dependencies by .ci/run): tilse's evaluator is given our ROUGE-1.5.5 counts in place of
its Perl wrapper, so any difference is in the alignment and weighting."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluation import rouge155
from generator.evaluation.tls_score import align_rouge, date_f1, read_timelines, score, tokenised

FIXTURES = Path(__file__).parent / "fixtures"


def test_rouge_tokens_follow_rouge_155():
    # lowercased, hyphens apart, punctuation gone, stop words out, irregular forms
    # from WordNet's exception lists, other words of more than three letters stemmed
    assert rouge155.tokens(["The children were running to swine-flu clinics, 12 May."]) == \
        ["child", "run", "swine", "flu", "clinic", "12"]


def test_counts_clip_repeated_ngrams():
    c = rouge155.counts(["flu flu flu spreads"], ["flu spreads fast"], 1)
    assert (c.hits, c.system, c.reference) == (2, 4, 3)


def test_date_f1_is_over_sets_of_days():
    [reference] = read_timelines(FIXTURES / "reference.jsonl")
    [system] = read_timelines(FIXTURES / "system.jsonl")
    shared = len(set(system) & set(reference))
    p, r = shared / len(system), shared / len(reference)
    assert date_f1(system, reference) == pytest.approx(2 * p * r / (p + r))


class _Counts:
    """tilse's Perl wrapper interface, answered with our ROUGE-1.5.5 counts."""

    def score_summary(self, predicted, references):
        system = [" ".join(tokens) for tokens in predicted]
        out = {}
        for n in (1, 2):
            hits = system_count = reference_count = 0
            for summary in references.values():
                c = rouge155.counts(system, [" ".join(tokens) for tokens in summary], n)
                hits += c.hits
                system_count += c.system
                reference_count += c.reference
            out.update({f"rouge_{n}_h_count": hits, f"rouge_{n}_p_count": system_count,
                        f"rouge_{n}_m_count": reference_count})
        return out


def test_alignment_agrees_with_tilse(monkeypatch):
    import sys
    import types

    try:
        import scipy.optimize  # noqa: F401
    except ImportError:
        # tilse imports scipy at the top of its module for the one-to-one alignment,
        # which this test does not use; scipy is not installed on purpose (with it,
        # NLTK's import takes three times as long in every build worker).
        stub = types.ModuleType("scipy")
        stub.optimize = types.ModuleType("scipy.optimize")
        monkeypatch.setitem(sys.modules, "scipy", stub)
        monkeypatch.setitem(sys.modules, "scipy.optimize", stub.optimize)
    rouge = pytest.importorskip("tilse.evaluation.rouge")
    from tilse.data.timelines import GroundTruth, Timeline

    [reference] = read_timelines(FIXTURES / "reference.jsonl")
    [system] = read_timelines(FIXTURES / "system.jsonl")
    system = {day: [tokenised(s) for s in sentences] for day, sentences in system.items()}
    evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"],
                                             rouge_computation="reimpl")
    evaluator.rouge = _Counts()
    theirs = evaluator.evaluate_align_date_content_costs_many_to_one(
        Timeline(system), GroundTruth([Timeline(reference)]))
    assert align_rouge(system, reference, 1) == pytest.approx(theirs["rouge_1"]["f_score"], abs=0.002)
    assert align_rouge(system, reference, 2) == pytest.approx(theirs["rouge_2"]["f_score"], abs=0.002)
    assert theirs["rouge_1"]["f_score"] > 0.05  # the fixture has something in common


def test_scores_of_a_timeline_against_itself_are_perfect():
    [reference] = read_timelines(FIXTURES / "reference.jsonl")
    result = score(reference, reference)
    assert (result.ar1, result.ar2, result.date_f1) == (1.0, 1.0, 1.0)
