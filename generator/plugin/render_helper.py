"""A second process that renders generated pages through the theme while MkDocs goes on.

MkDocs renders pages one after another in one process; on a machine with two or more
cores the others idle through the theme's work, which is most of a build of
thousands of pages after the analysis. So, when the plugin has pages to render (those
`render_cache` would keep), it forks a helper that renders them from the *last*
backwards while MkDocs builds them from the first. The two meet in the middle: before
each page MkDocs takes what the helper has sent (`take`), and the page MkDocs is at,
kept in memory both processes share, tells the helper where to stop. A page the
helper has not sent yet is rendered by MkDocs itself, so the helper can only save
time: if it fails or is slow, every page is still built, the same way.

The helper renders a page exactly as MkDocs would: the same context (`get_context`),
every plugin's `on_page_context`, the page's own template, from the state of the
build at the moment of the fork (after every page was read, when nothing a template
reads changes any more). It writes nothing and logs nothing; it sends
(index, HTML) through a pipe and ends with `os._exit`.

Only where `fork` is safe: Linux, one thread (not inside `mkdocs serve`, whose
watcher runs in threads), more than one core usable. Elsewhere `start` returns False
and MkDocs renders every page itself.
"""

from __future__ import annotations

import logging
import mmap
import os
import select
import signal
import struct
from collections.abc import Callable

from ..building.forked import fork_with_pipe

_HEADER = struct.Struct("<ii")  # page index, length of its UTF-8 HTML
_MIN_PAGES = 50  # fewer: forking costs more than it saves


class RenderHelper:
    def __init__(self, count: int, render: Callable[[int], str]) -> None:
        """`render(i)` is the HTML of page i (of `count`), as the theme makes it."""
        self.count = count
        self._render = render
        self._pid: int | None = None
        self._reader: int | None = None
        self._buffer = bytearray()
        self._sent: dict[int, str] = {}
        self._position = mmap.mmap(-1, 8)  # shared: the page MkDocs is at

    def start(self) -> bool:
        forked = fork_with_pipe() if self.count >= _MIN_PAGES else None
        if forked is None:  # MkDocs alone
            return False
        pid, reader, writer = forked
        if pid == 0:  # the helper
            os.close(reader)
            os._exit(self._serve(writer))
        os.close(writer)
        os.set_blocking(reader, False)
        self._pid, self._reader = pid, reader
        return True

    def _serve(self, writer: int) -> int:
        logging.disable(logging.CRITICAL)
        try:
            for index in range(self.count - 1, -1, -1):
                if self._at() >= index:
                    break  # MkDocs got here first
                data = self._render(index).encode("utf-8", "surrogatepass")
                view = memoryview(_HEADER.pack(index, len(data)) + data)
                while view:
                    view = view[os.write(writer, view):]
            return 0
        except BaseException:  # noqa: BLE001 - MkDocs renders what the helper did not send
            return 1
        finally:
            os.close(writer)

    def _at(self) -> int:
        return struct.unpack("<q", self._position[:8])[0]

    def take(self, index: int) -> str | None:
        """Page `index`'s HTML if the helper has sent it; tells the helper that MkDocs
        is at `index` (it stops before reaching it)."""
        self._position[:8] = struct.pack("<q", index)
        self._drain()
        return self._sent.pop(index, None)

    def _drain(self) -> None:
        while self._reader is not None and select.select([self._reader], [], [], 0)[0]:
            try:
                chunk = os.read(self._reader, 1 << 20)
            except BlockingIOError:
                break
            if not chunk:  # the helper has finished
                os.close(self._reader)
                self._reader = None
                break
            self._buffer += chunk
        while len(self._buffer) >= _HEADER.size:
            index, length = _HEADER.unpack_from(self._buffer)
            end = _HEADER.size + length
            if len(self._buffer) < end:
                break
            self._sent[index] = self._buffer[_HEADER.size:end].decode("utf-8", "surrogatepass")
            del self._buffer[:end]

    def stop(self) -> None:
        """End the helper (MkDocs has built every page, or the build failed): nothing
        it could still send is needed, so it is killed, then reaped."""
        self._position[:8] = struct.pack("<q", self.count)
        if self._reader is not None:
            os.close(self._reader)
            self._reader = None
        pid, self._pid = self._pid, None
        if pid is not None:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:  # SIGCHLD ignored: the system reaped it already
                pass
        self._sent.clear()

