"""CPU time of the analysis's parts per article: splitting, time tagging, summarising.

    python benchmarks/analysis_parts.py [FOLDER] [--articles N] [--repeat N] [--base REF]

Reads the articles of FOLDER (default: the 2225 BBC articles) as a build does, then
times, serially and in one process, `split_sentences`, `temporal.extract` and
`summarize` over all of them: CPU milliseconds per article, the fastest of --repeat
passes after a warm-up. With `--base REF` the same runs of another commit (a temporary
git worktree) alternate with this tree's, so before and after are measured in the same
minutes; each tree also prints a digest of what the tagger and the summarizer gave,
which must be the same when a change is meant to change no output.

A benchmark, not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "data" / "bbc-news" / "articles"

# Run in each tree's own process, with that tree first on the path.
CHILD = r"""
import hashlib, json, sys, time
from pathlib import Path
from generator import temporal
from generator.reading.ingest import load_article
from generator.summarize.methods import summarize
from generator import text
from generator.text import split_sentences

folder, limit, repeat = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
articles = [load_article(p) for p in sorted(folder.rglob("*.txt"))[:limit]]
for article in articles[:30]:  # warm-up: tables loaded, expressions compiled
    temporal.extract(article.text, article.published, split_sentences(article.text))

def timed(work):
    best = None
    for _ in range(repeat):
        started = time.process_time()
        result = work()
        spent = time.process_time() - started
        best = spent if best is None else min(best, spent)
    return 1000 * best / len(articles), result

def split_all():
    for cached in vars(text).values():  # every article split, not found in a cache of the splitter's
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()
    return [tuple(split_sentences(a.text)) for a in articles]

split_ms, sentences = timed(split_all)
tag_ms, timexes = timed(lambda: [temporal.extract(a.text, a.published, s) for a, s in zip(articles, sentences)])
summary_ms, summaries = timed(lambda: [summarize(list(s)) for s in sentences])
digest = hashlib.sha256(repr((timexes, summaries)).encode()).hexdigest()[:16]
print(json.dumps({"articles": len(articles), "split": split_ms, "tag": tag_ms, "summary": summary_ms, "digest": digest}))
"""


def run(tree: Path, folder: Path, articles: int, repeat: int) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(articles), str(repeat)], cwd=tree,
                          env={**os.environ, "PYTHONPATH": str(tree)}, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--articles", type=int, default=100_000, help="at most this many (default all)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the articles; the fastest counts")
    parser.add_argument("--base", help="also measure this git commit (a temporary worktree), alternating")
    args = parser.parse_args()
    folder = args.folder.resolve()
    trees = [("this tree", ROOT)]
    with tempfile.TemporaryDirectory() as work:
        if args.base:
            where = Path(work) / "base"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(where), args.base],
                           check=True, capture_output=True)
            trees.insert(0, (f"base {args.base}", where))
        try:
            rounds = 3 if args.base else 1  # alternated, each tree's fastest round kept
            best: dict[str, dict] = {}
            for _ in range(rounds):
                for name, tree in trees:
                    result = run(tree, folder, args.articles, args.repeat)
                    kept = best.setdefault(name, result)
                    for part in ("split", "tag", "summary"):
                        kept[part] = min(kept[part], result[part])
        finally:
            if args.base:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(Path(work) / "base")],
                               capture_output=True)
    print(f"{folder} ({next(iter(best.values()))['articles']} articles), CPU ms per article, fastest of "
          f"{args.repeat} passes{' and 3 alternated rounds' if args.base else ''}:")
    print(f"{'':22} {'split':>7} {'tag':>7} {'summary':>8}  output digest")
    for name, result in best.items():
        print(f"{name:22} {result['split']:7.3f} {result['tag']:7.3f} {result['summary']:8.3f}  {result['digest']}")


if __name__ == "__main__":
    main()
