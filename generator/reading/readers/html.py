"""HTML articles: main text with trafilatura, publication date with htmldate."""

from __future__ import annotations

from .raw import RawArticle
from ..metadata import DateError, parse_date


def read_html(html: str) -> RawArticle:
    import trafilatura
    from htmldate import find_date

    notes: list[str] = []
    body = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    ) or ""
    if not body.strip():
        notes.append("trafilatura found no main text; using all visible text")
        body = trafilatura.html2txt(html) or ""
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata else None
    source = metadata.url if metadata else None
    published = None
    # extensive_search=False: only declared metadata, no guessing from stray numbers.
    # max_date fixed: htmldate's default bound is today, which would make the same
    # page give different dates on different build days.
    found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d",
                      max_date="2199-12-31")
    if found:
        try:
            published = parse_date(found)
        except DateError as error:
            notes.append(f"HTML date ignored: {error}")
    return RawArticle(
        body=body,
        title=title.strip() if title else None,
        published=published,
        source_url=source if source and source.startswith(("http://", "https://")) else None,
        notes=tuple(notes),
    )
