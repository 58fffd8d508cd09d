"""The helper process that renders pages from the last backwards
(`generator/plugin/render_helper.py`): every page is built once, with the same HTML,
whether the helper sends it, fails, or is not started."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import given, settings, strategies as st

from generator.building import forked
from generator.plugin import render_helper

@pytest.fixture
def needs_helper_now():
    """A fork is usable when the test runs: not only when the tests were collected
    (a test before it may have left threads running, as a local Dask cluster does)."""
    if not forked.usable():
        pytest.skip("no fork here: one core, or threads running")


needs_helper = pytest.mark.usefixtures("needs_helper_now")


def render_pages(count: int, render):
    """Every page's HTML in the order MkDocs asks for them, taken from the helper when
    it has sent it, else rendered here: as `PageRendering.context` does."""
    helper = render_helper.RenderHelper(count, render)
    helper.start()
    try:
        return [helper.take(i) or render(i) for i in range(count)]
    finally:
        helper.stop()


def page_html(i: int) -> str:
    return f"<html><body>page {i} — é ✓ {'x' * (i % 7000)}</body></html>"


@needs_helper
def test_the_helper_renders_part_of_the_pages_and_the_result_is_the_same():
    parent = os.getpid()
    in_parent = []

    def render(i: int) -> str:
        time.sleep(0.005)  # a page takes a while, so both sides get to work
        if os.getpid() == parent:
            in_parent.append(i)
        return page_html(i)

    assert list(render_pages(200, render)) == [page_html(i) for i in range(200)]
    # The helper sent some pages (even those that came after it had finished), MkDocs's
    # side rendered the rest; together about half and half.
    assert 0 < len(in_parent) < 200
    assert len(in_parent) < 150
    assert in_parent == sorted(in_parent)


def test_a_failing_helper_leaves_every_page_to_the_parent():
    parent = os.getpid()

    def render(i: int) -> str:
        if os.getpid() != parent:
            raise RuntimeError("the helper breaks")
        return page_html(i)

    assert list(render_pages(120, render)) == [page_html(i) for i in range(120)]


def test_few_pages_are_not_worth_a_helper():
    helper = render_helper.RenderHelper(3, page_html)
    assert helper.start() is False
    assert helper.take(0) is None
    helper.stop()


@needs_helper
@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=50, max_value=400), st.integers(min_value=0, max_value=3))
def test_any_number_of_pages_comes_back_whole_and_in_order(count, every):
    def render(i: int) -> str:
        return page_html(i * (every + 1))

    assert list(render_pages(count, render)) == [render(i) for i in range(count)]


@needs_helper
def test_a_fork_that_fails_leaves_every_page_to_the_parent(monkeypatch):
    def no_fork():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    helper = render_helper.RenderHelper(100, page_html)
    assert helper.start() is False
    helper.stop()


@needs_helper
def test_stopping_works_when_the_system_reaps_children_itself():
    import signal

    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert list(render_pages(80, page_html)) == [page_html(i) for i in range(80)]
    finally:
        signal.signal(signal.SIGCHLD, previous)
