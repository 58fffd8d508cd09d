"""Command line: `python -m generator COMMAND`.

Each command is a thin adapter over a plain function of the package; the argument
parsing lives here, the work lives in the module the command names.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser("analyze", help="print one article's analysis as JSON")
    analyze.add_argument("file")

    build = commands.add_parser("build", help="write the generated pages for a folder of articles")
    build.add_argument("--seeds", default="seeds")
    build.add_argument("--out", default="build/pages")
    build.add_argument("--cache-dir", default=".cache/news-timelines",
                       help="analysis cache folder (default: %(default)s)")
    build.add_argument("--no-cache", action="store_true", help="analyse every article afresh")
    build.add_argument("--executor", choices=("process", "serial", "dask"), default="process")
    build.add_argument("--workers", type=int, default=None, help="default: one per core")
    build.add_argument("--dask-address", default=None,
                       help="scheduler of a running Dask cluster (default: a local one)")
    build.add_argument("--no-progress", action="store_true")
    build.add_argument("--date-order", choices=("DMY", "MDY", "YMD"), default=None,
                       help="how numeric dates such as 03/04/2024 read (default: such a date "
                       "is a warning and is not read)")

    summarize = commands.add_parser("summarize", help="print an article's summary")
    summarize.add_argument("file")
    summarize.add_argument("--method", default=None)
    summarize.add_argument("--sentences", type=int, default=None)

    timeml = commands.add_parser("timeml", help="tag TimeML input files with TIMEX3")
    timeml.add_argument("inputs", nargs="+")
    timeml.add_argument("--out", required=True)

    timeline = commands.add_parser(
        "timeline", help="the key dates of a story across articles (Timeline17 form)",
        description="Choose the most important days of the story the articles tell and a "
        "few sentences saying what happened on each; write them as one line of "
        "Timeline17's timelines.jsonl form.")
    timeline.add_argument("inputs", nargs="+", metavar="INPUT",
                          help="article files (.txt .md .html .jsonl) or folders of them")
    timeline.add_argument("--out", required=True, metavar="FILE.jsonl")
    timeline.add_argument("--dates", type=int, default=None, metavar="N",
                          help="number of dates (default: about twice the square root of "
                          "the number of articles, 3 to 30)")
    timeline.add_argument("--sentences", type=int, default=None, metavar="K",
                          help="sentences per date (default: 1 below 20 articles, 2 below "
                          "200, else 3)")
    timeline.add_argument("--from", dest="start", type=_day, default=None, metavar="YYYY-MM-DD",
                          help="use only articles published and dates on or after this day")
    timeline.add_argument("--to", dest="end", type=_day, default=None, metavar="YYYY-MM-DD",
                          help="use only articles published and dates on or before this day")
    timeline.add_argument("--keywords", nargs="+", default=(), metavar="WORD",
                          help="keep only sentences mentioning one of the words (case-insensitive)")
    timeline.add_argument("--cache-dir", default=".cache/news-timelines")
    timeline.add_argument("--no-cache", action="store_true")
    timeline.add_argument("--workers", type=int, default=None, help="default: one per core")

    evaluate = commands.add_parser("evaluate", help="score against a benchmark")
    kinds = evaluate.add_subparsers(dest="kind", required=True)
    ev_timeml = kinds.add_parser("timeml", help="TempEval-3 scores of SYSTEM_DIR against GOLD_DIR")
    ev_timeml.add_argument("gold_dir")
    ev_timeml.add_argument("system_dir")
    ev_timeml.add_argument("--errors", action="store_true")
    ev_tls = kinds.add_parser("tls", help="AR1-F, AR2-F and date F1 of a timeline against "
                              "reference timelines (Timeline17 form)")
    ev_tls.add_argument("system", metavar="SYSTEM.jsonl")
    ev_tls.add_argument("reference", metavar="REFERENCE.jsonl")
    ev_rouge = kinds.add_parser("rouge", help="ROUGE of summary methods on a JSONL file")
    ev_rouge.add_argument("file")
    ev_rouge.add_argument("--method", action="append", dest="methods")
    ev_rouge.add_argument("--sentences", type=int, default=3)
    ev_rouge.add_argument("--dump", default=None)
    ev_rouge.add_argument("--cv", type=int, default=None, metavar="K",
                          help="repeated K-fold cross-validation against Lead-3 (default: all methods)")
    ev_rouge.add_argument("--repeats", type=int, default=5, help="shuffles for --cv (default: %(default)s)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # Imports are local so that `--help` and each command load only what they need.
    if args.command == "analyze":
        from .commands import analyze_command

        return analyze_command(args.file)
    if args.command == "build":
        from .commands import build_command

        return build_command(args.seeds, args.out,
                             cache_dir=None if args.no_cache else args.cache_dir,
                             executor=args.executor, workers=args.workers,
                             dask_address=args.dask_address, progress=not args.no_progress,
                             date_order=args.date_order)
    if args.command == "summarize":
        from .summarize.command import summarize_command

        return summarize_command(args.file, args.method, args.sentences)
    if args.command == "timeml":
        from .temporal.timeml import timeml_command

        return timeml_command(args.inputs, args.out)
    if args.command == "evaluate" and args.kind == "timeml":
        from .evaluation.timeml_score import evaluate_timeml_command

        return evaluate_timeml_command(args.gold_dir, args.system_dir, errors=args.errors)
    if args.command == "timeline":
        from .tls.command import timeline_command
        from .tls.model import TlsSettings

        for name, value in (("--dates", args.dates), ("--sentences", args.sentences)):
            if value is not None and value < 1:
                _parser().error(f"{name} must be at least 1")
        if args.start and args.end and args.start > args.end:
            _parser().error("--from is after --to")
        settings = TlsSettings(dates=args.dates, sentences=args.sentences, start=args.start,
                               end=args.end, keywords=tuple(args.keywords))
        return timeline_command(args.inputs, args.out, settings,
                                None if args.no_cache else args.cache_dir, args.workers)
    if args.command == "evaluate" and args.kind == "tls":
        from .evaluation.tls_score import evaluate_tls_command

        return evaluate_tls_command(args.system, args.reference)
    if args.command == "evaluate" and args.kind == "rouge":
        from .evaluation.rouge_score import evaluate_rouge_command

        return evaluate_rouge_command(args.file, args.methods, args.sentences, args.dump, args.cv, args.repeats)
    raise AssertionError(f"unhandled command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
