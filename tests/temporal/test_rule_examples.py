"""Every rule's own examples are matched, in full, by that rule."""

from __future__ import annotations

import pytest

from generator.temporal.rules import RULES, Rule


@pytest.mark.parametrize(
    ("rule", "example"),
    [(rule, example) for rule in RULES for example in rule.examples],
    ids=[f"{rule.name}:{example}" for rule in RULES for example in rule.examples],
)
def test_rule_matches_its_example(rule: Rule, example: str) -> None:
    matches = list(rule.regex.finditer(example))
    assert matches, f"{rule.name} does not match {example!r}"
    built = [rule.build(m) for m in matches]
    assert any(b is not None for b in built), f"{rule.name} rejects {example!r}"


def test_every_rule_has_examples() -> None:
    assert all(rule.examples for rule in RULES)
    assert len({rule.name for rule in RULES}) == len(RULES)
