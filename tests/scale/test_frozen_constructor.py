"""The cache's fast constructors make the same frozen objects the dataclasses do."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, strategies as st

from generator.frozen import positional_constructor
from generator.model import Interval, Sentence, Timex


@given(st.integers(), st.integers(), st.integers(), st.text())
def test_a_sentence_made_positionally_is_the_dataclass_own(index, start, end, text):
    made = positional_constructor(Sentence)(index, start, end, text)
    assert made == Sentence(index, start, end, text) and type(made) is Sentence
    assert hash(made) == hash(Sentence(index, start, end, text))


def test_what_it_makes_stays_frozen_and_takes_every_field():
    make = positional_constructor(Timex)
    timex = make(0, 4, "2001", "DATE", "2001", None, "year", None)
    assert timex == Timex(0, 4, "2001", "DATE", "2001", granularity="year")
    with pytest.raises(dataclasses.FrozenInstanceError):
        timex.start = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        make(0, 4, "2001")


def test_a_class_that_checks_its_fields_is_refused():
    # Interval refuses an end before its start in __post_init__, which this would skip.
    with pytest.raises(TypeError, match="__post_init__"):
        positional_constructor(Interval)
    assert Interval(date(2001, 1, 1), date(2001, 1, 2))  # its own constructor still checks


def test_a_class_without_slots_is_refused():
    @dataclasses.dataclass(frozen=True)
    class Plain:
        x: int

    with pytest.raises(TypeError, match="slotted"):
        positional_constructor(Plain)
