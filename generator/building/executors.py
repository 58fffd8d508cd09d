"""Run one plain function over many items, serially, on a process pool, or on Dask.

Every executor returns the results in the order of the items, so the output of a build
does not depend on how many workers ran it or which finished first.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from .settings import DEFAULT_EXECUTOR, EXECUTORS

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a process pool costs more to start than it saves.
_MIN_PARALLEL_ITEMS = 8


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def map_ordered(
    function: Callable[[T], R],
    items: Sequence[T],
    executor: str = DEFAULT_EXECUTOR,
    workers: int | None = None,
    dask_address: str | None = None,
) -> Iterator[R]:
    """Yield `function(item)` for each item, in the items' order."""
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r}; one of {', '.join(EXECUTORS)}")
    workers = workers or default_workers()
    if executor == "dask":
        yield from _dask_map(function, items, workers, dask_address)
        return
    if executor == "serial" or workers <= 1 or len(items) < _MIN_PARALLEL_ITEMS:
        for item in items:
            yield function(item)
        return
    from concurrent.futures import ProcessPoolExecutor

    # Small chunks keep the progress bar moving and the cores evenly loaded; each
    # chunk is one round trip, so not too small either.
    chunksize = max(1, min(16, len(items) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(function, items, chunksize=chunksize)


def _dask_map(function: Callable[[Any], Any], items: Sequence[Any], workers: int,
              address: str | None) -> Iterator[Any]:
    """On a Dask cluster (`address`, e.g. tcp://scheduler:8786), or on a local one
    started for this build with `workers` processes."""
    from ..extras import require_extra

    require_extra("dask", "executor 'dask'")
    from dask.distributed import Client, LocalCluster
    cluster = None
    if address:
        client = Client(address)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        # Batches keep the scheduler's task count (and its overhead) small.
        size = max(1, min(64, len(items) // (workers * 4) or 1))
        batches = [list(items[i:i + size]) for i in range(0, len(items), size)]
        futures = client.map(_run_batch, batches, function=function, pure=False)
        for future in futures:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run_batch(batch: list[Any], function: Callable[[Any], Any]) -> list[Any]:
    return [function(item) for item in batch]
