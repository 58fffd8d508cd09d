"""CPU time of reading articles and splitting them into sentences, per article.

    python benchmarks/reading_speed.py [--data DIR] [--articles N] [--repeat N] [--base REF]

Does what a pool worker of the build does before the analysis proper, serially, on the
first N articles of the BBC set (sorted by path): `load_article` (the file read and its
reader, `read_raw`, then `clean_article`: joined lines, repeats dropped, URLs taken out)
and `split_sentences` of the article's text. Prints the CPU milliseconds per article of
each stage (thread time, so a busy machine inflates them less than wall time), the
fastest of --repeat passes, each pass from empty caches. With `--base REF` a git worktree
of REF is measured too, in turns with this tree, and the ratio printed: compare those,
not the milliseconds. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bbc-news" / "articles"
STAGES = ("read_raw", "clean_article", "load_article", "split_sentences")


def measure(root: Path, data: Path, count: int, repeat: int) -> dict[str, float]:
    """ms per article of each stage in the tree at `root` (run in a process of its own)."""
    sys.path.insert(0, str(root))
    import generator.reading.ingest as ingest
    import generator.reading.metadata as metadata
    import generator.text as text

    files = sorted(data.rglob("*.txt"))[:count]
    for path in files[:20]:  # imports and tables, outside the measure
        ingest.load_article(path)
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(stage, function):
        def run(*args, **kwargs):
            started = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[stage] += time.thread_time() - started
        return run

    ingest.read_raw = timed("read_raw", ingest.read_raw)
    ingest.clean_article = timed("clean_article", ingest.clean_article)
    load, split = timed("load_article", ingest.load_article), timed("split_sentences", text.split_sentences)
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent.update(dict.fromkeys(STAGES, 0.0))
        for cache in ("_split_cached", "_paragraph_sentences"):  # older trees lack the second
            getattr(text, cache, None) and getattr(text, cache).cache_clear()
        metadata._dateparser_date.cache_clear()
        for path in files:
            split(load(path).text)  # as a worker does: the article, then its sentences
        for stage in STAGES:
            best[stage] = min(best.get(stage, float("inf")), 1000 * spent[stage] / len(files))
    return best


def in_process(root: Path, args: argparse.Namespace) -> dict[str, float]:
    command = [sys.executable, __file__, "--measure", str(root), "--data", str(args.data),
               "--articles", str(args.articles), "--repeat", str(args.repeat)]
    done = subprocess.run(command, check=True, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root)})
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3, help="passes per measure, fastest kept")
    parser.add_argument("--rounds", type=int, default=3, help="turns of the trees (with --base)")
    parser.add_argument("--base", help="also measure this git commit (a temporary worktree)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.data, args.articles, args.repeat)))
        return 0
    trees = {"this tree": ROOT}
    with tempfile.TemporaryDirectory() as work:
        if args.base:
            sys.path.insert(0, str(Path(__file__).parent))
            from scale import base_tree, drop_base_tree

            base = base_tree(args.base, Path(work))
            trees = {base.label: base.root, **trees}
        try:
            results: dict[str, dict[str, float]] = {}
            for _ in range(args.rounds if args.base else 1):
                for label, root in trees.items():
                    row = in_process(root, args)
                    results[label] = {s: min(results.get(label, {}).get(s, float("inf")), row[s]) for s in STAGES}
        finally:
            if args.base:
                drop_base_tree(base)
    print(f"{args.articles} articles of {args.data}, CPU ms per article (fastest of "
          f"{args.repeat} passes{f' x {args.rounds} turns' if args.base else ''}):")
    print(f"{'':<24}" + "".join(f"{stage:>17}" for stage in STAGES))
    for label, row in results.items():
        print(f"{label:<24}" + "".join(f"{row[stage]:17.3f}" for stage in STAGES))
    if args.base:
        before, after = results[base.label], results["this tree"]
        print(f"{'ratio (this / base)':<24}" + "".join(f"{after[s] / before[s]:17.2f}" for s in STAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
