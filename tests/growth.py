"""How running time grows with the input, checked so that the machine's speed and load
cannot change the verdict.

A test gives a piece of work and two inputs, the second FACTOR times as large as the
first. Both are timed in CPU seconds of this process (time spent waiting for a busy
core is not counted), and the fastest of a few runs is kept. A linear step costs about
FACTOR times as much on the larger input; a quadratic one FACTOR² times. A slow
machine slows both runs alike, so the ratio stays; a busy one adds noise, which taking
the fastest run removes: the runs are repeated only while the ratio looks too high, so
a passing test usually costs one run of each.

Absolute speed (seconds per megabyte) is a benchmark's business, not a test's
(benchmarks/temporal_speed.py, benchmarks/scale.py).
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

FACTOR = 4
# Linear growth gives about 4 (less when a fixed cost dominates the small run),
# n·log n about 4.5, quadratic about 16: the limit sits between with room for noise.
LIMIT = 8.0
ATTEMPTS = 3
# Below this the small run is mostly start-up noise; the inputs are sized to be above.
SHORTEST = 0.002


def cpu_seconds(work: Callable[[T], object], argument: T) -> float:
    gc.collect()  # garbage of earlier work is not this input's cost
    started = time.process_time()
    work(argument)
    return time.process_time() - started


def growth(work: Callable[[T], object], small: T, large: T, attempts: int = ATTEMPTS) -> tuple[float, float, float]:
    """(ratio, small seconds, large seconds): the fastest runs of `work` on each input,
    repeated while their ratio is above LIMIT, at most `attempts` times."""
    best_small = best_large = math.inf
    for _ in range(attempts):
        best_small = min(best_small, cpu_seconds(work, small))
        best_large = min(best_large, cpu_seconds(work, large))
        ratio = best_large / max(best_small, SHORTEST)
        if ratio <= LIMIT:
            break
    return ratio, best_small, best_large


def assert_linear(work: Callable[[T], object], make: Callable[[int], T], size: int, what: str) -> None:
    """`work(make(FACTOR * size))` costs at most LIMIT times `work(make(size))`."""
    ratio, small, large = growth(work, make(size), make(FACTOR * size))
    assert ratio <= LIMIT, (
        f"{what}: {FACTOR}× the input took {ratio:.1f}× the time ({small:.3f} s → {large:.3f} s CPU); "
        f"linear would be about {FACTOR}×")
