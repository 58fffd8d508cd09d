"""Links between generated pages, as MkDocs will place them."""

import pytest

from generator.site.urls import page_url, relative


@pytest.mark.parametrize(
    "src, directory_urls, url",
    [
        ("index.md", True, ""),
        ("timeline.md", True, "timeline/"),
        ("articles/a.md", True, "articles/a/"),
        ("articles/a.md", False, "articles/a.html"),
        ("index.md", False, "index.html"),
    ],
)
def test_page_url(src, directory_urls, url):
    assert page_url(src, directory_urls) == url


@pytest.mark.parametrize(
    "from_src, to, directory_urls, anchor, expected",
    [
        ("index.md", "articles/a.md", True, "", "articles/a/"),
        ("articles/a.md", "timeline.md", True, "", "../../timeline/"),
        ("timeline.md", "articles/a.md", True, "s3", "../articles/a/#s3"),
        ("articles/a.md", "data/a.json", True, "", "../../data/a.json"),
        ("articles/a.md", "index.md", True, "", "../../"),
        ("timeline.md", "articles/a.md", False, "s3", "articles/a.html#s3"),
        ("articles/a.md", "data/a.json", False, "", "../data/a.json"),
    ],
)
def test_relative(from_src, to, directory_urls, anchor, expected):
    assert relative(from_src, to, directory_urls, anchor) == expected


# -- relpath: posixpath.relpath's answer without its cost -----------------------------

import posixpath  # noqa: E402

from hypothesis import given, strategies as st  # noqa: E402

from generator.site.urls import relpath  # noqa: E402

_paths = st.lists(st.sampled_from(["a", "b", "index.md", ".", "..", "", "c d"]), min_size=1,
                  max_size=5).map("/".join).map(lambda p: p or ".")


@given(_paths, _paths, st.booleans(), st.booleans())
def test_relpath_is_posixpath_relpath(path, start, absolute_path, absolute_start):
    path = "/" + path if absolute_path else path
    start = "/" + start if absolute_start else start
    assert relpath(path, start) == posixpath.relpath(path, start)
