"""Every rule's examples (data/en/rule_examples.tsv) are normalisation tests: the rule
matches the example, and the whole tagger gives the expected expression, type, value
and mod against the example's reference date. A failure names the file and line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from generator.temporal import extract, lexicon
from generator.temporal.rules import RULES

FILENAME = "rule_examples.tsv"
RULES_BY_NAME = {rule.name: rule for rule in RULES}


@dataclass(frozen=True)
class Example:
    line: int
    rule: str
    text: str
    reference: date
    expected: tuple[str, str, str, str]  # text, type, value, mod

    @property
    def where(self) -> str:
        return f"{FILENAME}:{self.line} ({self.rule})"


def read_examples() -> list[Example]:
    examples = []
    for number, line in enumerate(lexicon.data_text(FILENAME).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        rule, text, reference, expression, kind, value, *mod = line.split("\t")
        examples.append(Example(number, rule, text, date.fromisoformat(reference), (expression, kind, value, (mod or [""])[0])))
    return examples


EXAMPLES = read_examples()


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.rule}:{e.text}" for e in EXAMPLES])
def test_rule_example(example: Example) -> None:
    assert example.rule in RULES_BY_NAME, f"{example.where}: no such rule"
    rule = RULES_BY_NAME[example.rule]
    matches = list(rule.regex.finditer(example.text))
    assert matches, f"{example.where}: the rule does not match {example.text!r}"
    assert any(rule.build(m) is not None for m in matches), f"{example.where}: the rule rejects {example.text!r}"
    found = [(t.text, t.type, t.value, t.mod or "") for t in extract(example.text, example.reference)]
    assert example.expected in found, f"{example.where}: expected {example.expected}, the tagger gives {found}"


def test_every_rule_has_examples() -> None:
    assert len({rule.name for rule in RULES}) == len(RULES)
    with_examples = {e.rule for e in EXAMPLES}
    assert [rule.name for rule in RULES if rule.name not in with_examples] == []
