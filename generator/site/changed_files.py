"""Writing a file of the site only when it does not already hold the bytes.

A rebuild after one article changed writes thousands of data files whose bytes are
the same as last time; reading and comparing is cheaper than writing, and keeps their
modification times. Used by the pool workers, which write each article's data files
into the site folder as they make them (`SiteConfig.data_into`), and by the plugin's
`KeptFile` for the files the main process writes.

A link (symbolic or hard) is never written through: article text names the files,
and a link planted in the site folder must not make the build write outside it.
"""

from __future__ import annotations

import os
import shutil
import stat


def holds(path: str, data: bytes) -> bool:
    """Whether `path` is a regular file of its own (no link) holding exactly `data`."""
    try:
        return _held(os.lstat(path), path, data)
    except OSError:
        return False


def _own_file(status: os.stat_result) -> bool:
    return stat.S_ISREG(status.st_mode) and status.st_nlink == 1


def _held(status: os.stat_result, path: str, data: bytes) -> bool:
    if not _own_file(status) or status.st_size != len(data):
        return False
    with open(path, "rb") as existing:
        return existing.read() == data


def write_changed(path: str, data: bytes) -> bool:
    """Write `data` to `path` unless the file there already holds it; a link there is
    replaced by a file of its own. Returns whether the file was written."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        pass
    else:
        if _held(status, path, data):
            return False
        if stat.S_ISDIR(status.st_mode):
            shutil.rmtree(path)  # a folder of its own (lstat: no link), made by hand
        elif not _own_file(status):
            os.unlink(path)  # a link: the new file is the site's own
    try:
        handle = open(path, "wb")
    except FileNotFoundError:
        # Its folder is made only when missing: `os.makedirs` on an existing folder
        # raises and catches an error each time, for thousands of files in one folder.
        os.makedirs(os.path.dirname(path), exist_ok=True)
        handle = open(path, "wb")
    with handle:
        handle.write(data)
    return True
