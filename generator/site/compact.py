"""Generated pages written without the indentation of the theme's templates.

Material's templates indent every line of a page's chrome: a quarter of an article
page's bytes, repeated on thousands of pages. Between tags, a newline is all the
whitespace HTML needs, so dropping the indentation and blank lines renders the same
page. Pages with preformatted text (<pre>, <textarea>), where whitespace shows, are
left as they are.
"""

from __future__ import annotations

import re

_INDENTATION = re.compile(r"\n\s+")


def compact(html: str) -> str:
    if "<pre" in html or "<textarea" in html:
        return html
    return _INDENTATION.sub("\n", html)
