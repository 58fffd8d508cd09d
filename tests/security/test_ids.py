"""Article ids (page and data file names) are safe and distinct whatever the file name."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator.reading.ingest import article_id

SAFE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,69}")
# Windows devices, MkDocs' index, and the corpus-wide data files (data/timeline.csv …)
RESERVED = {"con", "prn", "aux", "nul", "index", "readme", "timeline", "timelinejs", "key-dates"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}
NAMES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=300)


@given(name=NAMES)
def test_every_file_name_gives_a_safe_id(name):
    identifier = article_id(Path(name))
    assert SAFE_ID.fullmatch(identifier), identifier
    assert identifier not in RESERVED
    assert ".." not in identifier and "\\" not in identifier


@given(first=NAMES, second=NAMES)
def test_names_share_an_id_only_when_they_differ_in_extension_alone(first, second):
    if article_id(Path(first)) == article_id(Path(second)):
        assert Path(first).stem == Path(second).stem  # the corpus then adds -2


def test_awkward_names():
    assert article_id(Path("story.txt")) == "story"
    assert article_id(Path("Story.txt")).startswith("story-")  # differs from story.txt
    assert article_id(Path("CON.txt")).startswith("con-") and article_id(Path("con.txt")).startswith("con-")
    assert article_id(Path("index.md")).startswith("index-")
    assert article_id(Path("..\\..\\evil.txt")).startswith("evil-")
    assert article_id(Path("日本語.txt")).startswith("article-")
    assert len(article_id(Path("x" * 250 + ".txt"))) <= 70


def test_an_article_never_takes_the_name_of_a_corpus_wide_data_file():
    for name in ("timeline.txt", "timelinejs.md", "key-dates.html", "Timeline.txt"):
        assert article_id(Path(name)) not in RESERVED
