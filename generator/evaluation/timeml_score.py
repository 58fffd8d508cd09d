"""`python -m generator evaluate timeml GOLD_DIR SYSTEM_DIR [--errors]`: TempEval-3 scores.

Definitions (TempEval-3 Task A, as in ../shared/data/README.md): a system TIMEX3
matches a gold one *relaxed* when their character spans overlap and *strict* when they
are identical; precision, recall and F1 for both. Value F1 and type F1 are (attribute
correct among relaxed matches ÷ relaxed matches) × relaxed F1. Only text inside <TEXT>
counts; spans are offsets into that text with every tag removed, so the DCT and any
EVENT or SIGNAL tags play no part.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    text: str  # the <TEXT> content with all tags removed
    timexes: tuple[Span, ...]


def read_document(path: Path) -> Document:
    """The tag-free text of <TEXT> and the TIMEX3 spans inside it."""
    raw = path.read_text(encoding="utf-8")
    match = _TEXT.search(raw)
    body = match.group(1) if match else ""
    pieces: list[str] = []
    length = 0
    cursor = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    spans: list[Span] = []
    for tag in _TAG.finditer(body):
        pieces.append(body[cursor : tag.start()])
        length += tag.start() - cursor
        cursor = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timexes.append((length, dict(_ATTRIBUTE.findall(tag.group(3)))))
        elif open_timexes:
            start, attributes = open_timexes.pop()
            spans.append(Span(start, length, attributes.get("type", ""), attributes.get("value", ""), ""))
    pieces.append(body[cursor:])
    text = "".join(pieces)
    with_text = tuple(Span(s.start, s.end, s.type, s.value, text[s.start : s.end]) for s in sorted(spans, key=lambda s: s.start))
    return Document(path.stem, text, with_text)


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold expressions overlapped by a system one
    relaxed_system: int = 0  # system expressions overlapping a gold one
    pairs: int = 0  # one-to-one relaxed pairs, the base for value and type accuracy
    value_correct: int = 0
    type_correct: int = 0
    errors: list[str] = field(default_factory=list)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def score_document(gold: Document, system: Document, tally: Tally) -> None:
    tally.gold += len(gold.timexes)
    tally.system += len(system.timexes)
    if gold.text != system.text:
        tally.errors.append(f"TEXT DIFFERS {gold.name}: the system changed characters outside its tags")
    system_spans = {(s.start, s.end) for s in system.timexes}
    tally.strict += sum((g.start, g.end) in system_spans for g in gold.timexes)
    used: set[int] = set()
    for g in gold.timexes:
        overlapping = [i for i, s in enumerate(system.timexes) if _overlaps(g, s)]
        if not overlapping:
            tally.errors.append(f"MISS {gold.name}: {_context(gold.text, g)} gold={g.type} {g.value}")
            continue
        tally.relaxed_gold += 1
        free = [i for i in overlapping if i not in used]
        if not free:
            continue
        index = free[0]
        used.add(index)
        s = system.timexes[index]
        tally.pairs += 1
        tally.value_correct += s.value == g.value
        tally.type_correct += s.type == g.type
        if s.value != g.value or s.type != g.type:
            tally.errors.append(
                f"VALUE {gold.name}: {_context(gold.text, g)} gold={g.type} {g.value} system={s.type} {s.value} [{s.text}]"
            )
        elif (s.start, s.end) != (g.start, g.end):
            tally.errors.append(f"SPAN {gold.name}: gold [{g.text}] system [{s.text}]")
    for s in system.timexes:
        if any(_overlaps(s, g) for g in gold.timexes):
            tally.relaxed_system += 1
        else:
            tally.errors.append(f"FALSE {gold.name}: {_context(system.text, s)} system={s.type} {s.value}")


def _context(text: str, span: Span, width: int = 50) -> str:
    left = text[max(0, span.start - width) : span.start].replace("\n", " ")
    right = text[span.end : span.end + width].replace("\n", " ")
    return f"…{left}[{text[span.start:span.end]}]{right}…"


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def figures(tally: Tally) -> dict[str, float]:
    """The TempEval-3 figures × 100."""
    strict_p = tally.strict / tally.system if tally.system else 0.0
    strict_r = tally.strict / tally.gold if tally.gold else 0.0
    relaxed_p = tally.relaxed_system / tally.system if tally.system else 0.0
    relaxed_r = tally.relaxed_gold / tally.gold if tally.gold else 0.0
    relaxed_f = _f1(relaxed_p, relaxed_r)
    value_accuracy = tally.value_correct / tally.pairs if tally.pairs else 0.0
    type_accuracy = tally.type_correct / tally.pairs if tally.pairs else 0.0
    return {
        "strict precision": 100 * strict_p,
        "strict recall": 100 * strict_r,
        "strict F1": 100 * _f1(strict_p, strict_r),
        "relaxed precision": 100 * relaxed_p,
        "relaxed recall": 100 * relaxed_r,
        "relaxed F1": 100 * relaxed_f,
        "value F1": 100 * value_accuracy * relaxed_f,
        "type F1": 100 * type_accuracy * relaxed_f,
    }


def score_directories(gold_dir: str | Path, system_dir: str | Path) -> Tally:
    tally = Tally()
    system_files = {p.name: p for p in Path(system_dir).rglob("*.tml")}
    for gold_path in sorted(Path(gold_dir).rglob("*.tml")):
        gold = read_document(gold_path)
        system_path = system_files.get(gold_path.name)
        system = read_document(system_path) if system_path else Document(gold.name, gold.text, ())
        if system_path is None:
            tally.errors.append(f"NO SYSTEM FILE {gold_path.name}")
        score_document(gold, system, tally)
    return tally


def format_figures(values: dict[str, float], counts: Tally) -> Iterable[str]:
    yield f"expressions: gold {counts.gold}, system {counts.system}"
    for name, value in values.items():
        yield f"{name}: {value:.2f}"


def evaluate_timeml_command(gold_dir: str, system_dir: str, errors: bool = False) -> int:
    tally = score_directories(gold_dir, system_dir)
    if errors:
        for line in sorted(tally.errors, key=lambda e: e.split(" ", 1)[0]):
            print(line)
        print()
    for line in format_figures(figures(tally), tally):
        print(line)
    sys.stdout.flush()
    return 0
