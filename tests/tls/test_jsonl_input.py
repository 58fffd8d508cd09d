"""`.jsonl` input: each line an article; a bad line is a problem naming its line, and
the other lines still build."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.analysing.analysis import AnalysisSettings
from generator.reading.readers.jsonl import line_refs
from generator.building.corpus import LoadOptions, load_corpus

STORY = Path(__file__).parent / "fixtures" / "story.jsonl"


def _load(path: Path):
    return load_corpus(path, AnalysisSettings(), LoadOptions(executor="serial"))


def test_each_line_is_an_article_with_its_fields():
    corpus = _load(STORY)
    articles = {a.article.id: a.article for a in corpus.analyses}
    assert sorted(articles) == ["a1", "a2", "a3", "a7"]
    assert articles["a1"].title == "Quake hits the capital"
    assert articles["a1"].published == date(2010, 1, 13)
    assert articles["a2"].published == date(2010, 1, 14)  # `time`, an ISO date-time
    assert articles["a3"].path.endswith("story.jsonl:3")


def test_bad_lines_are_reported_with_file_and_line():
    problems = {p.path.rsplit("/", 1)[-1]: p.reason for p in _load(STORY).problems}
    assert problems == {
        "story.jsonl:4": "line 4: invalid JSON (Expecting value at column 1)",
        "story.jsonl:5": "line 5: no text (the field `text` is missing, empty or not a string)",
        "story.jsonl:6": "line 6: `date` is not a date: not a calendar date: '2010-02-30' "
                         "(day is out of range for month)",
    }


def test_a_jsonl_file_in_a_seeds_folder_builds_next_to_other_files(tmp_path):
    (tmp_path / "story.jsonl").write_bytes(STORY.read_bytes())
    (tmp_path / "note.txt").write_text("Officials met on 3 March 2010 in Paris.\n", "utf-8")
    corpus = _load(tmp_path)
    assert {a.article.id for a in corpus.analyses} == {"a1", "a2", "a3", "a7", "note"}


def test_lines_are_streamed_not_read_whole(tmp_path):
    """The loader keeps where each line is; a worker reads its own line."""
    path = tmp_path / "many.jsonl"
    path.write_text("".join(f'{{"text": "Line {i} of the file."}}\n' for i in range(1000)), "utf-8")
    refs = line_refs(path, 1 << 20)
    first, data = next(refs)  # a generator: nothing past the first line read yet
    assert (first.number, first.offset, data) == (1, 0, b'{"text": "Line 0 of the file."}\n')
    assert sum(1 for _ in refs) == 999


def test_a_line_over_the_size_limit_is_reported_not_read(tmp_path):
    from generator.reading.limits import Limits

    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "word " * 400 + '"}\n{"text": "Small one."}\n', "utf-8")
    corpus = load_corpus(path, AnalysisSettings(),
                         LoadOptions(executor="serial", limits=Limits(max_article_bytes=1000)))
    assert [a.article.text for a in corpus.analyses] == ["Small one."]
    assert "line 1: longer than the limit" in corpus.problems[0].reason


def test_tokenised_text_is_joined_back():
    from generator.reading.cleaning import detokenise

    assert detokenise("The world 's population , says study . `` It is -LRB- big -RRB- . ''") == \
        "The world's population, says study. \u201cIt is (big).\u201d"
    assert detokenise("Plain text, as written. Stays.") == "Plain text, as written. Stays."


def test_analyze_prints_one_analysis_a_line_and_names_bad_lines(capsys):
    import json

    from generator.cli.main import main

    assert main(["analyze", str(STORY)]) == 1  # some lines are bad
    captured = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in captured.out.splitlines()]
    assert ids == ["a1", "a2", "a3", "a7"]
    assert "story.jsonl:4: line 4: invalid JSON" in captured.err
