"""Scanning only around trigger tokens finds exactly what a full scan finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.temporal import engine

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_19d9d8487fa4a31a.txt"
FIXTURES = Path(__file__).parent / "fixtures"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    return texts


@pytest.mark.parametrize("index", range(len(_texts())))
def test_windowed_scan_equals_full_scan(index: int) -> None:
    text = _texts()[index]
    assert set(engine._candidates(text)) == set(engine._candidates(text, full_scan=True))
