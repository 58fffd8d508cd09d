"""Long hostile inputs finish quickly: no regular expression backtracks badly."""

from __future__ import annotations

import time
from datetime import date

import pytest

from generator.temporal import extract

INPUTS = {
    "may_repeated": "May " * 100_000,
    "digits_1mb": "7" * 1_000_000,
    "digits_spaced": "1998 " * 100_000,
    "month_day_chain": "Oct. 23, " * 50_000,
    "number_words": "twenty-four " * 50_000,
    "hyphens": "-" * 500_000 + "year",
    "spaces": " " * 1_000_000 + "last week",
    "the_past": "the past " * 60_000,
    "apostrophes": "'s " * 200_000,
}


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_long_input_is_fast(name: str) -> None:
    started = time.perf_counter()
    extract(INPUTS[name], date(2017, 10, 22))
    assert time.perf_counter() - started < 2.5, f"{name} took too long"
