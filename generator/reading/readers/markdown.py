"""Markdown articles with optional YAML front matter (title, date, source, tags)."""

from __future__ import annotations

import re

import yaml

from .raw import RawArticle
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


# The front matter's first line is the file's second (after the opening ---).
_FIRST_LINE = 2


def _field_lines(front_matter: str) -> dict[object, int]:
    """The line of the file each top-level field is on, so that a warning can name it."""
    try:
        node = yaml.compose(front_matter, Loader=_TextDatesLoader)  # noqa: S506 - safe loader
    except (yaml.YAMLError, ValueError, RecursionError):
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {key.value: key.start_mark.line + _FIRST_LINE for key, _ in node.value
            if isinstance(key, yaml.ScalarNode)}


def read_markdown(text: str, date_order: str | None = None) -> RawArticle:
    """The article and its front matter. What the author got wrong in the front matter
    (broken YAML, a date that cannot be read) is a fault: a build warning naming the
    line, so that `mkdocs build --strict` stops instead of publishing a guess."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        return RawArticle(body=text)
    body = text[match.end() :]
    notes: list[str] = []
    faults: list[str] = []
    try:
        meta = yaml.load(match.group(1), Loader=_TextDatesLoader)  # noqa: S506 - safe loader
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + _FIRST_LINE}: " if mark else f"line {_FIRST_LINE - 1}: "
        problem = getattr(error, "problem", None) or type(error).__name__
        faults.append(f"{where}front matter is not valid YAML ({problem}); it was ignored, so "
                      "the title, date and tags it gives are not used")
        return RawArticle(body=body, faults=tuple(faults))
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        faults.append(f"line {_FIRST_LINE}: front matter is not a mapping of fields "
                      "(name: value); it was ignored")
        return RawArticle(body=body, faults=tuple(faults))
    lines = _field_lines(match.group(1))
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
            faults.append(f"line {lines.get(name, _FIRST_LINE)}: front matter {name} is not a "
                          "single value; it was ignored")

    published = None
    if fields["date"] is not None:
        try:
            published = parse_date(fields["date"], date_order)
        except DateError as error:
            faults.append(f"line {lines.get('date', _FIRST_LINE)}: front matter date ignored: {error}")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    elif isinstance(tags, _SCALARS):
        tags = [str(tags)]
    elif not isinstance(tags, list) or not all(isinstance(t, _SCALARS) for t in tags):
        faults.append(f"line {lines.get('tags', _FIRST_LINE)}: front matter tags are not a list "
                      "of words; they were ignored")
        tags = []
    return RawArticle(
        body=body,
        title=fields["title"],
        published=published,
        source_url=fields["source"],
        tags=tuple(str(t).strip() for t in tags if str(t).strip()),
        notes=tuple(notes),
        faults=tuple(faults),
    )


_SCALARS = (str, int, float, bool)


def _short(key: object) -> str:
    text = repr(key) if not isinstance(key, str) else key
    return text if len(text) <= 40 else text[:39] + "…"
