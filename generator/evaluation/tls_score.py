"""Timeline scores as news-tls reports them: AR1-F, AR2-F and date F1.

AR-n is tilse's "align, date-content costs, many-to-one" ROUGE-n (Martschat & Markert
2017): each system date is aligned to the reference date of least cost (date
distance × content distance), each reference date to the system date of least cost;
ROUGE-n counts of aligned pairs are weighted by 1 / (1 + days apart); unaligned dates
count with no hits. ROUGE-n counts are ROUGE-1.5.5's with stemming and stop words
removed (`rouge155`). Date F1 compares the sets of days. With several reference
timelines each is scored on its own and the scores averaged, as news-tls does.
"""

from __future__ import annotations

import json
import re
import string
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import rouge155

Timeline = dict[date, list[str]]


@dataclass(frozen=True, slots=True)
class TlsScores:
    ar1: float
    ar2: float
    date_f1: float


def read_timelines(path: Path) -> list[Timeline]:
    """Every timeline of a Timeline17 `timelines.jsonl` file (one a line)."""
    timelines = []
    for line in Path(path).read_text("utf-8").splitlines():
        if line.strip():
            timelines.append(parse_timeline(json.loads(line)))
    return timelines


def parse_timeline(data: list) -> Timeline:
    timeline: Timeline = {}
    for day, sentences in data:
        timeline.setdefault(date.fromisoformat(day[:10]), []).extend(sentences)
    return timeline


# The reference timelines are tokenised (words and punctuation apart); the same done to
# a system's sentences keeps the content costs of the alignment comparable.
_TOKEN = re.compile(r"n't\b|'(?:s|re|ve|ll|d|m)\b|\w+(?:[-.,/]\w+)*|[^\w\s]", re.IGNORECASE)


def tokenised(sentence: str) -> str:
    return " ".join(_TOKEN.findall(sentence))


def f_score(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def date_f1(system: Timeline, reference: Timeline) -> float:
    shared = len(set(system) & set(reference))
    if not system or not reference:
        return 0.0
    return f_score(shared / len(system), shared / len(reference))


def _approximate_rouge1(system: Sequence[str], reference: Sequence[str]) -> float:
    """tilse's quick ROUGE-1 F of whitespace tokens (punctuation tokens left out),
    used only to price an alignment."""
    ours = Counter(t for s in system for t in s.split() if t not in string.punctuation)
    theirs = Counter(t for s in reference for t in s.split() if t not in string.punctuation)
    match = sum(min(c, theirs[t]) for t, c in ours.items())
    precision = match / sum(ours.values()) if ours else 0.0
    recall = match / sum(theirs.values()) if theirs else 0.0
    return f_score(precision, recall)


def _closeness(a: date, b: date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def _cheapest(sources: Sequence[date], targets: Sequence[date], source_text: Timeline,
              target_text: Timeline, system_side: bool) -> list[date]:
    """For each source date, the target date of least cost (the first on ties)."""
    chosen = []
    for s in sources:
        best, best_cost = None, None
        for t in targets:
            ours, theirs = (source_text[s], target_text[t]) if system_side else (target_text[t], source_text[s])
            cost = (1 - _closeness(s, t)) * (1 - _approximate_rouge1(ours, theirs))
            if best_cost is None or cost < best_cost:
                best, best_cost = t, cost
        chosen.append(best)
    return chosen


def align_rouge(system: Timeline, reference: Timeline, n: int) -> float:
    """tilse's align+ m:1 ROUGE-n F."""
    system_days, reference_days = sorted(system), sorted(reference)
    precision_hits = recall_hits = 0.0
    precision_total = recall_total = 0
    if reference_days:
        for day, match in zip(system_days, _cheapest(system_days, reference_days, system, reference, True)):
            c = rouge155.counts(system[day], reference[match], n)
            precision_hits += _closeness(day, match) * c.hits
            precision_total += c.system
    else:
        precision_total = sum(rouge155.counts(system[d], [], n).system for d in system_days)
    if system_days:
        for day, match in zip(reference_days, _cheapest(reference_days, system_days, reference, system, False)):
            c = rouge155.counts(system[match], reference[day], n)
            recall_hits += _closeness(day, match) * c.hits
            recall_total += c.reference
    else:
        recall_total = sum(rouge155.counts([], reference[d], n).reference for d in reference_days)
    precision = precision_hits / precision_total if precision_total else 0.0
    recall = recall_hits / recall_total if recall_total else 0.0
    return f_score(precision, recall)


def score(system: Timeline, reference: Timeline) -> TlsScores:
    system = {day: [tokenised(s) for s in sentences] for day, sentences in system.items()}
    return TlsScores(ar1=align_rouge(system, reference, 1), ar2=align_rouge(system, reference, 2),
                     date_f1=date_f1(system, reference))


def mean_scores(scores: Sequence[TlsScores]) -> TlsScores:
    k = len(scores) or 1
    return TlsScores(ar1=sum(s.ar1 for s in scores) / k, ar2=sum(s.ar2 for s in scores) / k,
                     date_f1=sum(s.date_f1 for s in scores) / k)


def evaluate_tls_command(system_file: str, reference_file: str) -> int:
    try:
        systems = read_timelines(Path(system_file))
        references = read_timelines(Path(reference_file))
    except (OSError, ValueError, TypeError) as error:
        print(f"error: cannot read the timelines: {error}", file=sys.stderr)
        return 2
    if len(systems) != 1 and len(systems) != len(references):
        print(f"error: {system_file} holds {len(systems)} timelines; give one, or one per "
              f"reference timeline ({len(references)})", file=sys.stderr)
        return 2
    try:
        pairs = [(systems[0] if len(systems) == 1 else systems[i], ref)
                 for i, ref in enumerate(references)]
        result = mean_scores([score(s, r) for s, r in pairs])
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"AR1-F {result.ar1:.3f}  AR2-F {result.ar2:.3f}  date F1 {result.date_f1:.3f}  "
          f"({len(references)} reference timeline(s))")
    return 0
