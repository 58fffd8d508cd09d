"""Long hostile inputs take time in proportion to their length: no regular expression
backtracks badly, no step rescans the text for each match (tests/growth.py: four times
the input may take about four times as long, whatever the machine's speed or load)."""

from __future__ import annotations

from datetime import date

import pytest

from generator.temporal import extract
from tests.growth import assert_linear


def _repeat(unit: str):
    return lambda size: unit * max(1, size // len(unit))


# Each input as a function of its size in characters.
INPUTS = {
    "may_repeated": _repeat("May "),
    "digits": _repeat("7"),
    "digits_spaced": _repeat("1998 "),
    "month_day_chain": _repeat("Oct. 23, "),
    "number_words": _repeat("twenty-four "),
    "hyphens": lambda size: "-" * size + "year",
    "spaces": lambda size: " " * size + "last week",
    "the_past": _repeat("the past "),
    "apostrophes": _repeat("'s "),
    "capitalised_day_words": _repeat("Harbour News Today "),  # one long line: title-case checks stay local
    "quarters_dense": _repeat("in the second half "),
}


def _extract(text: str) -> None:
    extract(text, date(2017, 10, 22))


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_long_input_takes_linear_time(name: str) -> None:
    assert_linear(_extract, INPUTS[name], 50_000, name)


EDGE_TEXTS = [
    "this week", "next week", "He will come this summer.", "next year", "tomorrow", "the next century",
    "last week", "three years ago", "In 9999 it ended; two years later it began.", "the fourth quarter",
    "Monday, Oct. 26", "the past four years", "yesterday", "this winter", "next decade",
    "Today we met. The previous Friday he left.", "Today we met. The following Friday he left.",
    "He left the day before Monday.", "We met the day after Friday.", "Today we met. The next day he left.",
]


@pytest.mark.parametrize("reference", [date(1, 1, 1), date(1, 1, 2), date(9999, 12, 31)])
@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_the_calendars_ends_raise_nothing(text: str, reference: date) -> None:
    # at the ends of the calendar some values do not exist: the expression is dropped
    for timex in extract(text, reference):
        assert timex.value[:1] in "0123456789PX" or timex.value.endswith("_REF")
