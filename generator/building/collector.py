"""Keeping the garbage collector off what a build holds for its whole length.

A build holds the whole corpus (a hundred thousand sentences, time expressions and
events for 2,225 BBC articles) while it makes the pages. Each full pass of Python's
cycle collector walks every one of those objects and frees none of them, and the
pages' short-lived objects start a few such passes: a fifth of a rebuild's time.
`settled()` moves the objects that exist when it is entered out of the collector's
reach (`gc.freeze`) and gives them back when it is left (`gc.unfreeze`), and holds off
full passes inside (the corpus loading inside would start them); what is made inside
is collected by the young generations' passes as usual.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

# Full passes happen after this many passes over the middle generation: none in a build.
_NO_FULL_PASS = 1 << 30
# The thresholds to give back, while a build holds full passes off (None: none does).
_held: tuple[int, int, int] | None = None


def _child_collects_as_usual() -> None:
    """A worker process forked during a build (the analysis pool) runs for many
    articles: it collects as the host set it to, not as the build held it."""
    if _held is not None:
        gc.set_threshold(*_held)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_child_collects_as_usual)


@contextmanager
def settled() -> Iterator[None]:
    """Inside: the collector's passes leave alone every object that existed on entry,
    and no full pass runs. Only cyclic garbage that outlived two young passes waits
    for the first full pass after the block (refcounting frees the rest at once, as
    always)."""
    global _held
    if not gc.isenabled():  # the host turned collection off: leave it as it is
        yield
        return
    thresholds = gc.get_threshold()
    outer = _held
    gc.freeze()
    # What the build makes and keeps (the corpus as it loads) would start full passes
    # too: only young objects are collected until the end.
    gc.set_threshold(thresholds[0], thresholds[1], _NO_FULL_PASS)
    _held = outer or thresholds
    try:
        yield
    finally:
        _held = outer
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def settle() -> None:
    """Inside `settled()`: leave alone what exists now too (a corpus just loaded)."""
    if gc.isenabled():
        gc.freeze()


__all__ = ["settle", "settled"]
