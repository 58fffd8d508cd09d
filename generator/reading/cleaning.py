"""Cleaning steps for pasted article text, each a small pure function.

Real articles arrive hard-wrapped, pasted twice and with URLs inside sentences. The
steps here repair that and keep every other character as written.
"""

from __future__ import annotations

import html
import re
import unicodedata

from ..text import looks_hard_wrapped, period_is_abbreviation, runs_on, sentence_texts

# A URL as it appears in running text: scheme or www., up to white space; one level of
# balanced brackets belongs to it (".../wiki/Foo_(bar)"). Sentence punctuation after
# it is trimmed off by `without_trailing_punctuation`.
URL = re.compile(r"(?:https?://|www\.)(?:[^\s<>\"“”()]|\([^\s<>\"“”()]*\))+", re.IGNORECASE)
# A Markdown link pasted into text: "[Read more](https://…)" keeps its words.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\(\s*(" + URL.pattern + r")\s*\)", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}'’\""

_TERMINAL = tuple(".!?:;\"'”’)]…")
# A line this short without final punctuation looks like a headline or a byline.
_HEADLINE_MAX = 60
# Marks where a URL stood until the spacing around it is repaired; a character from
# Unicode's private use area, removed from the input first so it cannot collide.
URL_MARK = "\ue000"


# Control characters are not text a reader can see: line-breaking ones (vertical tab,
# form feed, next line, the Unicode line and paragraph separators) become line breaks,
# the others spaces, so that the cleaned text, its sentences and the page agree.
_CONTROLS = {
    **{c: " " for c in [*range(0, 9), *range(14, 32), *range(0x7F, 0xA0)]},
    **{c: "\n" for c in (0x0B, 0x0C, 0x85, 0x2028, 0x2029)},
    ord(URL_MARK): None,
}
# Any character `_CONTROLS` changes: most texts have none, and looking for one is a
# fifth of the cost of translating character by character.
_CONTROL_CHARACTER = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CONTROLS)) + "]")


def valid_unicode(text: str) -> str:
    """Text that can be written as UTF-8: surrogate pairs (which YAML's "\\ud83d\\ude00"
    escapes produce) joined into their character, lone surrogates replaced by U+FFFD."""
    if text.isascii():  # a flag of the string: no surrogate to look for
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


# A character reference left in text copied out of a web page ("Jos&#233; Manuel",
# "&pound;5"): numeric, or named and closed by ";". Without the ";" it is left alone,
# so a URL's "?a=1&para=2" keeps its "&para".
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decoded_character_references(text: str) -> str:
    """Plain text with HTML character references turned into their characters, as the
    page they were copied from showed them (names HTML does not know stay as written)."""
    if "&" not in text:
        return text
    return _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)


def normalise_newlines(text: str) -> str:
    """Line ends as \\n (from CRLF, CR and the other line breaks), control characters
    as spaces, and no URL_MARK characters."""
    text = valid_unicode(text).replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_CONTROLS) if _CONTROL_CHARACTER.search(text) else text


def join_wrapped_lines(text: str) -> list[str]:
    """Paragraphs from lines. A blank line always ends one. Inside a block of lines:
    in hard-wrapped text (lines cut at a fixed width) lines are joined unless a short
    line ends a sentence; otherwise a line break ends a paragraph where the line looks
    finished (final punctuation that is not an abbreviation's, or a short headline)
    and the next line does not continue it (a lowercase start, a line that runs on)."""
    paragraphs: list[str] = []
    for block in re.split(r"\n[^\S\n]*\n\s*", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        hard_wrapped = looks_hard_wrapped(lines)
        longest = max(len(line) for line in lines)
        current = [lines[0]]
        for line in lines[1:]:
            if _continues(current[-1], line, hard_wrapped, longest):
                current.append(line)
            else:
                paragraphs.append(" ".join(current))
                current = [line]
        paragraphs.append(" ".join(current))
    return paragraphs


def _continues(previous: str, line: str, hard_wrapped: bool, longest: int) -> bool:
    if URL.fullmatch(line) or URL.fullmatch(previous):
        return False
    last, first = previous.rsplit(None, 1)[-1], line.split(None, 1)[0]
    if period_is_abbreviation(last, first):  # "chaired by Mr." / "Smith, who …"
        return True
    finished = previous.endswith(_TERMINAL)
    if hard_wrapped:
        # A sentence that ends well short of the wrap width ends its paragraph.
        return not (finished and len(previous) * 10 < longest * 7)
    if finished:
        return False
    if line[0].islower() or runs_on(previous):
        return True
    # An unfinished long line followed by a capitalised one: a hard wrap before a name.
    return len(previous) > _HEADLINE_MAX


def is_headline(paragraph: str) -> bool:
    """A short line without final punctuation: a title or a byline, not a sentence."""
    return len(paragraph) <= _HEADLINE_MAX * 2 and not paragraph.endswith(_TERMINAL[:3] + ("…",))


def pull_urls(paragraph: str) -> tuple[str, list[str]]:
    """Replace each URL by URL_MARK and return the URLs in order. A Markdown link keeps
    its words and loses its brackets: "[Read more](URL)" → "Read more" + the link."""
    urls: list[str] = []
    if not may_hold_url(paragraph):  # nothing to replace: skip the slow scans
        return paragraph, urls
    paragraph = _MARKDOWN_LINK.sub(lambda m: f"{m.group(1)} {m.group(2)}", paragraph)

    def take(match: re.Match[str]) -> str:
        url = match.group(0)
        stripped = without_trailing_punctuation(url)
        urls.append(stripped)
        return URL_MARK + url[len(stripped) :]

    return URL.sub(take, paragraph), urls


def may_hold_url(text: str) -> bool:
    """False only when `URL` cannot match in `text`: a URL holds "://" or, in any case,
    "www." (no character but W and w matches "w" ignoring case; tested). Two substring
    tests cost a tenth of the case-blind pattern's scan."""
    return "://" in text or "www." in text.lower()


def without_trailing_punctuation(url: str) -> str:
    """Sentence punctuation after a URL is not part of it; a closing bracket is, when
    it closes one the URL opened (".../Foo_(bar)")."""
    end = len(url)
    while end and url[end - 1] in _URL_TRAILING:
        if url[end - 1] == ")" and url.count("(", 0, end) >= url.count(")", 0, end):
            break
        end -= 1
    return url[:end]


_WORD = re.compile(r"\w+")


def comparison_key(text: str) -> str:
    """What makes two paragraphs or sentences 'the same' when a text is pasted twice:
    case, spacing, URLs and punctuation differences do not count."""
    if may_hold_url(text):
        text = URL.sub(" ", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(text))


def drop_repeats(paragraphs: list[str]) -> tuple[list[str], int]:
    """Drop paragraphs, then sentences, that repeat earlier ones. Returns the kept
    paragraphs and how many sentences were dropped."""
    seen: set[str] = set()
    kept: list[str] = []
    dropped = 0
    for paragraph in paragraphs:
        sentences = sentence_texts(paragraph)
        fresh = []
        for sentence in sentences:
            key = comparison_key(sentence)
            if key and key in seen:
                dropped += 1
                continue
            seen.add(key)
            fresh.append(sentence)
        if len(fresh) == len(sentences):
            kept.append(paragraph)  # untouched: keep its spacing as written
        elif fresh:
            kept.append(" ".join(fresh))
    return kept, dropped


_MARK_AND_SPACES = re.compile(r"[ \t]*" + URL_MARK + r"[ \t]*")


def remove_url_marks(paragraph: str) -> tuple[str, list[int]]:
    """Remove URL marks and the spaces they leave ("cities, URL and" → "cities, and").

    Returns the paragraph and, for each mark, the offset where it stood, so the link
    can still be shown in place. One pass: a paragraph with many URLs stays linear."""
    if URL_MARK not in paragraph:  # what `_removed_marks` gives without a mark (tested)
        return paragraph.strip(), []
    return _removed_marks(paragraph)


def _removed_marks(paragraph: str) -> tuple[str, list[int]]:
    out: list[str] = []
    positions: list[int] = []
    length = last = 0
    for match in _MARK_AND_SPACES.finditer(paragraph):
        before = paragraph[last:match.start()]
        out.append(before)
        length += len(before)
        positions.append(length)
        following = paragraph[match.end():match.end() + 1]
        if length and following and following not in ",.;:!?)" + URL_MARK:
            out.append(" ")
            length += 1
        last = match.end()
    out.append(paragraph[last:])
    text = "".join(out)
    stripped = text.lstrip()
    shift = len(text) - len(stripped)
    return stripped.rstrip(), [max(0, p - shift) for p in positions]


# Text tokenised Penn-Treebank style ("world 's population , says study ."), as
# research corpora such as Timeline17 ship it: punctuation stands apart, quotes are
# `` and ''. Read as such only when most commas and full stops stand apart.
_SPACED_PUNCTUATION = re.compile(r" ([,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b|'')", re.IGNORECASE)
_SPACED_OPENER = re.compile(r"([(\[{$]|``) ")


_BRACKET_TOKENS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{",
                   "-RCB-": "}", "\\/": "/"}


def looks_tokenised(text: str) -> bool:
    marks = text.count(",") + text.count(".")
    spaced = text.count(" , ") + text.count(" . ") + text.count(" .\n")
    return marks >= 3 and spaced * 2 > marks


def detokenise(text: str) -> str:
    """Tokenised text joined back as people write it ("world's population, says
    study."); any other text is returned unchanged. Only spaces are removed, the
    `` '' quote marks become curly quotes and -LRB- -RRB- brackets, so no word changes."""
    if not looks_tokenised(text):
        return text
    for token, mark in _BRACKET_TOKENS.items():
        text = text.replace(token, mark)
    text = _SPACED_PUNCTUATION.sub(r"\1", text)
    text = _SPACED_OPENER.sub(r"\1", text)
    return text.replace("``", "\u201c").replace("''", "\u201d")
