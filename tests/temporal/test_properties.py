"""Property tests: extraction never raises, spans are sound, value text forms round-trip."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.temporal import CalendarValue, Duration, extract
from generator.temporal.resolve import resolve

WORDS = st.sampled_from(
    ["May", "may", "last", "week", "the", "past", "four", "years", "ago", "Friday", "1998",
     "Oct.", "23", ",", "early", "next", "quarter", "third", "in", "10", "p.m.", "every", "day",
     "1,500", "$", "%", "summer", "the 1990s", "now", "recently", "-", "'", "s", "\n", "mid-",
     "this", "later", "century", "millennia", "2,000", "and a half", "since", "Today", "quarter-final"]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))
# the calendar's own ends included: "this week" on 9999-12-31 has no week after it
REFERENCES = st.one_of(st.none(), st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31)]))


@settings(max_examples=300, deadline=None)
@given(TEXTS, REFERENCES)
def test_extract_never_raises_and_spans_are_sound(text: str, reference: date | None) -> None:
    found = extract(text, reference)
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= previous_end, "expressions overlap or are out of order"
        previous_end = timex.end
        assert not timex.value.startswith("UNDEF"), "every value is resolved"
        if reference is None:
            assert timex.interval is None or timex.value[:4].isdigit()


CALENDAR_VALUES = st.one_of(
    st.builds(lambda y: f"{y:04d}", st.integers(1, 9999)),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1, 9999), st.integers(1, 12)),
    st.builds(lambda d: d.isoformat(), st.dates()),
    st.builds(lambda y, w: f"{y:04d}-W{w:02d}", st.integers(1, 9999), st.integers(1, 52)),
    st.builds(lambda y, q: f"{y:04d}-Q{q}", st.integers(1, 9999), st.integers(1, 4)),
    st.builds(lambda y, s: f"{y:04d}-{s}", st.integers(1, 9998), st.sampled_from(["SP", "SU", "FA", "WI"])),
    st.builds(lambda d: f"{d:03d}", st.integers(1, 999)),
    st.builds(lambda c: f"{c:02d}", st.integers(1, 99)),
    st.builds(lambda d, h, m: f"{d.isoformat()}T{h:02d}:{m:02d}", st.dates(), st.integers(0, 23), st.integers(0, 59)),
    st.builds(lambda d, p: f"{d.isoformat()}T{p}", st.dates(), st.sampled_from(["MO", "AF", "EV", "NI"])),
    st.sampled_from(["XXXX-05", "XXXX-WXX", "XXXX-WXX-5", "XXXX-XX-XX", "199X", "XXXX-SU", "2015-W19-WE"]),
)


@given(CALENDAR_VALUES)
def test_calendar_values_round_trip(value: str) -> None:
    parsed = CalendarValue.parse(value)
    assert str(parsed) == value
    assert CalendarValue.parse(str(parsed)) == parsed
    interval = parsed.interval()
    if interval is not None:
        assert interval.start <= interval.end


@given(st.lists(st.tuples(st.integers(1, 999).map(str), st.sampled_from("YMWDQ")), min_size=1, max_size=3))
def test_durations_round_trip(parts: list[tuple[str, str]]) -> None:
    duration = Duration(tuple(parts))
    assert Duration.parse(str(duration)) == duration


@given(st.sampled_from(["UNDEF-REF-week-MINUS-1", "UNDEF-tense-month-05", "UNDEF-this-quarter",
                        "UNDEF-last-weekday-5", "UNDEF-next-season-SU", "UNDEF-REF-day-PLUS-1TNI",
                        "UNDEF-tense-holiday-thanksgiving", "UNDEF-tense-weekend-WE"]),
       st.dates(min_value=date(2, 1, 1), max_value=date(9997, 12, 31)),
       st.sampled_from([None, "past", "present", "future"]))
def test_resolved_values_are_timex_values(value: str, reference: date, tense: str | None) -> None:
    resolved = resolve(value, reference, tense)  # type: ignore[arg-type]
    assert CalendarValue.parse(resolved).interval() is not None
