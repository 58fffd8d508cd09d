"""A small synthetic corpus: dated and undated articles, in folders, with clashing
file names (business/001.txt, sport/001.txt), tags, sources and hostile titles."""

from __future__ import annotations

from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def write_corpus(folder: Path, n: int = 14) -> Path:
    for i in range(n):
        section = ("business", "sport", "tech")[i % 3]
        target = folder / section
        target.mkdir(parents=True, exist_ok=True)
        month = MONTHS[i % 12]
        body = (f"The council met on {i % 27 + 1} {month} 2004 to discuss the harbour. "
                f"Last week the mayor said the work would end in {2005 + i % 3}. "
                f"Officials recently agreed a budget of {i + 2} million pounds. "
                "Residents may object, the report said. "
                f"A second meeting is planned for {MONTHS[(i + 3) % 12]}.\n\n"
                f"In 1999 a similar plan failed. Article number {i} ends here.\n")
        if i % 4 == 0:  # undated, BBC style: title on the first line
            (target / f"{i // 3:03d}.txt").write_text(f"Harbour plan number {i}\n\n{body}", "utf-8")
        else:
            title = f"Harbour <script>alert({i})</script> & plan {i}" if i % 5 == 1 else f"Harbour plan {i}"
            (target / f"{i // 3:03d}.md").write_text(
                "---\n"
                f"title: {title!r}\n"
                f"date: {2004 + i % 2}-{i % 12 + 1:02d}-{i % 27 + 1:02d}\n"
                f"source: https://www.example{i % 2}.org/news/{i}\n"
                f"tags: [harbour, {'council' if i % 2 else 'budget'}]\n"
                "---\n" + body, "utf-8")
    return folder
