"""How consistently a TimeML gold set annotates the same words: an error-analysis aid.

Run: python benchmarks/timeml_gold_conventions.py [GOLD_DIR] [--min N]

For every expression written the same way at least N times (case and digits folded),
it prints the value *shapes* the gold gives it ("9999-W99" for a week number,
"9999-WXX" for an unknown week, "P9W" for a duration, digits shown as 9), and for
words the gold tags on their own, how often the same word (same case) is left
untagged.
No tagger is run: where one expression has several shapes, or a word is tagged only
some of the time, any rule that reads only the words must miss the minority, so the
figures bound what rules can reach on that set.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.evaluation.timeml_score import read_document  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tempeval3-train"
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z]+")


def folded(text: str) -> str:
    return _DIGIT.sub("9", " ".join(text.lower().split()))


def shape(value: str) -> str:
    return _DIGIT.sub("9", value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--min", type=int, default=5, help="least number of occurrences to report")
    args = parser.parse_args(argv)
    documents = [read_document(p) for p in sorted(Path(args.gold).rglob("*.tml"))]
    if not documents:
        print(f"no .tml files under {args.gold}", file=sys.stderr)
        return 2

    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    for document in documents:
        for timex in document.timexes:
            shapes[folded(timex.text)][f"{timex.type} {shape(timex.value)}"] += 1
    total = sum(sum(c.values()) for c in shapes.values())
    minority = 0
    print(f"{len(documents)} documents, {total} expressions\n")
    print("expressions the gold writes in more than one shape (count, shapes):")
    for text, counts in sorted(shapes.items(), key=lambda item: -sum(item[1].values())):
        n = sum(counts.values())
        if n < args.min or len(counts) < 2:
            continue
        minority += n - counts.most_common(1)[0][1]
        listed = ", ".join(f"{k} ×{v}" for k, v in counts.most_common())
        print(f"  {n:4}  {text!r}: {listed}")
    print(f"  annotations outside their expression's most frequent shape: {minority}\n")

    print("words tagged on their own at least 3 times, and left untagged elsewhere (tagged / untagged):")
    # The surface forms the gold tags as a whole expression ("now", "Now"): matched with
    # their case, so "march" the noun is not counted against "March".
    forms = Counter(t.text for d in documents for t in d.timexes if _WORD.fullmatch(t.text))
    alone: Counter[str] = Counter()
    untagged: Counter[str] = Counter()
    for document in documents:
        spans = [(t.start, t.end) for t in document.timexes]
        for match in _WORD.finditer(document.text):
            if forms[match.group()] < 1:
                continue
            word = match.group().lower()
            if (match.start(), match.end()) in spans:
                alone[word] += 1
            elif not any(start <= match.start() and match.end() <= end for start, end in spans):
                untagged[word] += 1
    left = 0
    for word in sorted(untagged, key=lambda w: (-untagged[w], w)):
        if alone[word] >= 3 and alone[word] + untagged[word] >= args.min and untagged[word]:
            left += min(alone[word], untagged[word])
            print(f"  {word!r}: {alone[word]} / {untagged[word]}")
    print(f"  occurrences on the rarer side (tagged or not) of those words: {left}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
