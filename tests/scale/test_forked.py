"""A piece of work done by a forked child (`generator.building.forked`): the result is
the work's, with a child or without, and a child that fails only costs time."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings, strategies as st

from generator.building import forked
from generator.building.forked import Forked

needs_fork = pytest.mark.skipif(not forked.usable(), reason="no fork, or one core")


def _started(work: Forked) -> bool:
    """Started, where a fork is usable at this moment (another test may have left a
    thread running: then the work is done here, and the results must still hold)."""
    usable = forked.usable()
    assert work.start() == usable
    return usable


@needs_fork
@settings(max_examples=10, deadline=None)
@given(st.dictionaries(st.text(max_size=20), st.binary(max_size=2000), max_size=20),
       st.integers(0, 3_000_000))
def test_the_result_is_the_works_also_when_larger_than_a_pipe_holds(files, padding):
    made = {**files, "big": b"x" * padding}
    work = Forked(lambda: made)
    _started(work)
    assert work.result() == made


@needs_fork
def test_the_child_does_the_work_while_this_process_goes_on():
    parent = os.getpid()
    work = Forked(os.getpid)
    if _started(work):
        assert work.result() != parent


@needs_fork
def test_a_child_that_fails_leaves_the_work_to_this_process():
    parent = os.getpid()

    def fails_in_the_child():
        if os.getpid() != parent:
            raise MemoryError("only in the child")
        return "made here"

    work = Forked(fails_in_the_child)
    _started(work)
    assert work.result() == "made here"
    unpicklable = Forked(lambda: (lambda: 42))  # the child cannot send it back
    _started(unpicklable)
    assert unpicklable.result()() == 42


def test_without_a_fork_the_work_is_done_here(monkeypatch):
    monkeypatch.setattr(forked.threading, "active_count", lambda: 2)  # as under mkdocs serve
    work = Forked(os.getpid)
    assert not work.start()
    assert work.result() == os.getpid()


def test_an_error_of_the_work_is_raised_as_without_a_child():
    def broken():
        raise ValueError("bad corpus")

    work = Forked(broken)
    work.start()
    with pytest.raises(ValueError, match="bad corpus"):
        work.result()


@needs_fork
def test_an_abandoned_child_is_stopped_and_reaped():
    work = Forked(lambda: b"x" * 5_000_000)  # more than a pipe holds: the child waits
    if not _started(work):
        return
    pid = work._pid
    work.abandon()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: no zombie left
    work.abandon()  # twice is harmless


@needs_fork
def test_a_forked_process_names_its_cache_temporaries_apart():
    from generator.building import cache

    work = Forked(lambda: cache._PROCESS_TOKEN[0])
    _started(work)
    token = work.result()
    assert token and (token != cache._PROCESS_TOKEN[0] or not forked.usable())
