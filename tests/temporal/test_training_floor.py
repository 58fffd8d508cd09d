"""Floors on the TempEval-3 training set, a little below what the tagger reaches, so no
change can quietly lose quality. Runs over ../shared/data/tempeval3-train."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluation.timeml_score import figures, score_directories
import re

from generator.temporal import engine
from generator.temporal.timeml import timeml_command

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "tempeval3-train"
FLOORS = {"relaxed F1": 94.3, "strict F1": 88.7, "value F1": 82.0, "type F1": 91.4}


@pytest.mark.slow
@pytest.mark.skipif(not DATA.is_dir(), reason="TempEval-3 training data not present")
def test_training_set_floors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = [str(p) for p in sorted(DATA.glob("*")) if p.is_dir()]
    assert timeml_command(inputs, str(tmp_path)) == 0
    result = figures(score_directories(DATA, tmp_path))
    for name, floor in FLOORS.items():
        assert result[name] >= floor, f"{name} {result[name]:.2f} fell below {floor}"


@pytest.mark.slow
@pytest.mark.skipif(not DATA.is_dir(), reason="TempEval-3 training data not present")
def test_trigger_windows_find_what_a_full_scan_finds() -> None:
    for path in sorted(DATA.glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        text = re.sub(r"<[^>]+>", "", raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0])
        assert set(engine._candidates(text)) == set(engine._candidates(text, full_scan=True)), path.name
