"""The cheap tests that decide which sentences may be summarised give what the plain
definitions give: a URL is what `_URL` finds, enough words is `len(words(text)) >= MIN_WORDS`."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.summarize.candidates import _URL, MIN_WORDS, has_enough_words, has_url
from generator.text import words

# Pieces of URLs and of sentences around them, with near misses: other cases, a dotless
# or dotted capital I (which the regex engine takes for "i"), dots and dashes inside words.
_PIECES = st.sampled_from(
    ["http://", "www.", "Www.x", "bbc.co.uk", "a.IO", "http", "https", "ftp", "://", ":/", "//", "www", "WWW", "wWw", ".", "..", "com", "COM", "org", "net", "co",
     "uk", "co.uk", "gov", "edu", "ly", "io", "IO", "\u0130o", "\u0131o", "bbc", "news", "-", "_", "/", " ", "  ",
     "e.g.", "U.S.", "Mr.", "don't", "it’s", "well-known", "£5.5m", "2.0", "a", "\n", "x" * 70]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=25).map("".join)


@given(_TEXT)
def test_a_url_is_found_exactly_where_the_url_pattern_finds_one(text: str) -> None:
    assert has_url(text) == (_URL.search(text) is not None)


# Words and what joins them: a word's inner "-", "'", "’" or "." keeps it one word only
# when a word character follows.
_WORDY = st.lists(st.sampled_from(["a", "b1", "é", "_", "well-known", "-", "'", "’", ".", " ", ", ", "e.g.", "--"]),
                  max_size=12).map("".join)


@given(st.one_of(_TEXT, _WORDY))
def test_enough_words_is_at_least_min_words_of_text_words(text: str) -> None:
    assert has_enough_words(text) == (len(words(text)) >= MIN_WORDS)
