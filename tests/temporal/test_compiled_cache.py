"""The tagger's compilations saved by one process (compiled_cache.py) match, in the next,
exactly what compiling the patterns gives; a file of another Python, a damaged one or
none at all, and the patterns are compiled as before."""

from __future__ import annotations

import marshal
import re
import sys
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator.temporal import compiled_cache, extract
from generator.temporal.rules import RULES, negative
from generator.temporal.rules.base import fragments
from generator.temporal.rules.first_chars import compile_guarded, guarded


@contextmanager
def _cache_at(path: Path):
    """compiled_cache reading and writing `path`, as a process that has loaded nothing."""
    kept = (compiled_cache.PATH, compiled_cache._loaded, compiled_cache._used, compiled_cache._missed)
    compiled_cache.PATH, compiled_cache._loaded, compiled_cache._used, compiled_cache._missed = path, None, {}, False
    try:
        yield
    finally:
        compiled_cache.PATH, compiled_cache._loaded, compiled_cache._used, compiled_cache._missed = kept


def _patterns() -> list[tuple[str, int]]:
    return [(rule.pattern % fragments(), 0 if rule.case_sensitive else int(re.IGNORECASE)) for rule in RULES]


@lru_cache(maxsize=1)
def _saved_then_loaded() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(compiled from the file a first process wrote, compiled by `re`) for each rule."""
    with tempfile.TemporaryDirectory() as folder:  # the compilations stay in memory
        path = Path(folder) / "rules.sre"
        with _cache_at(path):
            for pattern, flags in _patterns():
                compile_guarded(pattern, flags)
            compiled_cache.save(force=True)
        with _cache_at(path):  # the next process
            loaded = [compiled_cache.lookup(pattern, flags) for pattern, flags in _patterns()]
    assert all(p is not None for p in loaded)
    return tuple((saved, re.compile(guarded(pattern, flags), flags))
                 for saved, (pattern, flags) in zip(loaded, _patterns()))


def test_a_saved_compilation_is_the_guarded_pattern_with_its_groups_and_flags():
    for saved, plain in _saved_then_loaded():
        assert (saved.pattern, saved.flags, saved.groups, saved.groupindex) == \
            (plain.pattern, plain.flags, plain.groups, plain.groupindex)


_RULE_TEXT = st.lists(st.one_of(st.sampled_from(
    ["May", "may", "1998", "'80s", "the", "last", "week", "weeks", "three", "ago", "mid-", "1990s", "two",
     "fiscal", "quarter", "Monday", "10/23", "a.m.", "noon", "year", "-long", "earlier", "Jan.", ",", "\u212a"]),
    st.text(max_size=3)), max_size=30).map(" ".join)


@given(_RULE_TEXT)
def test_a_saved_compilation_finds_what_the_compiled_pattern_finds(text: str) -> None:
    for saved, plain in _saved_then_loaded():
        assert [(m.span(), m.groups()) for m in saved.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], plain.pattern[:80]


@lru_cache(maxsize=1)
def _plain_saved_then_loaded() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(from the file, compiled by `re`) for each expression the negative rules compile
    as `re.compile` would."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "patterns.sre"
        with _cache_at(path):
            negative.negative_rules.cache_clear()
            negative.negative_rules()  # compiles every negative rule's expressions
            plain = [(pattern, flags) for how, pattern, flags in compiled_cache._used if how == "plain"]
            compiled_cache.save(force=True)
        with _cache_at(path):
            loaded = [compiled_cache.lookup(pattern, flags, "plain") for pattern, flags in plain]
    assert len(plain) > 50 and all(p is not None for p in loaded)
    return tuple((saved, re.compile(pattern, flags)) for saved, (pattern, flags) in zip(loaded, plain))


def test_a_saved_plain_compilation_is_what_re_compile_gives():
    for saved, plain in _plain_saved_then_loaded():
        assert saved == plain  # same pattern text, flags and compiled code
        assert (saved.groups, saved.groupindex) == (plain.groups, plain.groupindex)


@given(_RULE_TEXT)
def test_a_saved_plain_compilation_finds_what_re_finds(text: str) -> None:
    for saved, plain in _plain_saved_then_loaded():
        assert [(m.span(), m.groups()) for m in saved.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], plain.pattern[:80]


def test_what_compiles_on_the_first_text_is_saved_after_it(tmp_path: Path, monkeypatch):
    # The negative rules and the trigger words compile when the first text is tagged,
    # after the engine saved what its import compiled.
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "patterns.sre"
    writes = []
    replace = compiled_cache.os.replace
    monkeypatch.setattr(compiled_cache.os, "replace", lambda *a: (writes.append(a), replace(*a)))
    with _cache_at(path):
        negative.negative_rules.cache_clear()
        negative.negative_rules()
        extract("Talks resumed last May.", None)
        assert path.exists() and len(writes) == 1
        saved = set(marshal.loads(path.read_bytes())[1])
        assert {("plain", p, f) for how, p, f in compiled_cache._used if how == "plain"} <= saved
        extract("Talks resumed last May.", None)  # nothing new: not written again
        assert len(writes) == 1


def test_a_file_of_another_python_or_damaged_is_not_used(tmp_path: Path):
    pattern, flags = _patterns()[0]
    path = tmp_path / "rules.sre"
    with _cache_at(path):
        compile_guarded(pattern, flags)
        compiled_cache.save(force=True)
    stamp, entries = marshal.loads(path.read_bytes())
    with _cache_at(path):
        assert compiled_cache.lookup(pattern, flags) is not None
    with _cache_at(path):
        assert compiled_cache.lookup(pattern + " ", flags) is None  # another pattern text
    path.write_bytes(marshal.dumps(((stamp[0] + 1, *stamp[1:]), entries)))
    with _cache_at(path):
        assert compiled_cache.lookup(pattern, flags) is None
    path.write_bytes(b"\x00damaged")
    with _cache_at(path):
        assert compiled_cache.lookup(pattern, flags) is None
        assert compile_guarded(pattern, flags).pattern == guarded(pattern, flags)


def test_nothing_is_written_when_bytecode_is_not(tmp_path: Path, monkeypatch):
    pattern, flags = _patterns()[0]
    path = tmp_path / "rules.sre"
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with _cache_at(path):
        compile_guarded(pattern, flags)
        compiled_cache.save()
        assert not path.exists()
        compiled_cache.save(force=True)
        assert path.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path.unlink()
    with _cache_at(path):
        compile_guarded(pattern, flags)
        compiled_cache.save()
        assert path.exists()
