"""Shared fixtures: paths to the repository, the seed article and ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis' own clocks (a 200 ms deadline per example, a health check on slow data
# generation) would make a result depend on the machine's speed and load.
settings.register_profile("news-timelines", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("news-timelines")

pytest_plugins = ["tests.costs"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_19d9d8487fa4a31a.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, why: str) -> None:
    """Skip locally when a tool is missing; in CI a missing tool is a failure, so a
    test that matters can never pass by not running."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {why}")
    pytest.skip(why)


@pytest.fixture(scope="session")
def seed_analysis():
    from generator.analysing.analysis import analyse
    from generator.reading.ingest import load_article

    return analyse(load_article(SEED))
