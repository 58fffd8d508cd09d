"""Markdown articles with optional YAML front matter (title, date, source, tags)."""

from __future__ import annotations

import re

import yaml

from ..ingest import RawArticle
from ..metadata import DateError, parse_date

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
KNOWN_FIELDS = ("title", "date", "source", "tags")


class _TextDatesLoader(yaml.SafeLoader):
    """A safe loader that leaves dates as text, so that an impossible date such as
    2017-02-30 is reported by our date parser instead of crashing YAML."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_markdown(text: str) -> RawArticle:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        return RawArticle(body=text)
    body = text[match.end() :]
    notes: list[str] = []
    try:
        meta = yaml.load(match.group(1), Loader=_TextDatesLoader)  # noqa: S506 - safe loader
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        notes.append(f"front matter is not valid YAML{where}; it was ignored")
        return RawArticle(body=body, notes=tuple(notes))
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        notes.append("front matter is not a mapping of fields; it was ignored")
        return RawArticle(body=body, notes=tuple(notes))
    unknown = sorted(_short(k) for k in meta if k not in KNOWN_FIELDS)
    if unknown:
        notes.append(f"front matter fields not used: {', '.join(unknown)}")

    # Only plain values are used: a list or mapping where text is expected (which YAML
    # aliases can make enormous when printed) is reported, not turned into text.
    fields: dict[str, str | None] = {}
    for name in ("title", "date", "source"):
        value = meta.get(name)
        if value is None:
            fields[name] = None
        elif isinstance(value, _SCALARS):
            fields[name] = str(value).strip() or None
        else:
            fields[name] = None
            notes.append(f"front matter {name} is not a single value; it was ignored")

    published = None
    if fields["date"] is not None:
        try:
            published = parse_date(fields["date"])
        except DateError as error:
            notes.append(f"front matter date ignored: {error}")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    elif isinstance(tags, _SCALARS):
        tags = [str(tags)]
    elif not isinstance(tags, list) or not all(isinstance(t, _SCALARS) for t in tags):
        notes.append("front matter tags are not a list of words; they were ignored")
        tags = []
    return RawArticle(
        body=body,
        title=fields["title"],
        published=published,
        source_url=fields["source"],
        tags=tuple(str(t).strip() for t in tags if str(t).strip()),
        notes=tuple(notes),
    )


_SCALARS = (str, int, float, bool)


def _short(key: object) -> str:
    text = repr(key) if not isinstance(key, str) else key
    return text if len(text) <= 40 else text[:39] + "…"
