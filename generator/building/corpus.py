"""Turn the files of a seeds folder into analyses, or problems that say why not.

Every file is accounted for: it becomes an article or a `Problem` with a reason.

Each file is looked up in the analysis cache first; the others are read and analysed
by `analyse_file`, a plain function of one file, on the chosen executor (a process
pool by default), which also stores what it found in the cache. Results are put back
in file order, so the corpus is the same however many workers built it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from ..analysing.analysis import AnalysisSettings, analyse
from .cache import AnalysisCache, code_version, entry_key, settings_fingerprint
from .executors import DEFAULT_EXECUTOR, map_ordered
from ..reading.readers.jsonl import LineRef, line_refs, read_line
from ..reading.ingest import BULK_SUFFIXES, IngestError, load_article, load_jsonl_article
from ..reading.limits import DEFAULT_LIMITS, Limits, describe_size
from .settings import LoadOptions
from ..model import Analysis
from .progress import progress_bar
from .discover import Problem, discover




@dataclass(frozen=True, slots=True)
class CorpusStats:
    files: int = 0
    cached: int = 0
    analysed: int = 0
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class Corpus:
    analyses: tuple[Analysis, ...]
    problems: tuple[Problem, ...]
    stats: CorpusStats = field(default_factory=CorpusStats)
    keys: tuple[str | None, ...] = ()  # each analysis's cache key (None: not cached)


Task = tuple[str, str | None] | tuple[str, str | None, LineRef]


def analyse_file(task: Task, settings: AnalysisSettings,
                 cache_dir: str | None, version: str | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> Analysis | Problem:
    """Read and analyse one file (or one line of a `.jsonl` file, when the task names
    it), and cache the result under `key`. A plain function of one file: the unit of
    work for a process pool or a cluster.

    `version` is the code version the key was made with: a worker running other code
    (a cluster node not yet updated) must not store its results under that key."""
    path, key = task[0], task[1]
    line = task[2] if len(task) > 2 else None
    if version is not None and version != code_version():
        raise RuntimeError(f"worker code version {code_version()[:12]} differs from the "
                           f"build's {version[:12]}: install the same news-timelines on every worker")
    try:
        if line is None:
            article = load_article(Path(path), limits, settings.date_order)
        else:
            article = load_jsonl_article(Path(path), line.number, read_line(Path(path), line))
    except IngestError as error:
        return Problem(path if line is None else f"{path}:{line.number}", str(error))
    except OSError as error:
        return Problem(path, f"cannot read file: {error.strerror or error}")
    try:
        analysis = analyse(article, settings)
    except Exception as error:  # noqa: BLE001 - one odd article must not stop a 10,000-article build
        return Problem(path, f"analysis failed ({type(error).__name__}: {error}); please report it")
    if cache_dir is not None and key is not None and _unchanged(path, key, settings, line):
        AnalysisCache(cache_dir).put(key, analysis)
    return analysis


def _unchanged(path: str, key: str, settings: AnalysisSettings, line: LineRef | None = None) -> bool:
    """Whether the file still has the bytes the key was made from: one saved while the
    build ran (`mkdocs serve`) must not be stored under its old key."""
    try:
        data = Path(path).read_bytes() if line is None else read_line(Path(path), line)
    except OSError:
        return False
    name = path if line is None else f"{path}:{line.number}"
    return entry_key(data, name, settings_fingerprint(settings), code_version()) == key


def load_corpus(seeds: Path, settings: AnalysisSettings,
                options: LoadOptions = LoadOptions()) -> Corpus:
    started = time.perf_counter()
    seeds = Path(seeds)
    if seeds.is_file():  # one file named on the command line
        files, problems = [seeds], []
    else:
        files, problems = discover(seeds, options.limits)
    cache = AnalysisCache(options.cache_dir) if options.cache_dir is not None else None
    results: list[Analysis | Problem | None] = []
    keys: list[str | None] = []
    tasks: list[Task] = []
    slots: list[int] = []
    if cache is not None:
        version, settings_text = code_version(), settings_fingerprint(settings)
    else:
        version = settings_text = None
    for path in files:
        if path.suffix.lower() in BULK_SUFFIXES:
            _add_lines(path, cache, settings_text, version, options.limits, results, keys,
                       tasks, slots)
            continue
        i = len(results)
        results.append(None)
        keys.append(None)
        key = None
        if cache is not None:
            try:
                data = path.read_bytes()
            except OSError:
                data = None  # the worker reports why the file cannot be read
            # A file over the size limit is never served from the cache: the worker
            # refuses it and says why, whatever an earlier build with a higher limit stored.
            if data is not None and len(data) <= options.limits.max_article_bytes:
                key = entry_key(data, str(path), settings_text, version)
            keys[i] = key
            if key is not None and (hit := cache.get(key)) is not None:
                results[i] = hit
                continue
        tasks.append((str(path), key))
        slots.append(i)

    cached = sum(isinstance(result, Analysis) for result in results)
    bar = progress_bar(len(tasks), "analysing", options.progress)
    work = partial(analyse_file, settings=settings,
                   cache_dir=str(options.cache_dir) if cache is not None else None,
                   version=version if cache is not None else None, limits=options.limits)
    try:
        for slot, result in zip(slots, map_ordered(work, tasks, options.executor, options.workers,
                                                   options.dask_address)):
            results[slot] = result
            bar.update()
    finally:
        bar.close()

    analyses: list[Analysis] = []
    analysis_keys: list[str | None] = []
    used_ids: set[str] = set()
    for result, key in zip(results, keys):
        if isinstance(result, Problem):
            problems.append(result)
        elif result is not None:
            analyses.append(_with_unique_id(result, used_ids))
            analysis_keys.append(key)
    stats = CorpusStats(files=len(files), cached=cached, analysed=len(tasks),
                        seconds=time.perf_counter() - started)
    return Corpus(analyses=tuple(analyses), problems=tuple(problems), stats=stats,
                  keys=tuple(analysis_keys))


def _add_lines(path: Path, cache: AnalysisCache | None, settings_text: str | None,
               version: str | None, limits: Limits, results: list, keys: list,
               tasks: list, slots: list) -> None:
    """One task per line of a `.jsonl` file (or a cache hit, or a problem naming the
    line). Only each line's place is kept; the worker reads the line itself."""
    try:
        for ref, data in line_refs(path, limits.max_article_bytes):
            name = f"{path}:{ref.number}"
            if data is None:
                results.append(Problem(name, f"line {ref.number}: longer than the limit of "
                                       f"{describe_size(limits.max_article_bytes)} "
                                       "(max_article_bytes); not read"))
                keys.append(None)
                continue
            key = entry_key(data, name, settings_text, version) if cache is not None else None
            keys.append(key)
            if key is not None and (hit := cache.get(key)) is not None:
                results.append(hit)
                continue
            results.append(None)
            tasks.append((str(path), key, ref))
            slots.append(len(results) - 1)
    except OSError as error:
        results.append(Problem(str(path), f"cannot read file: {error.strerror or error}"))
        keys.append(None)


def _with_unique_id(analysis: Analysis, used: set[str]) -> Analysis:
    """Two files with the same stem (a.txt, a.md; business/001.txt, sport/001.txt)
    still get two pages."""
    base = analysis.article.id
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate)
    return analysis if candidate == base else with_article_id(analysis, candidate)


def with_article_id(analysis: Analysis, article_id: str) -> Analysis:
    """The analysis of the same article under another id: the id is only a label on
    the article and its events, so this equals analysing the renamed article."""
    return replace(
        analysis,
        article=replace(analysis.article, id=article_id),
        events=tuple(replace(event, article_id=article_id) for event in analysis.events),
    )
