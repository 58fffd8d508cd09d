"""Export events made by hand, for the writers' unit and property tests."""

from __future__ import annotations

from datetime import date

from generator.exports import ExportEvent


def event(sentence: str = "The council met in May 2015.", *, title: str = "Council news",
          label: str = "May 2015", start: date = date(2015, 5, 1), end: date = date(2015, 5, 31),
          expression: str = "May 2015", uid: str = "council-t1",
          url: str = "https://example.org/articles/council/#s0",
          source: str | None = "example.org") -> ExportEvent:
    return ExportEvent(start=start, end=end, label=label, granularity="month", type="DATE",
                       value="2015-05", expression=expression, sentence=sentence,
                       article_id="council", article_title=title, article_url=url, sentence_index=0,
                       source_url="https://example.org/news/1", published=date(2015, 6, 2),
                       source=source, uid=uid, vague=False)
