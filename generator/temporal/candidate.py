"""A rule's match before it becomes a Timex: span, rule position and what the rule emitted."""

from __future__ import annotations

from dataclasses import dataclass

from .rules import Emit


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    order: int  # rule position: lower wins a tie
    emit: Emit
