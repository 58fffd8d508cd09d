"""`pytest --cpu-costs`: what each test file costs, in CPU seconds.

Wall-clock durations (`--durations`) depend on how busy the machine is; CPU seconds
(of the test process and of the subprocesses it waits for, such as `mkdocs build`)
much less, so these are the figures the README quotes. Works with pytest-xdist: each
worker measures its tests and the figures travel with the test reports.
"""

from __future__ import annotations

import resource
from collections import defaultdict

import pytest

_KEY = "cpu_seconds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--cpu-costs", action="store_true",
                     help="after the run, list the CPU seconds each test file took (with its subprocesses)")


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measured(item: pytest.Item, phase: str):
    started = _cpu_seconds()
    yield
    item.user_properties.append((f"{_KEY}_{phase}", _cpu_seconds() - started))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    yield from _measured(item, "setup")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item):
    yield from _measured(item, "call")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item):
    yield from _measured(item, "teardown")


def pytest_terminal_summary(terminalreporter, exitstatus, config: pytest.Config) -> None:
    if not config.getoption("--cpu-costs"):
        return
    per_file: dict[str, float] = defaultdict(float)
    for reports in terminalreporter.stats.values():
        for report in reports:
            # The teardown report carries all three phases' figures.
            if getattr(report, "when", None) != "teardown":
                continue
            seconds = sum(value for name, value in report.user_properties if name.startswith(_KEY))
            per_file[report.nodeid.split("::")[0]] += seconds
    total = sum(per_file.values())
    terminalreporter.write_sep("=", f"CPU seconds per test file (total {total:.0f} s)")
    for path, seconds in sorted(per_file.items(), key=lambda item: -item[1]):
        terminalreporter.write_line(f"{seconds:8.1f}  {path}")
