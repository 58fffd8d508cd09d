"""`python -m generator timeline` writes Timeline17's form; `evaluate tls` scores it."""

from __future__ import annotations

import json
from pathlib import Path

from generator.cli.main import main

STORY = Path(__file__).parent / "fixtures" / "story.jsonl"


def test_timeline_writes_one_line_of_dated_sentences(tmp_path, capsys):
    out = tmp_path / "tl.jsonl"
    code = main(["timeline", str(STORY), "--dates", "2", "--sentences", "1", "--no-cache",
                 "--from", "2010-01-01", "--to", "2010-01-31", "--out", str(out)])
    assert code == 0
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 1
    timeline = json.loads(lines[0])
    days = [day for day, _ in timeline]
    assert days[0] == "2010-01-12" and len(days) == 2 and days == sorted(days)
    assert all(len(sentences) == 1 and isinstance(sentences[0], str) for _, sentences in timeline)
    captured = capsys.readouterr()
    assert "story.jsonl:4: line 4: invalid JSON" in captured.err
    assert "wrote 2 key date(s)" in captured.out


def test_a_timeline_scored_against_itself_is_perfect(tmp_path, capsys):
    out = tmp_path / "tl.jsonl"
    main(["timeline", str(STORY), "--dates", "2", "--no-cache", "--out", str(out)])
    capsys.readouterr()
    assert main(["evaluate", "tls", str(out), str(out)]) == 0
    assert capsys.readouterr().out.startswith("AR1-F 1.000  AR2-F 1.000  date F1 1.000")


def test_bad_arguments_are_usage_errors(capsys):
    import pytest

    for argv in (["timeline", str(STORY), "--out", "x", "--from", "12/01/2010"],
                 ["timeline", str(STORY), "--out", "x", "--dates", "0"],
                 ["timeline", str(STORY), "--out", "x", "--from", "2010-02-01", "--to", "2010-01-01"]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
