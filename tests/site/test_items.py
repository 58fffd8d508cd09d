"""The list items of the browse listings and the corpus timeline (site/items.py):
whatever the titles, leads and sentences say, each item is one line of our own markup
with their text escaped in it."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, strategies as st

from generator.site.items import article_items, timeline_items
from generator.site.safety import Markup, escape_text

HOSTILE = st.sampled_from(["<script>alert(1)</script>", "\"'", "&amp;", "\n\n", "\r", "\x00",
                           "\u2028", "{{ x }}", "# H", "<b>"])
TEXTS = st.lists(st.one_of(HOSTILE, st.text(max_size=10)), max_size=6).map("".join)
_FOLDED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escaped(text: str) -> str:
    """HTML escaping as MarkupSafe writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&#34;").replace("'", "&#39;"))


def _shown(text: str) -> str:
    """Article text as the pages show it: on one line, escaped."""
    return _escaped(_FOLDED.sub(" ", text))


@given(st.lists(st.tuples(TEXTS, TEXTS, TEXTS, st.integers(0, 3)), max_size=4))
def test_an_article_item_is_one_line_with_its_text_escaped(rows):
    made = article_items([{"analysis": SimpleNamespace(article=SimpleNamespace(title=title),
                                                       events=[None] * events),
                           "url": "../a/", "published": published, "lead": lead}
                          for title, published, lead, events in rows])
    assert isinstance(made, Markup)
    lines = str(made).split("\n")
    assert lines.pop() == "" and len(lines) == len(rows)
    for line, (title, published, lead, events) in zip(lines, rows):
        assert line == (f'<li><a class="nt-article-title" href="../a/">{_shown(title)}</a> '
                        f'<span class="nt-meta">{_shown(published)} · {events} dated '
                        f'event{"" if events == 1 else "s"}</span><br>'
                        f'<span class="nt-lead">{_shown(lead)}</span></li>')


@given(st.lists(st.tuples(TEXTS, TEXTS, TEXTS), max_size=4), st.sampled_from([2, 3, 4]))
def test_a_timeline_item_is_one_line_and_keeps_its_sentence_markup(entries, level):
    made = timeline_items([{"id": "e-a-t1", "label": label, "url": "../a/#s1", "title": title,
                            "sentence": Markup("<mark>{}</mark>").format(escape_text(sentence))}
                           for label, title, sentence in entries], level)
    lines = str(made).split("\n")
    assert lines.pop() == "" and len(lines) == len(entries)
    for line, (label, title, sentence) in zip(lines, entries):
        assert line == (f'<li><h{level} class="nt-date" id="e-a-t1">{_shown(label)}</h{level}> '
                        f'<span class="nt-event"><a href="../a/#s1">{_shown(title)}</a>: '
                        f'<mark>{_shown(sentence)}</mark></span></li>')


@given(st.lists(st.tuples(TEXTS, TEXTS, st.lists(TEXTS, max_size=3)), max_size=4))
def test_a_report_item_is_one_line_with_its_notes_escaped(articles):
    from generator.site.items import report_items

    analyses = [SimpleNamespace(article=SimpleNamespace(id=f"a{n}", title=title, path=path),
                                warnings=tuple(notes))
                for n, (title, path, notes) in enumerate(articles)]
    made = report_items(analyses, lambda a: a.warnings, lambda page: "../" + page, lambda p: p)
    lines = str(made).split("\n")
    assert lines.pop() == "" and len(lines) == len(articles)
    for n, (line, (title, path, notes)) in enumerate(zip(lines, articles)):
        assert line == (f'<li><a href="../articles/a{n}.md">{_shown(title)}</a> '
                        f'(<code>{_shown(path)}</code>): {_shown("; ".join(notes))}</li>')
