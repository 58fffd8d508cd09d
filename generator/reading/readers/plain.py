"""Plain-text articles, often pasted from a web page: page furniture is removed and a
date line near the top is read as the publication date.

Furniture ("Share this article", "Facebook Twitter Email", "Advertisement", "Related
stories" and the headlines listed under it) is found line by line, as trafilatura finds
it in HTML by its markup: a short line without sentence punctuation made only of the
words of `data/furniture.tsv`. What is removed is said in a note (the Build report).

A date may stand on a line of its own among the first lines ("Published 5 March
2024", "5 March 2024"; the openings are in `data/date_lines.tsv`): it becomes the
publication date and leaves the text. A news-agency dateline opening the first
paragraph ("LONDON, March 5, 2024 (Reuters) -") gives the date too, and stays in the
text, where it belongs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .raw import RawArticle
from ...datafiles import words_by_kind
from ..cleaning import decoded_character_references
from ..metadata import DateError, parse_date

_DATA = Path(__file__).parent / "data"
_MAX_WORDS = 8  # furniture lines are short
_MAX_CHARS = 120
_LIST_MAX = 10  # headlines under a "Related stories" line
_HEADLINE_WORDS = 14
_TOP_LINES = 6  # a date line is among the first lines with text
_SHOWN = 5  # removed lines quoted in the note
_TERMINAL = tuple(".!?…:;\"”’")
_SENTENCE_END = tuple(".!?…;\"”’")  # "Read more:" is furniture; "Read more." is a sentence
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_SEPARATORS = re.compile(r"[\s\d|•·/,:()\[\]<>›»«‹+–—-]+")  # "Comments (12)" is furniture too
# "LONDON, March 5, 2024 (Reuters) -": a place in capitals, a date, an agency in brackets.
_DATELINE = re.compile(
    r"\A(?P<place>[A-Z][A-Z .'’-]{1,40}(?:, [A-Z][A-Za-z .]{1,30})?),\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*"
    r"(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\)\s*)?[-–—]{1,2}\s"
)


def _table(name: str) -> dict[str, frozenset[str]]:
    return {kind: frozenset(words) for kind, words in words_by_kind(_DATA / name).items()}


@lru_cache(maxsize=1)
def _furniture() -> dict[str, frozenset[str]]:
    return _table("furniture.tsv")


@lru_cache(maxsize=1)
def _openings() -> list[tuple[str, str]]:
    """(opening words, kind), longest first, so "first published on" wins over
    "first published"."""
    pairs = [(opening, kind) for kind, openings in _table("date_lines.tsv").items()
             for opening in openings]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


@lru_cache(maxsize=1)
def _opening_words() -> tuple[str, ...]:
    """Every opening, for one test of the many lines that start with none."""
    return tuple(opening for opening, _ in _openings())


def furniture_kind(line: str) -> str | None:
    """"list" for a line heading a list of links ("Related stories"), "word" for other
    furniture ("Share this article", "Facebook Twitter Email"), None for text."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_CHARS or stripped.endswith(_SENTENCE_END):
        return None
    words = _WORD.findall(_SEPARATORS.sub(" ", stripped.lower()))
    if not words or len(words) > _MAX_WORDS:
        return None
    # Only separators and furniture words: nothing else on the line.
    if _SEPARATORS.sub("", _WORD.sub("", stripped.lower())):
        return None
    table = _furniture()
    strong = table["word"] | table["list"]
    if not all(w in strong or w in table["filler"] for w in words):
        return None
    if not any(w in strong for w in words):
        return None
    return "list" if any(w in table["list"] for w in words) else "word"


def _is_headline(line: str) -> bool:
    """A linked headline in a list: short, capitalised, no sentence punctuation."""
    stripped = line.strip()
    return (bool(stripped) and stripped[0].isupper() and not stripped.endswith(_TERMINAL)
            and len(stripped.split()) <= _HEADLINE_WORDS)


def remove_furniture(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines with page furniture blanked (a removed line still parts the paragraphs
    around it: a title line is not joined to the text below), and the lines removed."""
    kept: list[str] = []
    removed: list[str] = []
    in_list = 0
    for line in lines:
        kind = furniture_kind(line)
        if kind is not None:
            removed.append(line.strip())
            kept.append("")
            in_list = _LIST_MAX if kind == "list" else in_list
            continue
        if in_list and not line.strip():
            kept.append(line)
            continue
        if in_list and _is_headline(line):
            removed.append(line.strip())
            kept.append("")
            in_list -= 1
            continue
        in_list = 0
        kept.append(line)
    return kept, removed


def _date_line(line: str, date_order: str | None) -> tuple[str, object] | None:
    """("published" | "updated" | "date", the date) when the line is a date line."""
    stripped = line.strip().rstrip(".")
    lowered = stripped.lower()
    kind, rest = "date", stripped
    if lowered.startswith(_opening_words()):  # one test for the lines that start with none
        for opening, opening_kind in _openings():
            if lowered.startswith(opening) and (len(lowered) == len(opening)
                                                or not lowered[len(opening)].isalnum()):
                kind, rest = opening_kind, stripped[len(opening):].lstrip(" :–—-")
                break
    if not rest or len(rest) > 60 or not any(ch.isdigit() for ch in rest):
        return None
    try:
        return kind, parse_date(rest, date_order)
    except DateError:
        return None


def read_plain(text: str, date_order: str | None = None) -> RawArticle:
    text = decoded_character_references(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines, removed = remove_furniture(text.split("\n"))
    notes = []
    if removed:
        quoted = ", ".join(f"“{line}”" for line in dict.fromkeys(removed[:_SHOWN]))
        more = f" and {len(removed) - _SHOWN} more" if len(removed) > _SHOWN else ""
        notes.append(f"removed page furniture ({len(removed)} line{'s' if len(removed) != 1 else ''}):"
                     f" {quoted}{more}")
    published = None
    found: dict[str, tuple[int, object]] = {}
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _TOP_LINES:
            break
        dated = _date_line(line, date_order)
        if dated is not None:
            found.setdefault(dated[0], (i, dated[1]))
    for kind in ("published", "date", "updated"):
        if kind in found:
            index, published = found[kind]
            notes.append(f"publication date from the line “{lines[index].strip()}”")
            date_lines = {at for at, _ in found.values()}
            lines = ["" if at in date_lines else line for at, line in enumerate(lines)]
            break
    if published is None:
        first = next((line.strip() for line in lines if line.strip()), "")
        match = _DATELINE.match(first)
        if match:
            try:
                published = parse_date(match.group("date"), date_order)
                notes.append(f"publication date from the dateline “{match.group(0).strip()}”")
            except DateError:
                notes.append(f"the dateline “{match.group(0).strip()}” gives no year, so it "
                             "cannot date the article")
    return RawArticle(body="\n".join(lines), published=published, notes=tuple(notes))
