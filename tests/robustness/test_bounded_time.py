"""Bounded time: no input makes ingestion, the splitter, the tagger or the summarizer
take more than a few seconds per megabyte.

Each input goes through `load_article` (reading, decoding, cleaning) and
`generator.analysis.analyse` (splitter, tagger, summarizer, events), so whatever tagger
is in place is the one timed. CPU time is measured (not wall time), so a busy machine
does not fail the test; the budget is generous against the ~2 s/MB measured here, and
a quadratic step shows up as tens of seconds.
"""

from __future__ import annotations

import gc
import random
import time
from datetime import date

import pytest

from generator import temporal
from generator.analysis import analyse
from generator.ingest import load_article

SECONDS_PER_MB = 5.0
MB = 1_000_000


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


ADVERSARIAL = {
    "repeated month names": "May " * (MB // 4),
    "repeated dates": "on 3 May 2015, " * (MB // 15),
    "repeated relative dates": "last week next year the past four years recently " * (MB // 50),
    "repeated date words with punctuation": "May. June! July? 2015. " * (MB // 23),
    "long digit run": "7" * MB,
    "spaced digit runs": "1998 " * (MB // 5),
    "digits and dashes": "2015-10-22-" * (MB // 11),
    "nested round brackets": "(" * (MB // 2) + ")" * (MB // 2),
    "nested square brackets": "[" * (MB // 3) + "a](" * (MB // 6),
    "nested quotes": "\"'“‘" * (MB // 4),
    "huge paragraph of prose": _prose(MB, breaks=False),
    "huge paragraph without punctuation": " ".join(["the harbour in May 2015 reopened"] * (MB // 33)),
    "one word per line": "word\n" * (MB // 5),
    "short title-like lines": "Harbour News Today\n" * (MB // 19),
    "abbreviation chain": "Mr. Dr. Lt. Gen. U.S. " * (MB // 22),
    "terminal punctuation only": ". ! ? … " * (MB // 8),
    "many URLs": "see https://example.com/2017/10/22/a-b.html and www.example.com/x " * (MB // 68),
    "pasted twice": ("The harbour reopened on 2 May 2016. Boats came back soon after.\n\n" * 2) * (MB // 130),
    "varied prose": _prose(MB),
}


def _tagger_is_real() -> bool:
    found = temporal.extract("The council met in May 2015.", date(2017, 10, 22))
    return any(t.text == "May 2015" for t in found)


@pytest.fixture(scope="module", autouse=True)
def real_tagger():
    if not _tagger_is_real():
        pytest.skip("generator.temporal finds nothing yet: timing a placeholder proves nothing")


def _time_file(tmp_path, name: str, content: str) -> tuple[float, object]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    gc.collect()  # garbage of earlier tests is not this input's cost
    started = time.process_time()
    article = load_article(path)
    analysis = analyse(article)
    return time.process_time() - started, analysis


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_is_analysed_in_a_few_seconds_per_megabyte(tmp_path, name):
    text = ADVERSARIAL[name]
    megabytes = max(1.0, len(text.encode("utf-8")) / MB)
    # A front matter date makes the resolver work on every expression found.
    seconds, analysis = _time_file(tmp_path, "a.md", f"---\ndate: 2017-10-22\n---\n{text}\nThe end.")
    assert seconds < SECONDS_PER_MB * megabytes, f"{name}: {seconds:.1f} s for {megabytes:.1f} MB"
    assert analysis.sentences  # it was really analysed


def test_the_varied_prose_exercises_every_stage(tmp_path):
    """The timing above means something: the prose has many sentences, dates, events
    and a summary."""
    _, analysis = _time_file(tmp_path, "a.md", f"---\ndate: 2017-10-22\n---\n{ADVERSARIAL['varied prose']}")
    assert len(analysis.sentences) > 10_000
    assert len(analysis.timexes) > 5_000 and analysis.events
    assert analysis.summary.sentences


def test_a_megabyte_of_html_is_read_in_a_few_seconds(tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in _prose(MB).split("\n\n"))
    html = f"<html><head><title>Harbour</title></head><body><article>{paragraphs}</article></body></html>"
    seconds, analysis = _time_file(tmp_path, "a.html", html)
    assert seconds < SECONDS_PER_MB * len(html) / MB
    assert len(analysis.sentences) > 1000
