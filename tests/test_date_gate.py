"""The gate before dateparser (metadata.could_be_full_date) is a necessary condition:
it never refuses a line that dateparser would read as a date with a day, a month and a
year. Checked against dateparser itself, on generated date-like lines and on fixtures."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.reading import metadata

_FIXTURES = Path(__file__).parent / "fixtures" / "date_gate"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_NUMBERS = ["a", "an", "one", "two", "three", "five", "nine", "ten", "eleven", "twelve", "thirteen",
            "twenty", "noon", "midnight"]
_WEEKDAYS = ["Monday", "Tue", "wed", "Thursday", "Fri", "Sat", "sunday"]
_OTHER = ["on", "the", "of", "at", "in", "th", "st", "nd", "rd", "GMT", "UTC", "am", "pm", "today", "tomorrow",
          "first", "fifth", "next", "last", "this", "mid", "early", "Q1",
          "yesterday", "ago", "day", "days", "mons", "month", "year", "week", "by", "about", "'", "."]
_ACCENT = "\u0304"  # a combining macron: dateparser reads "Mārch" as "March"


def _cased(word: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(word, st.sampled_from([str.lower, str.upper, str.title, lambda w: w])).map(
        lambda pair: pair[1](pair[0]))


_MONTH = st.one_of(
    _cased(st.sampled_from(_MONTHS)),
    _cased(st.sampled_from(_MONTHS).map(lambda m: m[:3])),
    st.just("Sept"),
    st.sampled_from(_MONTHS).map(lambda m: m[:2] + _ACCENT + m[2:]),
    st.integers(1, 12).map(str),
    st.integers(1, 12).map("{:02d}".format),
    st.integers(1, 12).map(lambda n: _NUMBERS[n % len(_NUMBERS)]),
)
_DAY = st.one_of(
    st.integers(1, 31).map(str),
    st.integers(1, 31).map("{:02d}".format),
    st.integers(1, 31).map(lambda n: f"{n}{'st' if n % 10 == 1 else 'nd' if n % 10 == 2 else 'th'}"),
    _cased(st.sampled_from(_NUMBERS)),
)
_YEAR = st.one_of(st.integers(1900, 2100).map(str), st.integers(0, 99).map("{:02d}".format),
                  st.integers(0, 9).map(str))
_SEPARATOR = st.sampled_from([" ", "/", "-", ".", ", ", " of ", "  ", "", ",", " the "])


@st.composite
def _date_like(draw: st.DrawFn) -> str:
    """A day, a month and a year in any order and form, maybe with a weekday, a time
    and other words of dateparser's English around them."""
    parts = draw(st.permutations([draw(_DAY), draw(_MONTH), draw(_YEAR)]))
    separator = draw(_SEPARATOR)
    line = separator.join(parts) if draw(st.booleans()) else "".join(
        part + draw(_SEPARATOR) for part in parts)
    if draw(st.booleans()):
        line = draw(_cased(st.sampled_from(_WEEKDAYS))) + draw(_SEPARATOR) + line
    if draw(st.booleans()):
        line += " " + draw(st.sampled_from(["10:30", "noon", "9 am", "23:59 GMT", "at 5pm"]))
    return line


# Token soup: digit runs of any length, date words and other words, glued or apart.
_TOKEN = st.one_of(st.integers(0, 10**8).map(str), _MONTH, st.sampled_from(_NUMBERS + _WEEKDAYS + _OTHER))
_SOUP = st.lists(st.tuples(_TOKEN, _SEPARATOR), min_size=1, max_size=6).map(
    lambda pairs: "".join(token + separator for token, separator in pairs))


@settings(max_examples=400, deadline=None)
@given(st.one_of(_date_like(), _SOUP))
def test_the_gate_never_refuses_what_dateparser_reads(line: str) -> None:
    if metadata._dateparser_read(line) is not None:
        assert metadata.could_be_full_date(line), line


def test_date_lines_dateparser_reads_pass_the_gate() -> None:
    for line in (_FIXTURES / "read_by_dateparser.txt").read_text("utf-8").splitlines():
        assert metadata._dateparser_read(line) is not None, line
        assert metadata.could_be_full_date(line), line


def test_headlines_with_numbers_are_refused_without_asking_dateparser() -> None:
    for line in (_FIXTURES / "refused.txt").read_text("utf-8").splitlines():
        assert not metadata.could_be_full_date(line), line
        assert metadata._dateparser_read(line) is None, line


def test_the_top_lines_of_the_fixture_articles_are_never_refused_when_they_are_dates() -> None:
    lines = {line.strip() for path in Path(__file__).parent.joinpath("fixtures").rglob("*.txt")
             for line in path.read_text("utf-8", errors="replace").splitlines()[:8]
             if line.strip() and len(line.strip()) <= 60 and any(c.isdigit() for c in line)}
    assert lines
    for line in lines:
        if metadata._dateparser_read(line) is not None:
            assert metadata.could_be_full_date(line), line
