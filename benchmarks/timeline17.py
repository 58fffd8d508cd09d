"""Key dates against DATEWISE on the Timeline17 dev topics (../shared/data/timeline17-dev).

The protocol of news-tls (see ../shared/data/README.md): for each reference timeline,
only articles published within [first reference date, last reference date]; N = the
number of reference dates; K = round(mean sentences per reference date); the topic's
keywords. Prints AR1-F, AR2-F and date F1 per topic and on average next to DATEWISE's,
the topics where we beat it (AR1 and AR2 higher, date F1 not lower, at the three
decimals DATEWISE's figures are given with), and the seconds each topic took (reading
the articles from the analysis cache, then choosing the key dates).

    python benchmarks/timeline17.py [DATA_DIR] [--no-cache] [--bbc]

With --bbc it also times choosing the key dates of the 2225 BBC articles
(../shared/data/bbc-news), as a build of that corpus does (its analysis is read from the
cache, or made first: minutes on a first run).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.evaluation.tls_score import TlsScores, mean_scores, read_timelines, score  # noqa: E402
from generator.tls import TlsSettings, key_dates  # noqa: E402
from generator.cli.timeline import load_inputs  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "timeline17-dev"
# DATEWISE (news-tls, its trained date ranker) on these topics, from the data README.
DATEWISE = {
    "H1N1_guardian": TlsScores(.186, .066, .783),
    "H1N1_bbc": TlsScores(.188, .044, .857),
    "H1N1_reuters": TlsScores(.136, .031, .759),
    "haiti_bbc": TlsScores(.257, .092, .909),
    "SyrianCrisis_bbc": TlsScores(.011, .002, .077),
    "SyrianCrisis_reuters": TlsScores(.077, .016, .375),
}
DATEWISE_AVERAGE = TlsScores(.143, .042, .627)


def run_topic(folder: Path, cache_dir: str | None) -> tuple[TlsScores, float, float]:
    """The topic's mean scores, the seconds reading its articles took and the seconds
    choosing the key dates took (for every reference timeline; scoring not counted)."""
    started = time.perf_counter()
    analyses, _ = load_inputs([str(folder / "articles.jsonl")], cache_dir)
    read_s = time.perf_counter() - started
    keywords = tuple(json.loads((folder / "keywords.json").read_text("utf-8")))
    results, choose_s = [], 0.0
    for reference in read_timelines(folder / "timelines.jsonl"):
        days = sorted(reference)
        per_date = sum(len(s) for s in reference.values()) / len(reference)
        settings = TlsSettings(dates=len(days), sentences=max(1, round(per_date)),
                               start=days[0], end=days[-1], keywords=keywords)
        started = time.perf_counter()
        chosen = key_dates(analyses, settings)
        choose_s += time.perf_counter() - started
        system = {kd.day: [s.text for s in kd.sentences] for kd in chosen.dates}
        results.append(score(system, reference))
    return mean_scores(results), read_s, choose_s


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benchmarks/timeline17.py",
        description="Key dates against DATEWISE on the Timeline17 topics of DATA_DIR "
                    "(news-tls protocol; per topic and average AR1 / AR2 / date F1, seconds "
                    "reading the articles and choosing the key dates, scoring not counted).")
    parser.add_argument("data", nargs="?", type=Path, default=DATA, metavar="DATA_DIR",
                        help="a folder of topics, each with articles.jsonl, timelines.jsonl "
                             "and keywords.json (default: ../shared/data/timeline17-dev)")
    parser.add_argument("--no-cache", action="store_true",
                        help="analyse the articles afresh instead of reading the analysis cache")
    parser.add_argument("--bbc", action="store_true",
                        help="also time choosing the key dates of the 2225 BBC articles "
                             "(../shared/data/bbc-news), as a build of that corpus does")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    options = _arguments(argv)
    data = options.data
    cache_dir = None if options.no_cache else ".cache/news-timelines"
    topics = sorted(p for p in data.iterdir() if (p / "articles.jsonl").is_file())
    # Load the stemmer and stop words once before timing (a build has them loaded already
    # by the summaries), so the first topic's seconds are like the others'.
    from generator.summarize.vectors import content_terms

    content_terms("Warm up the stemmer.")
    print(f"{'topic':22} {'ours AR1/AR2/date F1':>22} {'DATEWISE':>20}  {'read s':>6} {'choose s':>8}")
    ours_all, wins = [], 0
    for topic in topics:
        ours, read_s, choose_s = run_topic(topic, cache_dir)
        ours_all.append(ours)
        theirs = DATEWISE.get(topic.name)
        beat = theirs is not None and beats(ours, theirs)
        wins += beat
        print(f"{topic.name:22} {_fmt(ours):>22} {_fmt(theirs) if theirs else '':>20}  "
              f"{read_s:6.1f} {choose_s:8.2f}{'  beats DATEWISE' if beat else ''}", flush=True)
    average = mean_scores(ours_all)
    print(f"{'average':22} {_fmt(average):>22} {_fmt(DATEWISE_AVERAGE):>20}")
    print(f"beats DATEWISE (AR1 and AR2 higher, date F1 not lower) on {wins} of {len(topics)} topics")
    if options.bbc:
        bbc = data.parent / "bbc-news" / "articles"
        analyses, _ = load_inputs([str(bbc)], cache_dir)
        started = time.perf_counter()
        chosen = key_dates(analyses)
        print(f"key dates of the {len(analyses)} BBC articles ({len(chosen.dates)} dates): "
              f"{time.perf_counter() - started:.1f} s")
    return 0


def beats(ours: TlsScores, theirs: TlsScores) -> bool:
    """Higher AR1 and AR2 and no lower date F1, compared at DATEWISE's three decimals."""
    mine = TlsScores(*(round(x, 3) for x in (ours.ar1, ours.ar2, ours.date_f1)))
    return mine.ar1 > theirs.ar1 and mine.ar2 > theirs.ar2 and mine.date_f1 >= theirs.date_f1


def _fmt(s: TlsScores) -> str:
    return f"{s.ar1:.3f} / {s.ar2:.3f} / {s.date_f1:.3f}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
