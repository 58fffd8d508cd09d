"""Test helper, loaded only by builds started from tests/robustness as root: make
files with no permission bits unreadable, as they are for any user but root, so the
"file that cannot be read" path is exercised for real in a MkDocs build."""

import builtins
import io
import os

_open = builtins.open


def _refusing_open(file, mode="r", *args, **kwargs):
    if isinstance(file, (str, bytes, os.PathLike)) and "r" in mode:
        try:
            if os.stat(file).st_mode & 0o777 == 0:
                raise PermissionError(13, "Permission denied", os.fsdecode(file))
        except (FileNotFoundError, NotADirectoryError):
            pass
    return _open(file, mode, *args, **kwargs)


builtins.open = _refusing_open
io.open = _refusing_open
