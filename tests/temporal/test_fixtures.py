"""Fixture files of tagger cases, one case a block, read by one parametrised test."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from generator.temporal import extract

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Case:
    source: str
    text: str
    reference: date | None
    expected: tuple[tuple[str, ...], ...]


def read_cases(path: Path) -> list[Case]:
    cases = []
    first_line = 1  # of the block, so that a failure names where the case is written
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        number = first_line + len(block) - len(block.lstrip("\n"))
        first_line += block.count("\n") + 2
        lines = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
        if not lines:
            continue
        number += next(i for i, line in enumerate(block.lstrip("\n").splitlines()) if line in lines)
        fields: dict[str, list[str]] = {}
        for line in lines:
            key, _, rest = line.partition(":")
            fields.setdefault(key.strip(), []).append(rest.strip())
        reference_text = fields["reference"][0]
        reference = None if reference_text == "none" else date.fromisoformat(reference_text)
        expected = tuple(
            tuple(part.strip() for part in line.split("|"))
            for line in fields.get("expect", [])
            if line != "nothing"
        )
        cases.append(Case(f"{path.name}:{number}", fields["text"][0], reference, expected))
    return cases


CASES = [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.source}:{c.text[:40]}" for c in CASES])
def test_fixture_case(case: Case) -> None:
    found = extract(case.text, case.reference)
    got = []
    for timex, want in zip(found, case.expected):
        row = (timex.text, timex.type, timex.value) + ((timex.mod or "",) if len(want) > 3 else ())
        got.append(row)
    got += [(t.text, t.type, t.value) for t in found[len(case.expected):]]
    assert got == [tuple(w) for w in case.expected], f"{case.source}: reference {case.reference}"


def test_seed_intervals_and_granularity() -> None:
    text = "over the past four years. in 2015 and last year. said last week. in May"
    by_text = {t.text: t for t in extract(text, date(2017, 10, 22))}
    assert str(by_text["the past four years"].interval) == "2013-10-22/2017-10-22"
    assert by_text["the past four years"].granularity == "year"
    assert by_text["2015"].granularity == "year"
    assert str(by_text["2015"].interval) == "2015-01-01/2015-12-31"
    assert str(by_text["last week"].interval) == "2017-10-09/2017-10-15"
    assert by_text["May"].granularity == "month"


def test_without_reference_nothing_is_guessed() -> None:
    found = {t.text: t for t in extract("He left in May and returned last week.", None)}
    assert found["May"].value == "XXXX-05"
    assert found["May"].interval is None
    assert found["last week"].value == "XXXX-WXX"


def test_anchored_durations_count_in_their_unit() -> None:
    found = {t.text: t for t in extract("in the past 18 months and over the next two weeks, for ten days", date(2017, 10, 22))}
    assert found["the past 18 months"].granularity == "month"
    assert str(found["the past 18 months"].interval) == "2016-04-22/2017-10-22"
    assert found["the next two weeks"].granularity == "week"
    assert found["ten days"].interval is None and found["ten days"].granularity is None
