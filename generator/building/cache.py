"""The analysis cache: one JSON file per (file bytes, file path, settings, code version).

The analysis of an article is a pure function of those, so a rebuild re-analyses only
the files whose key changed. The code version is the package version plus a hash of the
package's own source and data files (and the versions of the libraries the analysis
uses), so editing the tagger or the summarizer invalidates every entry without anyone
having to remember to bump a number. The site layer (`generator/site/`) and the glue
(plugin, command line, executors, progress bar) are left out of the hash: they only
run or read analyses, so a template change does not force re-analysis.

Entries are written atomically (temporary file, then rename), so parallel workers,
or machines sharing the folder, never see half a file; a corrupt or unreadable entry
is treated as a miss.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import secrets
import threading
from dataclasses import asdict
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import Analysis
from ..analysing.serialize import to_compact_json
from .storage import analysis_from_dict, entry_text

from .settings import DEFAULT_CACHE_DIR

PACKAGE = Path(__file__).resolve().parents[1]  # generator/
# Downstream of the analysis or glue around it, so not part of what it depends on:
# editing the site layer, the plugin or the command line keeps the cache.
_NOT_ANALYSIS = ("site", "exports", "tls", "__pycache__", "evaluation", "plugin", "cli", "__main__.py", "building/progress.py", "building/executors.py", "extras.py", "building/corpus.py", "building/discover.py", "building/settings.py")
_SOURCE_SUFFIXES = (".py", ".tsv", ".txt", ".json", ".csv", ".yml", ".yaml")
_LIBRARIES = ("sumy", "PyStemmer", "dateparser", "trafilatura", "htmldate", "numpy")


def _outside_analysis(relative: str) -> bool:
    return any(relative == part or relative.startswith(part + "/") for part in _NOT_ANALYSIS)


@lru_cache(maxsize=1)
def code_version() -> str:
    """The generator's version and a hash of every source and data file the analysis
    can depend on."""
    digest = hashlib.sha256(f"news-timelines {__version__}\n".encode())
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if _outside_analysis(relative.as_posix()) or not path.is_file():
            continue
        if path.suffix not in _SOURCE_SUFFIXES:
            continue
        digest.update(relative.as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\n".encode())
    return digest.hexdigest()


def _tree_digest(digest, folders: tuple[str, ...]) -> None:
    for folder in (PACKAGE / name for name in folders):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())


@lru_cache(maxsize=1)
def site_version() -> str:
    """A hash of the site layer (its code and templates), of the export writers and
    of the libraries they render with: what a generated page and its export files
    depend on besides the article's analysis."""
    digest = hashlib.sha256(code_version().encode())
    _tree_digest(digest, ("site", "exports"))
    for name in ("Jinja2", "MarkupSafe", "icalendar"):
        try:
            digest.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            pass
    return digest.hexdigest()


@lru_cache(maxsize=1)
def corpus_version() -> str:
    """What the corpus-wide pages and files depend on besides the analyses: the site
    layer and the choice of key dates (`generator/tls/`)."""
    digest = hashlib.sha256(site_version().encode())
    _tree_digest(digest, ("tls",))
    return digest.hexdigest()


def page_key(entry: str, article_id: str, variant: str) -> str:
    """The key of an article's generated page: its analysis entry, the id it is
    published under (two files with one stem get distinct ids), the site code, and
    `variant` (e.g. the URL style)."""
    text = "\0".join((entry, article_id, variant, site_version()))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=16)  # settings are frozen; a worker checks it once per article
def settings_fingerprint(settings: Any) -> str:
    """A stable text form of a (dataclass) settings object."""
    return json.dumps(asdict(settings), sort_keys=True, default=str)


def entry_key(data: bytes, path: str, settings_text: str, version: str) -> str:
    """The cache key of one file. The path is part of it because the article's id and
    `path` come from it."""
    digest = hashlib.sha256()
    for part in (version.encode(), settings_text.encode(), path.encode("utf-8", "surrogatepass")):
        digest.update(len(part).to_bytes(8, "little") + part)
    digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


_PROCESS_TOKEN = [secrets.token_hex(8)]
if hasattr(os, "register_at_fork"):  # a forked worker draws its own
    os.register_at_fork(after_in_child=lambda: _PROCESS_TOKEN.__setitem__(0, secrets.token_hex(8)))


class AnalysisCache:
    """A folder of cached analyses; safe to share between processes."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self._root = str(self.folder)

    def _path(self, key: str, kind: str = "analysis", suffix: str = ".json") -> str:
        # os.path, not pathlib: a rebuild looks up two entries per article, and
        # pathlib's joins were a tenth of the time spent reading them.
        return os.path.join(self._root, kind, key[:2], key + suffix)

    def get(self, key: str) -> Analysis | None:
        try:
            with open(self._path(key), encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, ValueError):
            return None
        # Reading an entry back makes thousands of objects that all outlive it: the
        # collector's passes over them (and over every analysis read before) found
        # nothing to free and were a third of a rebuild's cache reads.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return analysis_from_dict(json.loads(text))
        except (ValueError, KeyError, TypeError, IndexError):
            return None
        finally:
            if collecting:
                gc.enable()

    def put(self, key: str, analysis: Analysis) -> None:
        self._write(self._path(key), entry_text(analysis))

    def get_page(self, key: str) -> tuple[str, dict[str, bytes], str | None] | None:
        """An article's generated files stored by `put_page`: its page, its data files
        and its search sections' JSON text (rendering them for 2000 articles costs
        seconds a build; reading them back, one file per article, a fraction of that).
        None for a missing entry or one of another shape."""
        stored = self._read_parts(self._path(key, "pages", ".page"))
        if stored is None:
            return None
        try:
            head, parts = stored
            paths, searched = head["files"], head["search"]
            if len(parts) != 1 + len(paths) + bool(searched):
                return None
            files = {str(path): data for path, data in zip(paths, parts[1:])}
            return (str(parts[0], "utf-8"), files,
                    str(parts[-1], "utf-8") if searched else None)
        except (ValueError, KeyError, TypeError):
            return None

    def put_page(self, key: str, page: str, files: dict[str, bytes], search: str | None) -> None:
        parts = [page.encode("utf-8"), *files.values()]
        if search is not None:
            parts.append(search.encode("utf-8"))
        self._write_parts(self._path(key, "pages", ".page"),
                          {"files": list(files), "search": search is not None}, parts)

    def get_corpus(self, slot: str, key: str) -> tuple[dict[str, str], dict[str, bytes]] | None:
        """The corpus-wide pages and files the last build of one seeds folder (`slot`)
        made, stored by `put_corpus`, if they were made for `key`; else None."""
        stored = self._read_parts(self._path(slot, "corpus", ".corpus"))
        if stored is None:
            return None
        try:
            head, parts = stored
            if head["key"] != key:
                return None
            pages, files = head["pages"], head["files"]
            if len(parts) != len(pages) + len(files):
                return None
            return ({str(path): str(data, "utf-8") for path, data in zip(pages, parts)},
                    {str(path): data for path, data in zip(files, parts[len(pages):])})
        except (ValueError, KeyError, TypeError):
            return None

    def put_corpus(self, slot: str, key: str, pages: dict[str, str], files: dict[str, bytes]) -> None:
        """One entry per slot, replaced by the next build that makes the files again."""
        self._write_parts(self._path(slot, "corpus", ".corpus"),
                          {"key": key, "pages": list(pages), "files": list(files)},
                          [*(page.encode("utf-8") for page in pages.values()), *files.values()])

    # Page and corpus entries: one line of JSON (what the parts are, and their sizes
    # in bytes), then the parts as they are. The files are bytes already, and parsing
    # pages and files out of JSON strings (HTML is full of quotes to unescape) was most
    # of the time a rebuild spent reading them back.

    def _write_parts(self, target: str, head: dict[str, Any], parts: list[bytes]) -> None:
        line = to_compact_json({**head, "sizes": [len(part) for part in parts]})
        self._write(target, b"".join([line.encode("utf-8"), *parts]))

    @staticmethod
    def _read_parts(target: str) -> tuple[dict[str, Any], list[bytes]] | None:
        """The head and the parts of an entry `_write_parts` wrote; None for a missing
        entry, or one whose sizes do not add up to what follows its head."""
        try:
            with open(target, "rb") as handle:
                data = handle.read()
            line, newline, body = data.partition(b"\n")
            head = json.loads(line)
            sizes = head["sizes"]
            if not newline or not all(type(size) is int and size >= 0 for size in sizes) \
                    or sum(sizes) != len(body):
                return None
            parts, at = [], 0
            for size in sizes:
                parts.append(body[at:at + size])
                at += size
            return head, parts
        except (OSError, ValueError, KeyError, TypeError):
            return None

    @staticmethod
    def _write(target: str, content: str | bytes) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        # Written whole under a name of this process and thread, then renamed: a reader
        # never sees half an entry. Not `tempfile.mkstemp`, whose random names, and
        # `os.makedirs` on folders that exist, were a tenth of a cold build's workers.
        # The random part tells apart processes of two machines or containers that
        # share the cache folder and happen to have the same process id.
        temporary = os.path.join(os.path.dirname(target),
                                 f".tmp-{_PROCESS_TOKEN[0]}-{os.getpid()}-{threading.get_ident()}")
        try:
            try:
                handle = open(temporary, "wb")
            except FileNotFoundError:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                handle = open(temporary, "wb")
            try:
                with handle:
                    handle.write(data)
                os.replace(temporary, target)
            except OSError:
                os.unlink(temporary)
                raise
        except OSError:
            # A cache that cannot be written (read-only folder, full disk) only costs time.
            pass
