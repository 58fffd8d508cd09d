"""Our tagger against dateparser's `search_dates` on the TimeBank/AQUAINT texts.

Run: python benchmarks/temporal_speed.py [FOLDER ...] [--documents N] [--repeat N]

Prints both ways, in one run on the same machine (compare the ratios):

- in-process: characters per second of `extract` and of `search_dates` over the same
  texts, both warmed up (imports and tables loaded before timing);
- whole-process: `python -m generator timeml FILES --out DIR` against a process that
  imports dateparser and runs `search_dates` over the same files, each timed from
  start to exit (start-up and imports included on both sides), fastest of --repeat.

A benchmark, not a timed test.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.temporal import extract  # noqa: E402
from generator.temporal.timeml import creation_date  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "tempeval3-train"
DEFAULT_DIRS = [DATA / "TimeBank", DATA / "AQUAINT"]

# The whole dateparser side as its own process: read each file, take the text of
# <TEXT> without tags (as `generator timeml` does), search it with the document's
# creation date as the base.
DATEPARSER_PROCESS = r"""
import re, sys
from datetime import datetime
from dateparser.search import search_dates
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
DCT = re.compile(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", re.DOTALL)
found = 0
for path in sys.argv[1:]:
    raw = open(path, encoding="utf-8").read()
    match = TEXT.search(raw)
    body = re.sub(r"<[^>]*>", "", match.group(1)) if match else ""
    dct = DCT.search(raw)
    base = datetime(int(dct[1]), int(dct[2]), int(dct[3])) if dct else datetime(2000, 1, 1)
    found += len(search_dates(body, languages=["en"], settings={"RELATIVE_BASE": base}) or [])
print(found)
"""


def files_in(folders: list[Path], limit: int) -> list[Path]:
    return [p for folder in folders for p in sorted(folder.glob("*.tml"))][:limit]


def documents(files: list[Path]) -> list[tuple[str, datetime]]:
    found = []
    for path in files:
        raw = path.read_text(encoding="utf-8")
        body = re.sub(r"<[^>]+>", "", raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0])
        dct = creation_date(raw)
        found.append((body, datetime(dct.year, dct.month, dct.day) if dct else datetime(2000, 1, 1)))
    return found


def in_process(docs: list[tuple[str, datetime]]) -> tuple[float, float, int, int]:
    from dateparser.search import search_dates

    # Load word tables and language data before timing either side.
    extract("warm up: last May", None)
    search_dates("warm up: last May", languages=["en"], settings={"RELATIVE_BASE": docs[0][1]})
    started = time.perf_counter()
    ours = sum(len(extract(text, dct.date())) for text, dct in docs)
    our_seconds = time.perf_counter() - started
    started = time.perf_counter()
    theirs = 0
    for text, dct in docs:
        theirs += len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct}) or [])
    return our_seconds, time.perf_counter() - started, ours, theirs


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of the command's process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def whole_process(files: list[Path], repeat: int) -> tuple[tuple[float, float], tuple[float, float]]:
    names = [str(p) for p in files]
    # Both sides start from compiled bytecode: pip compiled dateparser's when it installed
    # it, and an installed `news-timelines` has its own; a source checkout run with
    # PYTHONDONTWRITEBYTECODE set would otherwise compile every module on every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")],
                   check=True, capture_output=True)
    # and the tagger's compiled expressions, which the first run saves unless bytecode is
    # not written (generator/temporal/compiled_cache.py); some compile on the first text
    subprocess.run([sys.executable, "-c", "from generator.temporal import compiled_cache, extract; "
                    "extract('Talks resumed early last May, the Sunday Times said.', None); "
                    "compiled_cache.save(force=True)"],
                   check=True, capture_output=True, cwd=ROOT)
    ours, theirs = [], []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):  # alternated, so that neighbours slow both alike
            ours.append(timed([sys.executable, "-m", "generator", "timeml", *names, "--out", out]))
            theirs.append(timed([sys.executable, "-c", DATEPARSER_PROCESS, *names]))
    return (min(w for w, _ in ours), min(c for _, c in ours)), \
        (min(w for w, _ in theirs), min(c for _, c in theirs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT_DIRS)
    parser.add_argument("--documents", type=int, default=100_000, help="at most this many (default all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each whole process")
    args = parser.parse_args()
    files = files_in(args.folders, args.documents)
    docs = documents(files)
    characters = sum(len(text) for text, _ in docs)
    print(f"documents: {len(docs)}  characters: {characters}  ({', '.join(map(str, args.folders))})")

    our_seconds, their_seconds, ours, theirs = in_process(docs)
    print(f"in-process:    ours {characters / our_seconds:,.0f} chars/s ({ours} expressions, "
          f"{our_seconds:.2f} s); dateparser search_dates {characters / their_seconds:,.0f} chars/s "
          f"({theirs} expressions, {their_seconds:.2f} s); ratio {their_seconds / our_seconds:.1f}×")

    our_process, their_process = whole_process(files, args.repeat)
    for i, kind in enumerate(("wall", "CPU")):
        print(f"whole-process ({kind}): `python -m generator timeml` {our_process[i]:.2f} s; "
              f"dateparser process {their_process[i]:.2f} s (fastest of {args.repeat}, start-up "
              f"and imports included); ratio {their_process[i] / our_process[i]:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
