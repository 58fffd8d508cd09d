"""Publication dates and titles from URLs, front matter and text."""

from datetime import date

import pytest

from generator.reading.ingest import load_article
from generator.reading.metadata import AmbiguousDate, DateError, date_from_url, parse_date, title_from_slug, title_from_text

SOURCE = "https://www.nytimes.com/2017/10/22/us/politics/fewer-isis-fighters-returning-home.html"


@pytest.mark.parametrize(
    "url, expected",
    [
        (SOURCE, date(2017, 10, 22)),
        ("https://www.bbc.co.uk/news/2015-05-03-election", date(2015, 5, 3)),
        ("https://example.com/archive/20160131/story", date(2016, 1, 31)),
        ("https://example.com/2017/02/30/impossible", None),
        ("https://example.com/story/12345678", None),
        ("https://example.com/about", None),
    ],
)
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


def test_parse_date_reads_iso_and_written_dates():
    assert parse_date("2017-10-22") == date(2017, 10, 22)
    assert parse_date(date(2017, 10, 22)) == date(2017, 10, 22)
    assert parse_date("22 October 2017") == date(2017, 10, 22)


@pytest.mark.parametrize("value", ["2017-02-30", "not a date", "October"])
def test_parse_date_refuses_what_is_not_a_calendar_date(value):
    with pytest.raises(DateError):
        parse_date(value)


@pytest.mark.parametrize("value", ["2 days ago", "in 3 days", "1 year ago", "1709600000"])
def test_a_date_relative_to_the_day_of_the_build_is_no_publication_date(value):
    """It would change with the day the site is built (and stay in the cache)."""
    with pytest.raises(DateError):
        parse_date(value)


def test_a_date_line_saying_days_ago_does_not_date_the_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Storm\nPublished 2 days ago\n\nThe storm hit the coast last week.\n", "utf-8")
    assert load_article(article).published is None


def test_title_from_slug_takes_the_articles_own_casing_for_acronyms():
    text = "the Islamic State, also known as ISIS or ISIL"
    assert title_from_slug(SOURCE, text) == "Fewer ISIS Fighters Returning Home"


def test_title_from_slug_needs_words():
    assert title_from_slug("https://example.com/12345.html", "") is None


def test_title_from_text_takes_the_first_words():
    assert title_from_text("one two three") == "one two three"
    assert title_from_text(" ".join(["w"] * 20)).endswith("…")


@pytest.mark.parametrize("value, order, expected", [
    ("03/04/2024", "DMY", date(2024, 4, 3)),
    ("03/04/2024", "MDY", date(2024, 3, 4)),
    ("15/03/2024", None, date(2024, 3, 15)),  # 15 cannot be a month: not ambiguous
    ("15/03/2024", "MDY", date(2024, 3, 15)),
    ("03/15/2024", None, date(2024, 3, 15)),
    ("03/03/2024", None, date(2024, 3, 3)),  # both readings are one day
    ("2024/03/04", None, date(2024, 3, 4)),  # a four-digit year first is always Y-M-D
    ("24/03/04", "YMD", date(2024, 3, 4)),
    ("5.3.24", "DMY", date(2024, 3, 5)),
])
def test_numeric_dates_are_read_in_the_order_the_setting_names(value, order, expected):
    assert parse_date(value, order) == expected


@pytest.mark.parametrize("value", ["03/04/2024", "5.3.24", "1-2-2020"])
def test_an_ambiguous_numeric_date_without_a_setting_is_never_guessed(value):
    with pytest.raises(AmbiguousDate, match="date_order"):
        parse_date(value)


def test_date_order_reaches_the_front_matter(tmp_path):
    from generator.reading.ingest import load_article

    path = tmp_path / "a.md"
    path.write_text("---\ndate: 03/04/2024\n---\nThe council met last week.\n", "utf-8")
    assert load_article(path).published is None
    assert load_article(path, date_order="DMY").published == date(2024, 4, 3)
    assert load_article(path, date_order="MDY").published == date(2024, 3, 4)
    assert not load_article(path, date_order="MDY").faults


def test_the_build_command_takes_date_order_and_warns_by_file_and_line(tmp_path, capsys, monkeypatch):
    import json

    from generator.cli.build import BuildFlags, build_command

    monkeypatch.chdir(tmp_path)  # no mkdocs.yml here: the plugin's defaults
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("---\ndate: 03/04/2024\n---\nThe council met last week.\n", "utf-8")
    assert build_command(str(tmp_path / "out"), None, BuildFlags(seeds=str(seeds), no_cache=True, progress=False)) == 0
    assert f"warning: {seeds / 'a.md'}, line 2: front matter date ignored" in capsys.readouterr().err
    assert build_command(str(tmp_path / "out2"), None, BuildFlags(seeds=str(seeds), no_cache=True, progress=False,
                                                                  date_order="DMY")) == 0
    assert "warning: " + str(seeds / "a.md") not in capsys.readouterr().err
    data = json.loads((tmp_path / "out2" / "data" / "a.json").read_text("utf-8"))
    assert data["published"] == "2024-04-03" and data["faults"] == []
