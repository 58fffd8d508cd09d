"""Bounded time: no input makes ingestion, the splitter, the tagger or the summarizer
slower than linear in its size.

Each input goes through `load_article` (reading, decoding, cleaning) and
`generator.analysing.analysis.analyse` (splitter, tagger, summarizer, events), so whatever tagger
is in place is the one timed. Each hostile pattern is analysed at two sizes, the larger
four times the smaller, and the CPU time may grow about fourfold, not sixteenfold
(tests/growth.py): the verdict does not depend on how fast or how busy the machine is.
A quadratic step shows up plainly (it made 1 MB of one-line title-case text take
507 s against the usual 2 s).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

import pytest

from generator import temporal
from generator.analysing.analysis import analyse
from generator.reading.ingest import load_article

from ..growth import assert_linear

KB = 1000
# The smaller of the two sizes each input is analysed at (the larger is four times it).
SIZE = 50 * KB


def _prose(size: int, seed: int = 1, breaks: bool = True) -> str:
    rng = random.Random(seed)
    words = ("the council met on Monday in May 2015 and said that officials would review "
             "harbour plans last week before a vote next year while residents waited").split()
    out, total, i = [], 0, 0
    while total < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(5, 20))).capitalize() + f" {i}."
        out.append(sentence + ("\n\n" if breaks and i % 5 == 4 else " "))
        total += len(out[-1])
        i += 1
    return "".join(out)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * max(1, size // len(unit))


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "repeated month names": _repeat("May "),
    "repeated dates": _repeat("on 3 May 2015, "),
    "repeated relative dates": _repeat("last week next year the past four years recently "),
    "repeated date words with punctuation": _repeat("May. June! July? 2015. "),
    "long digit run": _repeat("7"),
    "spaced digit runs": _repeat("1998 "),
    "digits and dashes": _repeat("2015-10-22-"),
    "nested round brackets": lambda size: "(" * (size // 2) + ")" * (size // 2),
    "nested square brackets": lambda size: "[" * (size // 3) + "a](" * (size // 6),
    "nested quotes": _repeat("\"'“‘"),
    "huge paragraph of prose": lambda size: _prose(size, breaks=False),
    "huge paragraph without punctuation": lambda size: " ".join(["the harbour in May 2015 reopened"] * (size // 33)),
    "one word per line": _repeat("word\n"),
    "short title-like lines": _repeat("Harbour News Today\n"),
    "one-line title-case text": _repeat("Harbour News Today "),
    "abbreviation chain": _repeat("Mr. Dr. Lt. Gen. U.S. "),
    "terminal punctuation only": _repeat(". ! ? … "),
    "many URLs": _repeat("see https://example.com/2017/10/22/a-b.html and www.example.com/x "),
    "pasted twice": _repeat("The harbour reopened on 2 May 2016. Boats came back soon after.\n\n" * 2),
    "varied prose": _prose,
}


def _tagger_is_real() -> bool:
    found = temporal.extract("The council met in May 2015.", date(2017, 10, 22))
    return any(t.text == "May 2015" for t in found)


@pytest.fixture(scope="module", autouse=True)
def real_tagger():
    if not _tagger_is_real():
        pytest.skip("generator.temporal finds nothing yet: timing a placeholder proves nothing")


def _analyse_file(path):
    article = load_article(path)
    analysis = analyse(article)
    assert analysis.sentences  # it was really analysed
    return analysis


def _as_markdown(tmp_path, name: str) -> Callable[[int], object]:
    """A file of `size` characters of the input `name`, dated by its front matter (which
    makes the resolver work on every expression found)."""
    def make(size: int):
        path = tmp_path / f"{size}.md"
        path.write_text(f"---\ndate: 2017-10-22\n---\n{ADVERSARIAL[name](size)}\nThe end.", encoding="utf-8")
        return path
    return make


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_is_analysed_in_linear_time(tmp_path, name):
    assert_linear(_analyse_file, _as_markdown(tmp_path, name), SIZE, name)


def test_the_varied_prose_exercises_every_stage(tmp_path):
    """The timing above means something: the prose has many sentences, dates, events
    and a summary."""
    analysis = _analyse_file(_as_markdown(tmp_path, "varied prose")(SIZE))
    # (sizes of the smaller run: 50 KB of prose)
    assert len(analysis.sentences) > 500
    assert len(analysis.timexes) > 300 and analysis.events
    assert analysis.summary.sentences


def _html_file(tmp_path):
    def make(size: int):
        paragraphs = "".join(f"<p>{p}</p>" for p in _prose(size).split("\n\n"))
        path = tmp_path / f"{size}.html"
        path.write_text(f"<html><head><title>Harbour</title></head><body><article>{paragraphs}"
                        "</article></body></html>", encoding="utf-8")
        return path
    return make


def test_html_is_read_in_linear_time(tmp_path):
    assert_linear(_analyse_file, _html_file(tmp_path), SIZE, "HTML of prose")
    assert len(_analyse_file(_html_file(tmp_path)(SIZE)).sentences) > 100
