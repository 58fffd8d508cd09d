"""The tagger's compiled expressions kept on disk, as Python keeps a module's bytecode.

Parsing and compiling the rules' expressions (the `re` module's parser and compiler,
pure Python) was most of the tagger's start-up, paid again by every process. What
`re.compile` hands to the C engine (`_sre.compile`) is a list of numbers; it is saved
here beside the bytecode (`__pycache__/patterns.<python>.sre`) and handed over directly on
the next start. The rules' expressions are compiled behind their first-character guard
(first_chars.py); the negative rules' and the trigger scan's, many of them long word
lists, as `re.compile` would (`compile` here). An entry is used only for the same way
of compiling, pattern text and flags, the same Python (`sys.hexversion`), the same
engine (`_sre.MAGIC`) and the same guard reader (first_chars.py, stamped like a
module's source); anything else, or a file that cannot be read, and the pattern is
compiled as before. Like bytecode, it is not
written when `sys.dont_write_bytecode` is set (PYTHONDONTWRITEBYTECODE) unless asked
for (`save(force=True)`, as `python -m compileall` is).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import threading
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import _sre  # type: ignore[import-not-found]

# (how it is compiled: "guarded" or "plain", pattern, flags)
Key = tuple[str, str, int]
# what `_sre.compile` takes: (pattern as compiled, flags, code, groups, groupindex, indexgroup)
Entry = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]

PATH = Path(__file__).with_name("__pycache__") / f"patterns.{sys.implementation.cache_tag}.sre"


def _sources() -> tuple[tuple[int, int], ...] | None:
    """What the saved entries were made by besides the pattern: the guard's reader and
    this file, as bytecode is stamped by its source (changed, and nothing saved is used)."""
    here = Path(__file__).parent
    try:
        return tuple((s.st_mtime_ns, s.st_size) for s in (path.stat() for path in (
            here / "rules" / "first_chars.py", here / "compiled_cache.py")))
    except OSError:
        return None


_STAMP = (sys.hexversion, _sre.MAGIC, _sre.CODESIZE, _sources())

_loaded: dict[Key, Entry] | None = None
_used: dict[Key, Entry] = {}  # what this process compiled or took: what is saved
_missed = False  # compiled something the file did not have, and not saved since


def _load() -> dict[Key, Entry]:
    try:
        stamp, entries = marshal.loads(PATH.read_bytes())
        return entries if stamp == _STAMP and _STAMP[-1] is not None and isinstance(entries, dict) else {}
    except Exception:  # no file yet, another Python's, or damaged: compile as before
        return {}


def lookup(pattern: str, flags: int, how: str = "guarded") -> re.Pattern[str] | None:
    """The saved compilation of `pattern` with `flags`, made `how`, or None."""
    global _loaded
    if _loaded is None:
        _loaded = _load()
    key = (how, pattern, int(flags))
    entry = _loaded.get(key)
    if entry is None:
        return None
    try:
        compiled = _sre.compile(*entry)
    except Exception:
        return None
    _used[key] = entry
    return compiled


def remember(pattern: str, flags: int, entry: Entry, how: str = "guarded") -> None:
    """`entry`, just compiled for `pattern` `how`, to be saved."""
    global _missed
    _used[(how, pattern, int(flags))] = entry
    _missed = True


def entry_of(compiled_text: str, tree, flags: int) -> Entry:
    """What `re.compile` hands to `_sre.compile` for `tree` (the `re` parser's tree of
    `compiled_text`), as the `re` module's own compiler makes it."""
    groups = tree.state.groups
    indexgroup: list[str | None] = [None] * groups
    for name, number in tree.state.groupdict.items():
        indexgroup[number] = name
    return (compiled_text, int(flags | tree.state.flags), [int(op) for op in _compiler._code(tree, flags)],
            groups - 1, dict(tree.state.groupdict), tuple(indexgroup))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (re.compile, kept)
    """`re.compile(pattern, flags)`, taken from the file when an earlier process saved
    it; on any surprise from the `re` internals, `re.compile` itself."""
    saved = lookup(pattern, flags, "plain")
    if saved is not None:
        return saved
    try:
        entry = entry_of(pattern, _parser.parse(pattern, flags), flags)
        compiled = _sre.compile(*entry)
    except Exception:
        return re.compile(pattern, flags)
    remember(pattern, flags, entry, "plain")
    return compiled


def save(force: bool = False) -> None:
    """Write what this process compiled or took, if it compiled anything the file did
    not have since it last saved (cheap to call after every text: nothing to do)."""
    global _missed
    if not (_missed or force) or (sys.dont_write_bytecode and not force) or not _used or _STAMP[-1] is None:
        return
    _missed = False  # tried once; a read-only install is not tried again after each text
    try:
        PATH.parent.mkdir(exist_ok=True)
        # one name per process and thread: a threaded worker's threads may save at once
        temporary = PATH.with_name(f"{PATH.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        temporary.write_bytes(marshal.dumps((_STAMP, dict(_used))))
        os.replace(temporary, PATH)  # whole or not at all, for processes reading it now
    except OSError:
        pass  # a read-only install: compiled on each start, as before
