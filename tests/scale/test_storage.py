"""The cache's JSON form rebuilds the very same frozen dataclasses."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from generator.model import Event, Interval, Sentence, Timex
from generator.building.storage import analysis_from_dict, analysis_to_dict


def test_the_seed_analysis_round_trips_through_json(seed_analysis):
    data = json.loads(json.dumps(analysis_to_dict(seed_analysis)))
    assert analysis_from_dict(data) == seed_analysis
    assert seed_analysis.events and seed_analysis.timexes  # the test covers something


def test_an_event_that_is_not_one_of_the_analysis_own_is_kept_whole(seed_analysis):
    stray = Event(when=Timex(0, 4, "2001", "DATE", "2001", granularity="year",
                             interval=Interval(date(2001, 1, 1), date(2001, 12, 31))),
                  timex_id="t99", sentence=Sentence(99, 0, 4, "2001"), article_id="x")
    analysis = replace(seed_analysis, events=seed_analysis.events + (stray,))
    assert analysis_from_dict(json.loads(json.dumps(analysis_to_dict(analysis)))) == analysis


# -- any analysis round-trips, whether or not its texts are the article's slices ------

from hypothesis import given, strategies as st  # noqa: E402

from generator.model import Analysis, Article, Link, Summary  # noqa: E402

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_days = st.dates(date(1, 1, 1), date(9999, 12, 31))


@st.composite
def _interval(draw):
    first, second = sorted((draw(_days), draw(_days)))
    return Interval(first, second)


@st.composite
def _analyses(draw):
    paragraphs = tuple(draw(st.lists(_text, min_size=1, max_size=3)))
    text = "\n\n".join(paragraphs)

    def span():
        start = draw(st.integers(0, len(text)))
        return start, draw(st.integers(start, len(text)))

    def written(start, end):  # most often the article's own words, as analysis makes them
        return draw(st.one_of(st.just(text[start:end]), _text))

    sentences = []
    for index in range(draw(st.integers(0, 4))):
        start, end = span()
        sentences.append(Sentence(index, start, end, written(start, end)))
    timexes = []
    for _ in range(draw(st.integers(0, 4))):
        start, end = span()
        timexes.append(Timex(start, end, written(start, end),
                             draw(st.sampled_from(("DATE", "TIME", "DURATION", "SET"))), draw(_text),
                             mod=draw(st.none() | st.sampled_from(("START", "END"))),
                             granularity=draw(st.none() | st.sampled_from(("day", "year"))),
                             interval=draw(st.none() | _interval())))
    stray_timex = Timex(0, 1, draw(_text), "DATE", "2001", interval=draw(_interval()))
    stray_sentence = Sentence(7, 0, 1, draw(_text))
    events = [Event(when=draw(st.sampled_from(timexes + [stray_timex])), timex_id=draw(_text),
                    sentence=draw(st.sampled_from(sentences + [stray_sentence])),
                    article_id=draw(_text))
              for _ in range(draw(st.integers(0, 3)))]
    article = Article(id=draw(_text), title=draw(_text), source_url=draw(st.none() | _text),
                      published=draw(st.none() | _days), paragraphs=paragraphs,
                      links=tuple(Link(url, offset) for url, offset in
                                  draw(st.lists(st.tuples(_text, st.integers(0, 99)), max_size=2))),
                      path=draw(_text), tags=tuple(draw(st.lists(_text, max_size=2))),
                      warnings=tuple(draw(st.lists(_text, max_size=2))),
                      faults=tuple(draw(st.lists(_text, max_size=2))))
    return Analysis(article=article, sentences=tuple(sentences), timexes=tuple(timexes),
                    events=tuple(events),
                    summary=Summary(draw(_text), tuple(draw(st.lists(st.integers(0, 9), max_size=3)))),
                    warnings=tuple(draw(st.lists(_text, max_size=2))))


@given(_analyses())
def test_any_analysis_round_trips_through_json(analysis):
    data = json.loads(json.dumps(analysis_to_dict(analysis), ensure_ascii=False))
    back = analysis_from_dict(data)
    assert back == analysis
    # equal and of the same classes all the way down, so pages made from it are the same
    assert type(back.article.links) is tuple and all(type(s) is Sentence for s in back.sentences)
    assert [type(e.when) for e in back.events] == [Timex] * len(analysis.events)


def test_texts_that_are_the_article_own_words_are_not_stored_twice(seed_analysis):
    stored = json.dumps(analysis_to_dict(seed_analysis), ensure_ascii=False)
    words = json.dumps(seed_analysis.sentences[1].text, ensure_ascii=False)[1:-1]
    paragraphs = json.dumps(seed_analysis.article.paragraphs, ensure_ascii=False)
    assert stored.count(words) == paragraphs.count(words) >= 1  # in the paragraphs only
    assert all(len(row) == 3 for row in analysis_to_dict(seed_analysis)["sentences"])


def test_an_interval_that_ends_before_it_starts_is_refused_as_in_the_model(seed_analysis):
    data = analysis_to_dict(seed_analysis)
    dated = next(row for row in data["timexes"] if row[6] is not None)
    dated[6] = "2020-05-02/2020-05-01"
    try:
        analysis_from_dict(data)
    except ValueError:
        pass
    else:
        raise AssertionError("an impossible interval was read back")


@given(_analyses())
def test_any_analysis_pickles_in_the_cache_form_and_back_equal(analysis):
    """The process pool sends analyses back to the build as pickles, made of the
    cache's form (`copyreg`), which must lose nothing either."""
    import pickle

    data = pickle.dumps(analysis)
    assert json.dumps(analysis_to_dict(analysis), ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8") in data
    assert pickle.loads(data) == analysis
