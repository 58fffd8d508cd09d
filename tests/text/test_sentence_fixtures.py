"""The splitter against hand-written cases in fixtures/sentences.txt (one case a block)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.text import split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "sentences.txt"


def _read_cases(path: Path) -> list[tuple[str, str, list[str]]]:
    """Blocks of: title, ".", input lines, ".", expected lines, "."."""
    lines = path.read_text(encoding="utf-8").split("\n")
    cases, i = [], 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.startswith("#"):
            i += 1
            continue
        title = line
        assert lines[i + 1] == ".", f"{path}:{i + 2}: expected '.' after the title"
        sections: list[list[str]] = [[], []]
        i += 2
        for section in sections:
            while lines[i] != ".":
                section.append(lines[i])
                i += 1
            i += 1
        cases.append((title, "\n".join(sections[0]), sections[1]))
    return cases


CASES = _read_cases(FIXTURES)


@pytest.mark.parametrize(("title", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sentences(title: str, text: str, expected: list[str]) -> None:
    got = [" ".join(s.text.split()) for s in split_sentences(text)]
    assert got == expected
