"""Publication dates and titles from the places an article carries them."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..datafiles import words_by_kind
from ..text import split_sentences

# /2017/10/22/ or /2017-10-22 or /20171022/ in a URL path.
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
)
_TITLE_WORDS = 12
_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or the to vs with".split())


def date_from_url(url: str) -> date | None:
    """The date in a URL's path (news sites put the publication date there)."""
    path = urlsplit(url).path
    for match in _URL_DATE.finditer(path):
        if not match.group("sep") and len(match.group(0)) != 8:
            continue  # undelimited digits must be exactly YYYYMMDD
        try:
            return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
    return None


class DateError(ValueError):
    """A declared date that is not a calendar date."""


class AmbiguousDate(DateError):
    """A numeric date that reads two ways (03/04/2024) and no `date_order` to decide."""


DATE_ORDERS = ("DMY", "MDY", "YMD")
# 03/04/2024, 3.4.24, 2024/03/04: three numbers, one separator.
_NUMERIC_DATE = re.compile(r"(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})")


def _numeric_date(text: str, date_order: str | None) -> date | None:
    """A date written as three numbers, read in the order `date_order` names. A
    four-digit first number is a year (2024/03/04 is always YMD); a day over 12 cannot
    be a month (15/03/2024 is 15 March whatever the order); anything still open is
    read by `date_order`, and without one it is AmbiguousDate, never a guess."""
    match = _NUMERIC_DATE.fullmatch(text)
    if not match:
        return None
    first, _, second, third = match.groups()
    a, b, c = int(first), int(second), int(third)
    if len(first) == 4 or (date_order == "YMD" and len(third) <= 2):
        readings = {(a, b, c)}
    elif len(first) > 2 or len(third) == 3:
        raise DateError(f"not a date: {text!r}")
    else:
        readings = {(c, b, a), (c, a, b)}  # (year, month, day): DMY, MDY
        readings = {r for r in readings if 1 <= r[1] <= 12}
        if len(readings) > 1:
            if date_order not in ("DMY", "MDY"):
                raise AmbiguousDate(
                    f"{text!r} is ambiguous: {_spoken(c, b, a)} (day first) or "
                    f"{_spoken(c, a, b)} (month first); set date_order: DMY or MDY in "
                    "mkdocs.yml, or write the date as YYYY-MM-DD")
            readings = {(c, b, a) if date_order == "DMY" else (c, a, b)}
    if not readings:
        raise DateError(f"not a date: {text!r}")
    year, month, day = readings.pop()
    if len(str(year)) <= 2:
        year += 2000 if year < 70 else 1900  # the POSIX rule for two-digit years
    try:
        return date(year, month, day)
    except ValueError as error:
        raise DateError(f"not a calendar date: {text!r} ({error})") from error


def _spoken(year: int, month: int, day: int) -> str:
    from ..temporal.labels import month_name

    return f"{day} {month_name(month)}" if 1 <= month <= 12 else f"{day}/{month}"


def parse_date(value: object, date_order: str | None = None) -> date:
    """A declared publication date (front matter, HTML metadata, a date line) as a date.

    Accepts dates, datetimes and strings in ISO form, numeric forms (read by
    `date_order` when ambiguous) or any form dateparser reads. Raises DateError for
    impossible dates such as 2017-02-30, AmbiguousDate for 03/04/2024 without a
    `date_order`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    numeric = _numeric_date(text, date_order)
    if numeric is not None:
        return numeric
    parsed = _dateparser_date(text)
    if parsed is None:
        raise DateError(f"not a date: {text!r}")
    return parsed


@lru_cache(maxsize=1024)
def _dateparser_date(text: str) -> date | None:
    if not could_be_full_date(text):  # most candidate lines: a headline with a number
        return None
    return _dateparser_read(text)


def _dateparser_read(text: str) -> date | None:
    # dateparser is good at reading a date string it is given; fixed settings keep
    # it from filling missing parts from today, and from reading "2 days ago" or a
    # Unix timestamp (relative to the day of the build): either would make the
    # publication date, and every date resolved from it, depend on when the site is built.
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                  "PARSERS": ["custom-formats", "absolute-time"]},
    )
    return parsed.date() if parsed else None


_DATE_PARTS = Path(__file__).parent / "data" / "date_parts.tsv"
_DIGIT_RUN = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _part_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(month words anywhere, number words as whole words), from data/date_parts.tsv;
    ignoring case as dateparser does, so "ſep" and "SEPT" count."""
    words = words_by_kind(_DATE_PARTS)
    months = re.compile("|".join(map(re.escape, words["month"])), re.IGNORECASE)
    # Whole words as dateparser's simplifications match them: between the text's ends,
    # non-word characters and underscores.
    numbers = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words["number"])) + r")(?![^\W_])",
                         re.IGNORECASE)
    return months, numbers


def could_be_full_date(text: str) -> bool:
    """False only when dateparser cannot read `text` as a date with a day, a month and
    a year (what `_dateparser_read` asks of it): those are three parts, and each comes
    from a run of digits or a word of data/date_parts.tsv. A run of four or five digits
    counts as two parts and a longer one as three, in case a parser reads a date
    written without separators ("0503", "20240305"). Read on the text without accents,
    as dateparser reads it ("Mārch" is "March").

    A cheap necessary condition: dateparser takes a millisecond or two to refuse a
    headline such as "Ebbers denies $11bn fraud" (and a third of a second to import)."""
    plain = text if text.isascii() else "".join(
        c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn")
    months, numbers = _part_words()
    parts = len(months.findall(plain)) + len(numbers.findall(plain))
    for run in _DIGIT_RUN.findall(plain):
        parts += 1 if len(run) < 4 else 2 if len(run) < 6 else 3
    return parts >= 3


def title_from_slug(url: str, text: str) -> str | None:
    """ "fewer-isis-fighters-returning-home.html" → "Fewer ISIS Fighters Returning Home".

    Each word takes the casing the article itself uses most (so acronyms come out
    right), else title case."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if not segments:
        return None
    slug = unquote(re.sub(r"\.[a-z0-9]{2,5}$", "", segments[-1], flags=re.IGNORECASE))
    words = [w for w in re.split(r"[-_+\s]+", slug) if w]
    if len(words) < 2 or all(w.isdigit() for w in words):
        return None
    casings = _casings(text)
    titled = []
    for i, word in enumerate(words):
        seen = casings.get(word.lower())
        if seen and seen != word.lower():
            titled.append(seen)
        elif i > 0 and word.lower() in _SMALL_WORDS:
            titled.append(word.lower())
        else:
            titled.append(word[:1].upper() + word[1:])
    return " ".join(titled)


def _casings(text: str) -> dict[str, str]:
    counts: dict[str, Counter[str]] = {}
    for word in re.findall(r"\w+", text):
        counts.setdefault(word.lower(), Counter())[word] += 1
    return {lower: c.most_common(1)[0][0] for lower, c in counts.items()}


def title_from_text(paragraph: str) -> str:
    """The first sentence of the text, cut to its first words, as a last resort."""
    sentences = split_sentences(paragraph)
    words = (sentences[0].text if sentences else paragraph).split()
    title = " ".join(words[:_TITLE_WORDS])
    return title + ("…" if len(words) > _TITLE_WORDS else "")
