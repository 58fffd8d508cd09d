"""How the build scales, against a plain Material site of the same texts.

    python benchmarks/scale.py [--data DIR] [--base REF] [--repeat N] [--sizes MB,...]
                               [--no-sizes] [--no-messy] [--naive] [--profile]

Everything is measured in one run on the same machine; compare the ratios, not the
seconds (the machine may be shared). It prints:

1. the floor: a plain Material site of the same texts (one Markdown page per article,
   its title and paragraphs; the project's mkdocs.yml without our plugin), each time
   built from nothing and again over its own site/, the faster kept);
2. our cold build (no analysis cache, no site/: a fresh clone) and our rebuild after
   one article changed (over the site/ of the build before), as multiples of the
   floor (wall and CPU seconds), the size of site/ per article and the peak memory of
   the largest process; with `--base REF`, the same for a git
   worktree of REF (the code before a change), in the same run;
3. single-article builds of 100 KB, 1 MB and 10 MB, each as one line without
   punctuation and as prose (BBC texts joined), and the 10 MB / 1 MB ratio (linear
   time means about 10);
4. a messy folder: the seed, a 105 KB article on one line, a 15 KB article without
   punctuation and 16 small broken files;
5. with --naive, the naive analysis (dateparser `search_dates` + sumy LexRank per
   article) against ours; with --profile, a cProfile of our cold build by stage.

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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bbc-news" / "articles"
sys.path.insert(0, str(ROOT))

# The drawn timeline's library, where a build in the repository finds it (the configs
# below live in a temporary folder).
NODE_MODULES = str(next((p / "node_modules" for p in [ROOT, *ROOT.parents]
                         if (p / "node_modules" / "vis-timeline").is_dir()), ROOT / "node_modules"))
PLUGIN_BLOCK = re.compile(r"  - news-timelines:\n(?:      .*\n)*")


@dataclass(frozen=True)
class Tree:
    """A checkout of the project whose plugin is measured."""

    label: str
    root: Path


@dataclass(frozen=True)
class Run:
    seconds: float  # wall
    cpu: float  # user + system of all processes of the build
    peak_mb: float  # largest process
    log: str
    ok: bool = True


# -- running builds --------------------------------------------------------------------


def write_config(tree: Tree, path: Path, docs: Path, seeds: Path | None,
                 cache: Path | None = None, workers: int | None = None) -> Path:
    """The tree's mkdocs.yml pointing at `docs`; with `seeds`, our plugin builds from
    them (cache at `cache`, none if None); without, the plugin is left out: the floor."""
    text = (tree.root / "mkdocs.yml").read_text("utf-8")
    text = re.sub(r"(?m)^docs_dir: .*$", f"docs_dir: {docs}", text)
    assert PLUGIN_BLOCK.search(text), "mkdocs.yml changed shape; update benchmarks/scale.py"
    if seeds is None:
        text = PLUGIN_BLOCK.sub("", text)
    else:
        options = f"      seeds_dir: {seeds}\n      progress: false\n"
        options += f"      cache_dir: {cache}\n" if cache else "      cache: false\n"
        if workers:
            options += f"      workers: {workers}\n"
        text = PLUGIN_BLOCK.sub(lambda _: "  - news-timelines:\n" + options, text)
    path.write_text(text, "utf-8")
    return path


_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
try:
    done = subprocess.run(sys.argv[2:], capture_output=True, text=True, timeout=float(sys.argv[1]))
    code, err = done.returncode, done.stderr
except subprocess.TimeoutExpired as stopped:
    code, err = "timeout", (stopped.stderr or b"").decode("utf-8", "replace")
seconds = time.perf_counter() - started
sys.stderr.write(err)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{code} {seconds} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
"""


def measured(command: list[str], tree: Tree, timeout: float = 3600) -> Run:
    """Run `command` in a fresh intermediate process, so that peak memory and CPU are
    this command's only. A build that exceeds `timeout` is stopped: ok=False."""
    env = {**os.environ, "PYTHONPATH": str(tree.root), "NO_MKDOCS_2_WARNING": "1",
           "NEWS_TIMELINES_NODE_MODULES": NODE_MODULES}
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(timeout), *command],
                          capture_output=True, text=True, env=env, cwd=tree.root)
    code, seconds, peak, cpu = done.stdout.split()
    if code not in ("0", "timeout"):
        sys.exit(f"failed: {' '.join(command)}\n{done.stderr[-3000:]}")
    return Run(float(seconds), float(cpu), int(peak) / 1024, done.stderr, code == "0")


def mkdocs_build(config: Path, site: Path, tree: Tree, timeout: float = 3600) -> Run:
    return measured([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config),
                     "-d", str(site)], tree, timeout)


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def base_tree(ref: str, work: Path) -> Tree:
    """A detached git worktree of `ref`, run with this venv's packages."""
    where = work / "base"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(where),
                    ref], check=True, capture_output=True)
    commit = subprocess.run(["git", "-C", str(where), "rev-parse", "--short", "HEAD"],
                            check=True, capture_output=True, text=True).stdout.strip()
    return Tree(f"base {commit}", where)


def drop_base_tree(tree: Tree) -> None:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree.root)],
                   capture_output=True)


# -- inputs -----------------------------------------------------------------------------


def plain_site_docs(seeds: Path, docs: Path) -> int:
    """The floor's docs folder: the hand-written pages, and one Markdown page per
    article with its title and paragraphs, as a user of a plain site would write it."""
    from generator.reading.ingest import IngestError, load_article

    shutil.copytree(ROOT / "docs", docs)
    count = 0
    for path in sorted(p for p in seeds.rglob("*") if p.is_file()):
        try:
            article = load_article(path)
        except IngestError:
            continue
        paragraphs = [p.strip() for p in article.text.split("\n\n") if p.strip()]
        # Named by the file's path: the BBC folders reuse file names (business/001.txt,
        # sport/001.txt), so one page per article needs the folder in the name.
        page = docs / "articles" / path.relative_to(seeds).with_suffix(".md")
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# {article.title}\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
        count += 1
    return count


def prose(seeds: Path, size: int) -> str:
    """`size` bytes of real news prose: the corpus's texts, joined, repeated if need be."""
    files = sorted(seeds.rglob("*.txt"))
    parts, total, i = [], 0, 0
    while total < size:
        text = files[i % len(files)].read_text("latin-1").strip() + "\n\n"
        parts.append(text)
        total += len(text.encode("utf-8"))
        i += 1
    return "".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")


def one_line_without_punctuation(text: str) -> str:
    words = re.sub(r"[^\w\s]", "", text).split()
    return " ".join(words) + "\n"


def one_line(text: str) -> str:
    return " ".join(text.split()) + "\n"


BROKEN = {  # 16 small files a real seeds folder may hold, each read or reported
    "empty.txt": b"",
    "blank.txt": b"   \n\n  \n",
    "binary.txt": bytes(range(256)) * 4,
    "photo.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "scan.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    "notes.docx": b"PK\x03\x04" + b"\x00" * 64,
    "latin1.txt": "Caf\u00e9 owners met on 3 May 2005 in M\u00fcnchen.\n".encode("latin-1"),
    "utf16.txt": "Talks resume on 4 June 2005.\n".encode("utf-16"),
    "bad-front-matter.md": b"---\ntitle: [unclosed\ndate: 2005-13-45\n---\nText.\n",
    "front-matter-only.md": b"---\ntitle: Nothing else\n---\n",
    "empty.html": b"<html><head></head><body></body></html>",
    "script.html": b"<html><body><script>alert(1)</script></body></html>",
    ".hidden.txt": b"A hidden note from 2004.\n",
}
LINKS = {"missing.txt": "does-not-exist.txt", "loop.txt": "loop.txt", "outside.txt": "/etc/hostname"}


def messy_folder(seeds: Path, folder: Path) -> None:
    folder.mkdir(parents=True)
    for seed in sorted((ROOT / "seeds").iterdir()):
        if seed.is_file():
            shutil.copy(seed, folder / seed.name)
    (folder / "one-line.txt").write_text(one_line(prose(seeds, 105_000)), "utf-8")
    (folder / "no-punctuation.txt").write_text(
        "\n".join(one_line_without_punctuation(p) for p in prose(seeds, 15_000).split("\n\n")),
        "utf-8")
    for name, content in BROKEN.items():
        (folder / name).write_bytes(content)
    for name, target in LINKS.items():
        (folder / name).symlink_to(target)


# -- the naive baseline and the profile --------------------------------------------------


def naive_against_ours(seeds: Path, sample: int) -> tuple[int, float, float]:
    """ms per article: naive (search_dates + LexRank) and ours (`analyse`), serially,
    on the same articles, ingestion excluded from both."""
    from dateparser.search import search_dates
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    from generator.analysing.analysis import analyse
    from generator.reading.ingest import load_article
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


STAGES = [  # (label, file part, function name): cumulative time of each, in one process
    ("read + clean (ingest)", "generator/reading/ingest.py", "load_article"),
    ("analysis (analyse)", "generator/analysing/analysis.py", "analyse"),
    ("article pages (Jinja2)", "generator/site/pages.py", "article_page"),
    ("browse + timeline pages", "generator/site/navigation.py", "browse_pages"),
    ("plugin on_files (all of the above)", "generator/plugin/mkdocs_plugin.py", "on_files"),
    ("MkDocs: Markdown → HTML (Python-Markdown)", "mkdocs/structure/pages.py", "render"),
    ("MkDocs: our pages as HTML", "generator/plugin/mkdocs_pages.py", "render"),
    ("MkDocs: theme templates", "mkdocs/commands/build.py", "_build_template"),
    ("search plugin: index pages", "material/plugins/search/plugin.py", "on_page_context"),
    ("search plugin: write index", "material/plugins/search/plugin.py", "on_post_build"),
    ("MkDocs: write pages", "mkdocs/utils/__init__.py", "write_file"),
    ("MkDocs build total", "mkdocs/commands/build.py", "build"),
]


def profile_cold_build(tree: Tree, work: Path, seeds: Path) -> None:
    import pstats

    name = tree.label.replace(" ", "-")
    config = write_config(tree, work / f"profile-{name}.yml", tree.root / "docs", seeds,
                          None, workers=1)
    out = work / f"{name}.prof"
    env = {**os.environ, "PYTHONPATH": str(tree.root), "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "mkdocs", "build",
                    "-q", "-f", str(config), "-d", str(work / "profile-site")],
                   check=True, env=env, cwd=tree.root, capture_output=True)
    stats = pstats.Stats(str(out)).stats  # type: ignore[attr-defined]
    total = max(ct for (_, _, _, ct, _) in stats.values())
    print(f"\nProfile of a cold serial build, {tree.label} (cProfile, one process, no cache; "
          f"{total:.1f} s under the profiler):")
    print(f"| {'stage':<42} | {'cumulative s':>12} | {'share':>6} |")
    print(f"|{'-' * 44}|{'-' * 14}|{'-' * 8}|")
    for label, file_part, func_name in STAGES:
        seconds = sum(ct for (file, _, func), (_, _, _, ct, _) in stats.items()
                      if func == func_name and file.endswith(file_part))
        print(f"| {label:<42} | {seconds:>12.2f} | {100 * seconds / total:>5.0f}% |")


# -- main -------------------------------------------------------------------------------


def table(heads: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [heads, *rows]) for i in range(len(heads))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(heads, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths)) + " |")


def corpus_builds(trees: list[Tree], work: Path, seeds: Path, repeat: int,
                  workers: int | None) -> dict:
    floor_docs = work / "floor-docs"
    shutil.rmtree(floor_docs, ignore_errors=True)
    pages = plain_site_docs(seeds, floor_docs)
    floor_tree = Tree("floor", ROOT)
    floor_config = write_config(floor_tree, work / "floor.yml", floor_docs, None)
    configs = {t.label: write_config(t, work / f"{t.label.replace(' ', '-')}.yml",
                                     t.root / "docs", seeds, work / f"cache-{t.label}".replace(" ", "-"),
                                     workers) for t in trees}
    # Interleaved and repeated: on a shared machine neighbours slow all kinds alike, and
    # the fastest run of each is the best estimate of its uncontended time.
    runs: dict[str, list[Run]] = {"floor": []}
    touchable = sorted(seeds.rglob("*.txt"))
    for r in range(repeat):
        # The floor once from nothing and once over its own site/ (MkDocs then cleans
        # it first); the faster of all its runs is the floor both ratios divide by.
        shutil.rmtree(work / "site-floor", ignore_errors=True)
        runs["floor"].append(mkdocs_build(floor_config, work / "site-floor", floor_tree))
        runs["floor"].append(mkdocs_build(floor_config, work / "site-floor", floor_tree))
        for t in trees:
            # Cold: a fresh clone, no analysis cache and no site/.
            shutil.rmtree(work / f"cache-{t.label}".replace(" ", "-"), ignore_errors=True)
            shutil.rmtree(work / f"site-{t.label}".replace(" ", "-"), ignore_errors=True)
            runs.setdefault(f"cold {t.label}", []).append(
                mkdocs_build(configs[t.label], work / f"site-{t.label}".replace(" ", "-"), t))
        touched = touchable[(r + 1) * len(touchable) // (repeat + 1)]
        touched.write_text(touched.read_text("latin-1") + "\nThe talks resume on 3 May 2005.\n",
                           "latin-1")
        for t in trees:
            runs.setdefault(f"warm {t.label}", []).append(
                mkdocs_build(configs[t.label], work / f"site-{t.label}".replace(" ", "-"), t))
    best = {k: min(v, key=lambda run: run.seconds) for k, v in runs.items()}
    cpu = {k: min(run.cpu for run in v) for k, v in runs.items()}
    peak = {k: max(run.peak_mb for run in v) for k, v in runs.items()}
    floor = best["floor"]
    print(f"\nCorpus builds ({pages} articles; each build {repeat}×, interleaved, fastest kept; "
          "ratio = time / floor's time):")
    heads = ["measure", "floor (plain Material site)", *[t.label for t in trees], "aim"]
    rows = [["cold build (wall)", f"{floor.seconds:.1f} s",
             *[f"{best['cold ' + t.label].seconds:.1f} s = "
               f"{best['cold ' + t.label].seconds / floor.seconds:.2f} ×" for t in trees], "≤ 1.5 ×"],
            ["cold build (CPU, all processes)", f"{cpu['floor']:.1f} s",
             *[f"{cpu['cold ' + t.label]:.1f} s = {cpu['cold ' + t.label] / cpu['floor']:.2f} ×"
               for t in trees], ""],
            ["rebuild, one article changed (wall)", f"{floor.seconds:.1f} s",
             *[f"{best['warm ' + t.label].seconds:.1f} s = "
               f"{best['warm ' + t.label].seconds / floor.seconds:.2f} ×" for t in trees], "≤ 1.1 ×"],
            ["rebuild, one article changed (CPU)", f"{cpu['floor']:.1f} s",
             *[f"{cpu['warm ' + t.label]:.1f} s = {cpu['warm ' + t.label] / cpu['floor']:.2f} ×"
               for t in trees], ""]]
    sizes = {"floor": size_of(work / "site-floor")}
    for t in trees:
        sizes[t.label] = size_of(work / f"site-{t.label}".replace(" ", "-"))
    rows.append(["site/ per article", f"{sizes['floor'] / pages / 1000:.1f} KB",
                 *[f"{sizes[t.label] / pages / 1000:.1f} KB ({sizes[t.label] / 1e6:.0f} MB)"
                   for t in trees], "≤ 35 KB"])
    rows.append(["peak memory, largest process", f"{peak['floor']:.0f} MB",
                 *[f"{max(peak['cold ' + t.label], peak['warm ' + t.label]):.0f} MB" for t in trees],
                 "< 1 GB"])
    table(heads, rows)
    print("runs (s): " + "; ".join(f"{k}: " + ", ".join(f"{r.seconds:.1f}" for r in v)
                                   for k, v in runs.items()))
    return {"floor_s": floor.seconds,
            **{f"cold_{t.label}": best["cold " + t.label].seconds / floor.seconds for t in trees},
            **{f"warm_{t.label}": best["warm " + t.label].seconds / floor.seconds for t in trees},
            **{f"kb_per_article_{t.label}": sizes[t.label] / pages / 1000 for t in trees}}


def shown(run: Run | None) -> str:
    if run is None:
        return "not run"
    if not run.ok:
        return f"> {run.seconds:.0f} s (stopped)"
    return f"{run.seconds:.1f} s, {run.peak_mb:.0f} MB"


def single_article_builds(trees: list[Tree], work: Path, seeds: Path, sizes_mb: list[float],
                          base_limit_mb: float, timeout: float) -> dict:
    texts = {}
    for mb in sizes_mb:
        text = prose(seeds, int(mb * 1_000_000))
        texts[("one line, no punctuation", mb)] = one_line_without_punctuation(text)
        texts[("prose", mb)] = text
    results: dict[tuple[str, str, float], Run | None] = {}
    print("\nOne article alone, as each build ends:", flush=True)
    for (kind, mb), text in texts.items():
        folder = work / "single" / f"{kind[:5].strip(',')}-{mb}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        (folder / "article.txt").write_text(text, "utf-8")
        for t in trees:
            if t is not trees[-1] and mb > base_limit_mb:
                results[(t.label, kind, mb)] = None
                continue
            config = write_config(t, work / "single.yml", t.root / "docs", folder, None)
            results[(t.label, kind, mb)] = mkdocs_build(config, work / "site-single", t,
                                                        timeout)
            print(f"  {t.label}, {kind}, {mb:g} MB: {shown(results[(t.label, kind, mb)])}",
                  flush=True)  # as it comes: the large builds take minutes
    print("\nOne article alone (cold, no cache; wall time, peak memory of the largest process):")
    heads = ["article", *[t.label for t in trees]]
    rows = [[f"{kind}, {mb:g} MB", *[shown(results[(t.label, kind, mb)]) for t in trees]]
            for (kind, mb) in texts]
    table(heads, rows)
    out = {}
    ours = trees[-1].label
    if 1 in sizes_mb and 10 in sizes_mb:
        for kind in ("one line, no punctuation", "prose"):
            small, large = results[(ours, kind, 1)], results[(ours, kind, 10)]
            if small and large and small.ok and large.ok:
                ratio = large.seconds / small.seconds
                out[f"10MB_over_1MB_{kind}"] = ratio
                print(f"{ours}, {kind}: 10 MB / 1 MB = {ratio:.1f} × (linear: about 10)")
    return out


def messy_build(trees: list[Tree], work: Path, seeds: Path, timeout: float) -> dict:
    folder = work / "messy"
    shutil.rmtree(folder, ignore_errors=True)
    messy_folder(seeds, folder)
    print("\nMessy folder (the seed, a 105 KB one-line article, a 15 KB article without "
          "punctuation, 16 small broken files; cold, no cache):")
    out = {}
    for t in trees:
        config = write_config(t, work / "messy.yml", t.root / "docs", folder, None)
        run = mkdocs_build(config, work / "site-messy", t, timeout)
        print(f"  {t.label}: {shown(run)}", flush=True)
        out[f"messy_{t.label}"] = run.seconds
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--base", default=None,
                        help="also measure this git commit (a temporary worktree), in the same run")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each corpus build")
    parser.add_argument("--workers", type=int, default=None, help="default: one per core")
    parser.add_argument("--sizes", default="0.1,1,10", help="single-article sizes in MB")
    parser.add_argument("--base-sizes-up-to", type=float, default=0.1,
                        help="largest single article built by --base (the old code is slow)")
    parser.add_argument("--timeout", type=float, default=600, help="stop a build after this")
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--no-sizes", action="store_true")
    parser.add_argument("--no-messy", action="store_true")
    parser.add_argument("--naive", action="store_true", help="naive analysis against ours")
    parser.add_argument("--sample", type=int, default=200, help="articles for --naive")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="keep the work folder here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="nt-scale-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    seeds = work / "seeds"
    shutil.rmtree(seeds, ignore_errors=True)
    shutil.copytree(args.data, seeds)
    trees = [Tree("this tree", ROOT)]
    if args.base:
        trees.insert(0, base_tree(args.base, work))
    n_files = sum(1 for p in seeds.rglob("*") if p.is_file())
    print(f"corpus: {n_files} files from {args.data}; {os.cpu_count()} core(s); "
          f"Python {sys.version.split()[0]}; load average {os.getloadavg()[0]:.1f}; "
          f"trees: {', '.join(t.label for t in trees)}")
    figures: dict = {}
    try:
        if not args.no_corpus:
            figures.update(corpus_builds(trees, work, seeds, args.repeat, args.workers))
        if not args.no_messy:
            figures.update(messy_build(trees, work, seeds, args.timeout))
        if not args.no_sizes:
            sizes = [float(s) for s in args.sizes.split(",")]
            figures.update(single_article_builds(trees, work, seeds, sizes,
                                                 args.base_sizes_up_to, args.timeout))
        if args.naive:
            sample, naive_ms, ours_ms = naive_against_ours(seeds, args.sample)
            print(f"\nnaive analysis (search_dates + LexRank), {sample} articles: {naive_ms:.1f} "
                  f"ms/article; ours: {ours_ms:.1f} ms/article ({naive_ms / ours_ms:.1f} × faster)")
        if args.profile:
            for t in trees:
                profile_cold_build(t, work, seeds)
        print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
        print(json.dumps(figures))
    finally:
        for t in trees[:-1]:
            drop_base_tree(t)
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
