"""The command line, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from generator.cli.main import main
from generator.summarize import DEFAULT_METHOD, METHOD_NAMES

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


# --- usage errors, help and optional extras -------------------------------------------

USAGE_ERRORS = {
    # argv: what the one line must say
    ("summarize", str(SEED), "--sentences", "0"): "argument --sentences: must be 1 or more, not 0",
    ("summarize", str(SEED), "--sentences", "two"): "argument --sentences: expected a whole number, not 'two'",
    ("summarize", str(SEED), "--method", "best"): "argument --method: invalid choice: 'best'",
    ("summarize", "no-such-article.txt"): "argument file: no such file: no-such-article.txt",
    ("summarize", str(ROOT / "seeds")): "argument file: not a file:",
    ("summarize",): "the following arguments are required: file",
    ("analyze", "no-such-article.txt"): "argument file: no such file: no-such-article.txt",
    ("build", "--seeds", "no-such-folder"): "argument --seeds: no such folder: no-such-folder",
    ("build", "--workers", "0"): "argument --workers: must be 1 or more, not 0",
    ("build", "--executor", "threads"): "argument --executor: invalid choice: 'threads'",
    ("timeml", "no-such.tml", "--out", "x"): "argument INPUT: no such file or folder: no-such.tml",
    ("timeml", str(SEED)): "the following arguments are required: --out",
    ("evaluate",): "the following arguments are required: BENCHMARK",
    ("evaluate", "timeml", "no-gold", "no-system"): "argument GOLD_DIR: no such folder: no-gold",
    ("evaluate", "rouge", str(SEED), "--sentences", "-1"): "argument --sentences: must be 1 or more, not -1",
    ("evaluate", "rouge", "missing.jsonl"): "argument FILE.jsonl: no such file: missing.jsonl",
    ("frobnicate",): "argument COMMAND: invalid choice: 'frobnicate'",
    (): "the following arguments are required: COMMAND",
}


@pytest.mark.parametrize("argv", list(USAGE_ERRORS), ids=lambda argv: " ".join(argv) or "(nothing)")
def test_a_usage_error_is_one_line_and_status_2(argv, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "error: " + USAGE_ERRORS[argv] in err
    assert err.rstrip().endswith("--help')")  # and says where to read more


def test_a_usage_error_from_the_real_command_is_one_line():
    result = run("summarize", str(SEED), "--sentences", "0")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "python -m generator summarize: error: argument --sentences: must be 1 or more, not 0 "
        "(see 'python -m generator summarize --help')"]


def _help(argv, capsys) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # unwrapped


@pytest.mark.parametrize("argv", [("summarize",), ("evaluate", "rouge")])
def test_help_lists_the_summary_methods_and_the_default(argv, capsys):
    text = _help(argv, capsys)
    assert f"one of {', '.join(METHOD_NAMES)} (default: {DEFAULT_METHOD})" in text


def test_help_names_every_command_and_gives_examples(capsys):
    text = _help((), capsys)
    for command in ("analyze", "build", "summarize", "timeml", "timeline", "evaluate"):
        assert f" {command} " in text
    assert "examples:" in text and "python -m generator summarize seeds/" in text
    assert "thin adapter" not in text  # speaks to users, not to the code's maintainers


def test_build_help_lists_the_executors_and_the_extra_dask_needs(capsys):
    text = _help(("build",), capsys)
    assert ("one of process, serial, dask (default: the plugin's executor, process; dask needs the "
            "'dask' extra)") in text


def _without(module: str, *argv: str) -> subprocess.CompletedProcess:
    """The command line as on an install without the optional package `module`."""
    code = (f"import sys; sys.modules[{module!r}] = None; from generator.cli.main import main; "
            f"sys.exit(main({list(argv)!r}))")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_evaluate_rouge_without_its_extra_says_which_to_install_in_one_line(tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "a", "article": "The harbour reopened.", "reference": "It reopened ."}\n')
    result = _without("rouge_score", "evaluate", "rouge", str(rows))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "python -m generator: error: evaluate rouge needs the optional extra 'evaluate' "
        "(rouge_score is not installed): pip install 'news-timelines[evaluate]'"]


def test_the_dask_executor_without_its_extra_says_which_to_install_in_one_line(tmp_path):
    result = _without("dask", "build", "--seeds", str(ROOT / "seeds"), "--out", str(tmp_path / "out"),
                      "--executor", "dask")
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "needs the optional extra 'dask'" in result.stderr
    assert "pip install 'news-timelines[dask]'" in result.stderr
    assert not (tmp_path / "out").exists()  # it stopped before any work


def test_the_dask_setting_without_its_extra_stops_mkdocs_without_a_traceback(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text("utf-8").replace(
        "  - news-timelines:\n", "  - news-timelines:\n      executor: dask\n", 1)
        .replace("docs_dir: docs", f"docs_dir: {ROOT / 'docs'}"))
    code = ("import sys; sys.modules['dask'] = None; from mkdocs.__main__ import cli; "
            f"cli(['build', '-q', '-f', {str(config)!r}, '-d', {str(tmp_path / 'site')!r}])")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "NEWS_TIMELINES_SEEDS": str(ROOT / "seeds")})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert ("news-timelines setting 'executor: dask' needs the optional extra 'dask' "
            "(dask is not installed): pip install 'news-timelines[dask]'") in result.stderr
