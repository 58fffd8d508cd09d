"""How many key dates and sentences to show when the user does not say: a reader can
take in about a dozen dates of a small story and a few dozen of a large one."""

from __future__ import annotations

import math

MIN_DATES, MAX_DATES = 3, 30


def default_dates(articles: int) -> int:
    """About twice the square root of the number of articles: 8 for 16, 17 for 76,
    30 from 225 on."""
    if articles <= 0:
        return 0
    return max(MIN_DATES, min(MAX_DATES, round(2 * math.sqrt(articles))))


def default_sentences(articles: int) -> int:
    """One sentence a date for a few articles, two from 20 on, three from 200 on."""
    return 1 if articles < 20 else 2 if articles < 200 else 3
