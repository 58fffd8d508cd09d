"""How the build scales on a real corpus: the 2225 BBC News articles.

    python benchmarks/scale.py [--data DIR] [--sample N] [--workers N] [--profile]

Prints, in one run on the same machine (compare the ratios, not the seconds, on a
shared machine):

1. render-only floor: MkDocs + Material + search rendering the same pre-generated
   Markdown pages and data files, without the plugin;
2. cold build (empty analysis cache): total, analysis, site generation, MkDocs render;
   articles/s;
3. warm rebuild after touching one article;
4. the naive baseline (dateparser.search_dates + sumy LexRank per article) on a sample,
   against our analysis of the same sample, both serial in this process;
5. the size of site/ (MB, KB per article) and peak memory (largest process of a build,
   from resource.getrusage of the waited-for children).

With --profile, a cProfile of a cold serial build (one process, no cache) follows,
summed by stage.

The articles are copied to a temporary folder first: the shared data is never touched.
Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bbc-news" / "articles"
sys.path.insert(0, str(ROOT))

PLUGIN_LINE = re.compile(
    r"news-timelines: (\d+) article\(s\).*?; (\d+) analysed, (\d+) from cache in ([\d.]+) s; "
    r"site generated in ([\d.]+) s")


# -- running builds --------------------------------------------------------------------


def write_config(work: Path, name: str, seeds: Path | None, cache: Path | None,
                 docs: Path, workers: int | None) -> Path:
    """A copy of the project's mkdocs.yml pointing at `docs`; with `seeds`, the plugin
    builds from them; without, the plugin is left out (the render-only floor)."""
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    text = text.replace("docs_dir: docs", f"docs_dir: {docs}")
    plugin = "  - news-timelines:\n      seeds_dir: seeds\n"
    assert plugin in text, "mkdocs.yml changed shape; update benchmarks/scale.py"
    if seeds is None:
        text = text.replace(plugin, "")
    else:
        options = f"      seeds_dir: {seeds}\n      cache_dir: {cache}\n      progress: false\n"
        if workers:
            options += f"      workers: {workers}\n"
        text = text.replace(plugin, "  - news-timelines:\n" + options)
    path = work / f"{name}.yml"
    path.write_text(text, "utf-8")
    return path


_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - started
sys.stderr.write(done.stderr)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{done.returncode} {seconds} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
"""


CPU: dict[str, list[float]] = {}


def measured(command: list[str], label: str = "") -> tuple[float, float, str]:
    """Run `command` in a fresh intermediate process, so that the peak memory is that
    of this command's processes only: (seconds, peak MB, stderr). The CPU seconds of
    all its processes are noted under `label`: less disturbed by neighbours than wall
    time."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True,
                          text=True, env=env, cwd=ROOT)
    code, seconds, peak, cpu = done.stdout.split()
    CPU.setdefault(label, []).append(float(cpu))
    if code != "0":
        sys.exit(f"failed: {' '.join(command)}\n{done.stderr[-3000:]}")
    return float(seconds), int(peak) / 1024, done.stderr


def mkdocs_build(config: Path, site: Path, label: str) -> tuple[float, float, dict[str, float]]:
    seconds, peak, log = measured([sys.executable, "-m", "mkdocs", "build", "-f", str(config),
                                   "-d", str(site)], label)
    found = PLUGIN_LINE.search(log)
    stats = {}
    if found:
        stats = {"articles": int(found[1]), "analysed": int(found[2]), "cached": int(found[3]),
                 "load": float(found[4]), "generate": float(found[5])}
    return seconds, peak, stats


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# -- the naive baseline ------------------------------------------------------------------


def naive_against_ours(seeds: Path, sample: int) -> tuple[int, float, float]:
    """ms per article: naive (search_dates + LexRank) and ours (`analyse`), serially,
    on the same articles, ingestion excluded from both."""
    from dateparser.search import search_dates
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    from generator.analysis import analyse
    from generator.ingest import load_article
    from generator.text import OfflineTokenizer

    files = sorted(seeds.rglob("*.txt"))
    step = max(1, len(files) // sample)
    articles = [load_article(path) for path in files[::step][:sample]]
    analyse(articles[-1])  # warm up imports and tables, for both sides alike
    search_dates("warm up last May", languages=["en"])

    started = time.perf_counter()
    for article in articles:
        analyse(article)
    ours = time.perf_counter() - started

    tokenizer = OfflineTokenizer()
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    started = time.perf_counter()
    for article in articles:
        search_dates(article.text, languages=["en"])
        summarizer(PlaintextParser.from_string(article.text, tokenizer).document, 3)
    naive = time.perf_counter() - started
    return len(articles), 1000 * naive / len(articles), 1000 * ours / len(articles)


def pool_against_serial(seeds: Path, workers: int) -> tuple[float, float]:
    """Seconds to read and analyse the whole corpus in this process, no cache: serially,
    then on the process pool. If a neighbour holds a core, the pool cannot gain."""
    from generator.analysis import AnalysisSettings
    from generator.site.corpus import LoadOptions, load_corpus

    times = []
    for executor in ("serial", "process"):
        started = time.perf_counter()
        load_corpus(seeds, AnalysisSettings(), LoadOptions(executor=executor, workers=workers))
        times.append(time.perf_counter() - started)
    return times[0], times[1]


# -- the profile ------------------------------------------------------------------------

STAGES = [  # (label, file part, function name): cumulative time of each, in one process
    ("discover + read + clean (ingest)", "generator/ingest.py", "load_article"),
    ("sentence splitting", "generator/text.py", "split_sentences"),
    ("time expressions (temporal.extract)", "generator/temporal/engine.py", "extract"),
    ("summary", "generator/summarize/__init__.py", "summarize"),
    ("analysis total (analyse)", "generator/analysis.py", "analyse"),
    ("analysis cache writes", "generator/cache.py", "put"),
    ("data files (JSON)", "generator/site/__init__.py", "_compact_json"),
    ("article pages (Jinja2)", "generator/site/pages.py", "article_page"),
    ("browse pages", "generator/site/navigation.py", "browse_pages"),
    ("timeline pages", "generator/site/navigation.py", "timeline_pages"),
    ("plugin on_files (all of the above)", "generator/mkdocs_plugin.py", "on_files"),
    ("MkDocs: Markdown → HTML", "mkdocs/structure/pages.py", "render"),
    ("MkDocs: theme templates", "mkdocs/commands/build.py", "_build_template"),
    ("MkDocs: write pages", "mkdocs/utils/__init__.py", "write_file"),
    ("search plugin: index pages", "material/plugins/search/plugin.py", "on_page_context"),
    ("search plugin: write index", "material/plugins/search/plugin.py", "on_post_build"),
    ("MkDocs: copy static files", "mkdocs/structure/files.py", "copy_file"),
    ("MkDocs build total", "mkdocs/commands/build.py", "build"),
]


def profile_cold_build(work: Path, seeds: Path) -> None:
    import pstats

    cache = work / "profile-cache"
    config = write_config(work, "profile", seeds, cache, ROOT / "docs", workers=1)
    out = work / "cold.prof"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "mkdocs", "build",
                    "-q", "-f", str(config), "-d", str(work / "profile-site")],
                   check=True, env=env, cwd=ROOT, capture_output=True)
    stats = pstats.Stats(str(out)).stats  # type: ignore[attr-defined]
    total = max(ct for (_, _, _, ct, _) in stats.values())
    print(f"\nProfile of a cold serial build (cProfile, one process; {total:.1f} s under the "
          "profiler, which slows Python code more than C code):")
    print(f"| {'stage':<40} | {'cumulative s':>12} | {'share':>6} |")
    print(f"|{'-' * 42}|{'-' * 14}|{'-' * 8}|")
    for label, file_part, name in STAGES:
        seconds = sum(ct for (file, _, func), (_, _, _, ct, _) in stats.items()
                      if func == name and file.endswith(file_part))
        print(f"| {label:<40} | {seconds:>12.2f} | {100 * seconds / total:>5.0f}% |")
    print("\nTop 15 functions by own time:")
    pstats.Stats(str(out)).sort_stats("tottime").print_stats(15)


# -- main -------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=int, default=200, help="articles for the naive baseline")
    parser.add_argument("--workers", type=int, default=None, help="default: one per core")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each build, fastest kept")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="keep the work folder here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="nt-scale-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    seeds = work / "seeds"
    if seeds.exists():
        shutil.rmtree(seeds)
    shutil.copytree(args.data, seeds)
    n_files = sum(1 for p in seeds.rglob("*") if p.is_file())
    from generator.executors import default_workers
    workers = args.workers or default_workers()
    print(f"corpus: {n_files} files from {args.data}; {workers} worker(s); "
          f"{os.cpu_count()} core(s); Python {sys.version.split()[0]}")

    # Pre-generated Markdown for the render-only floor (its own cache: the cold build
    # below must start from an empty one).
    pages = work / "floor-docs"
    shutil.rmtree(pages, ignore_errors=True)
    shutil.copytree(ROOT / "docs", pages)
    subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out",
                    str(pages), "--cache-dir", str(work / "floor-cache"), "--no-progress"],
                   check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                   capture_output=True)
    floor_config = write_config(work, "floor", None, None, pages, None)
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    build_config = write_config(work, "build", seeds, cache, ROOT / "docs", args.workers)

    # Interleaved and repeated: on a shared machine the fastest of each is the best
    # estimate of its uncontended time, and neighbours slow all kinds alike.
    floors, colds, warms = [], [], []
    touchable = sorted(seeds.rglob("*.txt"))
    for run in range(args.repeat):
        floors.append(mkdocs_build(floor_config, work / "site-floor", "floor"))
        shutil.rmtree(cache, ignore_errors=True)
        colds.append(mkdocs_build(build_config, work / "site", "cold"))
        touched = touchable[(run + 1) * len(touchable) // (args.repeat + 1)]
        touched.write_text(touched.read_text("latin-1") + "\nThe talks resume on 3 May 2005.\n",
                           "latin-1")
        warms.append(mkdocs_build(build_config, work / "site", "warm"))
    floor, floor_peak, _ = min(floors, key=lambda r: r[0])
    cold, cold_peak, cold_stats = min(colds, key=lambda r: r[0])
    warm, warm_peak, warm_stats = min(warms, key=lambda r: r[0])
    cold_peak = max(r[1] for r in colds)
    site_bytes = size_of(work / "site")
    floor_bytes = size_of(work / "site-floor")
    search_bytes = size_of(work / "site" / "search")
    sample, naive_ms, ours_ms = naive_against_ours(seeds, args.sample)
    serial_s, pool_s = pool_against_serial(seeds, workers)

    def runs(results) -> str:
        return ", ".join(f"{r[0]:.1f}" for r in results)

    articles = cold_stats.get("articles", n_files)
    load, generate = cold_stats.get("load", 0.0), cold_stats.get("generate", 0.0)
    render = cold - generate
    rows = [
        ("render-only floor (MkDocs, pre-generated pages)",
         f"{floor:.1f} s (runs: {runs(floors)})", "1.00 × floor", ""),
        ("cold build, empty cache: total", f"{cold:.1f} s (runs: {runs(colds)})",
         f"{cold / floor:.2f} × floor", "≤ 3 ×"),
        ("cold build in CPU seconds (all processes, fastest run)",
         f"{min(CPU['cold']):.1f} s", f"{min(CPU['cold']) / min(CPU['floor']):.2f} × floor", ""),
        ("  analysis (read + analyse + cache write)", f"{load:.1f} s",
         f"{articles / load:.0f} articles/s" if load else "", ""),
        ("  site generation after analysis (pages)", f"{generate - load:.1f} s", "", ""),
        ("  MkDocs render + startup", f"{render:.1f} s", f"{articles / cold:.0f} articles/s overall", ""),
        (f"warm rebuild, 1 article touched ({warm_stats.get('analysed', '?')} analysed, "
         f"{warm_stats.get('cached', '?')} cached)", f"{warm:.1f} s (runs: {runs(warms)})",
         f"{warm / floor:.2f} × floor", "≤ 1.3 ×"),
        ("warm rebuild in CPU seconds (all processes, fastest run)",
         f"{min(CPU['warm']):.1f} s vs floor {min(CPU['floor']):.1f} s",
         f"{min(CPU['warm']) / min(CPU['floor']):.2f} × floor", "≤ 1.3 ×"),
        ("  of which plugin (cache reads + analysis + pages)", f"{warm_stats.get('generate', 0):.1f} s",
         "", ""),
        (f"naive analysis (search_dates + LexRank), {sample} articles", f"{naive_ms:.1f} ms/article",
         "", ""),
        ("our analysis, same articles, serial", f"{ours_ms:.1f} ms/article",
         f"{naive_ms / ours_ms:.1f} × faster", "≥ 5 ×"),
        ("our analysis in the cold build (wall, all workers)", f"{1000 * load / articles:.1f} ms/article",
         f"{naive_ms / (1000 * load / articles):.1f} × faster than naive" if load else "", ""),
        (f"analysis of the corpus in-process: serial vs pool of {workers}",
         f"{serial_s:.1f} s vs {pool_s:.1f} s", f"{serial_s / pool_s:.2f} × speed-up", ""),
        ("site/ size", f"{site_bytes / 1e6:.1f} MB", f"{site_bytes / articles / 1000:.1f} KB/article",
         "< 40 KB"),
        ("  of which search index", f"{search_bytes / 1e6:.1f} MB", "", ""),
        ("  render-only floor site", f"{floor_bytes / 1e6:.1f} MB", "", ""),
        ("peak memory, largest process (cold / warm / floor)",
         f"{cold_peak:.0f} / {warm_peak:.0f} / {floor_peak:.0f} MB", "", "< 1 GB"),
    ]
    print()
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    heads = ("measure", "value", "ratio", "aim")
    widths = [max(w, len(h)) for w, h in zip(widths, heads)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(heads, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
    print("\n" + json.dumps({"floor_s": floor, "cold_s": cold, "warm_s": warm, "analysis_s": load,
                             "naive_ms": naive_ms, "ours_ms": ours_ms, "site_mb": site_bytes / 1e6,
                             "peak_mb": cold_peak}))
    if args.profile:
        profile_cold_build(work, seeds)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
