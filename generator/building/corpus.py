"""Turn the files of a seeds folder into analyses, or problems that say why not.

Every file is accounted for: it becomes an article or a `Problem` with a reason.

Each file is looked up in the analysis cache first; the others are read and analysed
by `analyse_file`, a plain function of one file, on the chosen executor (a process
pool by default), which also stores what it found in the cache. Results are put back
in file order, so the corpus is the same however many workers built it.

A caller with work of its own per article (the site's page and exports of each) passes
`then`, a plain function of one analysis that the worker runs right after analysing it,
so that work is spread over the workers too, and `each`, called in the main process with
every analysis and what `then` made of it, in corpus order, as soon as that analysis and
all before it are known (the site files them while the workers go on).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from functools import partial
from pathlib import Path

from ..analysing.analysis import AnalysisSettings, analyse
from .cache import AnalysisCache, code_version, entry_key, settings_fingerprint
from .executors import DEFAULT_EXECUTOR, map_ordered
from ..reading.readers.jsonl import LineRef, line_refs, read_line
from ..reading.ingest import (BULK_SUFFIXES, IngestError, article_id, load_article,
                              load_jsonl_article)
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
# What a caller makes of one analysis and its cache key (`load_corpus`'s `then`).
Then = Callable[[Analysis, str | None], Any]


@dataclass(frozen=True, slots=True)
class Made:
    """An analysis and what `then` made of it in the worker, under the id the article
    was expected to get (`for_id`)."""

    analysis: Analysis
    made: Any
    for_id: str


def analyse_and_make(item: tuple[Task, str | None], then: Then, **analysis_options: Any
                     ) -> Made | Problem:
    """`analyse_file`, then `then` on the analysis under the id the article is expected
    to get in the corpus (`None`: its own): a worker's whole share of one article."""
    task, expected_id = item
    result = analyse_file(task, **analysis_options)
    if isinstance(result, Problem):
        return result
    for_id = expected_id or result.article.id
    named = result if for_id == result.article.id else with_article_id(result, for_id)
    return Made(result, then(named, task[1]), for_id)


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
                options: LoadOptions = LoadOptions(),
                each: Callable[[Analysis, str | None, Any], object] | None = None,
                then: Then | None = None,
                discard: Callable[[Any], object] | None = None) -> Corpus:
    """The corpus of `seeds`. `each(analysis, key, made)`, if given, is called once per
    analysis of the corpus, in its order and with its final id, while the later files
    are still being analysed; `made` is `then(analysis, key)` (None without `then`),
    run by the worker that analysed the file (by this process for a cached analysis,
    or when the article's id had to change to be unique). `discard(made)`, if given,
    is called with what a worker made under an id its article did not get, before
    it is made again (whatever that wrote under the wrong id is not the article's)."""
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
    collected = _Collected(problems, each, then, discard)
    bar = progress_bar(len(tasks), "analysing", options.progress)
    work = partial(analyse_file, settings=settings,
                   cache_dir=str(options.cache_dir) if cache is not None else None,
                   version=version if cache is not None else None, limits=options.limits)
    items: list = tasks
    if then is not None and each is not None:
        work = partial(analyse_and_make, then=then, **work.keywords)
        items = list(zip(tasks, _expected_ids(results, tasks, slots)))
    done = 0  # results[:done] are collected
    try:
        for slot, result in zip(slots, map_ordered(work, items, options.executor, options.workers,
                                                   options.dask_address)):
            results[slot] = result
            # Results arrive in file order: everything before this slot is known.
            done = collected.add(results, keys, done, slot + 1)
            bar.update()
    finally:
        bar.close()
    collected.add(results, keys, done, len(results))
    stats = CorpusStats(files=len(files), cached=cached, analysed=len(tasks),
                        seconds=time.perf_counter() - started)
    return Corpus(analyses=tuple(collected.analyses), problems=tuple(collected.problems),
                  stats=stats, keys=tuple(collected.keys))


class _Collected:
    """The corpus as far as it is known, in file order: analyses under their unique
    ids (an id depends on the ids before it), their keys, and the problems."""

    def __init__(self, problems: list[Problem],
                 each: Callable[[Analysis, str | None, Any], object] | None,
                 then: Then | None, discard: Callable[[Any], object] | None = None) -> None:
        self.analyses: list[Analysis] = []
        self.keys: list[str | None] = []
        self.problems = problems
        self._each, self._then, self._discard = each, then, discard
        self._used_ids: set[str] = set()

    def add(self, results: list, keys: list, start: int, end: int) -> int:
        """Collect results[start:end] (all known) and return `end`."""
        for i in range(start, end):
            result = results[i]
            if isinstance(result, Problem):
                self.problems.append(result)
                continue
            if result is None:
                continue
            made, made_for = None, None
            if isinstance(result, Made):
                result, made, made_for = result.analysis, result.made, result.for_id
            analysis = _with_unique_id(result, self._used_ids)
            self.analyses.append(analysis)
            self.keys.append(keys[i])
            if self._each is None:
                continue
            if self._then is not None and analysis.article.id != made_for:
                if made_for is not None and self._discard is not None:
                    self._discard(made)
                made = self._then(analysis, keys[i])  # cached, or its id was not the expected one
            self._each(analysis, keys[i], made)
        return end


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


def _expected_ids(results: list, tasks: list[Task], slots: list[int]) -> list[str | None]:
    """The id each task's article will get if every file before it becomes an article:
    its file's id (`article_id`), made unique as `_with_unique_id` does. None for a line
    of a `.jsonl` file, whose id is inside the line. A wrong guess (a file before it
    failed) costs only the work `then` did under it, done again in this process."""
    bases: list[str | None] = [
        result.article.id if isinstance(result, Analysis) else None for result in results]
    for task, slot in zip(tasks, slots):
        bases[slot] = article_id(Path(task[0])) if len(task) == 2 else None
    used: set[str] = set()
    expected = [None if base is None else _unique(base, used) for base in bases]
    return [expected[slot] for slot in slots]


def _with_unique_id(analysis: Analysis, used: set[str]) -> Analysis:
    """Two files with the same stem (a.txt, a.md; business/001.txt, sport/001.txt)
    still get two pages."""
    candidate = _unique(analysis.article.id, used)
    return analysis if candidate == analysis.article.id else with_article_id(analysis, candidate)


def _unique(base: str, used: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... the first not in `used` (then added to it)."""
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate)
    return candidate


def with_article_id(analysis: Analysis, article_id: str) -> Analysis:
    """The analysis of the same article under another id: the id is only a label on
    the article and its events, so this equals analysing the renamed article."""
    return replace(
        analysis,
        article=replace(analysis.article, id=article_id),
        events=tuple(replace(event, article_id=article_id) for event in analysis.events),
    )
