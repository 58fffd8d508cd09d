"""Throughput of our tagger against dateparser's `search_dates` on the same TimeBank text.

Run: python benchmarks/temporal_speed.py [TIMEBANK_DIR] [--documents N]
Prints characters per second for each and their ratio. A benchmark, not a timed test.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.temporal import extract  # noqa: E402
from generator.temporal.timeml import creation_date  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tempeval3-train" / "TimeBank"


def documents(folder: Path, limit: int) -> list[tuple[str, datetime]]:
    found = []
    for path in sorted(folder.glob("*.tml"))[:limit]:
        raw = path.read_text(encoding="utf-8")
        body = re.sub(r"<[^>]+>", "", raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0])
        dct = creation_date(raw)
        found.append((body, datetime(dct.year, dct.month, dct.day) if dct else datetime(2000, 1, 1)))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--documents", type=int, default=1000, help="how many documents to use (all by default)")
    args = parser.parse_args()
    docs = documents(Path(args.folder), args.documents)
    characters = sum(len(text) for text, _ in docs)

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
    their_seconds = time.perf_counter() - started

    our_rate, their_rate = characters / our_seconds, characters / their_seconds
    print(f"documents: {len(docs)}  characters: {characters}")
    print(f"ours: {our_rate:,.0f} chars/s ({ours} expressions, {our_seconds:.2f} s)")
    print(f"dateparser search_dates: {their_rate:,.0f} chars/s ({theirs} expressions, {their_seconds:.2f} s)")
    print(f"ratio: {our_rate / their_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
