"""The rules' compiled expressions kept on disk, as Python keeps a module's bytecode.

Parsing and compiling the rules' expressions (the `re` module's parser and compiler,
pure Python) was most of the tagger's start-up, paid again by every process. What
`re.compile` hands to the C engine (`_sre.compile`) is a list of numbers; it is saved
here beside the bytecode (`__pycache__/rules.<python>.sre`) and handed over directly on
the next start. An entry is used only for the same pattern text and flags, the same
Python (`sys.hexversion`), the same engine (`_sre.MAGIC`) and the same guard reader
(first_chars.py, stamped like a module's source); anything else, or a file
that cannot be read, and the pattern is compiled as before. Like bytecode, it is not
written when `sys.dont_write_bytecode` is set (PYTHONDONTWRITEBYTECODE) unless asked
for (`save(force=True)`, as `python -m compileall` is).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path

import _sre  # type: ignore[import-not-found]

# (pattern, flags) -> (pattern as compiled, flags, code, groups, groupindex, indexgroup)
Entry = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]

PATH = Path(__file__).with_name("__pycache__") / f"rules.{sys.implementation.cache_tag}.sre"


def _sources() -> tuple[tuple[int, int], ...] | None:
    """What the saved entries were made by besides the pattern: the guard's reader and
    this file, as bytecode is stamped by its source (changed, and nothing saved is used)."""
    try:
        return tuple((s.st_mtime_ns, s.st_size) for s in (Path(__file__).with_name(name).stat()
                                                           for name in ("first_chars.py", "compiled_cache.py")))
    except OSError:
        return None


_STAMP = (sys.hexversion, _sre.MAGIC, _sre.CODESIZE, _sources())

_loaded: dict[tuple[str, int], Entry] | None = None
_used: dict[tuple[str, int], Entry] = {}  # what this process compiled or took: what is saved
_missed = False


def _load() -> dict[tuple[str, int], Entry]:
    try:
        stamp, entries = marshal.loads(PATH.read_bytes())
        return entries if stamp == _STAMP and _STAMP[-1] is not None and isinstance(entries, dict) else {}
    except Exception:  # no file yet, another Python's, or damaged: compile as before
        return {}


def lookup(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The saved compilation of `pattern` with `flags`, or None."""
    global _loaded
    if _loaded is None:
        _loaded = _load()
    entry = _loaded.get((pattern, int(flags)))
    if entry is None:
        return None
    try:
        compiled = _sre.compile(*entry)
    except Exception:
        return None
    _used[(pattern, int(flags))] = entry
    return compiled


def remember(pattern: str, flags: int, entry: Entry) -> None:
    """`entry`, just compiled for `pattern`, to be saved."""
    global _missed
    _used[(pattern, int(flags))] = entry
    _missed = True


def save(force: bool = False) -> None:
    """Write what this process compiled, if anything was missing from the file."""
    if not (_missed or force) or (sys.dont_write_bytecode and not force) or not _used or _STAMP[-1] is None:
        return
    try:
        PATH.parent.mkdir(exist_ok=True)
        temporary = PATH.with_name(f"{PATH.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps((_STAMP, dict(_used))))
        os.replace(temporary, PATH)  # whole or not at all, for processes reading it now
    except OSError:
        pass  # a read-only install: compiled on each start, as before
