"""Page furniture around a report is not the story: a page's stamp, a wire dateline and
a reader comment's header name when the page was written, not a day the story points
at (fixture: fixtures/furniture.tsv, one case a line)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.tls.evidence import SentenceUnit, furniture_end, is_comment_header
from generator.tls.ranking import rank_days

CASES = [line.split("\t") for line in
         (Path(__file__).parent / "fixtures" / "furniture.tsv").read_text("utf-8").splitlines()
         if line and not line.startswith("#")]


@pytest.mark.parametrize("sentence, day, proper", CASES, ids=[c[0][:30] for c in CASES])
def test_the_sentence_proper_starts_after_the_furniture(sentence, day, proper):
    spans = [] if day == "-" else [(sentence.index(day), sentence.index(day) + len(day))]
    assert sentence[furniture_end(sentence, spans, position=0):] == proper


def test_a_stamp_is_only_looked_for_in_an_articles_first_sentences():
    sentence = "Saturday 25 April 2009 23.24 BST Swine flu has similar symptoms."
    assert furniture_end(sentence, [(0, 22)], position=10) == 0


@pytest.mark.parametrize("sentence, header", [
    ("At 20:04 30th Apr 2009, yellowIda wrote: 256 cases world wide.", True),
    ("At 4:36 pm on 18 Jan 2010, WebAlice wrote: And, yes, a credit to China.", True),
    ("In a letter, the minister wrote: we will act.", False),  # no clock time: news
    ("The minister said at 10:30 that he wrote: nothing.", False),  # not at the start
])
def test_a_reader_comments_header(sentence, header):
    assert is_comment_header(sentence) is header


def _unit(article: str, text: str, day: date) -> SentenceUnit:
    return SentenceUnit(article_id=article, index=0, position=5, text=text, published=None,
                        days=frozenset({day}))


def test_with_keywords_a_day_named_on_topic_outranks_one_named_in_asides():
    on_topic, aside = date(2011, 3, 18), date(2011, 3, 21)
    units = [_unit("a1", "Protests spread in Syria on Friday.", on_topic),
             _unit("a2", "Oil prices rose on Monday.", aside),
             _unit("a3", "Markets fell on Monday.", aside),
             _unit("a4", "Syria's army fired on protesters on Friday.", on_topic)]
    # without keywords the two days tie (two articles each): the earlier first
    assert [r.day for r in rank_days(units)] == [on_topic, aside]
    units.append(_unit("a5", "Stocks fell on Monday.", aside))
    assert rank_days(units)[0].day == aside  # three asides beat two mentions
    assert rank_days(units, keywords=("syria",))[0].day == on_topic  # but not two on topic


def test_through_the_reader_a_stamp_and_a_comment_name_no_day(tmp_path):
    """Read from a .jsonl as a build reads it: the page's stamp is cut from the first
    sentence and its day not counted; a reader's comment names no day and is never a
    key sentence."""
    import json

    from generator.analysing.analysis import AnalysisSettings
    from generator.building.corpus import LoadOptions, load_corpus
    from generator.tls import TlsSettings, key_dates
    from generator.tls.evidence import sentence_units

    lines = [
        {"id": "blog", "time": "2009-04-25", "text":
            "Susan Watts | 18:00 UK time, Saturday, 25 April 2009 Experts are clearly worried "
            "about the new flu virus that was found in Mexico last week.\n"
            "At 20:04 30th Apr 2009, yellowIda wrote: The flu news on 30 April was all over "
            "the television and the radio, and nobody talked about anything else.\n"},
        {"id": "report", "time": "2009-04-28", "text":
            "The flu virus reached Europe on Monday, when Spain confirmed the first case in a "
            "man who had come back from Mexico.\n"},
    ]
    path = tmp_path / "story.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    analyses = load_corpus(path, AnalysisSettings(), LoadOptions(executor="serial")).analyses
    units = {(u.article_id, u.position): u for u in sentence_units(analyses)}
    stamp, comment, report = units[("blog", 0)], units[("blog", 1)], units[("report", 0)]
    assert stamp.text.startswith("Experts are clearly worried")
    assert date(2009, 4, 25) not in stamp.days
    assert comment.comment and not comment.days
    assert report.days == {date(2009, 4, 27)}  # the report's own Monday still counts
    chosen = key_dates(analyses, TlsSettings(dates=5, sentences=2))
    texts = [s.text for kd in chosen.dates for s in kd.sentences]
    assert texts and not any("wrote:" in t for t in texts)
    assert date(2009, 4, 30) not in {kd.day for kd in chosen.dates}
