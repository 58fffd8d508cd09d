"""Counts in words a reader sees ("1 article", "3 articles"), in pages, notes and logs."""

from __future__ import annotations


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """ "1 sentence", "17 sentences", "2 centuries" (with `plural_form`)."""
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


def all_of(count: int, singular: str, plural_form: str | None = None) -> str:
    """ "All 12 articles", but "The one article" (not "All 1 article")."""
    if count == 1:
        return f"The one {singular}"
    return "All " + plural(count, singular, plural_form)
