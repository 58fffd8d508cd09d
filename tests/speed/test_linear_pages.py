"""Pages grow linearly with the article: no part of a page repeats a whole long sentence.

A text without punctuation is one sentence; each of its dated expressions is a
timeline entry. Were each entry to show its whole sentence, the page would grow with
the square of the text (a 100 KB article made a 40 MB page; a 200 KB one, export files
of 46 MB each). Sizes are counted; the one timing compares CPU time at n and 4n
(tests/growth.py).
"""

from __future__ import annotations

from generator.analysing.analysis import analyse
from generator.reading.ingest import RawArticle, clean_article
from generator.analysing.serialize import timeline_dict
from generator.site.pages import article_page
from generator.analysing.timeline import merge
from generator.site import drawn
from generator.site.exports import export_files

from ..growth import assert_linear

CHUNK = ("the board met again on 3 May 2005 and again in June 2006 while shares rose "
         "before the vote last week and after the results of 2004 were known ")


def _one_sentence(repeats: int):
    body = "Harbour News\n\n" + CHUNK * repeats  # one line, no punctuation: one sentence
    return body, analyse(clean_article(RawArticle(body=body, title=None), "a", "a.txt", []))


def _sizes(repeats: int) -> tuple[int, int, int]:
    body, analysis = _one_sentence(repeats)
    page = article_page(analysis, directory_urls=True)
    data = timeline_dict(merge([analysis.events]), {"a": "Harbour News"})
    return len(body), len(page), len(str(data))


def test_the_article_page_and_the_timeline_data_grow_linearly():
    small_text, small_page, small_data = _sizes(40)
    large_text, large_page, large_data = _sizes(400)
    growth = large_text / small_text  # about 10
    assert large_page < 2 * growth * small_page
    assert large_data < 2 * growth * small_data
    # and the page carries the text once, plus bounded entries: not text × entries
    assert large_page < 40 * large_text


def _generated_files(analysis) -> dict[str, bytes]:
    """What the site writes for one article besides its page: the exports (TimelineJS,
    CSV, iCalendar) and the drawn timeline's data, the article's and the corpus's."""
    timeline = merge([analysis.events])
    return {**export_files([analysis], timeline, None, True),
            **drawn.view_files([analysis], timeline, {}, lambda a, i: f"/{a}/#s{i}")}


def test_the_export_files_grow_linearly():
    small_text, small = _one_sentence(40)
    large_text, large = _one_sentence(400)
    growth = len(large_text) / len(small_text)  # about 10
    small_files, large_files = _generated_files(small), _generated_files(large)
    assert small_files.keys() == large_files.keys() and len(large_files) >= 8
    for name, content in large_files.items():
        # linear: about `growth` times; each entry repeating the sentence: growth² times
        assert len(content) < 2 * growth * len(small_files[name]), name


def test_the_page_and_its_files_take_time_linear_in_one_long_sentence():
    def pages(analysis):
        article_page(analysis, directory_urls=True)
        _generated_files(analysis)

    pages(_one_sentence(5)[1])  # templates and libraries loaded: not part of either run
    assert_linear(pages, lambda repeats: _one_sentence(repeats)[1], 150,
                  "page and files of a one-sentence article")
