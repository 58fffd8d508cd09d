"""Article text is data: escaping, link schemes and titles for the navigation."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from generator.site.safety import link_or_text, nav_title, safe_url


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://example.com/a?b=c", True),
        ("http://example.com", True),
        ("mailto:desk@example.com", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox", False),
        ("//evil.example.com", False),
        ("https://x.com/\"onmouseover=alert(1)", False),
        ("https:///no-host", False),
        ("", False),
    ],
)
def test_only_http_https_and_mailto_become_links(url, allowed):
    assert (safe_url(url) is not None) is allowed
    assert ("<a " in link_or_text(url)) is allowed


def test_a_refused_url_is_shown_as_escaped_text():
    html = link_or_text("javascript:alert('<x>')")
    assert html == Markup('<span class="nt-url">javascript:alert(&#39;&lt;x&gt;&#39;)</span>')


@given(st.text())
def test_nav_titles_hold_no_markup_even_after_unescaping(title):
    # MkDocs themes apply `striptags`, which un-escapes entities, to page titles.
    shown = Markup(nav_title(title)).striptags()
    assert not any(c in shown for c in '<>"\'')
