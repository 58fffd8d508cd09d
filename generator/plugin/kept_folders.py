"""Our folders in MkDocs' site folder, kept across builds: data files are rewritten
only when changed, article pages are overwritten in place.

MkDocs empties the site folder at the start of every build (all but hidden entries)
and writes every file again. For a corpus of thousands of articles, our article pages
(`articles/`) and data files (`data/`: each article's analysis JSON and exports, the
corpus exports, the drawn timeline's data) are nearly all of the site's files, and
after one article changed nearly all of them hold the same bytes as before. Deleting
thousands of folders and files and creating them again cost more than writing them:
on an ext4 disk, a quarter of a rebuild.

So the plugin keeps those two folders out of the clean:

1. before MkDocs cleans (`on_pre_build`), `hide` renames each to a hidden entry,
   which the clean leaves alone;
2. after the clean (at the start of `on_files`), `bring_back` renames them back, and
   the pool workers write each article's data files into `data/` as they make them
   (only those whose bytes changed: `site.changed_files`);
3. once every file of the build is known (`on_env`), `restore` removes every file in
   them that no file of this build will be written to (a deleted article's page and
   exports must not stay published; a hand-written `docs/data/…` file is copied again
   by MkDocs);
4. each other data file is a `KeptFile`, whose copy writes it only when the file
   there does not hold the same bytes; MkDocs writes every page as always (into a
   file that exists, which is cheaper than a new one).

The site folder then ends as a clean build leaves it, file for file and byte for
byte (`tests/test_kept_folders.py` compares the two); unchanged data files keep their
old modification times. If a build stops between 1 and 2, the next one finds the
hidden folder and uses it (or removes it, when the folder exists again); a build that
fails puts the folders back (`put_back`).
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterable
from pathlib import Path

from mkdocs.structure.files import File

from ..site import urls
from ..site.changed_files import write_changed

# Every file in them is one of ours, or one MkDocs copies or renders from docs/ again
# on every build.
KEPT_FOLDERS = (urls.ARTICLES, urls.DATA)
_HIDDEN = ".news-timelines-kept-"


def hide(site_dir: str | Path) -> list[str]:
    """Move each kept folder out of the way of MkDocs' clean. Returns the folders
    there were to keep. A folder that cannot be moved is left to the clean."""
    site = Path(site_dir)
    hidden_ones = []
    for name in KEPT_FOLDERS:
        kept, hidden = site / name, site / (_HIDDEN + name)
        if _is_folder(hidden):
            if not _is_folder(kept):
                hidden_ones.append(name)  # a build stopped before `restore`: use its folder
                continue
            shutil.rmtree(hidden, ignore_errors=True)
        elif hidden.is_symlink():
            hidden.unlink()
        if _is_folder(kept):
            try:
                kept.rename(hidden)
            except OSError:  # a mount point, a file open on Windows: cleaned as usual
                continue
            hidden_ones.append(name)
    return hidden_ones


def bring_back(site_dir: str | Path) -> None:
    """After the clean (`on_files`, before the workers write data files into the
    site): put the hidden folders back as they are; a link in a kept folder's place
    is removed, so that nothing is written through it."""
    site = Path(site_dir)
    for name in KEPT_FOLDERS:
        kept, hidden = site / name, site / (_HIDDEN + name)
        if kept.is_symlink():
            kept.unlink()
        if _is_folder(hidden):
            _bring_back(hidden, kept)


def restore(site_dir: str | Path, destinations: Iterable[str]) -> int:
    """Put back the folders still hidden, and remove from every kept folder the files
    that no file of this build is written to (`destinations`: the paths below the
    site, with /, of every file the build writes). Returns how many files were
    removed. A folder that exists again (a plugin wrote it meanwhile) wins over its
    hidden copy, which is dropped."""
    bring_back(site_dir)
    site = Path(site_dir)
    wanted = set(destinations)
    return sum(_remove_unwanted(site / name, name + "/", wanted)
               for name in KEPT_FOLDERS if _is_folder(site / name))


def _bring_back(hidden: Path, kept: Path) -> bool:
    """Rename the hidden folder back to `kept`; if something is there already (a
    plugin wrote it meanwhile) or the rename fails, drop the hidden one. Returns
    whether it came back."""
    if not (kept.exists() or kept.is_symlink()):
        try:
            hidden.rename(kept)
            return True
        except OSError:
            pass
    shutil.rmtree(hidden, ignore_errors=True)
    return False


def _remove_unwanted(folder: Path, prefix: str, wanted: set[str]) -> int:
    """Remove what a clean build would not leave: files not written by this build,
    and every link, symbolic or hard (this build writes a regular file of its own
    there, never through a link into another file), then the folders left empty."""
    removed = 0
    lowered = {path.lower(): path for path in wanted}
    for where, subfolders, names in os.walk(folder, topdown=False):
        relative = os.path.relpath(where, folder).replace(os.sep, "/")
        below = prefix if relative == "." else f"{prefix}{relative}/"
        present = set(names)
        for name in names:
            path = os.path.join(where, name)
            linked = _linked(path)
            if below + name in wanted and not linked:
                continue
            if not linked and (variant := _wanted_variant(name, below, lowered, present)):
                # A file system that ignores case: the worker wrote `variant` into this
                # file, which kept its old name; it takes the wanted one.
                os.rename(path, os.path.join(where, variant))
                continue
            os.unlink(path)
            removed += 1
        for name in subfolders:
            path = os.path.join(where, name)
            if os.path.islink(path):
                os.unlink(path)
            elif not os.listdir(path):
                os.rmdir(path)
    return removed


def _wanted_variant(name: str, below: str, lowered: dict[str, str], present: set[str]) -> str | None:
    """The wanted name that differs from `name` only in case (`lowered`: every wanted
    path by its lower case), where the folder does not list it apart: then the two
    are one file, on a file system that ignores case."""
    other = lowered.get((below + name).lower())
    if other is None:
        return None
    candidate = other[len(below):]
    return candidate if candidate != name and candidate not in present else None


def _linked(path: str) -> bool:
    try:
        status = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISLNK(status.st_mode) or status.st_nlink > 1


def put_back(site_dir: str | Path) -> None:
    """After a failed build: hidden folders go back where no folder is (the clean
    had not run, or nothing was written yet), and are dropped elsewhere."""
    site = Path(site_dir)
    for name in KEPT_FOLDERS:
        kept, hidden = site / name, site / (_HIDDEN + name)
        if hidden.is_symlink():
            hidden.unlink()
        elif _is_folder(hidden):
            _bring_back(hidden, kept)


def _is_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


class KeptFile(File):
    """A generated data file that is written only when the site folder does not
    already hold its bytes (see the module's docstring). `written`: the content a
    worker already wrote, and where (`SiteConfig.data_into`): not written again while
    both are still the file's (a later plugin may change either)."""

    written: tuple[str | bytes, str, str] | None = None  # content, dest_dir, dest_uri

    def _written_already(self, content: str | bytes) -> bool:
        written = self.written
        return written is not None and written[0] is content \
            and written[1:] == (self.dest_dir, self.dest_uri)

    def copy_file(self, dirty: bool = False) -> None:
        content = self._content
        if content is None:
            super().copy_file(dirty)
        elif not self._written_already(content):
            write_changed(self.abs_dest_path,
                          content.encode("utf-8") if isinstance(content, str) else content)
