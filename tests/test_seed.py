"""The shipped seed article: what the foundation issue promises, and a golden file of
its whole analysis (refresh on purpose with `UPDATE_GOLDEN=1 make test`)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.analysing.serialize import analysis_dict, to_json

GOLDEN = Path(__file__).parent / "golden" / "seed.analysis.json"


@pytest.fixture(scope="module")
def seed(seed_analysis) -> dict:
    return analysis_dict(seed_analysis)


def _timex(seed: dict, text: str) -> dict:
    found = [t for t in seed["timexes"] if t["text"] == text]
    assert found, f"{text!r} not tagged; tagged: {[t['text'] for t in seed['timexes']]}"
    return found[0]


@pytest.mark.parametrize(
    "text, type, value, interval",
    [
        ("a year ago", "DATE", ("2016", "2016-10"), None),
        ("the past four years", "DURATION", ("P4Y",), ("2013-10-22", "2017-10-22")),
        ("2015", "DATE", ("2015",), ("2015-01-01", "2015-12-31")),
        ("last year", "DATE", ("2016",), ("2016-01-01", "2016-12-31")),
        ("May", "DATE", ("2017-05",), ("2017-05-01", "2017-05-31")),
        ("this month", "DATE", ("2017-10",), ("2017-10-01", "2017-10-31")),
        ("last week", "DATE", ("2017-W41",), ("2017-10-09", "2017-10-15")),
        ("Now", "DATE", ("PRESENT_REF",), None),
        ("recent", "DATE", ("PAST_REF",), None),
        ("recently", "DATE", ("PAST_REF",), None),
    ],
)
def test_seed_time_expressions(seed, text, type, value, interval):
    timex = _timex(seed, text)
    assert timex["type"] == type
    assert timex["value"] in value
    if interval:
        assert (timex["interval"]["start"], timex["interval"]["end"]) == interval
    if value == ("2015",):
        assert timex["granularity"] == "year"


def test_seed_has_no_false_alarms(seed):
    tagged = {t["text"].lower() for t in seed["timexes"]}
    # "some plotters may have also moved": the verb is not a month.
    verb_sentence = next(s for s in seed["sentences"] if "plotters may have" in s["text"])
    assert not [t for t in seed["timexes"] if t["sentence"] == verb_sentence["index"]]
    for number in ("22", "40,000", "120", "1,500", "5,000"):
        assert number not in tagged


def test_seed_events_are_the_calendar_valued_expressions_sorted(seed):
    starts = [e["start"] for e in seed["events"]]
    assert starts == sorted(starts)
    event_texts = {e["text"] for e in seed["events"]}
    assert {"2015", "last year", "May", "this month", "last week", "the past four years"} <= event_texts
    assert not event_texts & {"Now", "now", "recently", "recent"}


def test_seed_analysis_matches_the_golden_file(seed):
    produced = to_json(seed)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(produced, "utf-8")
    assert produced == GOLDEN.read_text("utf-8"), (
        "the seed's analysis changed; if on purpose, refresh with UPDATE_GOLDEN=1"
    )
