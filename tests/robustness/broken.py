"""A seeds folder of broken and awkward inputs, made at test time (permissions,
symlinks and a 10 MB file do not belong in a repository), with what each must give.

`EXPECTED` maps each file to ("article", note or text the page must show),
("fault", the mistake the log must warn about, naming the file and line, with the
article still built) or ("problem", the reason the report and the log must give).
"""

from __future__ import annotations

import os
import random
from pathlib import Path

SIMULATE_DIR = Path(__file__).parent / "simulate_permissions"
TINY_FILES = 2000
BIG_BYTES = 10_000_000

_LATIN1 = "Caf\xe9 owners met on 3 May 2005 to discuss the na\xefve plan.\n".encode("latin-1")
_MALFORMED_HTML = (
    b"<html><head><title>Harbour <b>fees</title><body><div><p>The council raised harbour fees"
    b" on 4 March 2016, a spokesman said.<p>Boats <i>left <b>the</i> harbour</b> within a week"
    b" of the increase.</td></tr></table></span><p>Fishermen protested outside the town hall"
    b" for two days.<div><div><!-- unclosed comment"
)


def _big_article(size: int) -> bytes:
    """Varied sentences (repeated ones would be dropped as pasted twice)."""
    rng = random.Random(11)
    words = ("the council met on Monday in May 2015 and said that officials would review "
             "harbour plans last week before a vote next year while residents waited").split()
    out, total, i = [], 0, 0
    while total < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(6, 22))).capitalize() + f" number {i}."
        out.append(sentence + ("\n\n" if i % 6 == 5 else " "))
        total += len(out[-1])
        i += 1
    return "".join(out).encode("utf-8")[:size]


FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "whitespace.txt": b"  \n\t\n   \r\n \r ",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "control-bytes.txt": bytes(range(1, 32)) * 40,
    "latin1.txt": _LATIN1,
    "utf16.txt": "Pe\u00f1a spoke on 9 July 2014 about the \u201cnew\u201d port.\n".encode("utf-16"),
    "utf16-odd.txt": "Odd bytes after a BOM in 2012.".encode("utf-16") + b"\x00",
    "crlf.txt": b"The ferry resumed service on 1 April 2019.\r\nIts first trip was full.\r\n\r\nA second paragraph followed.\r\n",
    "cr.txt": b"The bridge closed on 6 June 2018.\rTraffic moved to the ring road.\r\rA new paragraph.\r",
    "one-line.txt": (" ".join(f"word{i}" for i in range(14_000))).encode()[:100_000],
    "no-punctuation.txt": b"the harbour reopened and boats came back and nobody used a single full stop " * 40,
    "no-date.txt": b"The harbour reopened after repairs. Boats came back soon after.\n",
    "future.md": b"---\ntitle: A report from the future\ndate: 2090-05-01\n---\nThe harbour will reopen next week, officials said.\n",
    "impossible-date.md": b"---\ntitle: A leap too far\ndate: 2017-02-30\n---\nNothing happened on that day.\n",
    "broken-yaml.md": b"---\ntitle: [unclosed\ndate: : 2017\n---\nThe harbour reopened on 2 May 2016.\n",
    "malformed.html": _MALFORMED_HTML,
    "deep-yaml.md": b"---\ntitle: " + b"[" * 10_000 + b"]" * 10_000 + b"\n---\nThe harbour reopened on 2 May 2016.\n",
    "deep.html": b"<html><body>" + b"<div>" * 50_000 + b"<p>The harbour reopened on 2 May 2016.</p>" + b"</div>" * 50_000,
    "notes.docx": b"PK\x03\x04 not an article format",
    "scan.pdf": b"%PDF-1.4",
    "locked.txt": b"This file cannot be read, so this sentence must not appear.\n",
    "big.txt": b"",  # filled in by make_broken_seeds
    ".hidden.txt": b"A hidden file.\n",
    "README.md": b"# Notes about this folder\n",
}

EXPECTED: dict[str, tuple[str, str]] = {
    "empty.txt": ("problem", "no text: the file is empty or holds only whitespace or links"),
    "whitespace.txt": ("problem", "no text: the file is empty or holds only whitespace or links"),
    "binary.txt": ("problem", "binary file (contains NUL bytes); articles are text"),
    "control-bytes.txt": ("problem", "binary file (more than 5% control characters); articles are text"),
    "latin1.txt": ("article", "decoded as Latin-1"),
    "utf16.txt": ("article", "decoded as UTF-16 (byte order mark)"),
    "utf16-odd.txt": ("article", "undecodable bytes at offset"),
    "crlf.txt": ("article", "The ferry resumed service on 1 April 2019."),
    "cr.txt": ("article", "Traffic moved to the ring road."),
    "one-line.txt": ("article", "word13999"[:8]),
    "no-punctuation.txt": ("article", "no sentence punctuation (. ! ? …) in the text"),
    "no-date.txt": ("article", "no publication date"),
    "future.md": ("article", "1 May 2090"),
    "impossible-date.md": ("fault", "line 3: front matter date ignored: not a calendar date: '2017-02-30'"),
    "broken-yaml.md": ("fault", "line 3: front matter is not valid YAML"),
    "malformed.html": ("article", "Fishermen protested outside the town hall for two days."),
    "deep-yaml.md": ("fault", "front matter is not valid YAML"),
    # libxml2 stops at 256 levels: the text is lost, and the file is reported.
    "deep.html": ("problem", "no text: the file is empty or holds only whitespace or links"),
    "notes.docx": ("problem", "unsupported file type '.docx'"),
    "scan.pdf": ("problem", "unsupported file type '.pdf'"),
    "locked.txt": ("problem", "cannot read file: Permission denied"),
    "big.txt": ("article", "number 0."),
    ".hidden.txt": ("skipped", "skipped: hidden file"),
    "README.md": ("skipped", "skipped: folder housekeeping file"),
    "loop": ("problem", "symlink loop: this folder was already read; not read again"),
    "self-link.txt": ("problem", "symlink loop: the link points back to itself"),
    "dangling.txt": ("problem", "broken symlink: its target missing-target.txt does not exist"),
    "outside.txt": ("problem", "symlink to a file or folder outside the seeds folder; not followed"),
    "outside-folder": ("problem", "symlink to a file or folder outside the seeds folder; not followed"),
    "inside-link.txt": ("article", "The harbour reopened after repairs."),
}
SECRET = "A secret outside the seeds folder that must never be published."


def make_broken_seeds(dest: Path, *, big: bool = True, tiny: int = TINY_FILES) -> Path:
    dest.mkdir(parents=True)
    for name, data in FILES.items():
        if name == "big.txt":
            data = _big_article(BIG_BYTES if big else 200_000)
        (dest / name).write_bytes(data)
    (dest / "locked.txt").chmod(0)
    (dest / "loop").symlink_to(".", target_is_directory=True)  # seeds/loop -> seeds
    (dest / "self-link.txt").symlink_to("self-link.txt")
    (dest / "dangling.txt").symlink_to("missing-target.txt")
    secret = dest.parent / f"{dest.name}-outside"
    secret.mkdir()
    (secret / "secret.txt").write_text(SECRET + "\n")
    (dest / "outside.txt").symlink_to(secret / "secret.txt")
    (dest / "outside-folder").symlink_to(secret, target_is_directory=True)
    (dest / "inside-link.txt").symlink_to("no-date.txt")
    many = dest / "tiny"
    many.mkdir()
    for i in range(tiny):
        (many / f"t{i:05d}.txt").write_text(f"Note {i} was filed on {1 + i % 28} May 2016.\n")
    return dest


def permissions_are_enforced() -> bool:
    """False when running as root, where a mode-000 file can still be read."""
    return not (hasattr(os, "geteuid") and os.geteuid() == 0)


def simulated_permissions_env() -> dict[str, str]:
    """As root, chmod 000 stops nothing: the child process then loads a sitecustomize
    that refuses to open mode-000 files the way the kernel does for other users."""
    if permissions_are_enforced():
        return {}
    path = os.pathsep.join(p for p in (str(SIMULATE_DIR), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path}
