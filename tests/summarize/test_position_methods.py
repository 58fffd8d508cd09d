"""PacSum's directed centrality and the lead-anchored centroid, on small texts whose
answer can be worked out by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.summarize import SummarySettings, facets, pacsum
from generator.summarize.methods import summarize
from generator.summarize.pacsum import WINDOW, pacsum_scores
from generator.summarize.selection import Budget, top
from generator.summarize.vectors import tfidf_vectors
from generator.text import split_sentences

TEXT = (
    "The council closed the old river bridge on Monday. "          # echoed by what follows
    "Engineers found cracks in the river bridge last week. "
    "Shops near the old bridge expect fewer customers. "
    "The council said the old river bridge was closed for safety. "  # repeats the first
    "A football match was postponed because of snow."                # about something else
)


def test_pacsum_favours_what_later_sentences_echo_and_penalises_repetition() -> None:
    sentences = split_sentences(TEXT)
    scores = pacsum_scores(sentences, SummarySettings(method="pacsum", similarity_threshold=0.0, earlier_weight=0.5))
    assert scores.index(max(scores)) == 0
    assert scores[3] < scores[1]  # the repetition loses to the new fact
    # Without the penalty for earlier sentences, only the later ones count: the last
    # sentence has none and scores 0, the repetition is no longer penalised.
    forward = pacsum_scores(sentences, SummarySettings(method="pacsum", earlier_weight=0.0))
    assert forward[4] == 0.0 and forward[3] >= 0.0


def test_pacsum_threshold_one_leaves_no_edge() -> None:
    sentences = split_sentences(TEXT)
    assert pacsum_scores(sentences, SummarySettings(method="pacsum", similarity_threshold=1.0)) == [0.0] * 5


def test_pacsum_compares_only_a_window_of_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = pacsum.cosine

    def counting(*args, **kwargs):
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(pacsum, "cosine", counting)
    text = " ".join(f"Sentence number {n} talks about the bridge and the river {n % 7}." for n in range(3 * WINDOW))
    chosen = summarize(split_sentences(text), SummarySettings(method="pacsum", sentences=3)).sentences
    assert len(chosen) == 3 and max(chosen) < WINDOW
    assert calls == WINDOW * (WINDOW - 1) // 2


def test_lead_centroid_always_keeps_the_first_sentence() -> None:
    # An off-topic opening: the centroid alone would not choose it.
    sentences = split_sentences("A football match was postponed because of snow. " + TEXT)
    plain = summarize(sentences, SummarySettings(method="centroid", sentences=1, position_decay=0.0)).sentences
    assert plain != (0,)
    for decay in (0.0, 1.0, 2.0):
        settings = SummarySettings(method="lead_centroid", sentences=2, position_decay=decay)
        chosen = summarize(sentences, settings).sentences
        assert chosen[0] == 0 and chosen[1] != 5  # the rest from the bridge story


def test_far_chooses_sentences_that_cover_different_facets() -> None:
    text = (
        "The council closed the old river bridge after engineers found cracks. "
        "The old river bridge was closed by the council after cracks were found by engineers. "
        "Shops near the bridge fear losing customers while traffic uses the town road. "
        "Engineers will repair the bridge cracks before the shops and the town road reopen. "
        "The council will pay for the repairs to the bridge."
    )
    sentences = split_sentences(text)
    settings = SummarySettings(method="pacsum", sentences=2, earlier_weight=0.0)
    assert summarize(sentences, settings).sentences == (0, 1)  # PacSum: the two that say the same
    chosen = summarize(sentences, replace(settings, method="far")).sentences
    assert 0 in chosen and 1 not in chosen


def test_far_long_summaries_rank_instead_of_combining() -> None:
    text = " ".join(f"Report {n} covers the bridge, the river and the road {n % 5}." for n in range(400))
    sentences = split_sentences(text)
    settings = SummarySettings(method="far", ratio=0.2)  # 80 sentences: 3321 combinations of 80
    chosen = summarize(sentences, settings).sentences
    assert len(chosen) == 80
    scores = facets.facet_scores(tfidf_vectors(sentences), pacsum_scores(sentences, settings), settings.facet_weight)
    assert list(chosen) == sorted(top(sentences, scores, Budget(sentences=80)))
