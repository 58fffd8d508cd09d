"""Article text is data, never markup.

Generated pages put untrusted text only inside raw HTML blocks, escaped for HTML;
Python-Markdown leaves raw HTML blocks alone, so Markdown syntax in the text (links,
headings, emphasis, attribute lists, admonitions) stays literal characters.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from markupsafe import Markup, escape

SAFE_SCHEMES = ("http", "https", "mailto")
# In a page title, MkDocs themes apply `striptags`, which un-escapes entities; so the
# nav/title form of a title must not contain characters that are markup once
# un-escaped. Lookalikes keep it readable; the page's own heading shows the exact text.
_TITLE_LOOKALIKES = str.maketrans({"<": "‹", ">": "›", '"': "”", "'": "’", "\\": "∖",
                                   "{": "(", "}": ")", "\n": " ", "\r": " ", "\t": " "})


# Line breaks and control characters in article text become spaces: a raw HTML block
# must not be split into lines that Markdown could read as its own structure.
# (A regular expression, not str.translate: translate looks every character up in a
# dict, a microsecond each, which made escaping the largest cost of a long article.)
_FOLD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def escape_text(value: object) -> Markup:
    """Article text as HTML text on one line."""
    if isinstance(value, Markup):
        return value
    return escape(_FOLD.sub(" ", str(value)))


def safe_url(url: str | None) -> str | None:
    """The URL if it may become a link (http, https, mailto), else None."""
    if not url:
        return None
    candidate = url.strip()
    # Backslashes: browsers read them as / in http URLs, so the host shown is not the
    # host visited (http://evil.example\@good.example).
    if any(ord(c) < 33 or c in '<>"\'`\\' for c in candidate):
        return None
    try:
        scheme = urlsplit(candidate).scheme.lower()
    except ValueError:
        return None
    if scheme not in SAFE_SCHEMES:
        return None
    if scheme != "mailto" and not urlsplit(candidate).netloc:
        return None
    return candidate


def link_or_text(url: str | None, text: str | None = None) -> Markup:
    """An <a> for a safe URL, else the URL shown as plain text."""
    label = text if text is not None else (url or "")
    safe = safe_url(url)
    if safe is None:
        return Markup('<span class="nt-url">{}</span>').format(escape_text(label))
    return Markup('<a href="{}" rel="nofollow noopener noreferrer">{}</a>').format(
        safe, escape_text(label)
    )


def nav_title(title: str) -> str:
    """A title for front matter (nav, <title>, search), safe after `striptags`."""
    text = " ".join(title.translate(_TITLE_LOOKALIKES).split())[:200]
    return str(escape(text)) or "Untitled"


__all__ = ["Markup", "escape_text", "link_or_text", "nav_title", "safe_url"]
