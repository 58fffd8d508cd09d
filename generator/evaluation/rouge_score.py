"""ROUGE of summary methods on a JSONL file of `{"id", "article", "reference"}` lines.

Figures as in ../shared/data/README.md: rouge-score's rouge1 / rouge2 / rougeLsum F1
with the Porter stemmer, times 100, mean over articles. References are tokenised
CNN/DailyMail highlights: sentences separated by " . ", brackets written -LRB-/-RRB-.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rouge_score import rouge_scorer

from ..summarize import DEFAULT_METHOD, SummarySettings
from ..summarize.methods import METHODS, summarize
from ..text import split_sentences

MEASURES = ("rouge1", "rouge2", "rougeLsum")


@dataclass(frozen=True, slots=True)
class Scores:
    method: str
    count: int
    rouge1: float
    rouge2: float
    rouge_lsum: float
    seconds: float


def reference_text(reference: str) -> str:
    """The highlights one sentence a line, brackets restored, as rougeLsum expects."""
    restored = reference.replace("-LRB-", "(").replace("-RRB-", ")")
    return "\n".join(part.strip() for part in restored.split(" . ") if part.strip())


def read_rows(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def summary_sentences(article: str, settings: SummarySettings) -> list[str]:
    sentences = split_sentences(article)
    return [sentences[i].text for i in summarize(sentences, settings).sentences]


def score_method(rows: Sequence[dict], settings: SummarySettings, dump: list[dict] | None = None) -> Scores:
    scorer = rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=True)
    totals = dict.fromkeys(MEASURES, 0.0)
    seconds = 0.0
    for row in rows:
        sentences = split_sentences(row["article"])
        started = time.perf_counter()  # the summarising only, so methods compare fairly
        summary = summarize(sentences, settings)
        seconds += time.perf_counter() - started
        chosen = [sentences[i].text for i in summary.sentences]
        result = scorer.score(reference_text(row["reference"]), "\n".join(chosen))
        for measure in MEASURES:
            totals[measure] += result[measure].fmeasure * 100
        if dump is not None:
            dump.append({"id": row["id"], "method": settings.method, "summary": chosen})
    n = max(len(rows), 1)
    return Scores(
        settings.method, len(rows), totals["rouge1"] / n, totals["rouge2"] / n, totals["rougeLsum"] / n, seconds
    )


class ArticleScorer:
    """Per-article R1 / R2 / RLsum of any settings, each article split once and each
    distinct summary scored once (settings of a grid often pick the same sentences)."""

    def __init__(self, rows: Sequence[dict]) -> None:
        self._scorer = rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=True)
        self._references = [reference_text(row["reference"]) for row in rows]
        self._sentences = [split_sentences(row["article"]) for row in rows]
        self._scored: dict[tuple[int, tuple[int, ...]], tuple[float, float, float]] = {}

    def __call__(self, settings: SummarySettings) -> list[tuple[float, float, float]]:
        return [self.score(i, settings) for i in range(len(self._sentences))]

    def score(self, article: int, settings: SummarySettings) -> tuple[float, float, float]:
        sentences = self._sentences[article]
        chosen = summarize(sentences, settings).sentences
        key = (article, chosen)
        if key not in self._scored:
            summary = "\n".join(sentences[i].text for i in chosen)
            result = self._scorer.score(self._references[article], summary)
            self._scored[key] = tuple(result[m].fmeasure * 100 for m in MEASURES)  # type: ignore[assignment]
        return self._scored[key]


def format_table(rows: Iterable[Scores]) -> str:
    lines = [f"{'method':<14} {'n':>4} {'R1':>6} {'R2':>6} {'RLsum':>6} {'seconds':>8}"]
    for s in rows:
        lines.append(
            f"{s.method:<14} {s.count:>4} {s.rouge1:>6.2f} {s.rouge2:>6.2f} {s.rouge_lsum:>6.2f} {s.seconds:>8.2f}"
        )
    return "\n".join(lines)


def evaluate_rouge_command(
    file: str, methods: Sequence[str] | None, sentences: int, dump: str | None, cv: int | None = None, repeats: int = 5
) -> int:
    names = list(methods or (METHODS if cv else [DEFAULT_METHOD]))
    unknown = [m for m in names if m not in METHODS]
    if unknown:
        print(f"unknown method(s): {', '.join(unknown)}; choose from {', '.join(METHODS)}", file=sys.stderr)
        return 2
    rows = list(read_rows(file))
    if cv:
        return _cross_validation(rows, names, sentences, cv, repeats)
    dumped: list[dict] | None = [] if dump else None
    results = [score_method(rows, SummarySettings(method=m, sentences=sentences), dumped) for m in names]
    print(format_table(results))
    if dump and dumped is not None:
        with open(dump, "w", encoding="utf-8") as out:
            for record in dumped:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def _cross_validation(rows: list[dict], names: list[str], sentences: int, folds: int, repeats: int) -> int:
    from .rouge_cv import BASELINE, evaluate_method, format_report

    if not 2 <= folds <= len(rows) or repeats < 1:
        print(f"--cv needs 2 to {len(rows)} folds for {len(rows)} articles, --repeats at least 1", file=sys.stderr)
        return 2
    scorer = ArticleScorer(rows)
    base = SummarySettings(sentences=sentences)
    baseline = scorer(SummarySettings(method=BASELINE, sentences=sentences))
    ordered = [BASELINE] + [n for n in dict.fromkeys(names) if n != BASELINE]
    results = []
    for name in ordered:
        results.append(evaluate_method(name, scorer, baseline, base, folds, repeats))
        print(f"  {name} done", file=sys.stderr, flush=True)
    print(format_report(results, folds, repeats, len(rows)))
    return 0
