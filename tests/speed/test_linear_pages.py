"""Pages grow linearly with the article: no part of a page repeats a whole long sentence.

A text without punctuation is one sentence; each of its dated expressions is a
timeline entry. Were each entry to show its whole sentence, the page would grow with
the square of the text (a 100 KB article made a 40 MB page). Sizes are counted, not
timed.
"""

from __future__ import annotations

from generator.analysing.analysis import analyse
from generator.reading.ingest import RawArticle, clean_article
from generator.analysing.serialize import timeline_dict
from generator.site.pages import article_page
from generator.analysing.timeline import merge

CHUNK = ("the board met again on 3 May 2005 and again in June 2006 while shares rose "
         "before the vote last week and after the results of 2004 were known ")


def _sizes(repeats: int) -> tuple[int, int, int]:
    body = "Harbour News\n\n" + CHUNK * repeats  # one line, no punctuation: one sentence
    analysis = analyse(clean_article(RawArticle(body=body, title=None), "a", "a.txt", []))
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
