"""The site's article and data folders are kept across builds, data files rewritten only
where they changed (`generator/plugin/kept_folders.py`): the result must be the site a
clean build makes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.plugin import kept_folders

from .test_mkdocs_build import mkdocs_build

ARTICLES = {
    "alpha.txt": "Talks in Geneva\n\nThe talks opened on 3 May 2005 in Geneva. They end next week.\n",
    "beta.txt": "Budget vote\n\nParliament votes on the budget on 12 June 2006.\n",
    "gamma.txt": "A quiet note\n\nNothing is dated in this one at all.\n",
}


def files_below(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*") if p.is_file() and p.name != "sitemap.xml.gz"}


def build(seeds: Path, site: Path, cache: Path) -> None:
    env = {**os.environ, "NEWS_TIMELINES_SEEDS": str(seeds), "NEWS_TIMELINES_CACHE_DIR": str(cache)}
    result = mkdocs_build(site, env=env)
    assert result.returncode == 0, result.stderr


def test_a_rebuild_ends_as_a_clean_build_and_keeps_the_unchanged_data_files(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, "utf-8")
    site = tmp_path / "site"
    build(seeds, site, tmp_path / "cache")
    beta_export = site / "data" / "beta.csv"
    first_inode = beta_export.stat().st_ino
    beta_page = site / "articles" / "beta" / "index.html"
    page_inode = beta_page.stat().st_ino
    assert (site / "data" / "alpha.csv").is_file() and (site / "data" / "gamma.json").is_file()
    (site / "data" / "stray.csv").write_text("left by hand\n", "utf-8")

    # One article changed, one deleted, one added.
    (seeds / "alpha.txt").write_text(ARTICLES["alpha.txt"] + "A vote follows on 9 May 2005.\n", "utf-8")
    (seeds / "gamma.txt").unlink()
    (seeds / "delta.txt").write_text("Storm\n\nThe storm hit on 1 March 2007.\n", "utf-8")
    build(seeds, site, tmp_path / "cache")
    clean = tmp_path / "clean-site"
    build(seeds, clean, tmp_path / "other-cache")

    assert files_below(site) == files_below(clean)
    assert not (site / "data" / "gamma.json").exists() and not (site / "data" / "stray.csv").exists()
    assert not (site / "articles" / "gamma").exists() and (site / "articles" / "delta").is_dir()
    assert b"9 May 2005" in (site / "data" / "alpha.csv").read_bytes()
    assert beta_export.stat().st_ino == first_inode  # unchanged: not written again
    assert beta_page.stat().st_ino == page_inode  # written again, into the same file
    assert not [p for p in site.iterdir() if p.name.startswith(".")]  # nothing hidden left


def test_a_hand_written_data_file_is_still_copied(tmp_path):
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "notes.csv").write_text("old\n", "utf-8")
    assert kept_folders.hide(site) == ["data"]
    assert not (site / "data").exists()
    removed = kept_folders.restore(site, ["data/notes.csv", "articles/a/index.html"])
    assert removed == 0 and (site / "data" / "notes.csv").read_text("utf-8") == "old\n"
    assert not (site / "articles").exists()


def test_restore_removes_what_no_file_of_the_build_is_written_to(tmp_path):
    site = tmp_path / "site"
    for path in ["data/a.json", "data/old.json", "data/sub/x.csv", "data/sub/deeper/y.csv"]:
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(path, "utf-8")
    kept_folders.hide(site)
    assert kept_folders.restore(site, ["data/a.json", "data/sub/x.csv"]) == 2
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == [
        "data/a.json", "data/sub/x.csv"]
    assert not (site / "data" / "sub" / "deeper").exists()


def test_a_build_stopped_before_restore_leaves_a_folder_the_next_build_uses_or_drops(tmp_path):
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "a.json").write_text("a", "utf-8")
    kept_folders.hide(site)  # … and the build stopped here: no data/, a hidden folder
    assert kept_folders.hide(site) == ["data"]  # the next build keeps using it
    kept_folders.restore(site, ["data/a.json"])
    assert (site / "data" / "a.json").read_text("utf-8") == "a"

    kept_folders.hide(site)
    (site / "data").mkdir()  # something wrote a new data folder meanwhile
    kept_folders.hide(site)  # the stale hidden folder is dropped, the new one hidden
    kept_folders.restore(site, [])
    assert not [p for p in site.iterdir() if p.name.startswith(".")]


def test_a_failed_build_puts_the_folders_back_or_drops_them(tmp_path):
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "a.json").write_text("a", "utf-8")
    (site / "articles").mkdir()
    kept_folders.hide(site)
    (site / "articles").mkdir()  # the build got to write a new articles/ before failing
    kept_folders.put_back(site)
    assert (site / "data" / "a.json").read_text("utf-8") == "a"  # nothing lost
    assert sorted(p.name for p in site.iterdir()) == ["articles", "data"]


def test_links_in_a_kept_folder_are_removed_so_nothing_outside_is_written(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("mine", "utf-8")
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "a.json").symlink_to(outside)
    (site / "data" / "b.json").write_text("b", "utf-8")
    os.link(site / "data" / "b.json", tmp_path / "snapshot-b.json")  # cp -al, rsync --link-dest
    kept_folders.hide(site)
    assert kept_folders.restore(site, ["data/a.json", "data/b.json"]) == 2
    assert not (site / "data" / "a.json").exists() and not (site / "data" / "b.json").exists()
    assert outside.read_text("utf-8") == "mine" and (tmp_path / "snapshot-b.json").is_file()


def test_a_kept_file_writes_only_changed_bytes(tmp_path):
    target = tmp_path / "data" / "x.csv"
    target.parent.mkdir()
    target.write_bytes(b"same")
    os.utime(target, (1, 1))

    def kept(content: bytes) -> kept_folders.KeptFile:
        file = kept_folders.KeptFile("data/x.csv", src_dir=None, dest_dir=str(tmp_path),
                                  use_directory_urls=True)
        file.content_bytes = content
        return file

    kept(b"same").copy_file()
    assert target.stat().st_mtime == 1
    kept(b"changed").copy_file()
    assert target.read_bytes() == b"changed"
    shutil.rmtree(target.parent)
    kept(b"new").copy_file()
    assert target.read_bytes() == b"new"


def test_a_file_the_worker_wrote_is_written_again_where_a_plugin_moved_it(tmp_path):
    file = kept_folders.KeptFile("data/c.json", src_dir=None, dest_dir=str(tmp_path),
                                 use_directory_urls=True)
    file.content_bytes = content = b'{"c": 1}'
    file.written = (file._content, file.dest_dir, file.dest_uri)  # as the plugin notes it
    file.copy_file()
    assert not (tmp_path / "data" / "c.json").exists()  # not written twice
    file.dest_uri = "data/moved/c.json"  # a later plugin's on_files
    file.copy_file()
    assert (tmp_path / "data" / "moved" / "c.json").read_bytes() == content


def test_a_file_that_differs_only_in_case_takes_the_wanted_name(tmp_path):
    """On a file system that ignores case, the worker writes data/a.json into an old
    data/A.json, which keeps its name: the prune gives it the wanted one."""
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "A.json").write_text("new bytes", "utf-8")  # one file, as listed
    (site / "data" / "B.json").write_text("old", "utf-8")
    (site / "data" / "b.json").write_text("new", "utf-8")  # two files: case matters here
    assert kept_folders.restore(site, ["data/a.json", "data/b.json"]) == 1
    assert sorted(p.name for p in (site / "data").iterdir()) == ["a.json", "b.json"]
    assert (site / "data" / "a.json").read_text("utf-8") == "new bytes"
    assert (site / "data" / "b.json").read_text("utf-8") == "new"
