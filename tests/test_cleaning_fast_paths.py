"""The cleaning steps skip their slow scans when a cheap test shows there is nothing
to find; these properties show the shortcut never changes a result."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from generator.reading import cleaning

# Text made of the pieces URLs and control characters are made of, in any case, with
# the characters that match Latin letters when case is ignored ("ſ" is "s", "K" is "k").
_PIECES = ["http", "HTTPS", "httpſ", "://", ":/", "www", "WwW", "ww", ".", "w.", "W", "(", ")",
           "[", "](", "a", " ", "\n", "\r", "\t", "\x0b", "\x0c", "\x85", "\x9f", "\x7f",
           "\u2028", "\u2029", cleaning.URL_MARK, "é", "K", "İ", "ß", "\ud83d"]
_URLISH = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_ANY = st.one_of(st.text(max_size=200), _URLISH)


def test_only_w_matches_w_when_case_is_ignored() -> None:
    """What `may_hold_url` relies on for "www.": lowering any character that matches
    "w" ignoring case gives "w" (no other letter folds onto it)."""
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    folding = re.findall("w", every_character, re.IGNORECASE)
    assert sorted(folding) == ["W", "w"]
    assert all(c.lower() == "w" for c in folding)


@given(_ANY)
def test_a_text_said_to_hold_no_url_holds_none(text: str) -> None:
    if not cleaning.may_hold_url(text):
        assert cleaning.URL.search(text) is None
        assert cleaning.pull_urls(text) == (text, [])


@given(_ANY)
def test_the_comparison_key_is_that_of_the_full_recipe(text: str) -> None:
    full = unicodedata.normalize("NFKC", cleaning.URL.sub(" ", text)).casefold()
    assert cleaning.comparison_key(text) == " ".join(re.findall(r"\w+", full))


@given(_ANY)
def test_newlines_are_normalised_as_by_translating_every_character(text: str) -> None:
    full = cleaning.valid_unicode(text).replace("\r\n", "\n").replace("\r", "\n").translate(cleaning._CONTROLS)
    assert cleaning.normalise_newlines(text) == full


@given(_ANY)
def test_removing_url_marks_from_a_paragraph_without_any_is_the_full_pass(text: str) -> None:
    assert cleaning.remove_url_marks(text) == cleaning._removed_marks(text)
