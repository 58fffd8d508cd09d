"""The CSV export: a header row, one row per event, RFC 4180 quoting, and no cell a
spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from generator.exports.csv_table import COLUMNS, FORMULA_STARTS, to_csv

from .events import event


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_and_one_row_per_event_with_the_issue_s_columns():
    text = to_csv([event(), event(uid="council-t2")])
    assert text.splitlines()[0].split(",") == list(COLUMNS) == [
        "start", "end", "label", "granularity", "type", "value", "expression", "sentence",
        "article", "article_url", "source_url"]
    rows = read(text)
    assert len(rows) == 2
    assert rows[0] == {
        "start": "2015-05-01", "end": "2015-05-31", "label": "May 2015", "granularity": "month",
        "type": "DATE", "value": "2015-05", "expression": "May 2015",
        "sentence": "The council met in May 2015.", "article": "Council news",
        "article_url": "https://example.org/articles/council/#s0",
        "source_url": "https://example.org/news/1"}


def test_commas_quotes_and_line_breaks_are_quoted_rows_end_with_crlf():
    text = to_csv([event('He said "no", then left.\nNext line, too.')])
    assert '"He said ""no"", then left.\nNext line, too."' in text
    assert text.endswith("\r\n") and text.count("\r\n") == 2
    assert read(text)[0]["sentence"] == 'He said "no", then left.\nNext line, too.'


def test_formulas_become_text():
    text = to_csv([event("=HYPERLINK(\"http://evil.example\",\"x\")", title="+1 (555) cmd|' /C calc'!A0",
                         expression="-2+3", label="@SUM(A1)")])
    row = read(text)[0]
    assert row["sentence"] == "'=HYPERLINK(\"http://evil.example\",\"x\")"
    assert row["article"] == "'+1 (555) cmd|' /C calc'!A0"
    assert row["expression"] == "'-2+3"
    assert row["label"] == "'@SUM(A1)"


@given(st.text(), st.text())
def test_any_text_reads_back_as_written_and_never_starts_a_formula(sentence, title):
    rows = read(to_csv([event(sentence, title=title)]))
    assert len(rows) == 1
    for column, written in (("sentence", sentence), ("article", title)):
        cell = rows[0][column]
        assert not cell.startswith(FORMULA_STARTS)
        # the written text, behind an apostrophe exactly when it would start a formula
        assert cell == ("'" + written if written.startswith(FORMULA_STARTS) else written)
