"""Word tables of the tagger, read from `data/en/*.tsv`.

The tables are data so that vocabulary can grow without touching the rules: a rule
names a table (`months`), and this module turns it into a lookup dict and a regular
expression alternation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from . import compiled_cache

LANGUAGE = "en"
# beside this module, as the package's other data is read (importlib.resources would
# add zipfile and tempfile to every command's start-up)
_DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, tuple[str, ...]]:
    """`word → remaining columns` of `data/en/<name>.tsv`; keys lowercased."""
    return {key.lower(): rest for key, rest in _rows(name)}


def _rows(name: str) -> list[tuple[str, tuple[str, ...]]]:
    """(first column, remaining columns) of each row of `data/en/<name>.tsv`."""
    rows = []
    for line in data_text(f"{name}.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, *rest = line.split("\t")
        rows.append((key.strip(), tuple(cell.strip() for cell in rest)))
    return rows


def data_text(filename: str) -> str:
    """A file of the language's data folder, `data/en/<filename>`."""
    return (_DATA / LANGUAGE / filename).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def word_lists() -> dict[str, tuple[str, ...]]:
    """`list name → its words` of `data/en/word_lists.tsv`, in the file's order."""
    lists: dict[str, list[str]] = {}
    for name, (word, *_) in _rows("word_lists"):
        lists.setdefault(name, []).append(word)
    return {name: tuple(words) for name, words in lists.items()}


def word_set(name: str) -> frozenset[str]:
    """The words of one list of word_lists.tsv, lowercased, for membership tests."""
    return frozenset(word.lower() for word in word_lists()[name])


def word_alternation(words: tuple[str, ...]) -> str:
    """A non-capturing alternation of literal words, longest first; a space in a phrase
    matches any run of white space.

    Written as a trie when it can be (`word_trie`): the same matches, but at each
    character the engine follows one branch instead of entering every word in turn
    (the number words, entered at most word starts, were most of the rules' scan)."""
    return word_trie(words) or plain_word_alternation(words)


def plain_word_alternation(words: tuple[str, ...]) -> str:
    """`word_alternation` as the words written one after the other, longest first."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(piece) for piece in word.split()) for word in ordered) + ")"


_TRIE_WORD = compiled_cache.compile(r"[a-z0-9'.-]+(?: [a-z0-9'.-]+)*")
_TRIE_CASED_WORD = compiled_cache.compile(r"[A-Za-z0-9'.-]+(?: [A-Za-z0-9'.-]+)*")


def word_trie(words: tuple[str, ...], case_sensitive: bool = False) -> str | None:
    """`plain_word_alternation(words)` as a trie, or None when the words are not all
    lowercase ASCII words single-spaced. Same matches, in the same order of preference:
    two words can match at one place only when one is a prefix of the other, and both
    forms try the longer first (longest first in the plain one, a greedy optional
    ending in the trie); a space is a step of its own, matching `\\s+` as before.
    `case_sensitive`: for a place matched case-sensitively (inside `(?-i:…)`), where
    capitals are allowed (under IGNORECASE "M" and "m" branches would both match)."""
    if not words or not all((_TRIE_CASED_WORD if case_sensitive else _TRIE_WORD).fullmatch(word) for word in words):
        return None
    return "(?:" + trie(words) + ")"


def trie(words) -> str:
    """A regular expression matching exactly `words` (a space: any run of white space),
    as a trie: at each character the engine follows one branch instead of every word."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + pattern(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


def lookup(name: str, word: str) -> str:
    """First value column of `word` in table `name` (KeyError when absent)."""
    return table(name)[normal_word(word)][0]


def words_where(name: str, column: int, value: str) -> tuple[str, ...]:
    """The words of table `name` whose `column` (1 = first after the word) is `value`,
    in the table's order: the full month names, the weekday names."""
    return tuple(word for word, rest in table(name).items() if rest[column - 1] == value)


def selector(word: str | None, default: str = "tense") -> str:
    """Which occurrence a word before a named period picks (selectors.tsv): "last
    Friday" → last, "this summer" → this; `default` for no word or another word."""
    if not word:
        return default
    row = table("selectors").get(normal_word(word))
    return row[0] if row else default


def step(word: str | None, default: int = 0) -> int:
    """How many units from the reference a word before a unit moves (selectors.tsv):
    "last week" → -1, "next year" → 1, "this month" → 0."""
    if not word:
        return default
    row = table("selectors").get(normal_word(word))
    return int(row[1]) if row else default


def part_of_day(word: str) -> str:
    """The TIMEX3 code of a part of the day (parts_of_day.tsv): "night" → NI; a plural
    ("Tuesday nights") reads as its singular."""
    key = normal_word(word)
    rows = table("parts_of_day")
    return rows[key][0] if key in rows else rows[key.removesuffix("s")][0]


def normal_word(word: str) -> str:
    """Lowercase, dots dropped and runs of space squeezed: "Sept." → "sept"."""
    return " ".join(word.lower().replace(".", "").replace("’", "'").split())


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A non-capturing regex alternation of the table's words, longest first.

    Longest first so that "christmas day" wins over "christmas"; spaces match any run
    of whitespace.
    """
    return word_alternation(tuple(table(name)))


def number_value(word: str) -> float | None:
    """The value of a cardinal written in digits or words ("twenty-four", "1,500")."""
    # not normal_word: it drops dots, and "1.5" is not fifteen
    text = " ".join(word.lower().replace("’", "'").split()).replace(",", "")
    if not text:
        return None
    half = text.endswith(("1/2", "½", " and a half"))
    if half:
        text = text.removesuffix("1/2").removesuffix("½").removesuffix(" and a half").strip()
        whole = number_value(text) if text else 0.0
        return None if whole is None else whole + 0.5
    if text.replace(".", "", 1).isdigit():
        return float(text)
    numbers = table("numbers")
    if text in numbers:
        return float(numbers[text][0])
    total = 0.0
    for piece in re.split(r"[\s-]+", text):
        if piece in ("and",):
            continue
        if piece not in numbers:
            return None
        value = float(numbers[piece][0])
        total = total * value if value == 100 and total else total + value
    return total
