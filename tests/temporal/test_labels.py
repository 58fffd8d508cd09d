"""Human labels at the granularity of the expression."""

from __future__ import annotations

from datetime import date

import pytest

from generator.model import Interval, Timex
from generator.temporal import extract, label
from generator.temporal.labels import value_label


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015", "2015"),
        ("2017-05", "May 2017"),
        ("2017-W41", "week of 9 October 2017"),
        ("2017-10-22", "22 October 2017"),
        ("2015-Q2", "Q2 2015"),
        ("2015-SU", "summer 2015"),
        ("199", "the 1990s"),
        ("19", "the 1900s"),
        ("2017-10-22TNI", "22 October 2017, night"),
        ("2017-10-22T15:30", "22 October 2017, 15:30"),
        ("XXXX-05", None),
    ],
)
def test_value_labels(value: str, expected: str | None) -> None:
    assert value_label(value) == expected


def test_anchored_duration_label() -> None:
    timex = Timex(0, 19, "the past four years", "DURATION", "P4Y",
                  interval=Interval(date(2013, 10, 22), date(2017, 10, 22)))
    assert label(timex) == "2013 – 2017"


def test_labels_of_the_seed_expressions() -> None:
    text = "said last week. in May. since 2015. over the past four years. Now."
    labels = [label(t) for t in extract(text, date(2017, 10, 22))]
    assert labels == ["week of 9 October 2017", "May 2017", "2015", "2013 – 2017", "now"]


def test_unresolved_expression_falls_back_on_its_text() -> None:
    (timex,) = extract("He left in May.", None)
    assert label(timex) == "May"
