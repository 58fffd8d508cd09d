"""The command line, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import ROOT, SEED

KEYS = {"id", "title", "source_url", "published", "links", "sentences", "timexes", "events",
        "summary", "warnings"}
TIMEX_KEYS = {"id", "text", "start", "end", "sentence", "type", "value", "mod", "granularity",
              "interval", "label"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_analyze_prints_the_analysis_as_json():
    result = run("analyze", str(SEED))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert KEYS <= data.keys()
    assert all(TIMEX_KEYS <= t.keys() for t in data["timexes"])
    first = data["sentences"][0]
    assert first["end"] - first["start"] == len(first["text"])
    for timex in data["timexes"]:
        sentence = data["sentences"][timex["sentence"]]
        inner = sentence["text"][timex["start"] - sentence["start"]: timex["end"] - sentence["start"]]
        assert inner == timex["text"]


def test_analyze_says_why_a_file_is_not_an_article(tmp_path):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF")
    result = run("analyze", str(bad))
    assert result.returncode == 1
    assert "unsupported file type '.pdf'" in result.stderr


def test_build_writes_the_pages_to_disk(tmp_path):
    result = run("build", "--seeds", str(ROOT / "seeds"), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "index.md").is_file()
    assert (tmp_path / "articles" / f"{SEED.stem}.md").is_file()
    assert (tmp_path / "data" / "timeline.json").is_file()


def test_summarize_prints_sentences_of_the_article():
    result = run("summarize", str(SEED), "--sentences", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("As recently as a year ago")
