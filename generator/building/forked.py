"""One piece of work done by a forked child while this process does another.

A build's serial stretches leave the other cores idle: after the pool has analysed
every article, the corpus-wide files are made by one process. Where two parts of that
work are independent, `Forked(work).start()` runs one in a child (copy-on-write: it
sees everything made so far) while this process does the other, and `result()`
returns what the child made, sent back pickled through a pipe.

The child can only save time: where it cannot be used (not Linux, more than one
thread, one core, a failed fork) or fails, `result()` does the work here, so the
outcome, and any error it raises, are the same as without it.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import struct
import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
_LENGTH = struct.Struct("<Q")


def usable() -> bool:
    """Whether forking is safe and worth it: Linux, one thread (not inside `mkdocs
    serve`, whose watcher runs in threads), more than one core usable."""
    if sys.platform != "linux" or not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    try:
        return len(os.sched_getaffinity(0)) > 1
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) > 1


def fork_with_pipe() -> tuple[int, int, int] | None:
    """(pid, read end, write end) of a fork and a pipe made for it, in both processes
    (pid 0 in the child); None, nothing made, where forking is not usable or fails
    (no process to spare: a container's limit, memory)."""
    if not usable():
        return None
    try:
        reader, writer = os.pipe()
    except OSError:
        return None
    try:
        return os.fork(), reader, writer
    except OSError:
        os.close(reader)
        os.close(writer)
        return None


class Forked(Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._pid: int | None = None
        self._reader: int | None = None

    def start(self) -> bool:
        """Fork the child that does the work; False (nothing started) where it cannot."""
        forked = fork_with_pipe()
        if forked is None:
            return False
        pid, reader, writer = forked
        if pid == 0:  # the child: its result down the pipe, then gone without clean-up
            os.close(reader)
            os._exit(self._send(writer))
        os.close(writer)
        self._pid, self._reader = pid, reader
        return True

    def _send(self, writer: int) -> int:
        logging.disable(logging.CRITICAL)
        try:
            data = pickle.dumps(self._work(), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(_LENGTH.pack(len(data)) + data)
            while view:
                view = view[os.write(writer, view):]
            return 0
        except BaseException:  # noqa: BLE001 - the parent does the work itself
            return 1
        finally:
            os.close(writer)

    def result(self) -> T:
        """What the child made; the work done here if there was no child or it failed."""
        if self._reader is None:
            return self._work()
        chunks = []
        try:
            while chunk := os.read(self._reader, 1 << 20):
                chunks.append(chunk)
        except OSError:
            chunks = []
        finally:
            os.close(self._reader)
            self._reader = None
            self._reap()
        data = b"".join(chunks)
        if len(data) >= _LENGTH.size and _LENGTH.unpack_from(data)[0] == len(data) - _LENGTH.size:
            try:
                return pickle.loads(memoryview(data)[_LENGTH.size:])
            except Exception:  # noqa: BLE001 - made again below
                pass
        return self._work()

    def abandon(self) -> None:
        """No result wanted (the build failed meanwhile): the child is stopped and
        reaped, the pipe closed."""
        if self._reader is not None:
            os.close(self._reader)
            self._reader = None
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._reap()

    def _reap(self) -> None:
        if self._pid is not None:
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:  # SIGCHLD ignored: the child was reaped already
                pass
            self._pid = None
