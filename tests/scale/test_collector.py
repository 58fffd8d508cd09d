"""A build keeps the cycle collector off the corpus it holds, and gives it back."""

from __future__ import annotations

import gc
import os

import pytest

from generator.building.collector import settle, settled


def test_what_exists_on_entry_is_left_alone_inside_and_given_back_after():
    before = gc.get_freeze_count()
    held = [[n] for n in range(1000)]
    with settled():
        inside = gc.get_freeze_count()
        assert inside >= before + len(held)
        made = [[n] for n in range(1000)]
        settle()  # what was made inside so far: left alone too
        assert gc.get_freeze_count() >= inside + len(made)
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_no_full_pass_starts_inside_and_the_thresholds_come_back():
    before = gc.get_threshold()
    with settled():
        young, middle, full = gc.get_threshold()
        assert (young, middle) == before[:2] and full > 1000 * before[2]
    assert gc.get_threshold() == before


def test_garbage_made_inside_is_still_collected():
    with settled():
        cycle: list = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1


def test_an_error_inside_gives_everything_back():
    with pytest.raises(RuntimeError), settled():
        raise RuntimeError("a failed build")
    assert gc.get_freeze_count() == 0


def test_a_host_that_turned_collection_off_keeps_it_off():
    gc.disable()
    try:
        with settled():
            settle()
            assert gc.get_freeze_count() == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_worker_forked_inside_collects_as_the_host_set_it():
    before = gc.get_threshold()
    with settled():
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # the worker: report its thresholds and leave
            os.write(write, repr(gc.get_threshold()).encode())
            os._exit(0)
        os.close(write)
        reported = os.read(read, 200).decode()
        os.waitpid(child, 0)
    assert reported == repr(before)
