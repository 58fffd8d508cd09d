"""A lossless JSON form of `Analysis`, and the loader that rebuilds the frozen dataclasses.

`serialize.analysis_dict` is the public, reader-friendly export (labels, ids, no
paragraphs); this form is for the analysis cache and for moving analyses between
processes or machines: `analysis_from_dict(analysis_to_dict(a)) == a`, so a page built
from a cached analysis is byte-identical to one built from a fresh analysis.

It is made to be read back fast, since a rebuild reads every article's entry:
- records are arrays in field order, not objects with named fields;
- a sentence's or time expression's text is left out when it is the article's text
  between its offsets (as the analysis always makes it), and kept otherwise;
- events point at their time expression and sentence by position, since they are
  always ones of the analysis's own; one that is not (never made by `article_events`)
  is stored whole, with its text, so the form stays lossless;
- the dataclasses are made by `generator.frozen.positional_constructor`.
"""

from __future__ import annotations

import copyreg
import json
from datetime import date
from typing import Any

from ..analysing.serialize import to_compact_json
from ..model import Analysis, Article, Event, Interval, Link, Sentence, Summary, Timex
from ..frozen import positional_constructor

FORMAT = 2

_article = positional_constructor(Article)
_analysis = positional_constructor(Analysis)
_event = positional_constructor(Event)
_link = positional_constructor(Link)
_sentence_of = positional_constructor(Sentence)
_summary = positional_constructor(Summary)
_timex_of = positional_constructor(Timex)
_parse_date = date.fromisoformat


def _timex(t: Timex, text: str | None) -> list[Any]:
    """[start, end, type, value, mod, granularity, interval], and the expression's
    text when it is not `text[start:end]` (`text` None: always)."""
    row = [t.start, t.end, t.type, t.value, t.mod, t.granularity,
           str(t.interval) if t.interval is not None else None]
    if text is None or text[t.start:t.end] != t.text:
        row.append(t.text)
    return row


def _timex_from(v: list[Any], text: str) -> Timex:
    if len(v) == 7:
        start, end, type_, value, mod, granularity, interval = v
        written = text[start:end]
    else:
        start, end, type_, value, mod, granularity, interval, written = v
    if interval is not None:
        first, sep, last = interval.partition("/")
        if not sep:
            raise ValueError(f"not an interval: {interval!r}")
        interval = Interval(_parse_date(first), _parse_date(last))  # checks its order
    return _timex_of(start, end, written, type_, value, mod, granularity, interval)


def _sentence(s: Sentence, text: str | None) -> list[Any]:
    """[index, start, end], and the sentence's text when it is not `text[start:end]`."""
    row: list[Any] = [s.index, s.start, s.end]
    if text is None or text[s.start:s.end] != s.text:
        row.append(s.text)
    return row


def _sentence_from(v: list[Any], text: str) -> Sentence:
    if len(v) == 3:
        index, start, end = v
        return _sentence_of(index, start, end, text[start:end])
    index, start, end, written = v
    return _sentence_of(index, start, end, written)


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    text = article.text
    timex_at = {t: i for i, t in reversed(list(enumerate(analysis.timexes)))}
    sentence_at = {s: i for i, s in reversed(list(enumerate(analysis.sentences)))}
    events = []
    for e in analysis.events:
        when = timex_at.get(e.when)
        sentence = sentence_at.get(e.sentence)
        events.append([when if when is not None else _timex(e.when, None),
                       sentence if sentence is not None else _sentence(e.sentence, None),
                       e.timex_id, e.article_id])
    return {
        "format": FORMAT,
        # Article's fields in order.
        "article": [article.id, article.title, article.source_url,
                    article.published.isoformat() if article.published else None,
                    list(article.paragraphs), [[link.url, link.offset] for link in article.links],
                    article.path, list(article.tags), list(article.warnings), list(article.faults)],
        "sentences": [_sentence(s, text) for s in analysis.sentences],
        "timexes": [_timex(t, text) for t in analysis.timexes],
        "events": events,
        "summary": [analysis.summary.method, list(analysis.summary.sentences)],
        "warnings": list(analysis.warnings),
    }


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    """The analysis `analysis_to_dict` stored; a ValueError, KeyError, TypeError or
    IndexError for data of another shape."""
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown analysis format {data.get('format')!r}")
    (id_, title, source_url, published, paragraphs, links, path, tags, warnings,
     faults) = data["article"]
    paragraphs = tuple(paragraphs)
    article = _article(id_, title, source_url, _parse_date(published) if published else None,
                       paragraphs, tuple([_link(url, offset) for url, offset in links]),
                       path, tuple(tags), tuple(warnings), tuple(faults))
    text = article.text
    sentences = tuple([_sentence_from(s, text) for s in data["sentences"]])
    timexes = tuple([_timex_from(t, text) for t in data["timexes"]])
    events = tuple([
        _event(timexes[when] if type(when) is int else _timex_from(when, text), timex_id,
               sentences[sentence] if type(sentence) is int else _sentence_from(sentence, text),
               article_id)
        for when, sentence, timex_id, article_id in data["events"]
    ])
    method, chosen = data["summary"]
    return _analysis(article, sentences, timexes, events, _summary(method, tuple(chosen)),
                     tuple(data["warnings"]))


def _from_entry(text: str) -> Analysis:
    return analysis_from_dict(json.loads(text))


_last: tuple[Analysis | None, str] = (None, "")


def entry_text(analysis: Analysis) -> str:
    """The analysis in this form, as compact JSON text. A worker stores an analysis
    in the cache and then sends it back to the build: the text is made once for both."""
    global _last
    if _last[0] is not analysis:
        _last = (analysis, to_compact_json(analysis_to_dict(analysis)))
    return _last[1]


def _pickled_as_entry(analysis: Analysis) -> tuple[Any, tuple[str]]:
    return _from_entry, (entry_text(analysis),)


# The process pool sends every analysis back to the build as a pickle: in this form,
# not as nested dataclasses, it is 40 % fewer bytes and about half the time to make
# and to read back (measured on the BBC articles).
copyreg.pickle(Analysis, _pickled_as_entry)
