"""The gold-conventions report (benchmarks/timeml_gold_conventions.py) on a tiny gold set:
one expression annotated in two shapes, and a word tagged on some occurrences only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "timeml_gold_conventions.py"


def _report():
    spec = importlib.util.spec_from_file_location("timeml_gold_conventions", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _timex(value: str, text: str) -> str:
    return f'<TIMEX3 tid="t1" type="DATE" value="{value}">{text}</TIMEX3>'


def test_counts_shapes_and_untagged_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    weeks = ["1998-W02", "1998-W05", "1998-WXX"]
    body = " ".join(f"Talks ended {_timex(v, 'last week')}." for v in weeks)
    body += " " + " ".join(_timex("PRESENT_REF", "now") for _ in range(3)) + " and now and now."
    (tmp_path / "D1.tml").write_text(f"<DOCID>D1</DOCID><TEXT>{body}</TEXT>", encoding="utf-8")

    assert _report().main([str(tmp_path), "--min", "3"]) == 0
    out = capsys.readouterr().out

    assert "'last week': DATE 9999-W99 ×2, DATE 9999-WXX ×1" in out
    assert "annotations outside their expression's most frequent shape: 1" in out
    assert "'now': 3 / 2" in out


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    assert _report().main([str(tmp_path)]) == 2
