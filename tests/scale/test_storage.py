"""The cache's JSON form rebuilds the very same frozen dataclasses."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from generator.model import Event, Interval, Sentence, Timex
from generator.building.storage import analysis_from_dict, analysis_to_dict


def test_the_seed_analysis_round_trips_through_json(seed_analysis):
    data = json.loads(json.dumps(analysis_to_dict(seed_analysis)))
    assert analysis_from_dict(data) == seed_analysis
    assert seed_analysis.events and seed_analysis.timexes  # the test covers something


def test_an_event_that_is_not_one_of_the_analysis_own_is_kept_whole(seed_analysis):
    stray = Event(when=Timex(0, 4, "2001", "DATE", "2001", granularity="year",
                             interval=Interval(date(2001, 1, 1), date(2001, 12, 31))),
                  timex_id="t99", sentence=Sentence(99, 0, 4, "2001"), article_id="x")
    analysis = replace(seed_analysis, events=seed_analysis.events + (stray,))
    assert analysis_from_dict(json.loads(json.dumps(analysis_to_dict(analysis)))) == analysis
