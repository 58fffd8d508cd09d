"""Ingestion: fixture files of input next to the expected article, and the seed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.reading.ingest import IngestError, load_article
from generator.text import split_sentences

from .conftest import SEED

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
CASES = sorted(p for p in FIXTURES.iterdir() if not p.name.endswith(".expected.json"))


def _as_dict(article) -> dict:
    return {
        "title": article.title,
        "source_url": article.source_url,
        "published": article.published.isoformat() if article.published else None,
        "tags": list(article.tags),
        "paragraphs": list(article.paragraphs),
        "links": [link.url for link in article.links],
        "warnings": list(article.warnings),
        "faults": list(article.faults),
    }


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_fixture_article(path: Path):
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    assert _as_dict(load_article(path)) == expected


def test_seed_metadata_comes_from_its_own_source_url():
    article = load_article(SEED)
    assert article.title == "Fewer ISIS Fighters Returning Home"
    assert article.source_url.endswith("/2017/10/22/us/politics/fewer-isis-fighters-returning-home.html")
    assert article.published.isoformat() == "2017-10-22"
    # The other URL in its text is a link to an older article, not its source.
    assert [link.url for link in article.links] == [
        "https://www.nytimes.com/2017/07/02/...close-to-trapping-isis-holdouts-in-raqqa.html"
    ]


def test_seed_every_sentence_appears_once_and_no_url_remains():
    article = load_article(SEED)
    sentences = [s.text for s in split_sentences(article.text)]
    assert len(sentences) == len(set(sentences))
    assert "http" not in article.text
    assert "Hundreds also surrendered in Raqqa, and ssome probably escaped" in article.text
    assert "seeping out of those cities, and more militants fought" in article.text
    # Every sentence of the original appears: the pasted copy added one quote.
    assert any("Lt. Gen. Kenneth F. McKenzie Jr." in s for s in sentences)
    assert sentences[-1] == "“Some of them are going to go to ground.”"


def test_link_offsets_point_where_the_url_stood():
    article = load_article(SEED)
    offset = article.links[0].offset
    assert article.text[:offset].endswith("seeping out of those cities,")


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("empty.txt", b"", "no text"),
        ("blank.txt", b"  \n\t\n ", "no text"),
        ("binary.txt", b"\x00\x01\x02 data", "binary file"),
    ],
)
def test_files_that_are_not_articles_say_why(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=reason):
        load_article(path)


def test_invalid_utf8_falls_back_to_latin1_and_says_so(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 owners met on 3 May 2005.".encode("latin-1"))
    article = load_article(path)
    assert article.text == "Café owners met on 3 May 2005."
    assert any(w.startswith("not valid UTF-8") and w.endswith("decoded as Latin-1") for w in article.warnings)


def test_utf16_with_bom_and_crlf_line_ends(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("First line is a sentence.\r\nSecond one.\r\n".encode("utf-16"))
    article = load_article(path)
    assert article.paragraphs == ("First line is a sentence.", "Second one.")


def test_a_title_line_wins_over_the_url_slug_and_is_not_repeated_in_the_text(tmp_path):
    path = tmp_path / "budget.txt"
    path.write_text("Council approves new budget\nThe council approved the budget on Thursday.\n"
                    "https://example.org/2016/03/04/council-approves-budget\n")
    article = load_article(path)
    assert article.title == "Council approves new budget"
    assert article.paragraphs == ("The council approved the budget on Thursday.",)
    assert article.published.isoformat() == "2016-03-04"


def test_build_removes_pages_of_deleted_articles_and_refuses_foreign_folders(tmp_path):
    from generator.site import build_site

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The harbour reopened on 2 January 2020.\n")
    (seeds / "b.txt").write_text("The bridge closed on 3 January 2020.\n")
    out = tmp_path / "out"
    build_site(seeds).write(out)
    assert (out / "articles/b.md").is_file()
    (seeds / "b.txt").unlink()
    build_site(seeds).write(out)
    assert not (out / "articles/b.md").exists() and (out / "articles/a.md").is_file()
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    (foreign / "index.md").write_text("my own home page")
    with pytest.raises(FileExistsError):  # a file no build wrote is never overwritten
        build_site(seeds).write(foreign)
    assert (foreign / "notes.txt").read_text() == "mine"
    assert (foreign / "index.md").read_text() == "my own home page"
    assert not (foreign / "articles").exists()


from hypothesis import given, strategies as st  # noqa: E402


@given(st.binary(max_size=300), st.integers(min_value=0, max_value=300))
def test_a_text_is_binary_when_over_a_twentieth_of_its_head_is_control_bytes(data, controls):
    """The rule, counted byte by byte: tab, line feed, form feed and carriage return are
    text; the other C0 controls and DEL are not."""
    from generator.reading.ingest import decode

    # No NUL (binary for another reason) and no byte order mark (decoded without the rule).
    data = (b"a" + data + bytes([1, 9, 12, 13, 27, 127]) * controls)[:5000].replace(b"\x00", b"")
    head = data[:4096]
    control = {*range(0, 9), 11, *range(14, 32), 127}
    binary = bool(head) and sum(byte in control for byte in head) * 20 > len(head)
    if binary:
        with pytest.raises(IngestError, match="control characters"):
            decode(data)
    else:
        text, _ = decode(data)
        assert text.startswith("a")
