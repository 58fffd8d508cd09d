"""One build of the hostile seeds folder, shared by the HTML and the browser checks."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from ..conftest import ROOT
from .hostile import make_hostile_seeds


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    seeds = make_hostile_seeds(root / "seeds")
    env = {**os.environ, "NEWS_TIMELINES_SEEDS": str(seeds)}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(ROOT / "mkdocs.yml"), "-d", str(root / "site")],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    # Hostile but readable articles are all built; the only warnings are the front
    # matter values that cannot be used (they would stop a --strict build, as they should).
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert warnings and all(re.search(r"\.md, line \d+: front matter", line) for line in warnings), warnings
    return root / "site", seeds, result.stderr
