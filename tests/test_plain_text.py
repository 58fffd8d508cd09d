"""Pasted web text (.txt): page furniture is removed and reported, and a date line or a
dateline near the top dates the article (issue 15, point 8). The fixture files in
tests/fixtures/ingest (pasted_page.txt, dateline*.txt) show whole articles; these
cases show the rule."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.reading.readers.plain import furniture_kind, read_plain, remove_furniture


@pytest.mark.parametrize("line, kind", [
    ("Share this article", "word"),
    ("Facebook Twitter Email", "word"),
    ("Share on WhatsApp | Copy link", "word"),
    ("Advertisement", "word"),
    ("Sign up to our newsletter", "word"),
    ("Follow us on Twitter", "word"),
    ("Comments (12)", "word"),
    ("Related stories", "list"),
    ("Read more:", "list"),
    ("More on this story", "list"),
    # Text, however short, stays.
    ("Share prices fell.", None),
    ("The council shared the plan", None),
    ("Twitter sues the government", None),
    ("Email from the mayor", None),
    ("Read the full report.", None),
    ("Mr Smith", None),
])
def test_furniture_lines(line, kind):
    assert furniture_kind(line) == kind


def test_headlines_under_a_related_list_go_with_it_and_the_text_after_stays():
    lines = ["Related stories", "Harbour to close for repairs", "Fishermen vote to strike", "",
             "The vote was held on Monday, and the strike begins next week."]
    kept, removed = remove_furniture(lines)
    assert removed == lines[:3]
    assert kept[-1] == lines[-1]


@given(st.lists(st.text(alphabet="abcdefghij klmnop,", min_size=1, max_size=60), max_size=20))
def test_lines_ending_a_sentence_are_never_removed(lines):
    sentences = [line + "." for line in lines]
    kept, removed = remove_furniture(sentences)
    assert kept == sentences and removed == []


@pytest.mark.parametrize("top, published", [
    ("Published 5 March 2024", date(2024, 3, 5)),
    ("5 March 2024", date(2024, 3, 5)),
    ("Updated: 6 March 2024", date(2024, 3, 6)),
    ("First published on Tue 5 Mar 2024", date(2024, 3, 5)),
])
def test_a_date_line_near_the_top_dates_the_article_and_leaves_the_text(top, published):
    raw = read_plain(f"Harbour fees rise\n{top}\n\nThe council raised fees last week.\n")
    assert raw.published == published
    assert top not in raw.body and "The council raised fees" in raw.body


def test_a_published_line_wins_over_an_updated_one():
    raw = read_plain("Updated 9 March 2024\nPublished 5 March 2024\n\nFees rose last week.\n")
    assert raw.published == date(2024, 3, 5)


def test_a_date_deep_in_the_text_is_not_a_date_line():
    body = "\n".join(["A line of text."] * 8 + ["5 March 2024", "Fees rose last week."])
    assert read_plain(body).published is None


def test_an_ambiguous_numeric_date_line_follows_date_order():
    text = "Published 03/04/2024\n\nFees rose last week.\n"
    assert read_plain(text).published is None  # never a guess
    assert read_plain(text, "DMY").published == date(2024, 4, 3)


def test_a_dateline_dates_the_article_and_stays_in_the_text():
    raw = read_plain("WASHINGTON, Oct. 22, 2017 (AP) — Officials met last week.\n")
    assert raw.published == date(2017, 10, 22)
    assert raw.body.startswith("WASHINGTON, Oct. 22, 2017 (AP) —")
