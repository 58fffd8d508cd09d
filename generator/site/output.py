"""Writing the generated files into a folder that may hold other files.

`python -m generator build --out docs` writes the pages and data files into MkDocs'
docs folder, beside the hand-written pages, so that an engine that runs no plugin
(Zensical, MkDocs 2) builds the same site. The folder keeps a manifest of the files
the last build wrote: a new build removes those it no longer writes (a deleted
article's page must not stay published), never touches any other file, and refuses
to overwrite a file it did not write.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

MANIFEST = ".news-timelines-manifest"
# Written by earlier versions, which owned their whole output folder.
LEGACY_MARKER = ".news-timelines-build"
_HEADER = "# Files written by `python -m generator build`; the next build removes those it no longer writes.\n"


def read_manifest(folder: Path) -> set[str]:
    """The files (paths relative to `folder`, with /) the last build wrote there."""
    manifest = folder / MANIFEST
    if manifest.is_file():
        lines = manifest.read_text("utf-8").splitlines()
        return {line for line in lines if line and not line.startswith("#")}
    if (folder / LEGACY_MARKER).is_file():  # the whole folder was the build's
        return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    return set()


def write_files(folder: Path, files: Mapping[str, str | bytes]) -> int:
    """Write `files` (relative path → content) below `folder` and remove what the
    previous build wrote there and this one does not. Raises FileExistsError, before
    writing anything, if a file to be written exists and no build wrote it."""
    previous = read_manifest(folder)
    clashes = sorted(p for p in files if p not in previous and (folder / p).exists())
    if clashes:
        shown = ", ".join(clashes[:5]) + (f" and {len(clashes) - 5} more" if len(clashes) > 5 else "")
        raise FileExistsError(f"{folder} holds files that the build would overwrite and that no build "
                              f"wrote: {shown}; move them, or choose another folder")
    for stale in sorted(previous - set(files) - {MANIFEST, LEGACY_MARKER}):
        _remove(folder, stale)
    (folder / LEGACY_MARKER).unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    for path, content in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    (folder / MANIFEST).write_text(_HEADER + "".join(f"{p}\n" for p in sorted(files)), "utf-8")
    return len(files)


def _remove(folder: Path, relative: str) -> None:
    """Remove a file the previous build wrote, and the folders it leaves empty."""
    target = folder / relative
    if ".." in Path(relative).parts or not target.is_file():
        return
    target.unlink()
    parent = target.parent
    while parent != folder and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
