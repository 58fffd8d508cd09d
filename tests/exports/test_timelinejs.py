"""The TimelineJS3 export: dates as far as the span goes, our label as the display
date, and every text field escaped (TimelineJS writes them into the page as HTML)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from generator.exports.timelinejs import date_fields, to_timelinejs

from .events import event


@pytest.mark.parametrize(("start", "end", "first", "last"), [
    (date(2015, 1, 1), date(2015, 12, 31), {"year": 2015}, None),
    (date(2021, 1, 1), date(2024, 12, 31), {"year": 2021}, {"year": 2024}),
    (date(2017, 5, 1), date(2017, 5, 31), {"year": 2017, "month": 5}, None),
    (date(2024, 9, 1), date(2024, 12, 31), {"year": 2024, "month": 9}, {"year": 2024, "month": 12}),
    (date(2024, 2, 1), date(2024, 2, 29), {"year": 2024, "month": 2}, None),
    (date(2017, 10, 22), date(2017, 10, 22), {"year": 2017, "month": 10, "day": 22}, None),
    (date(2017, 10, 9), date(2017, 10, 15), {"year": 2017, "month": 10, "day": 9},
     {"year": 2017, "month": 10, "day": 15}),
    (date(2013, 10, 22), date(2017, 10, 22), {"year": 2013, "month": 10, "day": 22},
     {"year": 2017, "month": 10, "day": 22}),
])
def test_dates_go_as_far_as_the_span(start, end, first, last):
    assert date_fields(start, end) == (first, last)


def test_slides_carry_label_title_sentence_link_group_and_id():
    data = json.loads(to_timelinejs([event()], "All articles", "1 event"))
    assert data["title"]["text"] == {"headline": "All articles", "text": "1 event"}
    (slide,) = data["events"]
    assert slide == {
        "start_date": {"year": 2015, "month": 5},
        "display_date": "May 2015",
        "text": {"headline": "Council news",
                 "text": '<p>The council met in May 2015. '
                         '<a href="https://example.org/articles/council/#s0">In the article</a></p>'},
        "unique_id": "council-t1",
        "group": "example.org",
    }


def test_markup_in_article_text_is_escaped():
    data = json.loads(to_timelinejs([event("<img src=x onerror=alert(1)>", title="<script>x</script>",
                                           label="<b>May</b>", source="<i>src</i>")], "<h1>t</h1>"))
    (slide,) = data["events"]
    assert slide["text"]["headline"] == "&lt;script&gt;x&lt;/script&gt;"
    assert slide["text"]["text"].startswith("<p>&lt;img src=x onerror=alert(1)&gt; <a href=")
    assert slide["display_date"] == "&lt;b&gt;May&lt;/b&gt;"
    assert slide["group"] == "&lt;i&gt;src&lt;/i&gt;"
    assert data["title"]["text"]["headline"] == "&lt;h1&gt;t&lt;/h1&gt;"
