"""A lossless JSON form of `Analysis`, and the loader that rebuilds the frozen dataclasses.

`serialize.analysis_dict` is the public, reader-friendly export (labels, ids, no
paragraphs); this form is for the analysis cache and for moving analyses between
processes or machines: `analysis_from_dict(analysis_to_dict(a)) == a`, so a page built
from a cached analysis is byte-identical to one built from a fresh analysis.

Events point at their time expression and sentence by position, since they are always
ones of the analysis's own; one that is not (never made by `article_events`) is stored
whole, so the form stays lossless.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..model import Analysis, Article, Event, Interval, Link, Sentence, Summary, Timex

FORMAT = 1


def _timex(t: Timex) -> list[Any]:
    return [t.start, t.end, t.text, t.type, t.value, t.mod, t.granularity,
            str(t.interval) if t.interval is not None else None]


def _timex_from(v: list[Any]) -> Timex:
    start, end, text, type_, value, mod, granularity, interval = v
    return Timex(start=start, end=end, text=text, type=type_, value=value, mod=mod,
                 granularity=granularity,
                 interval=Interval.parse(interval) if interval is not None else None)


def _sentence(s: Sentence) -> list[Any]:
    return [s.index, s.start, s.end, s.text]


def _sentence_from(v: list[Any]) -> Sentence:
    return Sentence(index=v[0], start=v[1], end=v[2], text=v[3])


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    timex_at = {t: i for i, t in reversed(list(enumerate(analysis.timexes)))}
    sentence_at = {s: i for i, s in reversed(list(enumerate(analysis.sentences)))}
    events = []
    for e in analysis.events:
        when = timex_at.get(e.when)
        sentence = sentence_at.get(e.sentence)
        events.append({
            "when": when if when is not None else _timex(e.when),
            "sentence": sentence if sentence is not None else _sentence(e.sentence),
            "timex_id": e.timex_id,
            "article_id": e.article_id,
        })
    return {
        "format": FORMAT,
        "article": {
            "id": article.id,
            "title": article.title,
            "source_url": article.source_url,
            "published": article.published.isoformat() if article.published else None,
            "paragraphs": list(article.paragraphs),
            "links": [[link.url, link.offset] for link in article.links],
            "path": article.path,
            "tags": list(article.tags),
            "warnings": list(article.warnings),
            "faults": list(article.faults),
        },
        "sentences": [_sentence(s) for s in analysis.sentences],
        "timexes": [_timex(t) for t in analysis.timexes],
        "events": events,
        "summary": {"method": analysis.summary.method, "sentences": list(analysis.summary.sentences)},
        "warnings": list(analysis.warnings),
    }


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown analysis format {data.get('format')!r}")
    a = data["article"]
    article = Article(
        id=a["id"],
        title=a["title"],
        source_url=a["source_url"],
        published=date.fromisoformat(a["published"]) if a["published"] else None,
        paragraphs=tuple(a["paragraphs"]),
        links=tuple(Link(url=url, offset=offset) for url, offset in a["links"]),
        path=a["path"],
        tags=tuple(a["tags"]),
        warnings=tuple(a["warnings"]),
        faults=tuple(a.get("faults", ())),
    )
    sentences = tuple(_sentence_from(s) for s in data["sentences"])
    timexes = tuple(_timex_from(t) for t in data["timexes"])
    events = tuple(
        Event(
            when=timexes[e["when"]] if isinstance(e["when"], int) else _timex_from(e["when"]),
            timex_id=e["timex_id"],
            sentence=(sentences[e["sentence"]] if isinstance(e["sentence"], int)
                      else _sentence_from(e["sentence"])),
            article_id=e["article_id"],
        )
        for e in data["events"]
    )
    summary = Summary(method=data["summary"]["method"], sentences=tuple(data["summary"]["sentences"]))
    return Analysis(article=article, sentences=sentences, timexes=timexes, events=events,
                    summary=summary, warnings=tuple(data["warnings"]))
