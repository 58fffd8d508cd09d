"""The `summarize` and `evaluate rouge` commands, end to end on small files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli.main import main

ARTICLE = (
    "The council voted on Monday to close the old bridge over the river. "
    "Engineers said the bridge was no longer safe for cars. "
    "The mayor said a new bridge would be built next year. "
    "Drivers will have to use the road through the town. "
    "Some shop owners fear they will lose money while the bridge is closed."
)


def test_summarize_prints_the_chosen_sentences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["summarize", str(article), "--method", "lead", "--sentences", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "The council voted on Monday to close the old bridge over the river.",
        "Engineers said the bridge was no longer safe for cars.",
    ]
    assert main(["summarize", str(article)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_summarize_rejects_an_unknown_method(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["summarize", str(article), "--method", "nope"])
    assert exit_.value.code == 2  # argparse's usage error: one line on stderr


def test_evaluate_rouge_prints_a_row_per_method_and_dumps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "dev.jsonl"
    row = {"id": "a1", "article": ARTICLE, "reference": "Council closes old bridge -LRB- unsafe -RRB- . New bridge next year ."}
    data.write_text(json.dumps(row) + "\n", encoding="utf-8")
    dump = tmp_path / "dump.jsonl"
    assert main(["evaluate", "rouge", str(data), "--method", "lead", "--method", "centroid", "--dump", str(dump)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:5] == ["method", "n", "R1", "R2", "RLsum"]
    assert [line.split()[:2] for line in lines[1:]] == [["lead", "1"], ["centroid", "1"]]
    records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["method"], len(r["summary"])) for r in records] == [("a1", "lead", 3), ("a1", "centroid", 3)]
