"""A plain install builds the site: the project's wheel, with only the dependencies
pyproject.toml declares (no extras), in a fresh virtual environment, runs
`mkdocs build --strict` on the seeds.

No network at test time: the fresh environment gets the declared dependencies, and
what they in turn require, from this environment's site-packages, each distribution
linked in file by file from its RECORD (what pip would have installed from the index).
A package the code imports but pyproject.toml does not declare is then missing, as
numpy once was.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .conftest import ROOT

pytestmark = pytest.mark.slow


def _closure(requirements: list[str]) -> set[str]:
    """The distributions `requirements` need, transitively, as installed here."""
    environment = default_environment()
    wanted: list[tuple[str, frozenset[str]]] = []
    for text in requirements:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate({**environment, "extra": ""}):
            wanted.append((requirement.name, frozenset(requirement.extras)))
    found: set[str] = set()
    seen: set[tuple[str, frozenset[str]]] = set()
    while wanted:
        name, extras = wanted.pop()
        if (canonicalize_name(name), extras) in seen:
            continue
        seen.add((canonicalize_name(name), extras))
        found.add(name)
        for text in metadata.requires(name) or []:
            requirement = Requirement(text)
            if requirement.marker is not None and not any(
                requirement.marker.evaluate({**environment, "extra": extra}) for extra in ("", *extras)
            ):
                continue
            wanted.append((requirement.name, frozenset(requirement.extras)))
    return found


def _link_distribution(name: str, target: Path) -> None:
    """Make the installed distribution `name` importable in the site-packages `target`."""
    distribution = metadata.distribution(name)
    base = Path(distribution.locate_file(""))
    tops = {Path(str(entry)).parts[0] for entry in distribution.files or []
            if not str(entry).startswith("..")}
    for top in tops:
        source, link = base / top, target / top
        if source.exists() and not link.exists():
            link.symlink_to(source, target_is_directory=source.is_dir())


def test_the_declared_dependencies_alone_build_the_seed_site(tmp_path):
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                            "--no-index", "-w", str(wheels), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=600)
    python = venv / "bin" / "python"
    site_packages = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    for name in sorted(_closure(declared)):
        _link_distribution(name, site_packages)
    # The project itself from its wheel, as `pip install .` installs it (package data
    # included), with this environment's pip run against the fresh one.
    [wheel] = wheels.glob("news_timelines-*.whl")
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                                "--no-deps", "--no-index", str(wheel)], capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stderr
    # Nothing of the test extras is there (this is what a plain install has).
    for module in ("pytest", "hypothesis", "rouge_score", "dask"):
        probe = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True, text=True)
        assert probe.returncode != 0, f"{module} is importable in the plain environment"
    site = tmp_path / "site"
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["NEWS_TIMELINES_CACHE_DIR"] = str(tmp_path / "cache")  # analysed by the installed code
    # (not -q: it hides the warnings that --strict counts)
    result = subprocess.run([str(python), "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
                             "-d", str(site)], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not [line for line in result.stderr.splitlines() if line.startswith("WARNING")], result.stderr[-3000:]
    assert (site / "index.html").is_file()
    assert list((site / "articles").glob("*")), "no article page was built"
    # and the code ran from the wheel, not from this checkout
    where = subprocess.run([str(python), "-c", "import generator; print(generator.__file__)"], cwd=tmp_path,
                           capture_output=True, text=True, env=env)
    assert str(site_packages) in where.stdout, where.stdout + where.stderr
    # A command that needs an extra this install lacks says which, in one line.
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "a", "article": "The harbour reopened.", "reference": "It reopened ."}\n')
    rouge = subprocess.run([str(python), "-m", "generator", "evaluate", "rouge", str(rows)], cwd=tmp_path,
                           capture_output=True, text=True, env=env, timeout=300)
    assert rouge.returncode == 1
    assert rouge.stderr.splitlines() == [
        "python -m generator: error: evaluate rouge needs the optional extra 'evaluate' "
        "(rouge_score is not installed): pip install 'news-timelines[evaluate]'"]

