"""The TempEval-3 scorer on a tiny hand-made gold/system pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluation.timeml_score import evaluate_timeml_command, figures, score_directories

HEAD = '<DOCID>D1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT>'
GOLD = HEAD + (
    '<TEXT>He left <TIMEX3 tid="t1" type="DATE" value="1998-01-02">Friday</TIMEX3> and'
    ' <TIMEX3 tid="t2" type="DURATION" value="P4Y">the past four years</TIMEX3> were hard;'
    ' <TIMEX3 tid="t3" type="DATE" value="1997">last year</TIMEX3> too.'
    ' <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3></TEXT>'
)
SYSTEM = HEAD + (
    '<TEXT>He left <TIMEX3 tid="t1" type="DATE" value="1998-01-02">Friday</TIMEX3> and the'
    ' <TIMEX3 tid="t2" type="DURATION" value="P4Y">past four years</TIMEX3> were hard;'
    ' <TIMEX3 tid="t3" type="DURATION" value="P1Y">last year</TIMEX3> too. now</TEXT>'
)
EXTRA = HEAD + '<TEXT>He left Friday and <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3></TEXT>'


def _write(folder: Path, body: str) -> None:
    folder.mkdir()
    (folder / "D1.tml").write_text(body, encoding="utf-8")


def test_scores_by_hand(tmp_path: Path) -> None:
    _write(tmp_path / "gold", GOLD)
    _write(tmp_path / "system", SYSTEM)
    result = figures(score_directories(tmp_path / "gold", tmp_path / "system"))
    # 3 system, 4 gold; strict: Friday, last year (2); relaxed: 3 matches.
    assert result["strict precision"] == pytest.approx(100 * 2 / 3)
    assert result["strict recall"] == pytest.approx(50.0)
    assert result["relaxed precision"] == pytest.approx(100.0)
    assert result["relaxed recall"] == pytest.approx(75.0)
    relaxed_f1 = 2 * 1.0 * 0.75 / 1.75
    assert result["relaxed F1"] == pytest.approx(100 * relaxed_f1)
    assert result["value F1"] == pytest.approx(100 * relaxed_f1 * 2 / 3)
    assert result["type F1"] == pytest.approx(100 * relaxed_f1 * 2 / 3)


def test_error_listing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "gold", GOLD)
    _write(tmp_path / "system", SYSTEM)
    assert evaluate_timeml_command(str(tmp_path / "gold"), str(tmp_path / "system"), errors=True) == 0
    out = capsys.readouterr().out
    assert "MISS D1" in out and "[now]" in out
    assert "VALUE D1" in out and "gold=DATE 1997 system=DURATION P1Y" in out
    assert "relaxed F1:" in out and "value F1:" in out


def test_changed_text_is_reported(tmp_path: Path) -> None:
    _write(tmp_path / "gold", GOLD)
    _write(tmp_path / "system", EXTRA)
    tally = score_directories(tmp_path / "gold", tmp_path / "system")
    assert any(e.startswith("TEXT DIFFERS") for e in tally.errors)
