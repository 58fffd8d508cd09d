"""The progress bar shows on a terminal only: not under -q, not in CI, not in a pipe."""

from __future__ import annotations

import io
import sys

from generator.building import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_is_wanted_on_a_terminal_only(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert progress.wanted()
    assert not progress.wanted(quiet=True)
    assert not progress.wanted(requested=False)
    monkeypatch.setenv("CI", "true")
    assert not progress.wanted()
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert not progress.wanted()


def test_a_disabled_bar_writes_nothing(capsys):
    bar = progress.progress_bar(10, "analysing", enabled=False)
    bar.update()
    bar.close()
    assert capsys.readouterr().err == ""
