"""Sentences and words with character offsets, computed offline.

One splitter serves the time analysis, the summaries and the site's sentence anchors,
so a sentence index means the same thing everywhere.

The splitter is a single left-to-right pass over whitespace-separated tokens: each
token is looked at once, together with the token after it, so the running time is
linear in the length of the text whatever the input (no regular expression here can
backtrack over more than one token). A boundary is decided from:

- terminal punctuation (`.`, `!`, `?`, `…`) followed by optional closing quotes or
  brackets, when the next token can start a sentence;
- a period after an abbreviation or initial, only when the next word is one that
  starts sentences ("the U.S. The president…", not "the U.S. Army");
- a line break after a short, title-like line without final punctuation (headlines,
  bylines);
- news boilerplate that is a sentence of its own (Daily Mail "By . X . PUBLISHED: …"
  headers, "Scroll down for video");
- a blank line, always.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .frozen import positional_constructor
from .model import Sentence

_make_sentence = positional_constructor(Sentence)  # Sentence(...) in half the time

# Titles and similar words that precede a name or a number: a period after them never
# ends a sentence ("Lt. Gen. Kenneth F. McKenzie", "St. Louis", "e.g. this").
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs mmes dr prof gen lt col maj capt cpt sgt cpl pvt spc cmdr cmdt
    adm brig gov sen reps rep rev hon pres supt det insp fr msgr mt ft st sta
    vs v e.g i.e cf viz approx ca""".split()
)
# Words whose period is not final when a number follows ("No. 10", "Jan. 5").
_BEFORE_NUMBER = frozenset(
    """no nos nr vol vols p pp fig figs ch art sec para op
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Abbreviations that often end a sentence as well ("… said Smith Jr. The …").
_AMBIGUOUS = frozenset(
    """jr sr inc ltd co corp bros llc plc etc dept est govt univ assn ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun""".split()
)
# Words that begin sentences far more often than they follow an abbreviation. After an
# ambiguous abbreviation, initial or acronym, only these open a new sentence.
_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our my this that these those
    there here but and or so yet if when while after before as at in on for from by
    with to of however meanwhile also then now still although though because since
    what who why how where which one some many most all both no not mr mrs ms dr
    pictured""".split()  # "Pictured" opens Daily Mail captions
)
# Words that end hard-wrapped lines but never a headline.
_CONTINUATION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for from with as that which who whose
    is are was were be been has have had will would can could should may might must
    not than then its his her their our my your this these those""".split()
)

_TERMINALS = ".!?…"
_CLOSERS = "\"'”’)]}»"
_OPENERS = "\"'“‘([{«"
# a word of `words` (also counted without listing them: summarize/candidates.py)
WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_TOKEN = re.compile(r"\S+")
# A whole token that may end a sentence: its last characters before closing quotes and
# brackets are terminal punctuation, or a line break follows it. Both are decided by the
# token's end, so no part of a token that fails can match either.
_CUT_CANDIDATE = re.compile(r"(?<!\S)(?:\S*[.!?…][\"'”’)\]}»]*(?!\S)|\S+(?=[^\S\n]*\n))")
# The end of a token ending in terminal punctuation: on a paragraph without line breaks
# (all the cleaned text) the first alternative above, found six times faster because
# the pattern opens with the punctuation itself.
_TERMINAL_END = re.compile(r"[.!?…][\"'”’)\]}»]*(?!\S)")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "U.S", "C.I.A", "a.m" (last period cut)
_BOILERPLATE = re.compile(r"\bScroll down for (?:the )?videos?\b", re.IGNORECASE)
# In the lowercased text wherever `_BOILERPLATE` matches: none of its letters matches
# another character ignoring case (tested), so a paragraph without it is not scanned.
_BOILERPLATE_HINT = "croll down for"
_TITLE_LINE_MAX_WORDS = 20
_WRAP_MAX_WIDTH = 100  # hard-wrapped text is cut at 60-100 characters a line


def _core(token: str) -> str:
    """The token without closing quotes and brackets after its punctuation."""
    return token.rstrip(_CLOSERS)


def _bare(token: str) -> str:
    return token.lstrip(_OPENERS)


def _can_start(token: str) -> bool:
    first = _bare(token)[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def _is_starter_word(token: str) -> bool:
    bare = _bare(token)
    word = bare.rstrip(_CLOSERS + ",;:.!?").lower()
    return bool(bare) and bare[0].isupper() and (word in _STARTERS or bare[0] != token[0])


def _period_ends_sentence(core: str, following: str) -> bool:
    """Decide a period at the end of `core` given the next token `following`."""
    if core.endswith(".."):  # an ellipsis: "he paused... Then"
        return _can_start(following)
    word = _bare(core)[:-1]
    lower = word.lower()
    if lower in _NEVER_FINAL:
        return False
    if lower in _BEFORE_NUMBER and _bare(following)[:1].isdigit():
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "Kenneth F. McKenzie"
        return _bare(following)[:1].isupper() and _bare(following).rstrip(",").lower() in _STARTERS
    if lower in _AMBIGUOUS or _ACRONYM.fullmatch(word):
        return _is_starter_word(following)
    return _can_start(following)


def _ends_sentence(token: str, following: str) -> bool:
    core = _core(token)
    if not core or core[-1] not in _TERMINALS:
        return False
    if core[-1] == ".":
        return _period_ends_sentence(core, following)
    return _can_start(following)


def period_is_abbreviation(token: str, following: str) -> bool:
    """Whether a period ending `token` belongs to an abbreviation or initial that the
    next token continues ("Mr." + "Smith", "U.S." + "officials", "F." + "McKenzie"),
    as opposed to a sentence end. Shared with the cleaning of hard-wrapped lines."""
    core = _core(token)
    if not core.endswith(".") or core.endswith(".."):
        return False
    word = _bare(core)[:-1]
    lower = word.lower()
    if lower in _NEVER_FINAL or (lower in _BEFORE_NUMBER and _bare(following)[:1].isdigit()):
        return True
    if (len(word) == 1 and word.isalpha()) or lower in _AMBIGUOUS or _ACRONYM.fullmatch(word):
        return not _is_starter_word(following)
    return False


def runs_on(line: str) -> bool:
    """A line that plainly continues on the next: it ends in a comma, a hyphen or a
    word like "the" or "from"."""
    stripped = line.rstrip()
    if stripped.endswith((",", "-", "–", "—", ":")):
        return True
    last = stripped.rsplit(None, 1)[-1] if stripped else ""
    return last.lower() in _CONTINUATION_WORDS


def looks_hard_wrapped(lines: list[str]) -> bool:
    return _looks_hard_wrapped(lines)


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width: short lines, several nearly as long as the longest."""
    lengths = [len(line.strip()) for line in lines[:-1]]
    longest = max(lengths, default=0)
    return 0 < longest <= _WRAP_MAX_WIDTH and sum(n * 10 >= longest * 8 for n in lengths) >= 2


def _is_title_line(line: str, hard_wrapped: bool, longest: int) -> bool:
    """A line that ends a sentence without final punctuation: a headline, a byline.

    In a hard-wrapped block most line ends are mid-sentence, so there only a short or
    title-cased line counts; elsewhere any line break does, unless the line plainly
    runs on (ends in a comma or a word like "the").
    """
    stripped = line.strip()
    tokens = stripped.split()
    if not tokens or stripped[-1] in ",;-–—(/&" or tokens[-1].lower() in _CONTINUATION_WORDS:
        return False
    if not hard_wrapped:
        return True
    if len(tokens) > _TITLE_LINE_MAX_WORDS:
        return False
    capitalised = sum(1 for t in tokens if _bare(t)[:1].isupper() or _bare(t)[:1].isdigit())
    return capitalised * 3 >= len(tokens) * 2 or len(stripped) * 10 < longest * 7


def _byline_end(text: str, start: int, end: int) -> int | None:
    """End of a Daily Mail header "By . Name . PUBLISHED: . date . | . UPDATED: . date ."

    Its parts are separated by lone periods (former line breaks). It ends before the
    first part that is neither a name, a label nor a date.
    """
    if not (text.startswith("By .", start) or text.startswith("PUBLISHED: .", start)):
        return None
    position, header_end = start, None
    for _ in range(16):  # a header has a handful of parts; bound the scan
        stop = text.find(" .", position, min(end, position + 120))
        if stop < 0:
            break
        part = text[position:stop].strip()
        tokens = part.split()
        is_header = part in ("By", "|") or part.endswith(":") or (
            0 < len(tokens) <= 8
            and all(_bare(t)[:1].isupper() or _bare(t)[:1].isdigit() or t in ("and", "|", "for") for t in tokens)
        )
        if not is_header:
            break
        header_end = stop + 2
        position = header_end
    return header_end


def _block_cuts(text: str, start: int, end: int) -> Iterator[int]:
    """Sentence ends inside one paragraph, in order."""
    # The line measures only decide cuts at line breaks: a paragraph on one line (all
    # the cleaned text) skips them.
    if "\n" in text[start:end]:
        lines = text[start:end].split("\n")
        hard_wrapped, longest = _looks_hard_wrapped(lines), max(len(line.strip()) for line in lines)
    else:
        hard_wrapped, longest = False, 0
    forced: set[int] = set()
    protected_until = start  # no ordinary boundary inside a byline header
    byline = _byline_end(text, start, end)
    if byline is not None:
        forced.add(byline)
        protected_until = byline
    if _BOILERPLATE_HINT in text[start:end].lower():
        for match in _BOILERPLATE.finditer(text, start, end):
            forced.update((match.start(), match.end()))
    if not forced:
        yield from _plain_block_cuts(text, start, end, hard_wrapped, longest)
    else:
        yield from _token_by_token_cuts(text, start, end, hard_wrapped, longest, forced, protected_until)


def _token_by_token_cuts(text: str, start: int, end: int, hard_wrapped: bool, longest: int,
                         forced: set[int], protected_until: int) -> Iterator[int]:
    """Sentence ends inside one paragraph, deciding at every token."""
    line_start = start
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    for i, (t_start, t_end) in enumerate(tokens):
        if t_start in forced:
            yield t_start
        if i + 1 == len(tokens):
            break
        next_start, next_end = tokens[i + 1]
        following = text[next_start:next_end]
        line_break = "\n" in text[t_end:next_start]
        if t_end in forced:
            yield t_end
        elif t_end < protected_until:
            pass
        elif _ends_here(text, t_start, t_end, following, line_break, line_start, hard_wrapped, longest):
            yield t_end
        if line_break:
            line_start = next_start


def _ends_here(text: str, t_start: int, t_end: int, following: str, line_break: bool,
               line_start: int, hard_wrapped: bool, longest: int) -> bool:
    """Whether a sentence ends after the token text[t_start:t_end], given the next token
    and whether a line break lies between (the line began at `line_start`)."""
    if _ends_sentence(text[t_start:t_end], following):
        return True
    if not (line_break and _can_start(following)):
        return False
    line = text[line_start:t_end]
    return line.rstrip()[-1:] not in _TERMINALS and _is_title_line(line, hard_wrapped, longest)


def _plain_block_cuts(text: str, start: int, end: int, hard_wrapped: bool, longest: int) -> Iterator[int]:
    """`_block_cuts` of a paragraph without forced cuts (no byline, no boilerplate),
    looking only at the tokens where a sentence can end: those ending in terminal
    punctuation and those before a line break (a tenth of the tokens of prose). The
    decisions are those of `_token_by_token_cuts` without forced cuts (tested)."""
    line_start = start
    for t_start, t_end in _cut_candidates(text, start, end):
        following_match = _TOKEN.search(text, t_end, end)
        if following_match is None:  # the paragraph's last token ends no sentence inside it
            break
        next_start = following_match.start()
        following = following_match.group()
        line_break = "\n" in text[t_end:next_start]
        if _ends_here(text, t_start, t_end, following, line_break, line_start, hard_wrapped, longest):
            yield t_end
        if line_break:
            line_start = next_start


def _cut_candidates(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of `_CUT_CANDIDATE` in text[start:end] (tested), a paragraph whose
    preceding character, if any, is white space."""
    if "\n" in text[start:end]:
        for match in _CUT_CANDIDATE.finditer(text, start, end):
            yield match.span()
        return
    for match in _TERMINAL_END.finditer(text, start, end):
        # The token's start: each token is walked back once at most, as a match ends
        # its token, so the paragraph is still read in linear time.
        t_start = match.start()
        while t_start > start and not text[t_start - 1].isspace():
            t_start -= 1
        yield t_start, match.end()


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (block between blank lines); sentences never
    cross them, so a paragraph can be split alone."""
    return list(_paragraph_spans(text))


def sentence_spans_in(text: str, block_start: int, block_end: int) -> list[tuple[int, int]]:
    """[start, end) of the sentences of one paragraph of `text` (from `paragraph_spans`):
    what `split_sentences` finds there, without splitting the rest of the text."""
    return [(block_start + s, block_start + e) for s, e in _paragraph_sentences(text[block_start:block_end])]


@lru_cache(maxsize=4096)
def _paragraph_sentences(paragraph: str) -> tuple[tuple[int, int], ...]:
    """The non-empty sentence spans of one paragraph, relative to its start.

    A paragraph's cuts depend on its own characters only (what precedes it is white
    space or nothing, what follows is a line break or nothing; tested), so they are
    cached by its text: an article's paragraphs are split when its repeats are dropped,
    and again, found here, when the joined text is split for the analysis."""
    return tuple((s, e) for s, e in _block_spans(paragraph, 0, len(paragraph)) if e > s)


def _block_spans(text: str, block_start: int, block_end: int) -> Iterator[tuple[int, int]]:
    start = block_start
    for cut in _block_cuts(text, block_start, block_end):
        if cut > start:
            yield _trim(text, start, cut)
            start = cut
    yield _trim(text, start, block_end)


@lru_cache(maxsize=256)
def _split_cached(text: str) -> tuple[Sentence, ...]:
    spans = [span for start, end in _paragraph_spans(text) for span in sentence_spans_in(text, start, end)]
    return tuple(_make_sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans))


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences whose offsets point back into `text`."""
    return list(_split_cached(text))


def forget_splits() -> None:
    """Empty the splitter's caches (for benchmarks that time splitting itself)."""
    _split_cached.cache_clear()
    _paragraph_sentences.cache_clear()


def sentence_texts(text: str) -> list[str]:
    """The texts of `split_sentences(text)`, without making Sentence objects (dropping
    repeats asks for a paragraph's sentences only to compare them)."""
    return [text[s:e] for start, end in _paragraph_spans(text) for s, e in sentence_spans_in(text, start, end)]


def words(text: str) -> list[str]:
    return WORD.findall(text)


class OfflineTokenizer:
    """The tokenizer object sumy needs (`to_sentences`, `to_words`), without NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
