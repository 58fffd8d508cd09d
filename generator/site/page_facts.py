"""What MkDocs reads from a generated page before rendering it, found by the pool
worker that made the page.

For each page MkDocs parses the front matter (YAML) and the plugin's `GeneratedPage`
reads the table of contents and the anchor ids from the HTML's headings: for 2,000
article pages, most of a second in the main process, while the second core waits. The
worker that made an article's page finds the same facts with the same functions
(`mkdocs.utils.meta.get_data`, `headings`), in parallel, and the page takes them when
the text MkDocs reads is the one they were found in (`plugin.mkdocs_pages`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .headings import anchor_ids, toc_tokens


@dataclass(frozen=True, slots=True)
class PageFacts:
    body_start: int  # where the page's Markdown starts after its front matter
    meta: dict[str, Any]  # the front matter, as MkDocs parses it
    toc: list[dict]  # `headings.toc_tokens` of the stripped body
    anchor_ids: frozenset[str]  # `headings.anchor_ids` of the stripped body


def page_facts(source: str) -> PageFacts | None:
    """The facts of a page's text; None where MkDocs' reading does not leave the
    body as a slice of the text (no front matter in YAML)."""
    from mkdocs.utils.meta import get_data

    body, meta = get_data(source)
    if not meta or not source.endswith(body):
        return None
    stripped = body.strip()
    return PageFacts(len(source) - len(body), meta, toc_tokens(stripped),
                     frozenset(anchor_ids(stripped)))
