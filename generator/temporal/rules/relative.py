"""Rules for expressions relative to the reference date: "last week", "Friday",
"three years ago", "this summer", "the third quarter", "tonight"."""

from __future__ import annotations

import re

from .. import compiled_cache, lexicon, settings
from .base import Emit, Follow, Rule, amount_of, granularity_unit, ordinal_of, signed_ref

Match = re.Match[str]


def _day_word(m: Match) -> Emit | None:
    word = m["word"].lower()
    value = signed_ref("day", int(lexicon.lookup("day_words", word)))
    part = m["part"] or ("tonight" if word == "tonight" else None)
    if part:
        return Emit("TIME", value + "T" + lexicon.part_of_day(part))
    return Emit("DATE", value)


def _part_of_relative_day(m: Match) -> Emit | None:
    """ "this morning", "last night": today's or yesterday's part of day."""
    step = -1 if m["rel"].lower() == "last" else 0  # "last night"; "last morning" is no English time
    return Emit("TIME", signed_ref("day", step) + "T" + lexicon.part_of_day(m["part"]))


def _relative_unit(m: Match) -> Emit | None:
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower().split()[-1]
    unit = {"fiscal": "year"}.get(unit, unit)
    step = lexicon.step(rel)
    # "the past year" and "the next month" are stretches of time ending or starting now.
    # (TimeBank dates "the past year" itself: last year; "the last century" is the
    # previous one, "the past century" the hundred years up to now.)
    stretch = unit not in ("weekend", "century", "year") or (unit == "century" and rel == "past")
    if m["the"] and rel in ("past", "last", "next", "coming", "previous") and stretch:
        letter = {"week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y", "half": "M"}[unit]
        count = {"decade": 10, "century": 100, "half": 6}.get(unit, 1)
        return Emit("DURATION", f"P{count}{letter}", anchor="past" if step < 0 else "future")
    follow = None
    if unit == "year" and step == -1 and _COMPARISON_BEFORE.search(m.string, max(0, m.start() - settings.COMPARISON_WINDOW), m.start()):
        # "profit rose in the quarter, compared with $3 million last year": the same
        # quarter of last year, when a quarter was named just before
        follow = Follow("quarter", -1, "year")
    return Emit("DATE", signed_ref(unit, step), follow=follow)


_COMPARISON_BEFORE = compiled_cache.compile(r"\b(?:compared|from|versus|against|corresponding\s+period)\b[^.;]*$", re.IGNORECASE)


def _ago(m: Match) -> Emit | None:
    direction = m["dir"].lower()
    if direction in ("earlier", "later") and granularity_unit(m["unit"]) not in ("year", "decade", "century"):
        # "three days later" counts from an event of the story, not from the reference:
        # TimeML tags the amount, "three days", as a duration (the duration rule does).
        return None
    past = direction in ("ago", "earlier", "before", "back")
    amount = amount_of(m["n"]) if m["n"] else None
    if amount is None:
        return Emit("DATE", "PAST_REF" if past else "FUTURE_REF", quantity=True)
    unit = granularity_unit(m["unit"])
    letter_unit = m["unit"].lower()
    steps = amount * (
        10 if letter_unit.startswith("decade") else 100 if letter_unit.startswith("centur") else 1000 if letter_unit.startswith("millenni") else 1
    )
    if unit in ("decade", "century"):
        unit = "year"
    if steps != int(steps):
        return None
    if unit == "year" and direction == "later":
        # "three years later" counts from the year the story named last ("in 1954 …
        # three years later" = 1957); with none named it is no date we can tell.
        return Emit("DATE", "XXXX", quantity=True, follow=Follow("year", int(steps), names=True))
    compared = Follow("quarter", -int(steps), "year") if unit == "year" and direction in ("ago", "earlier") else None
    return Emit("DATE", signed_ref(unit, int(-steps if past else steps)), quantity=True, follow=compared)


def _weekday(m: Match) -> Emit | None:
    number = lexicon.lookup("weekdays", m["weekday"])
    rel = (m["rel"] or "").lower()
    value = f"UNDEF-{lexicon.selector(rel)}-weekday-{number}"
    part = m.groupdict().get("part") or m.groupdict().get("part2")
    if part:  # TimeBank types "Friday night" as a date with a part of day
        return Emit("DATE", value + "T" + lexicon.part_of_day(part))
    return Emit("DATE", value)


def _season(m: Match) -> Emit | None:
    code = lexicon.lookup("seasons", m["season"])
    if m["year"]:
        return Emit("DATE", f"{m['year']}-{code}")
    return Emit("DATE", f"UNDEF-{lexicon.selector(m['rel'])}-season-{code}")

# Results of a quarter: the quarter used as an adjective before them ("a third-quarter
# loss"), named after them ("results for the third quarter", "net income of 15 cents a
# share for the third quarter") or after "report" ("will report a loss in the quarter")
_RESULT_NOUNS = lexicon.word_alternation(lexicon.word_lists()["result_nouns"])
_RESULT_AFTER = compiled_cache.compile(r"[\s-]+(?:(?:net|pretax|pre-tax|operating)\s+)?" + _RESULT_NOUNS + r"\b", re.IGNORECASE)
_FOR_OR_IN_BEFORE = compiled_cache.compile(r"\b(?:for|in)\s+(?:its\s+|their\s+)?$", re.IGNORECASE)  # a cheap look first
_RESULT_BEFORE = compiled_cache.compile(
    r"\b(?:" + _RESULT_NOUNS + r"\b(?:[^.;]|\.\d){0,50}\sfor|report(?:s|ed|ing)?\b(?:[^.;]|\.\d){0,50}\s(?:for|in))\s+(?:its\s+|their\s+)?$",
    re.IGNORECASE,
)


def _quarter(m: Match) -> Emit | None:
    number = ordinal_of(m["nth"])
    kind, letter = ("quarter", "Q") if m["unit"].lower().startswith("q") else ("half", "H")
    if kind == "half" and number > 2:
        number = 2
    year = m["year"] or m["year2"]
    if year:
        return Emit("DATE", f"{year}-{letter}{number}")
    if m["ofrel"]:  # "the second half of next year"
        step = lexicon.step(m["ofrel"])
        return Emit("DATE", signed_ref("year", step) + f"-{letter}{number}")
    if m["decade"]:  # "the last half of the '80s": the decade's end
        digits = re.search(r"\d+", m["decade"])
        if digits is None:
            value = "UNDEF-this-decade"
        else:
            tens = digits.group()
            value = ("19" + tens[0]) if len(tens) == 2 else tens[:3]
        return Emit("DATE", value, mod="START" if number == 1 else "END") if kind == "half" else None
    rel = (m["rel"] or "").lower()
    if rel:
        return Emit("DATE", f"UNDEF-{lexicon.selector(rel)}-{kind}-{letter}{number}")
    # Company reports speak of quarters that have begun: "the third quarter" in October
    # 1989 is 1989-Q3, "the fourth quarter" in January 1998 is 1997-Q4. Results still to
    # be reported are of a quarter just ended ("expects to report a third-quarter loss").
    reported = _RESULT_AFTER.match(m.string, m.end()) or (
        _FOR_OR_IN_BEFORE.search(m.string, max(0, m.start() - settings.FOR_OR_IN_WINDOW), m.start())
        and _RESULT_BEFORE.search(m.string, max(0, m.start() - settings.RESULT_BEFORE_WINDOW), m.start())
    )
    return Emit("DATE", f"UNDEF-{'reported' if reported else 'begun'}-{kind}-{letter}{number}")


def _the_year(m: Match) -> Emit | None:
    # "the year ended June 30" is a fiscal year: a stretch of twelve months, not 1989.
    if m["ended"] is not None or (m["kind"] or "").lower() == "fiscal":
        return Emit("DURATION", "P1Y")
    return Emit("DATE", "UNDEF-this-year")


def _weekend(m: Match) -> Emit | None:
    rel = (m["rel"] or "").lower()
    selector = lexicon.selector(rel)
    # "this weekend" is the one just gone or the one ahead, as the verbs say
    return Emit("DATE", f"UNDEF-{'tense' if selector == 'this' else selector}-weekend-WE")


def _weekday_date(m: Match) -> Emit | None:
    month = int(lexicon.lookup("months", m["month"]))
    day = int(re.match(r"\d+", m["day"]).group())  # type: ignore[union-attr]
    if m["year"]:
        return Emit("DATE", f"{m['year']}-{month:02d}-{day:02d}")
    weekday = lexicon.lookup("weekdays", m["weekday"])
    return Emit("DATE", f"UNDEF-on{weekday}-month-{month:02d}-{day:02d}")


def _unit_after_modifier(m: Match) -> Emit | None:
    # only after a part of a period ("the end of the week"): see negative_rules.txt
    return Emit("DATE", f"UNDEF-this-{m['unit'].lower()}")


def _latest_quarter(m: Match) -> Emit | None:
    # Without a quarter named before it, "the quarter" of a company report is the one
    # that ended last: the report comes out after the quarter closes.
    follow = None if re.match(r"(?i)(?:the\s+)?(?:latest|most)", m.group()) else Follow("quarter")
    return Emit("DATE", "UNDEF-REF-quarter-MINUS-1", follow=follow)


def _year_quarter(m: Match) -> Emit | None:
    year = int(m["year"])
    return Emit("DATE", m["year"], follow=Follow("quarter", year=year))


def _year_ago(m: Match) -> Emit | None:
    return Emit("DATE", "UNDEF-REF-year-MINUS-1", follow=Follow("quarter", -1, "year"))


def _year_ago_quarter(m: Match) -> Emit | None:
    if m["nth"]:  # "the year-earlier third quarter": that quarter of last year
        return Emit("DATE", f"UNDEF-REF-year-MINUS-1-Q{ordinal_of(m['nth'])}", comparison=True)
    # the latest completed quarter, one year back, unless a quarter was named just before
    return Emit("DATE", "UNDEF-REF-quarter-MINUS-5", follow=Follow("quarter", -1, "year"))


def _holiday(m: Match) -> Emit | None:
    key = lexicon.normal_word(m["holiday"])
    if m["year"]:
        from ..resolve import holiday_date

        day = holiday_date(key, int(m["year"]))
        return Emit("DATE", day.isoformat()) if day else None
    rel = (m["rel"] or "").lower()
    return Emit("DATE", f"UNDEF-{lexicon.selector(rel)}-holiday-{key}")


def _week_of(m: Match) -> Emit | None:
    """ "the week of March 6", "Easter week": the calendar week holding that day."""
    if m["holiday"]:
        inner = _holiday(m)
        return None if inner is None else Emit("DATE", "UNDEF-weekof-" + inner.value)
    month = int(lexicon.lookup("months", m["month"]))
    day = int(re.match(r"\d+", m["day"]).group())  # type: ignore[union-attr]
    inner_value = f"{m['year']}-{month:02d}-{day:02d}" if m["year"] else f"UNDEF-tense-month-{month:02d}-{day:02d}"
    return Emit("DATE", "UNDEF-weekof-" + inner_value)


RULES: tuple[Rule, ...] = (
    Rule(
        "week_of_day",
        r"\b(?:the\s+)?week\s+of\s+(?P<month>%(month)s)\s*(?P<day>%(day)s)(?:,?\s*(?P<year>%(year)s))?%(b_right)s(?P<holiday>)(?P<rel>)",
        _week_of,
        triggers=("month",),
    ),
    Rule(
        "two_quarters_of_year",
        r"\bthe\s+(?P<which>first|second|last|final)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?(?P<year>%(year)s)\b",
        lambda m: Emit("DATE", f"{m['year']}-H{1 if m['which'].lower() == 'first' else 2}"),
        triggers=("quarter",),
    ),
    Rule(
        "holiday_week",
        r"\b(?P<holiday>%(holiday)s)\s+week\b(?P<year>)(?P<rel>)",
        _week_of,
        triggers=("holiday", "weekday"),
    ),
    Rule(
        "weekday_with_date",
        r"\b(?P<weekday>%(weekday)s),?\s+(?P<month>%(month)s)\s*(?P<day>%(day)s)(?:,?\s*(?P<year>%(year)s))?%(b_right)s",
        _weekday_date,
        triggers=('weekday',),
    ),
    Rule(
        "relative_day_word",
        r"\b(?P<word>today|yesterday|tomorrow|tonight)\b(?:\s+(?P<part>morning|afternoon|evening|night))?",
        _day_word,
        triggers=('day_word',),
    ),
    Rule(
        "part_of_relative_day",
        r"\b(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)\b",
        _part_of_relative_day,
        triggers=('day_word',),
    ),
    Rule(
        "relative_unit",
        r"\b(?:(?P<the>the)\s+)?(?P<rel>this\s+past|this|last|past|current|present|next|coming|upcoming)\s+"
        r"(?P<unit>week|weekend|month|quarter|(?:fiscal\s+)?year|fiscal|decade|century|half)\b(?![\s-]+(?:old|long)\b)",
        _relative_unit,
        triggers=("calendar_unit",),
    ),
    Rule(
        "ago",
        r"\b(?:(?P<n>%(number)s|%(vague_number)s)[\s-]+)?(?P<unit>%(unit)s)\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|back|from\s+now|hence)\b",
        _ago,
        triggers=('ago',),
    ),
    Rule(
        "weekday",
        r"\b(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|previous)\s+)?(?P<weekday>%(weekday)s)(?!['’]?s\b\s*(?-i:[A-Z]))\b"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?",
        _weekday,
        triggers=('weekday',),
    ),
    Rule(
        "part_then_weekday",
        r"\b(?P<part2>morning|afternoon|evening|night)\s+(?P<weekday>%(weekday)s)\b(?P<rel>)(?P<part>)",
        _weekday,
        triggers=('weekday',),
    ),
    Rule(
        "season",
        r"\b(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+|(?:the\s+)?)?(?P<season>%(season)s)(?:\s+(?:of\s+)?(?P<year>%(year)s))?\b(?!-)",
        _season,
        triggers=('season',),
    ),
    Rule(
        "quarter_or_half",
        r"\b(?:the\s+)?(?:(?P<year>%(year)s)\s+|(?P<rel>this|last|next)\s+year['’]s\s+)?(?:fiscal[\s-]+)?(?P<nth>first|second|third|fourth|last|final|1st|2nd|3rd|4th)[\s-]+"
        r"(?:fiscal[\s-]+)?(?P<unit>quarter|half)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year2>%(year)s)|(?P<ofrel>the|this|next|last)\s+(?:fiscal\s+)?year|the\s+(?P<decade>(?:19|20)?\d0s|['’]\d0s|decade)))?\b",
        _quarter,
        triggers=("quarter", "half"),
    ),
    Rule(
        "the_year",
        r"\b(?:the|this)\s+(?:(?P<kind>fiscal|calendar|full|current)\s+)?year\b(?!['’-]|\s+(?:ago|earlier|before|later|after|\d|two\s+thousand)\b)(?P<ended>(?=\s+(?:ended|ending|to|through)\b))?",
        _the_year,
        triggers=("year_word",),
    ),
    Rule(
        "weekend",
        r"\b(?:(?P<rel>this\s+past|this\s+coming|last|next|this)\s+|the\s+)weekend\b",
        _weekend,
        triggers=("weekend",),
    ),
    Rule(
        "latest_quarter",
        r"(?<!-to-)\b(?:(?:the|that)\s+)?(?:(?:latest|most\s+recent|just-ended|recent)\s+(?:quarter|period)|quarter)\b(?![\s-]+(?:century|of|as|hour|mile|point|percent|share|stake|interest|finals?|finalists?)\b|-to-)",
        _latest_quarter,
        triggers=("quarter",),
    ),
    Rule(
        "year_ago_quarter",
        r"\b(?:the\s+)?(?:comparable\s+)?(?:year[\s-](?:ago|earlier)\s+(?:(?P<nth>first|second|third|fourth)[\s-]+)?quarter|corresponding\s+(?:quarter|period)\s+(?:of\s+)?last\s+year)\b",
        _year_ago_quarter,
        triggers=("quarter",),
    ),
    Rule(
        "unit_after_modifier",
        # "the end of the week", "the middle of the month": the reference's own unit; the
        # modifier before it ("the end of") is taken in by the engine
        r"(?<=\bof\s)the\s+(?P<unit>week|month|decade|century)\b(?![\s-]+(?:of|before|after|ending|ended)\b)",
        _unit_after_modifier,
        triggers=("calendar_unit",),
    ),
    Rule(
        "year_end",
        r"\b(?:the\s+)?year(?:[\s-]+|['’]s\s+)end\b",
        lambda m: Emit("DATE", "UNDEF-this-year", mod="END"),
        triggers=("year_end",),
    ),
    Rule(
        "year_quarter",
        r"\bthe\s+(?P<year>%(year)s)\s+(?:quarter|period)\b",
        _year_quarter,
        triggers=("quarter",),
    ),
    Rule(
        "year_ago_adjective",
        r"\b(?:the\s+)?(?:comparable\s+)?year[\s-](?:ago|earlier)(?:\s+period)?\b",
        _year_ago,
        triggers=("year_word",),
    ),
    Rule(
        "holiday",
        r"\b(?:(?P<rel>last|next|this)\s+)?(?P<holiday>%(holiday)s)(?:\s*,?\s*(?P<year>%(year)s))?\b",
        _holiday,
        triggers=('holiday', 'weekday'),
    ),
)
