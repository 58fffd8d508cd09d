"""The tense around a time expression, from the verbs near it (no part-of-speech tagger).

"in May" is last May in "was arrested in May" and next May in "will vote in May". We
look at the words of the same sentence, nearest first, and take the first one that
signals a tense: an auxiliary or common irregular verb from tense_words.tsv, or a
regular past form ending in "-ed".
"""

from __future__ import annotations

import re

from . import lexicon
from .resolve import Tense

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")
_WINDOW = 120
# "as soon as Tuesday", "set to resume Monday": an infinitive or a limit right before
# the expression points ahead even when the sentence is in the past tense.
_FUTURE_BEFORE = re.compile(r"(?:\bas\s+(?:soon|early|late)\s+as|\bto\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+ly))?(?:\s+(?:on|by|until))?)\s+$", re.IGNORECASE)  # characters each side; enough for the clause, cheap on long texts
# "had been scheduled to expire Friday": a plan in the past perfect is a day gone by.
_PLUPERFECT_BEFORE = re.compile(r"\bhad(?:\s+(?:been|not|already))*\s+(?-i:[a-z]+)\s+$", re.IGNORECASE)
# "postponed until Tuesday", "has until Friday to sign": a deadline set before the
# day it names, so the day lies ahead of the verb even when the verb is past.
_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:postponed|delayed|deferred|adjourned|recessed|extended|has|have|given)\b(?:\s+[A-Za-z']+){0,4}|\bput\s+off)\s+until\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
# "is to resume trading in Paris Tuesday", "are expected to arrive in Washington on
# Monday": an arrangement in the present tense, whatever words come between.
_ARRANGED_BEFORE = re.compile(
    r"\b(?:is|are|'s|'re)\s+(?:(?:due|scheduled|expected|set|slated|likely|planning|going)\s+)?to\s+(?-i:[a-z]+)(?:\s+[A-Za-z.']+){0,5}\s+$",
    re.IGNORECASE,
)
_PRESENT_BE = frozenset({"is", "are", "be", "am", "s"})  # "s": "Friday's scheduled vote" is no past plan
_NOT_PAST = frozenset({"need", "indeed", "speed", "feed", "seed", "bed", "red", "shed", "hundred", "united", "limited", "based", "proceed", "succeed", "exceed", "weed", "breed", "greed", "deed", "ed", "fed", "wed", "ned", "ted"})


def tense_near(text: str, start: int, end: int) -> Tense | None:
    """The tense signalled nearest to text[start:end] within its sentence, or None."""
    left = text[max(0, start - _WINDOW) : start]
    breaks = list(_SENTENCE_END.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    right = text[end : end + _WINDOW]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[: stop.start()]
    ahead = _FUTURE_BEFORE.search(left)
    if ahead:
        return "past" if _PLUPERFECT_BEFORE.search(left, 0, ahead.start()) else "future"
    if _DEADLINE_BEFORE.search(left) or _ARRANGED_BEFORE.search(left):
        return "future"
    # The verb that governs a time expression mostly comes before it ("will meet on
    # Tuesday", "said Friday"); words after it are read only when none before signals.
    words = _WORD.findall(left)
    for index in range(len(words) - 1, -1, -1):
        signal = _signal(words[index])
        if signal == "past" and index and words[index - 1].lower() in ("be", "being"):
            continue  # "will be held": the participle says nothing; the auxiliary decides
        if signal == "future" and _after_had(words, index):
            return "past"  # "had been scheduled to expire": the plan lies in the past
        if signal:
            return signal
    after = _WORD.findall(right)
    for index, word in enumerate(after):
        signal = _signal(word)
        if signal == "future" and word.lower().endswith("ed") and not (index and after[index - 1].lower() in _PRESENT_BE):
            return "past"  # "On Friday, the government planned to pay": planning is what happened then
        if signal == "present" and index + 1 < len(after) and _signal(after[index + 1]) == "future":
            return "future"  # "Friday is expected to be busy"
        if signal:
            return signal
    return None


def _after_had(words: list[str], index: int) -> bool:
    before = [w.lower() for w in words[max(0, index - 2) : index]]
    return before[-1:] == ["had"] or before == ["had", "been"]


def _signal(word: str) -> Tense | None:
    lower = word.lower()
    known = lexicon.table("tense_words").get(lower)
    if known:
        return known[0]  # type: ignore[return-value]
    if len(lower) > 4 and lower.endswith("ed") and lower not in _NOT_PAST:
        return "past"
    return None
