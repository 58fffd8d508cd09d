"""A file of the site is written only when it does not already hold the bytes, and
never through a link (`generator/site/changed_files.py`): the pool workers write each
article's data files into the site with it, the plugin the others."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings, strategies as st

from generator.site.changed_files import holds, write_changed


def test_the_same_bytes_are_not_written_again(tmp_path):
    target = tmp_path / "data" / "a.json"
    assert write_changed(str(target), b"{}")  # the folder is made
    os.utime(target, (1, 1))
    inode = target.stat().st_ino
    assert not write_changed(str(target), b"{}")
    assert target.stat().st_mtime == 1 and target.stat().st_ino == inode
    assert write_changed(str(target), b"[]")
    assert target.read_bytes() == b"[]"


def test_a_link_is_replaced_and_what_it_points_to_is_left_alone(tmp_path):
    outside = tmp_path / "outside.json"
    outside.write_bytes(b"{}")
    (tmp_path / "data").mkdir()
    linked = tmp_path / "data" / "a.json"
    linked.symlink_to(outside)
    assert not holds(str(linked), b"{}")  # the same bytes, but through a link
    assert write_changed(str(linked), b"{}")
    assert not linked.is_symlink() and linked.read_bytes() == b"{}"

    hard = tmp_path / "data" / "b.json"
    os.link(outside, hard)  # cp -al, rsync --link-dest
    assert write_changed(str(hard), b"new")
    assert hard.read_bytes() == b"new" and outside.read_bytes() == b"{}"
    assert outside.stat().st_nlink == 1


STATES = st.sampled_from(["missing", "same", "other", "symlink", "hard link", "folder"])


@settings(max_examples=60, deadline=None)
@given(state=STATES, data=st.binary(max_size=200))
def test_afterwards_the_path_is_a_file_of_its_own_holding_the_bytes(tmp_path_factory, state, data):
    folder = tmp_path_factory.mktemp("site")
    target, elsewhere = folder / "data" / "x.csv", folder / "elsewhere"
    elsewhere.write_bytes(data)
    if state != "missing":
        target.parent.mkdir()
    if state == "same":
        target.write_bytes(data)
    elif state == "other":
        target.write_bytes(data + b"!")
    elif state == "symlink":
        target.symlink_to(elsewhere)
    elif state == "hard link":
        os.link(elsewhere, target)
    elif state == "folder":  # made by hand where a data file goes
        (target / "inside").mkdir(parents=True)
        (target / "inside" / "link").symlink_to(elsewhere)
    written = write_changed(str(target), data)
    assert written == (state != "same")
    assert target.is_file() and not target.is_symlink() and target.stat().st_nlink == 1
    assert target.read_bytes() == data and elsewhere.read_bytes() == data
    assert holds(str(target), data)
