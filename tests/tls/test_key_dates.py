"""Key dates across articles: days ranked by the whole collection's evidence, each
said by a few sentences, the same event once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.analysing.analysis import AnalysisSettings
from generator.building.corpus import LoadOptions, load_corpus
from generator.tls import TlsSettings, key_dates
from generator.tls.evidence import sentence_units

STORY = Path(__file__).parent / "fixtures" / "story.jsonl"


def _analyses():
    return load_corpus(STORY, AnalysisSettings(), LoadOptions(executor="serial")).analyses


def test_the_day_most_articles_point_at_comes_first_and_is_said_once():
    chosen = key_dates(_analyses(), TlsSettings(dates=1, sentences=1))
    [quake] = chosen.dates
    assert quake.day == date(2010, 1, 12)
    [sentence] = quake.sentences
    assert "presidential palace" in sentence.text
    # a1, a2 and a3 report the palace's destruction in like words: one sentence, three reports
    assert sentence.reports == 3


def test_dates_come_in_date_order_with_sentences_pointing_into_their_articles():
    analyses = _analyses()
    chosen = key_dates(analyses, TlsSettings(dates=3, sentences=2))
    days = [kd.day for kd in chosen.dates]
    assert days == sorted(days) and len(days) == 3
    texts = {(a.article.id, s.index): s.text for a in analyses for s in a.sentences}
    for kd in chosen.dates:
        for s in kd.sentences:
            assert texts[(s.article_id, s.sentence_index)] == s.text


def test_a_month_names_no_day():
    """'In May 2010' must not count as 1 May 2010."""
    units = sentence_units(_analyses())
    assert all(date(2010, 5, 1) not in u.days for u in units)
    chosen = key_dates(_analyses(), TlsSettings(dates=10, sentences=1))
    assert date(2010, 5, 1) not in {kd.day for kd in chosen.dates}


def test_span_limits_dates_and_articles():
    settings = TlsSettings(dates=10, sentences=1, start=date(2010, 1, 19), end=date(2010, 1, 31))
    chosen = key_dates(_analyses(), settings)
    assert chosen.articles == 2  # a3 and a7 are published in the span
    assert all(settings.start <= kd.day <= settings.end for kd in chosen.dates)


def test_keywords_keep_only_sentences_that_mention_one():
    chosen = key_dates(_analyses(), TlsSettings(dates=10, sentences=3, keywords=("AFTERSHOCK",)))
    sentences = [s.text for kd in chosen.dates for s in kd.sentences]
    assert sentences and all("aftershock" in s.lower() for s in sentences)


def test_sizes_follow_the_collection_when_not_given():
    from generator.tls.sizes import default_dates, default_sentences

    assert [default_dates(n) for n in (0, 1, 16, 76, 2225)] == [0, 3, 8, 17, 30]
    assert [default_sentences(n) for n in (5, 76, 2225)] == [1, 2, 3]
    chosen = key_dates(_analyses())
    assert chosen.requested_dates == 4 and chosen.requested_sentences == 1


_ANALYSES = None


def _cached():
    global _ANALYSES
    if _ANALYSES is None:
        _ANALYSES = _analyses()
    return _ANALYSES


from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402


@hsettings(max_examples=60, deadline=None)
@given(n=st.integers(1, 8), k=st.integers(1, 4), subset=st.lists(st.booleans(), min_size=4, max_size=4),
       start=st.one_of(st.none(), st.dates(date(2010, 1, 1), date(2010, 1, 31))),
       length=st.integers(0, 40))
def test_key_dates_always_hold_their_promises(n, k, subset, start, length):
    """Whatever the articles, sizes and span: at most N dates in date order inside the
    span, at most K sentences each, every sentence one of its article's, no sentence
    twice on a day, each reported by at least one article."""
    from datetime import timedelta

    analyses = [a for a, keep in zip(_cached(), subset) if keep]
    end = start + timedelta(days=length) if start else None
    chosen = key_dates(analyses, TlsSettings(dates=n, sentences=k, start=start, end=end))
    days = [kd.day for kd in chosen.dates]
    assert len(days) <= n and days == sorted(set(days))
    if start:
        assert all(start <= d <= end for d in days)
    texts = {(a.article.id, s.index): s.text for a in analyses for s in a.sentences}
    for kd in chosen.dates:
        assert 1 <= len(kd.sentences) <= k
        keys = [(s.article_id, s.sentence_index) for s in kd.sentences]
        assert len(keys) == len(set(keys))
        for s in kd.sentences:
            assert s.reports >= 1
            assert s.text in texts[(s.article_id, s.sentence_index)]


# -- every sentence is cut as furniture_end cuts it (the common case skips the call) --

from hypothesis import given, strategies as st  # noqa: E402

from generator.model import Analysis, Article, Sentence, Summary  # noqa: E402
from generator.tls.evidence import furniture_end, is_comment_header  # noqa: E402

_words = st.lists(st.sampled_from(["CAIRO", "(Reuters)", "-", "At", "20:04", "Ida", "wrote:",
                                   "the", "talks", "resumed", ",", "Mar", "21", "(", ":"]),
                  max_size=30).map(" ".join)


@given(st.lists(_words, min_size=1, max_size=5))
def test_each_unit_is_its_sentence_without_the_furniture(texts):
    text = "\n\n".join(texts)
    sentences, at = [], 0
    for index, words in enumerate(texts):
        sentences.append(Sentence(index, at, at + len(words), words))
        at += len(words) + 2
    analysis = Analysis(Article("a", "A", None, None, tuple(texts)), tuple(sentences), (), (),
                        Summary("lead", ()))
    assert [s.text for s in analysis.sentences] == [text[s.start:s.end] for s in sentences]
    for position, (unit, sentence) in enumerate(zip(sentence_units([analysis]), sentences)):
        assert unit.text == sentence.text[furniture_end(sentence.text, [], position):]
        assert unit.comment == is_comment_header(sentence.text) and unit.days == frozenset()
        assert (unit.article_id, unit.index, unit.position) == ("a", sentence.index, position)
