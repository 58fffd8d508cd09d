"""Grid over the default method's two parameters, with a two-half check.

    python benchmarks/summary_tuning.py [../shared/data/cnndm-dev/cnndm_dev.jsonl]

Prints ROUGE-1/2/Lsum for every (position_decay, redundancy) on the whole dev file and
on its two halves (even and odd rows). A parameter choice generalises when the best
region on one half is also good on the other; prefer the middle of a flat good
region to a lone peak. Not a test: it prints figures.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from rouge_score import rouge_scorer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.evaluation.rouge_score import MEASURES, read_rows, reference_text, summary_sentences  # noqa: E402
from generator.summarize import SummarySettings  # noqa: E402

DEFAULT_FILE = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "cnndm-dev" / "cnndm_dev.jsonl"
DECAYS = (0.0, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
REDUNDANCIES = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)


def per_article(rows: list[dict], settings: SummarySettings) -> list[tuple[float, ...]]:
    scorer = rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=True)
    out = []
    for row in rows:
        result = scorer.score(reference_text(row["reference"]), "\n".join(summary_sentences(row["article"], settings)))
        out.append(tuple(result[m].fmeasure * 100 for m in MEASURES))
    return out


def mean(scores: list[tuple[float, ...]]) -> str:
    return " / ".join(f"{sum(s[k] for s in scores) / len(scores):5.2f}" for k in range(3))


def main(path: Path) -> None:
    rows = list(read_rows(path))
    lead = per_article(rows, SummarySettings(method="lead", sentences=3))
    print(f"{'':<16} {'all':<21}   {'even half':<21}   {'odd half':<21}")
    print(f"{'lead':<16} {mean(lead)}   {mean(lead[0::2])}   {mean(lead[1::2])}")
    started = time.perf_counter()
    for decay in DECAYS:
        for redundancy in REDUNDANCIES:
            settings = SummarySettings(method="centroid", sentences=3, position_decay=decay, redundancy=redundancy)
            scores = per_article(rows, settings)
            label = f"d={decay:<4} r={redundancy:<4}"
            print(f"{label:<16} {mean(scores)}   {mean(scores[0::2])}   {mean(scores[1::2])}", flush=True)
    print(f"grid took {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FILE)
