"""Negative rules: the matches of a rule that are no time expression ("the Sunday Times",
"20th Century Fox", "a year seven pupil"), read from `data/en/negative_rules.txt`.

HeidelTime keeps such cases as negative rules beside its patterns; ours are one ordered
list, each a few conditions on a rule's match (a group's text, the words before or
after it) with examples. A match for which every condition of one negative rule holds
is removed before its rule builds a value. The file's header documents the conditions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .. import compiled_cache, lexicon
from .base import capitalised_inside_sentence, fragments, near, positions_of, starts_sentence

Match = re.Match[str]
Condition = Callable[[Match], bool]


@dataclass(frozen=True)
class NegativeRule:
    name: str
    rules: tuple[str, ...]  # names of the rules whose matches it removes
    conditions: tuple[Condition, ...]
    examples: tuple[str, ...]
    line: int  # where it is written in negative_rules.txt

    def removes(self, match: Match) -> bool:
        for condition in self.conditions:  # cheap group tests come first in the file
            if not condition(match):
                return False
        return True


FILENAME = "negative_rules.txt"
_FLAGS = re.IGNORECASE | re.DOTALL


def _compile(pattern: str) -> re.Pattern[str]:
    return compiled_cache.compile(pattern % fragments(), _FLAGS)


def _group(name: str, pattern: str) -> Condition:
    regex = _compile(pattern)
    return lambda m: regex.fullmatch(m[name] or "") is not None


def _match(pattern: str) -> Condition:
    regex = _compile(pattern)
    return lambda m: regex.fullmatch(m.group()) is not None


def _before(width: int, group: str | None, pattern: str, wanted: bool) -> Condition:
    """`pattern` searched from `width` characters before the match up to where the
    match (or `group`) starts."""
    regex = _compile(pattern)

    def holds(m: Match) -> bool:
        end = m.start(group) if group else m.start()
        return (regex.search(m.string, max(0, m.start() - width), end) is not None) is wanted

    return holds


def _after(width: int | None, pattern: str, wanted: bool) -> Condition:
    """`pattern` matched where the match ends; within `width` characters when given."""
    regex = _compile(pattern)

    def holds(m: Match) -> bool:
        if width is None:
            found = regex.match(m.string, m.end())
        else:
            found = regex.match(m.string[m.end() : m.end() + width])
        return (found is not None) is wanted

    return holds


def _at(group: str, pattern: str) -> Condition:
    regex = _compile(pattern)
    return lambda m: regex.match(m.string, m.start(group) if m[group] else m.start()) is not None


def _near(width: int, pattern: str) -> Condition:
    regex = _compile(pattern)  # one object, so positions_of finds its places once per text
    return lambda m: near(positions_of(regex, m.string), m.start() - width, m.end() + width)


def _opens(group: str, pattern: str, wanted: bool) -> Condition:
    """`group` starts its sentence (text.py's), only `pattern` before it."""
    regex = _compile(r"[\s“\"‘'(\[]*(?:" + pattern + ")")
    return lambda m: starts_sentence(m.string, m.start(group), regex) is wanted


def _capitalised(group: str) -> Condition:
    return lambda m: bool(m[group]) and capitalised_inside_sentence(m.string, m.start(group))


_KEY = compiled_cache.compile(r"(?P<negated>not\s+)?(?P<kind>[a-z]+)(?:\s+(?P<width>\d+))?(?:\s+(?P<group>\w+))?")


def _condition(key: str, value: str, line: int) -> Condition:
    parsed = _KEY.fullmatch(key)
    if parsed is None:
        raise ValueError(f"{FILENAME}:{line}: unknown condition {key!r}")
    kind, width, group = parsed["kind"], parsed["width"], parsed["group"]
    wanted = parsed["negated"] is None
    if kind == "before" and width is not None:
        return _before(int(width), group, value, wanted)
    if kind == "opens" and group is not None:
        return _opens(group, value, wanted)
    if kind == "after":
        return _after(int(width) if width else None, value, wanted)
    if wanted and group is not None:
        if kind == "group":
            return _group(group, value)
        if kind == "at":
            return _at(group, value)
    if wanted and kind == "match":
        return _match(value)
    if wanted and kind == "near" and width is not None:
        return _near(int(width), value)
    if wanted and kind == "capitalised":
        return _capitalised(value)
    raise ValueError(f"{FILENAME}:{line}: unknown condition {key!r}")


@lru_cache(maxsize=1)
def negative_rules() -> tuple[NegativeRule, ...]:
    """The negative rules in the order of the file."""
    found: list[NegativeRule] = []
    block: list[tuple[int, str, str]] = []
    lines = lexicon.data_text(FILENAME).splitlines()
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip() and not line.startswith("#"):
            key, separator, value = line.partition(":")
            if not separator:
                raise ValueError(f"{FILENAME}:{number}: expected 'key: value'")
            block.append((number, key.strip(), value.strip()))
        elif block and not line.strip():
            found.append(_negative_rule(block))
            block = []
    return tuple(found)


def _negative_rule(block: list[tuple[int, str, str]]) -> NegativeRule:
    first = block[0][0]
    fields = {key: value for _, key, value in block if key in ("veto", "rules")}
    if "veto" not in fields or "rules" not in fields:
        raise ValueError(f"{FILENAME}:{first}: a negative rule needs 'veto:' and 'rules:'")
    conditions = tuple(
        _condition(key, value, number) for number, key, value in block if key not in ("veto", "rules", "example")
    )
    examples = tuple(value for _, key, value in block if key == "example")
    return NegativeRule(fields["veto"], tuple(fields["rules"].split()), conditions, examples, first)


@lru_cache(maxsize=1)
def by_rule() -> dict[str, tuple[NegativeRule, ...]]:
    """Rule name → the negative rules that apply to its matches, in file order."""
    index: dict[str, list[NegativeRule]] = {}
    for rule in negative_rules():
        for name in rule.rules:
            index.setdefault(name, []).append(rule)
    _BY_RULE.update((name, tuple(rules)) for name, rules in index.items())
    return dict(_BY_RULE)


def removed(rule_name: str, match: Match) -> bool:
    """Whether a negative rule removes this match of the named rule."""
    for negative in _BY_RULE.get(rule_name) or by_rule().get(rule_name, ()):
        if negative.removes(match):
            return True
    return False


_BY_RULE: dict[str, tuple[NegativeRule, ...]] = {}  # by_rule(), kept here once read (checked per match)
