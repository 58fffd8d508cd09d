"""Command line: `news-timelines COMMAND` (or `python -m generator COMMAND`).

Each command is a thin adapter over a plain function of the package: arguments are
checked here (a wrong one is a one-line error and exit status 2), the work lives in
the module the command names.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ..building.settings import DEFAULT_CACHE_DIR, DEFAULT_EXECUTOR, EXECUTORS
from ..extras import MissingExtra, require_extra
from ..summarize.settings import DEFAULT_METHOD, DEFAULT_SENTENCES, METHOD_NAMES

DESCRIPTION = """\
Turn news articles into dated timelines and extractive summaries. The website itself
is built by `mkdocs build`; these commands show the same analysis for one file, write
the generated pages to disk, find the key dates of a story across articles, and score
the tagger, the timelines and the summaries on benchmarks."""

EPILOG = """\
examples:
  %(prog)s analyze seeds/article.txt          the analysis of one article, as JSON
  %(prog)s summarize seeds/article.txt --sentences 2
  %(prog)s build --seeds seeds --out build/pages
Run '%(prog)s COMMAND --help' for a command's options."""


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors on one line (argparse prints the usage too)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _prog() -> str:
    """The name the user typed: the installed script or `python -m generator`."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return name if name == "news-timelines" else "python -m generator"


def positive_int(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _existing(text: str, noun: str, is_kind) -> str:
    path = Path(text)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"no such {noun}: {text}")
    if not is_kind(path):
        raise argparse.ArgumentTypeError(f"not a {noun}: {text}")
    return text


def existing_file(text: str) -> str:
    return _existing(text, "file", Path.is_file)


def existing_dir(text: str) -> str:
    return _existing(text, "folder", Path.is_dir)


def existing_path(text: str) -> str:
    if not Path(text).exists():
        raise argparse.ArgumentTypeError(f"no such file or folder: {text}")
    return text


def day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _method_help(what: str) -> str:
    return f"{what}: one of {', '.join(METHOD_NAMES)} (default: {DEFAULT_METHOD})"


def _parser() -> argparse.ArgumentParser:
    prog = _prog()
    parser = _Parser(prog=prog, description=DESCRIPTION, epilog=EPILOG % {"prog": prog},
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    analyze = commands.add_parser(
        "analyze", help="print one article's analysis (sentences, dates, timeline, summary) as JSON",
        description="Read one article as the site does and print its analysis as JSON: its "
                    "sentences, time expressions with their calendar values, timeline and summary.")
    analyze.add_argument("file", type=existing_file, help="an article: .txt, .md or .html")

    build = commands.add_parser(
        "build", help="write the site's generated pages for a folder of articles to disk",
        description="Write the pages and data files the MkDocs plugin would generate, as files "
                    "(to inspect them, or to build the site with another engine such as Zensical). "
                    "The plugin's options, site_url and use_directory_urls are read from mkdocs.yml "
                    "as `mkdocs build` reads them; an option given here overrides the file's.")
    build.add_argument("--config", type=existing_file, default=None, metavar="FILE",
                       help="the site's mkdocs.yml (default: mkdocs.yml in the working folder if "
                            "there is one, else the plugin's defaults)")
    build.add_argument("--seeds", type=existing_dir, default=None, metavar="FOLDER",
                       help="the folder of articles (default: the plugin's seeds_dir, seeds)")
    build.add_argument("--out", default="build/pages", metavar="FOLDER",
                       help="where to write the pages (default: %(default)s)")
    build.add_argument("--cache-dir", default=None, metavar="FOLDER",
                       help=f"analysis cache folder, relative to the working folder; given, the cache is "
                            f"used even where mkdocs.yml says 'cache: false' (default: the plugin's "
                            f"cache_dir, {DEFAULT_CACHE_DIR}, relative to mkdocs.yml)")
    build.add_argument("--no-cache", action="store_true", help="analyse every article afresh")
    build.add_argument("--executor", choices=EXECUTORS, default=None, metavar="NAME",
                       help=f"how to run the analysis: one of {', '.join(EXECUTORS)} "
                            f"(default: the plugin's executor, {DEFAULT_EXECUTOR}; dask needs the "
                            "'dask' extra)")
    build.add_argument("--workers", type=positive_int, default=None, metavar="N",
                       help="parallel workers (default: the plugin's workers, else one per core)")
    build.add_argument("--dask-address", default=None, metavar="ADDRESS",
                       help="scheduler of a running Dask cluster, e.g. tcp://host:8786 "
                            "(default: the plugin's dask_address, else start a local one)")
    build.add_argument("--no-progress", action="store_true", help="no progress bar")
    build.add_argument("--date-order", choices=("DMY", "MDY", "YMD"), default=None, metavar="ORDER",
                       help="how numeric dates such as 03/04/2024 read: DMY, MDY or YMD (default: "
                            "the plugin's date_order; unset, such a date is a warning and is not read)")

    summarize = commands.add_parser(
        "summarize", help="print an article's summary, one sentence a line",
        description="Print the summary of one article, read and cleaned as the site does, "
                    "one sentence a line.")
    summarize.add_argument("file", type=existing_file, help="an article: .txt, .md or .html")
    summarize.add_argument("--method", choices=METHOD_NAMES, default=DEFAULT_METHOD, metavar="NAME",
                           help=_method_help("how to choose the sentences"))
    summarize.add_argument("--sentences", type=positive_int, default=None, metavar="N",
                           help=f"how many sentences (default: {DEFAULT_SENTENCES})")

    timeml = commands.add_parser(
        "timeml", help="mark the time expressions of TimeML files with TIMEX3 tags",
        description="Tag TimeML documents (.tml files, or folders of them) with TIMEX3 time "
                    "expressions, relative to each document's creation time.")
    timeml.add_argument("inputs", nargs="+", type=existing_path, metavar="INPUT",
                        help="a .tml file or a folder searched for .tml files")
    timeml.add_argument("--out", required=True, metavar="FOLDER", help="where to write the tagged files")

    timeline = commands.add_parser(
        "timeline", help="the key dates of a story across articles (Timeline17 form)",
        description="Choose the most important days of the story the articles tell and a "
        "few sentences saying what happened on each; write them as one line of "
        "Timeline17's timelines.jsonl form.")
    timeline.add_argument("inputs", nargs="+", type=existing_path, metavar="INPUT",
                          help="article files (.txt .md .html .jsonl) or folders of them")
    timeline.add_argument("--out", required=True, metavar="FILE.jsonl")
    timeline.add_argument("--dates", type=positive_int, default=None, metavar="N",
                          help="number of dates (default: about twice the square root of "
                          "the number of articles, 3 to 30)")
    timeline.add_argument("--sentences", type=positive_int, default=None, metavar="K",
                          help="sentences per date (default: 1 below 20 articles, 2 below "
                          "200, else 3)")
    timeline.add_argument("--from", dest="start", type=day, default=None, metavar="YYYY-MM-DD",
                          help="use only articles published and dates on or after this day")
    timeline.add_argument("--to", dest="end", type=day, default=None, metavar="YYYY-MM-DD",
                          help="use only articles published and dates on or before this day")
    timeline.add_argument("--keywords", nargs="+", default=(), metavar="WORD",
                          help="keep only sentences mentioning one of the words (case-insensitive)")
    timeline.add_argument("--cache-dir", default=DEFAULT_CACHE_DIR, metavar="FOLDER",
                          help="analysis cache folder (default: %(default)s)")
    timeline.add_argument("--no-cache", action="store_true", help="analyse every article afresh")
    timeline.add_argument("--workers", type=positive_int, default=None, metavar="N",
                          help="parallel workers (default: one per core)")

    evaluate = commands.add_parser(
        "evaluate", help="score the tagger or the summaries against a benchmark",
        description="Score the time expression tagger (timeml), key-date timelines (tls) or the "
                    "summary methods (rouge).")
    kinds = evaluate.add_subparsers(dest="kind", metavar="BENCHMARK", required=True)
    ev_timeml = kinds.add_parser(
        "timeml", help="TempEval-3 scores of SYSTEM_DIR's TIMEX3 tags against GOLD_DIR's",
        description="TempEval-3 scores (strict and relaxed span, value and type) of the TIMEX3 "
                    "tags in SYSTEM_DIR against the gold tags in GOLD_DIR, matched by file name.")
    ev_timeml.add_argument("gold_dir", type=existing_dir, metavar="GOLD_DIR")
    ev_timeml.add_argument("system_dir", type=existing_dir, metavar="SYSTEM_DIR")
    ev_timeml.add_argument("--errors", action="store_true", help="also list every mismatch")
    ev_tls = kinds.add_parser(
        "tls", help="AR1-F, AR2-F and date F1 of a timeline against reference timelines "
                    "(needs the 'tls' extra)",
        description="AR1-F, AR2-F and date F1 of a timeline against reference timelines, both "
                    "in Timeline17 form. Needs the 'tls' extra: pip install 'news-timelines[tls]'.")
    ev_tls.add_argument("system", type=existing_file, metavar="SYSTEM.jsonl")
    ev_tls.add_argument("reference", type=existing_file, metavar="REFERENCE.jsonl")
    ev_rouge = kinds.add_parser(
        "rouge", help="ROUGE of summary methods on a JSONL file (needs the 'evaluate' extra)",
        description="ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 of summary methods against reference "
                    "summaries, one JSON object a line with id, article and reference. "
                    "Needs the 'evaluate' extra: pip install 'news-timelines[evaluate]'.")
    ev_rouge.add_argument("file", type=existing_file, metavar="FILE.jsonl")
    ev_rouge.add_argument("--method", action="append", dest="methods", choices=METHOD_NAMES,
                          metavar="NAME", help=_method_help("a method to score; repeat for several"))
    ev_rouge.add_argument("--sentences", type=positive_int, default=3, metavar="N",
                          help="summary length in sentences (default: %(default)s)")
    ev_rouge.add_argument("--dump", default=None, metavar="OUT.jsonl",
                          help="also write each article's summary to this file")
    ev_rouge.add_argument("--cv", type=positive_int, default=None, metavar="K",
                          help="repeated K-fold cross-validation against Lead-3 (default: all methods)")
    ev_rouge.add_argument("--repeats", type=positive_int, default=5, metavar="N",
                          help="shuffles for --cv (default: %(default)s)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _run(parser, args)
    except MissingExtra as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # a file that cannot be read or written: say which, no traceback
        where = f"{error.filename}: " if error.filename else ""
        print(f"{parser.prog}: error: {where}{error.strerror or error}", file=sys.stderr)
        return 1


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    # Imports are local so that `--help` and each command load only what they need.
    if args.command == "analyze":
        from .analyze import analyze_command

        return analyze_command(args.file)
    if args.command == "build":
        if args.executor == "dask":
            require_extra("dask", "--executor dask")
        from .build import BuildFlags, build_command

        return build_command(args.out, args.config, BuildFlags(
            seeds=args.seeds, cache_dir=args.cache_dir, no_cache=args.no_cache, executor=args.executor,
            workers=args.workers, dask_address=args.dask_address, progress=not args.no_progress,
            date_order=args.date_order))
    if args.command == "summarize":
        from .summarize import summarize_command

        return summarize_command(args.file, args.method, args.sentences)
    if args.command == "timeml":
        from ..temporal.timeml import timeml_command

        return timeml_command(args.inputs, args.out)
    if args.command == "evaluate" and args.kind == "timeml":
        from ..evaluation.timeml_score import evaluate_timeml_command

        return evaluate_timeml_command(args.gold_dir, args.system_dir, errors=args.errors)
    if args.command == "timeline":
        if args.start and args.end and args.start > args.end:
            parser.error("--from is after --to")
        from .timeline import timeline_command
        from ..tls.model import TlsSettings

        settings = TlsSettings(dates=args.dates, sentences=args.sentences, start=args.start,
                               end=args.end, keywords=tuple(args.keywords))
        return timeline_command(args.inputs, args.out, settings,
                                None if args.no_cache else args.cache_dir, args.workers)
    if args.command == "evaluate" and args.kind == "tls":
        require_extra("tls", "evaluate tls")
        from ..evaluation.tls_score import evaluate_tls_command

        return evaluate_tls_command(args.system, args.reference)
    if args.command == "evaluate" and args.kind == "rouge":
        require_extra("evaluate", "evaluate rouge")
        from ..evaluation.rouge_score import evaluate_rouge_command

        return evaluate_rouge_command(args.file, args.methods, args.sentences, args.dump, args.cv, args.repeats)
    raise AssertionError(f"unhandled command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
