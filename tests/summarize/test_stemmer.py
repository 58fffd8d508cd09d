"""The stemmer of the key dates and summaries: NLTK's stems, without loading NLTK.

The key dates stem the words of the corpus's sentences on every build, so the stemmer's
import is paid by every build; NLTK's took most of a second.
"""

from __future__ import annotations

from pathlib import Path

from generator.summarize.vectors import content_terms, stemmer

STEMS = Path(__file__).parent.parent / "fixtures" / "stems" / "english.tsv"


def _golden() -> list[tuple[str, str]]:
    lines = STEMS.read_text("utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def test_the_stems_are_the_ones_nltks_snowball_english_stemmer_gave():
    pairs = _golden()
    assert len(pairs) > 400
    wrong = [(word, stem, stemmer()(word)) for word, stem in pairs if stemmer()(word) != stem]
    assert wrong == []


def test_the_stemmer_lowercases_as_nltks_did():
    assert stemmer()("Universities") == stemmer()("universities") == "univers"


def test_content_terms_are_stems_of_the_words_that_are_not_stop_words():
    assert content_terms("The talks resumed at the universities") == ["talk", "resum", "univers"]

