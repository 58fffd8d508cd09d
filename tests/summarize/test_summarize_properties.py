"""Every method: summaries are sentences of the input, in order, unique, of the asked length."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.summarize import SummarySettings
from generator.summarize.methods import METHODS, summarize
from generator.summarize.candidates import is_candidate
from generator.text import split_sentences, words

_WORDS = st.sampled_from(
    "the council vote budget school police fire river mayor said on Monday city new plan "
    "money road bridge storm water rain team coach game won lost".split()
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=18).map(lambda ws: " ".join(ws).capitalize() + ".")
_ARTICLE = st.lists(_SENTENCE, min_size=0, max_size=25).map(" ".join)
_LENGTH = st.one_of(
    st.builds(lambda n: {"sentences": n}, st.integers(1, 6)),
    st.builds(lambda r: {"ratio": r}, st.floats(0.05, 1.0)),
    st.builds(lambda w: {"words": w}, st.integers(1, 120)),
)


@pytest.mark.parametrize("method", sorted(METHODS))
@settings(max_examples=25, deadline=None)
@given(text=_ARTICLE, length=_LENGTH)
def test_summary_is_sentences_of_the_input(method: str, text: str, length: dict) -> None:
    sentences = split_sentences(text)
    chosen = summarize(sentences, SummarySettings(method=method, **length)).sentences
    assert list(chosen) == sorted(set(chosen))  # document order, no sentence twice
    assert all(0 <= i < len(sentences) for i in chosen)
    assert all(is_candidate(sentences[i]) for i in chosen)
    eligible = [s for s in sentences if is_candidate(s)]
    if "sentences" in length:
        assert len(chosen) == min(length["sentences"], len(eligible))
    if "ratio" in length:
        assert len(chosen) == min(max(1, round(length["ratio"] * len(sentences))), len(eligible))
    if "words" in length:
        total = sum(len(words(sentences[i].text)) for i in chosen)
        assert total <= length["words"] or len(chosen) == 1
        assert chosen or not eligible


@pytest.mark.parametrize("method", sorted(METHODS))
def test_sentences_with_urls_are_never_chosen(method: str) -> None:
    text = (
        "Read the full report at https://example.com/report today. "
        "The council voted on the new budget for the city schools. "
        "More at www.example.org for the budget and the city schools. "
        "The mayor said the budget for the schools was fair. "
        "See example.com/budget for the council budget vote."
    )
    sentences = split_sentences(text)
    chosen = summarize(sentences, SummarySettings(method=method, sentences=5)).sentences
    assert [sentences[i].text for i in chosen] == [
        "The council voted on the new budget for the city schools.",
        "The mayor said the budget for the schools was fair.",
    ]


def test_boilerplate_is_never_chosen() -> None:
    text = (
        "By . Daily Mail Reporter . PUBLISHED: . 12:53 EST, 20 October 2013 . | . UPDATED: . "
        "13:02 EST, 20 October 2013 . The council voted on the budget. Scroll down for video "
        "The mayor said the budget was fair. Parents were not so sure about the budget."
    )
    sentences = split_sentences(text)
    chosen = summarize(sentences, SummarySettings(sentences=3)).sentences
    assert [sentences[i].text for i in chosen] == [
        "The council voted on the budget.",
        "The mayor said the budget was fair.",
        "Parents were not so sure about the budget.",
    ]


def test_empty_input_gives_empty_summary() -> None:
    for method in METHODS:
        assert summarize([], SummarySettings(method=method)).sentences == ()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sentences": 2, "ratio": 0.5},
        {"ratio": 0.3, "words": 40},
        {"sentences": 0},
        {"ratio": 1.5},
        {"words": 0},
        {"redundancy": 1.0},
        {"position_decay": -1},
    ],
)
def test_settings_reject_contradictions(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        SummarySettings(**kwargs)


def test_unknown_method_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown summary method"):
        summarize(split_sentences("One sentence here. Another one here."), SummarySettings(method="nope"))


def test_settings_are_frozen() -> None:
    with pytest.raises(AttributeError):
        SummarySettings().method = "lead"  # type: ignore[misc]
