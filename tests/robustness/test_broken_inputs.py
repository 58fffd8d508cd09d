"""Every broken or awkward input gets an answer: a real `mkdocs build` of a folder of
them finishes, the log names each file and says what happened, unreadable files are
warnings (so --strict fails) listed on the Build report, and everything else is
built."""

from __future__ import annotations

import builtins
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.reading.ingest import IngestError, load_article
from generator.reading.limits import Limits
from generator.site import build_site
from generator.building.discover import discover

from ..security.hostile import content_region, fold, inspect
from ..conftest import ROOT
from .broken import (
    EXPECTED,
    FILES,
    SECRET,
    TINY_FILES,
    make_broken_seeds,
    permissions_are_enforced,
    simulated_permissions_env,
)


def mkdocs_build(site_dir: Path, env: dict, strict: bool = True, verbose: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []), *(["-v"] if verbose else []),
         "-f", str(ROOT / "mkdocs.yml"), "-d", str(site_dir)],
        # a guard against a hang, not a speed check: generous for a busy machine
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=3600,
    )


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("broken")
    seeds = make_broken_seeds(root / "seeds")
    env = {**os.environ, "NEWS_TIMELINES_SEEDS": str(seeds), **simulated_permissions_env()}
    lenient = mkdocs_build(root / "site", env=env, strict=False, verbose=True)
    # --strict stops at the end of the build: a small copy of the folder is enough.
    small = make_broken_seeds(root / "small-seeds", big=False, tiny=3)
    strict = mkdocs_build(root / "strict-site", env={**env, "NEWS_TIMELINES_SEEDS": str(small)})
    return seeds, root / "site", strict, lenient


def _log_lines(stderr: str) -> list[str]:
    return [" ".join(line.split()) for line in stderr.splitlines()]


def test_strict_build_fails_on_the_unreadable_files_and_lenient_build_finishes(broken_build):
    seeds, site, strict, lenient = broken_build
    assert strict.returncode != 0
    output = strict.stdout + strict.stderr
    problems = sum(kind in ("problem", "fault") for kind, _ in EXPECTED.values())
    assert f"Aborted with {problems} warnings in strict mode!" in output, output[-2000:]
    assert lenient.returncode == 0, lenient.stderr
    warnings = [line for line in _log_lines(lenient.stderr) if line.startswith("WARNING")]
    expected = [name for name, (kind, _) in EXPECTED.items() if kind in ("problem", "fault")]
    assert len(warnings) == len(expected), warnings


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_input_is_named_in_the_log_and_shown_on_the_site(broken_build, name):
    seeds, site, _, lenient = broken_build
    kind, message = EXPECTED[name]
    log = _log_lines(lenient.stderr)
    report = inspect(content_region((site / "report/index.html").read_text("utf-8"))).text
    path = str(seeds / name)
    if kind in ("problem", "skipped"):
        level = "WARNING" if kind == "problem" else "INFO"
        assert any(line.startswith(level) and f"{path}: {message}" in line for line in log), (name, log[-40:])
        assert f"{name}: {message}" in report  # relative to seeds: no private paths
        assert not (site / f"articles/{Path(name).stem}").exists()
    elif kind == "fault":  # a warning that names the file and line; the article is built
        assert any(line.startswith("WARNING") and f"{path}, " in line and message in line
                   for line in log), (name, log[-40:])
        assert message in report
        assert (site / f"articles/{Path(name).stem}/index.html").is_file()
    else:
        page = site / f"articles/{Path(name).stem}/index.html"
        assert page.is_file(), name
        text = inspect(content_region(page.read_text("utf-8"))).text
        notes = [line for line in log if f"{path}: " in line]
        assert any(f"{path}: built as articles/{Path(name).stem} (" in line for line in notes), (name, notes)
        # A note (decoding, dates, YAML) is in the log, named by file, and on the report.
        if any(word in message for word in ("decoded", "undecodable", "no publication date", "punctuation")):
            assert any(message in line for line in notes), (name, notes)
            assert name in report and message in report
        else:  # text of the article
            assert fold(message) in text, (name, text[:500])


def test_the_future_date_is_kept_as_the_publication_date(broken_build):
    _, site, _, _ = broken_build
    html = (site / "articles/future/index.html").read_text("utf-8")
    assert "Published <strong>1 May 2090</strong>" in html


def test_all_other_articles_are_built_including_thousands_of_tiny_files(broken_build):
    seeds, site, _, lenient = broken_build
    built = {p.name for p in (site / "articles").iterdir()}
    # A fault (front matter that cannot be used) is a warning, and the article is built.
    articles = [n for n, (kind, _) in EXPECTED.items() if kind in ("article", "fault")]
    assert {Path(n).stem for n in articles} <= built
    assert len(built) == len(articles) + TINY_FILES
    assert f"{len(articles) + TINY_FILES} articles from {seeds}" in lenient.stderr


def test_every_file_in_seeds_is_an_article_or_a_report_line(broken_build):
    seeds, site, _, _ = broken_build
    report = inspect(content_region((site / "report/index.html").read_text("utf-8"))).text
    built = {p.name for p in (site / "articles").iterdir()}
    for entry in sorted(os.listdir(seeds)):
        if entry == "tiny":
            continue
        assert Path(entry).stem in built or f"{entry}: " in report, entry
    for entry in os.listdir(seeds / "tiny"):
        assert Path(entry).stem in built, entry


def test_unreadable_and_outside_files_appear_nowhere(broken_build):
    _, site, _, _ = broken_build
    for page in [*site.rglob("*.html"), *site.rglob("*.json")]:
        text = page.read_text("utf-8")
        assert "this sentence must not appear" not in text, page
        assert SECRET not in text, page


# In-process checks of the same inputs: quick, and each says exactly what happened.


@pytest.fixture
def unreadable(monkeypatch):
    """chmod 000 as the kernel enforces it for users other than root."""
    if permissions_are_enforced():
        return
    real_open = builtins.open

    def refusing_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and "r" in mode and os.stat(file).st_mode & 0o777 == 0:
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)


def test_build_site_accounts_for_every_file(tmp_path, unreadable):
    seeds = make_broken_seeds(tmp_path / "seeds", big=False, tiny=50)
    site = build_site(seeds)
    problems = {Path(p.path).name: p for p in site.problems}
    articles = {Path(a.article.path).name: a for a in site.corpus.analyses}
    for name, (kind, message) in EXPECTED.items():
        if kind == "article":
            assert name in articles, name
        elif kind == "fault":
            assert any(message in fault for fault in articles[name].article.faults), name
        else:
            assert message in problems[name].reason, (name, problems[name])
            assert problems[name].warning is (kind == "problem")
    files = len(os.listdir(seeds)) - 1 + 50  # the tiny/ folder holds 50 files
    assert len(site.corpus.analyses) + len(site.problems) == files


def test_an_article_over_the_size_limit_is_refused_with_the_setting_named(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"A sentence about the harbour. " * 100)
    with pytest.raises(IngestError, match=re.escape("file is 3 KB, over the limit of 1 KB (max_article_bytes = 1000)")):
        load_article(path, Limits(max_article_bytes=1000))
    assert load_article(path, Limits(max_article_bytes=3000)).text.startswith("A sentence")


def test_more_files_than_the_limit_are_reported_in_one_line(tmp_path):
    for i in range(5):
        (tmp_path / f"n{i}.txt").write_text(f"Note {i}.")
    files, problems = discover(tmp_path, Limits(max_files=3))
    assert [f.name for f in files] == ["n0.txt", "n1.txt", "n2.txt"]
    assert len(problems) == 1 and problems[0].warning
    assert problems[0].reason.startswith("2 files not read: the folder holds more than the limit of 3 files (max_files)")
    assert problems[0].reason.endswith("n3.txt")


def test_limits_must_be_positive():
    with pytest.raises(ValueError):
        Limits(max_files=0)


@pytest.mark.parametrize("name", sorted(n for n, (kind, _) in EXPECTED.items() if kind == "article" and n in FILES))
def test_each_article_input_loads_with_its_note(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(FILES[name] if name != "big.txt" else b"Short stand-in. It has 2 sentences.")
    article = load_article(path)
    assert article.paragraphs and all(p.strip() for p in article.paragraphs)


def test_the_published_report_does_not_reveal_where_the_seeds_folder_is(broken_build):
    seeds, site, _, _ = broken_build
    report = (site / "report/index.html").read_text("utf-8")
    assert str(seeds) not in report
