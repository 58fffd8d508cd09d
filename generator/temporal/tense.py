"""The tense around a time expression, from the verbs near it (no part-of-speech tagger).

"in May" is last May in "was arrested in May" and next May in "will vote in May". We
look at the words of the same sentence, nearest first, and take the first one that
signals a tense: an auxiliary or common irregular verb from tense_words.tsv, or a
regular past form ending in "-ed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import compiled_cache, lexicon, settings
from .resolve import Tense

_WORD = compiled_cache.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def _words(name: str) -> str:
    """The alternation of a list of word_lists.tsv."""
    return lexicon.word_alternation(lexicon.word_lists()[name])


# Within its sentence (text.py splits them), a clause after a semicolon or across a
# blank line has verbs of its own.
_CLAUSE_END = compiled_cache.compile(r";\s|\n\s*\n")
# "as soon as Tuesday", "set to resume Monday": an infinitive or a limit right before
# the expression points ahead even when the sentence is in the past tense.
_FUTURE_BEFORE = compiled_cache.compile(r"(?:\bas\s+(?:soon|early|late)\s+as|\bto\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+ly))?(?:\s+(?:on|by|until))?)\s+$", re.IGNORECASE)
# "had been scheduled to expire Friday": a plan in the past perfect is a day gone by.
_PLUPERFECT_BEFORE = compiled_cache.compile(r"\bhad(?:\s+(?:been|not|already))*\s+(?-i:[a-z]+)\s+$", re.IGNORECASE)
# "postponed until Tuesday", "extended to Nov. 16", "has until Friday to sign": a deadline set before the
# day it names, so the day lies ahead of the verb even when the verb is past.
_DEADLINE_BEFORE = compiled_cache.compile(
    rf"(?:(?:\b{_words('deadline_until_verbs')}\b(?:\s+[A-Za-z']+){{0,4}}|\bput\s+off)\s+until"
    rf"|\b{_words('deadline_to_verbs')}\s+(?:to|till))\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
# "is to resume trading in Paris Tuesday", "are expected to arrive in Washington on
# Monday": an arrangement in the present tense, whatever words come between.
_ARRANGED_BEFORE = compiled_cache.compile(
    rf"\b(?:is|are|'s|'re)\s+(?:{_words('arrangement_words')}\s+)?to\s+(?-i:[a-z]+)(?:\s+[A-Za-z.']+){{0,5}}\s+$",
    re.IGNORECASE,
)
_OPENING = lexicon.word_set("tense_openings")  # word_lists.tsv
_SINCE_BEFORE = compiled_cache.compile(r"\bsince\s+$", re.IGNORECASE)
_POSSESSIVE = compiled_cache.compile(r"['’]s\s+([A-Za-z]+)")
# "since Friday is a holiday": "since" meaning "because", its clause's verb right after
_FINITE_VERB_AFTER = compiled_cache.compile(rf"\s+{_words('finite_verbs')}\b", re.IGNORECASE)
_AUXILIARIES = lexicon.word_set("past_auxiliaries")  # word_lists.tsv
_BE_NOT_PAST = lexicon.word_set("be_not_past")  # word_lists.tsv
_SCHEDULING = lexicon.word_set("scheduling_verbs")  # word_lists.tsv
_SUBJECTS = lexicon.word_set("plan_subjects")  # word_lists.tsv
_DETERMINERS = lexicon.word_set("noun_openers")  # word_lists.tsv
_REPORTING = lexicon.word_set("reporting_verbs")  # word_lists.tsv
_NOT_PAST = lexicon.word_set("not_past_ed")  # word_lists.tsv


# A known verb form this close to the expression governs it: "fell in March", "In
# March, sales fell". Farther away, or guessed from "-ed", it may belong to another clause.
_FIRM_WORDS = 3  # words (not counting lower-case words in "-ly") between a firm verb and the expression
_DATE_PREPOSITIONS = lexicon.word_set("date_prepositions")  # word_lists.tsv
_CLAUSE_WORDS = lexicon.word_set("clause_words")  # word_lists.tsv


@dataclass(frozen=True, slots=True)
class Reading:
    """The tense read near an expression, and whether the reading is firm enough to
    overrule the nearest-date choice ("Sales fell in March" is last March even in
    February)."""

    tense: Tense
    firm: bool = False


def reading_near(text: str, start: int, end: int, sentence: tuple[int, int]) -> Reading | None:
    """The tense signalled nearest to text[start:end] within its `sentence` (start and end
    offsets), and its firmness."""
    left = text[max(sentence[0], start - settings.TENSE_WINDOW) : start]
    breaks = list(_CLAUSE_END.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    right = text[end : min(max(sentence[1], end), end + settings.TENSE_WINDOW)]
    stop = _CLAUSE_END.search(right)
    if stop:
        right = right[: stop.start()]
    if _SINCE_BEFORE.search(left) and not _FINITE_VERB_AFTER.match(right):
        # "the first time since August"; not "since Friday is a holiday" (because)
        return Reading("past", firm=True)
    ahead = _FUTURE_BEFORE.search(left)
    if ahead:
        return Reading("past" if _PLUPERFECT_BEFORE.search(left, 0, ahead.start()) else "future")
    if _DEADLINE_BEFORE.search(left) or _ARRANGED_BEFORE.search(left):
        return Reading("future")
    # The verb that governs a time expression mostly comes before it ("will meet on
    # Tuesday", "said Friday"); words after it are read only when none before signals.
    possessive = _POSSESSIVE.match(right)
    words = _WORD.findall(left)
    for index in range(len(words) - 1, -1, -1):
        signal = _signal_at(words, index)
        if signal == "past" and index and words[index - 1].lower() in ("be", "being"):
            continue  # "will be held": the participle says nothing; the auxiliary decides
        if signal == "future" and _after_had(words, index):
            return Reading("past")  # "had been scheduled to expire": the plan lies in the past
        if signal and possessive and (signal == "present" or words[index].lower() == "would"):
            break  # "said they would get around Wednesday's ruling": the noun after the day decides
        if signal:
            between = words[index + 1 :]
            if words[index].lower() in _REPORTING and any(w.lower() not in _DATE_PREPOSITIONS for w in between):
                return Reading(signal)  # "said its sales in March will rise": the saying is not the date's verb
            return Reading(signal, _close_enough(between) and _firm_past(words, index))
    if possessive:  # "Wednesday's ruling" is reported news; "Tuesday's scheduled vote" is not
        return Reading("future") if _signal(possessive.group(1)) == "future" else None
    found = list(_WORD.finditer(right))
    after = [match.group() for match in found]
    opens_sentence = all(word.lower() in _OPENING for word in words)  # "In March, sales fell"
    relative = False
    for index, word in enumerate(after):
        if word.lower() in _REPORTING and right[found[index].end() : found[index].end() + 1] == ",":
            continue  # "In March, he said, the company will hire": the saying is an aside
        if word.lower() in ("who", "which", "whose"):
            relative = True  # "lawmakers who lost their seats will leave": that verb is the clause's
            continue
        signal = _signal_at(after, index)
        if signal and relative:
            relative = False
            continue
        if signal == "future" and word.lower().endswith("ed") and not (index and after[index - 1].lower() in _BE_NOT_PAST):
            return Reading("past")  # "On Friday, the government planned to pay": planning is what happened then
        if signal == "present" and index + 1 < len(after) and _signal(after[index + 1]) == "future":
            return Reading("future")  # "Friday is expected to be busy"
        if signal:
            return Reading(signal, opens_sentence and _close_enough(after[:index]) and _firm_past(after, index))
    return None


def _close_enough(between: list[str]) -> bool:
    """Few words between the verb and the expression ("fell sharply in", "rose to 5%
    in", "the company's sales"), and none that opens another clause ("said that in")."""
    counted = [w for w in between if not (w.islower() and w.endswith("ly"))]
    return len(counted) <= _FIRM_WORDS and not any(w.lower() in _CLAUSE_WORDS for w in between)


def _firm_past(words: list[str], index: int) -> bool:
    """A listed past form ("fell") or a past passive ("was arrested"); not a participle
    after a present "be" ("is heard in May"), a copula ("the deadline was Nov. 6"), a
    verb of scheduling ("was moved to March 10") nor an "-ed" guess on its own."""
    if _signal(words[index]) != "past":
        return False
    word, before = words[index].lower(), (words[index - 1].lower() if index else "")
    if word in _AUXILIARIES or word in _SCHEDULING:
        return False
    if before in ("was", "were"):
        return True
    return before not in _BE_NOT_PAST and word in lexicon.table("tense_words")


def _after_had(words: list[str], index: int) -> bool:
    before = [w.lower() for w in words[max(0, index - 2) : index]]
    return before[-1:] == ["had"] or before == ["had", "been"]


def _signal_at(words: list[str], index: int) -> Tense | None:
    """The signal of words[index]; "plan" and "plans" are verbs of intent only before
    "to" ("vacation plans" is a noun and says nothing of the tense), "due to" only
    before a verb."""
    lower = words[index].lower()
    signal = _signal(lower)
    if signal is None:
        return None  # most words: no signal, checked first because this runs per word
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    if lower in ("plan", "plans") and following != "to":
        if not (index and words[index - 1].lower() in _SUBJECTS):
            return None  # "vacation plans"; but "the company plans expansion"
    if lower == "due" and following == "to" and index + 2 < len(words) and words[index + 2].lower() in _DETERMINERS:
        return None  # "due to its loss": because of, not scheduled
    return signal


def _signal(word: str) -> Tense | None:
    lower = word.lower()
    known = lexicon.table("tense_words").get(lower)
    if known:
        return known[0]  # type: ignore[return-value]
    if len(lower) > 4 and lower.endswith("ed") and lower not in _NOT_PAST:
        return "past"
    return None
