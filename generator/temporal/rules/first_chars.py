"""A cheap first test for a rule's pattern: the characters a match can start with.

Most rules are long, case-insensitive alternations after a word boundary. At every
word start the engine enters each alternative in turn before failing, which made the
rules' scan the largest part of the tagging. A lookahead for the characters a match
can begin with, `(?=(?i:[...]))`, rejects such a position in one test. It only states
what the pattern requires anyway, so the matches are the same (tested rule by rule).

The characters are read from the pattern's parse tree (the `re` module's parser).
Whatever this does not know, it gives up on, and the pattern runs as written.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import _sre  # type: ignore[import-not-found]

from .. import compiled_cache

_CATEGORIES = {
    c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W", c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S",
}
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)

# (class members, whether the part can match nothing); None: any character can start it
_First = tuple[frozenset[str], bool] | None


def guarded(pattern: str, flags: int) -> str:
    """`pattern` behind a lookahead for its possible first characters, or as it is
    when they cannot be told (or a match may be empty)."""
    try:
        guard = _guard(_parser.parse(pattern, flags))
    except Exception:  # a construct this reader does not know: no guard, same matches
        return pattern
    return pattern if guard is None else guard + "(?:" + pattern + ")"


def compile_guarded(pattern: str, flags: int) -> re.Pattern[str]:
    """`re.compile(guarded(pattern, flags), flags)`, parsing the pattern once: the guard
    is put in front of the parse tree the first characters were read from (parsing the
    rules twice was a fifth of the tagger's start-up). Does what `re.compile` does after
    parsing; on any surprise from the `re` internals, `re.compile` itself. A compilation
    saved by an earlier process (../compiled_cache.py) is taken as it is."""
    saved = compiled_cache.lookup(pattern, flags)
    if saved is not None:
        return saved
    try:
        tree = _parser.parse(pattern, flags)
        guard = _guard(tree)
        if guard is None:
            return compiled_cache.compile(pattern, flags)
        tree.data.insert(0, _parser.parse(guard, flags).data[0])
        entry = compiled_cache.entry_of(guard + "(?:" + pattern + ")", tree, flags)
        compiled = _sre.compile(*entry)
    except Exception:
        return re.compile(guarded(pattern, flags), flags)
    compiled_cache.remember(pattern, flags, entry)
    return compiled


def _guard(tree) -> str | None:
    first = _sequence(tree.data)
    if first is None or first[1] or not first[0]:
        return None
    # case-insensitive whatever the pattern's flags: a superset of what it accepts
    return "(?=(?i:[" + "".join(sorted(first[0])) + "]))"


def _sequence(items) -> _First:
    found: set[str] = set()
    for op, av in items:
        first = _item(op, av)
        if first is None:
            return None
        found |= first[0]
        if not first[1]:
            return frozenset(found), False
    return frozenset(found), True


def _literal(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else re.escape(char)


def _item(op, av) -> _First:
    if op is c.LITERAL:
        return frozenset({_literal(av)}), False
    if op is c.IN:
        members = set()
        for kind, value in av:
            if kind is c.LITERAL:
                members.add(_literal(value))
            elif kind is c.RANGE:
                members.add(_literal(value[0]) + "-" + _literal(value[1]))
            elif kind is c.CATEGORY and value in _CATEGORIES:
                members.add(_CATEGORIES[value])
            else:  # a negated class and the like: anything may start it
                return None
        return frozenset(members), False
    if op is c.SUBPATTERN:
        return _sequence(av[3].data)
    if op is c.BRANCH:
        members, empty = set(), False
        for alternative in av[1]:
            first = _sequence(alternative.data)
            if first is None:
                return None
            members |= first[0]
            empty = empty or first[1]
        return frozenset(members), empty
    if op in _REPEATS:
        low, _, inner = av
        first = _sequence(inner.data)
        return None if first is None else (first[0], first[1] or low == 0)
    if op in _ZERO_WIDTH:  # \b, lookarounds: they consume nothing; the next item starts
        return frozenset(), True
    return None  # backreferences, conditionals, any character, …
