"""The negative rules of data/en/negative_rules.txt: each removes, in its own examples, a
match that one of its rules would otherwise have tagged; each names rules that exist."""

from __future__ import annotations

import pytest

from generator.temporal.rules import RULES
from generator.temporal.rules.negative import FILENAME, NegativeRule, negative_rules

RULES_BY_NAME = {rule.name: rule for rule in RULES}
CASES = [(negative, example) for negative in negative_rules() for example in negative.examples]


@pytest.mark.parametrize(
    ("negative", "example"), CASES, ids=[f"{negative.name}:{example[:30]}" for negative, example in CASES]
)
def test_negative_rule_removes_a_match_in_its_example(negative: NegativeRule, example: str) -> None:
    where = f"{FILENAME}:{negative.line} ({negative.name})"
    matches = [m for name in negative.rules for m in RULES_BY_NAME[name].regex.finditer(example)]
    assert matches, f"{where}: none of {negative.rules} matches {example!r}"
    removed = [m for m in matches if negative.removes(m)]
    assert removed, f"{where}: removes no match in {example!r}"


def test_every_negative_rule_has_examples_and_known_rules() -> None:
    names = [negative.name for negative in negative_rules()]
    assert len(names) == len(set(names))
    for negative in negative_rules():
        assert negative.examples, f"{FILENAME}:{negative.line}: no example"
        unknown = [name for name in negative.rules if name not in RULES_BY_NAME]
        assert not unknown, f"{FILENAME}:{negative.line}: unknown rules {unknown}"
