"""Shortcuts for work done once per event or per article of a large corpus, each the
same as the library call it replaces, for any input."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from hypothesis import given, strategies as st

from generator.site import urls
from generator.site.exports import sentence_url_maker
from generator.site.pages import relative_parts

SEGMENTS = st.sampled_from(["", ".", "..", "a", "b", "seeds", "sport", "001.txt", "x y", "é"])
PATHS = st.lists(SEGMENTS, max_size=5).map("/".join)


def _relative_to(path: str, seeds: Path) -> tuple[str, ...] | None:
    try:
        return Path(path).relative_to(seeds).parts
    except ValueError:
        return None


@given(seeds=PATHS, rest=PATHS, absolute=st.booleans())
def test_relative_parts_are_pathlibs(seeds, rest, absolute):
    seeds_path = Path(("/" if absolute else "") + seeds)
    for path in (f"{seeds_path}/{rest}", f"{seeds}/{rest}", rest, f"/{rest}"):
        assert relative_parts(path, seeds_path) == _relative_to(path, seeds_path), path


def test_the_seeds_folder_itself_is_shown_as_pathlib_shows_it():
    from generator.site.pages import shown_path

    assert shown_path("/data/seeds", Path("/data/seeds")) == "."
    assert shown_path("/data/seeds/a.txt", Path("/data/seeds")) == "a.txt"
    assert shown_path("/elsewhere/a.txt", Path("/data/seeds")) == "a.txt"


def test_relative_parts_of_an_article_below_the_seeds():
    assert relative_parts("/data/seeds/sport/001.txt", Path("/data/seeds")) == ("sport", "001.txt")
    assert relative_parts("/data/seedsx/001.txt", Path("/data/seeds")) is None


SITE_URLS = st.one_of(st.none(), st.sampled_from([
    "https://example.github.io/news-timelines/", "https://example.org", "http://h/a/./b/../c",
    "https://h/p?q=1#top", "https://h/a b/", "ftp://not-served/", "relative/"]))


@given(site_url=SITE_URLS, directory_urls=st.booleans(),
       article_id=st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True),
       indexes=st.lists(st.integers(0, 500), min_size=1, max_size=4))
def test_a_sentence_url_is_its_page_joined_with_the_fragment_as_urljoin_makes_it(
        site_url, directory_urls, article_id, indexes):
    sentence_url = sentence_url_maker(site_url, directory_urls)
    maker_base = site_url if site_url and site_url.split(":")[0] in ("http", "https") else None
    if maker_base is not None and not maker_base.endswith("/"):
        maker_base += "/"
    for index in indexes:
        path = urls.page_url(urls.article_page(article_id), directory_urls) + f"#s{index}"
        expected = urljoin(maker_base, path) if maker_base else path
        assert sentence_url(article_id, index) == expected
