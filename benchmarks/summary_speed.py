"""Time to split and summarise every article of a JSONL file, per method.

    python benchmarks/summary_speed.py [FILE.jsonl] [METHOD ...]

Prints wall-clock seconds for splitting plus summarising (three sentences) all
articles, the splitter's cache cleared before each method so every article is split.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.evaluation.rouge_score import read_rows  # noqa: E402
from generator.summarize import DEFAULT_METHOD, SummarySettings  # noqa: E402
from generator.summarize.methods import summarize  # noqa: E402
from generator.text import forget_splits, split_sentences  # noqa: E402

DEFAULT_FILE = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "cnndm-dev" / "cnndm_dev.jsonl"


def main(path: Path, methods: list[str]) -> None:
    articles = [row["article"] for row in read_rows(path)]
    for method in methods:
        forget_splits()
        settings = SummarySettings(method=method, sentences=3)
        started = time.perf_counter()
        for article in articles:
            summarize(split_sentences(article), settings)
        seconds = time.perf_counter() - started
        print(f"{method:<10} {len(articles)} articles  {seconds:6.2f}s  ({1000 * seconds / len(articles):.1f} ms each)")


if __name__ == "__main__":
    file = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FILE
    main(file, sys.argv[2:] or [DEFAULT_METHOD])
