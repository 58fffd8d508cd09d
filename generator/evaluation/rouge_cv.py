"""Repeated k-fold cross-validation of summary methods, with paired bootstrap intervals.

A method's parameters are chosen on the training folds only (the setting of its grid
with the best mean of R1, R2 and RLsum there) and scored on the held-out fold, so a
figure never comes from the articles that chose it. With `repeats` shuffles every
article is held out `repeats` times; its cross-validated score is the mean of those.

Against Lead-3, the difference is paired per article and its 95% interval comes from
a bootstrap over articles. A parameter's *spread* is how far the whole-file score moves
over that parameter's grid (the others at the setting chosen most often). A method
*beats Lead-3 robustly* when its cross-validated mean is above Lead-3's on all three
measures and no parameter's spread is wider than the interval of that difference:
a gain smaller than what a parameter moves it by is a tuning result, not a method's.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..summarize import SummarySettings

# Each parametrised method's grid, fixed before looking at the held-out folds: the
# ranges its authors (or this project, for centroid) consider plausible.
GRIDS: Mapping[str, Mapping[str, tuple[float, ...]]] = {
    "centroid": {"position_decay": (0.0, 0.5, 1.0, 1.5, 2.0), "redundancy": (0.0, 0.2, 0.4, 0.6)},
    "lead_centroid": {"position_decay": (0.0, 0.5, 1.0, 1.5, 2.0), "redundancy": (0.0, 0.2, 0.4, 0.6)},
    # PacSum tunes β in 0…0.6 and λ1 in 0…1 (λ2 = 1 − λ1); λ1 = 1 ignores later sentences.
    "pacsum": {"similarity_threshold": (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6),
               "earlier_weight": (0.0, 0.2, 0.4, 0.6, 0.8)},
    "far": {"similarity_threshold": (0.0, 0.3, 0.6), "earlier_weight": (0.2, 0.6), "facet_weight": (0.0, 0.5, 1.0)},
}
BASELINE = "lead"
Triple = tuple[float, float, float]  # R1, R2, RLsum


@dataclass(frozen=True, slots=True)
class Interval:
    mean: float
    low: float
    high: float

    @property
    def width(self) -> float:
        return self.high - self.low


@dataclass(frozen=True, slots=True)
class Spread:
    parameter: str
    values: tuple[float, ...]
    moves: Triple  # max − min of the whole-file mean over `values`, per measure


@dataclass(frozen=True, slots=True)
class MethodResult:
    method: str
    scores: tuple[Interval, ...]  # cross-validated mean per measure, bootstrap interval
    against_baseline: tuple[Interval, ...]  # paired difference from Lead-3
    chosen: tuple[tuple[str, float], ...]  # parameters chosen most often across folds
    chosen_share: float  # in how many folds that setting was chosen
    spreads: tuple[Spread, ...]

    @property
    def beats_baseline(self) -> bool:
        return all(d.mean > 0 for d in self.against_baseline)

    @property
    def robust(self) -> bool:
        return self.beats_baseline and all(
            moved <= d.width for s in self.spreads for moved, d in zip(s.moves, self.against_baseline)
        )


def grid(method: str, base: SummarySettings) -> list[SummarySettings]:
    parameters = GRIDS.get(method, {})
    names = list(parameters)
    return [
        replace(base, method=method, **dict(zip(names, values)))
        for values in itertools.product(*(parameters[n] for n in names))
    ] or [replace(base, method=method)]


def _mean(rows: Sequence[Triple], indexes: Sequence[int]) -> Triple:
    n = max(len(indexes), 1)
    return tuple(sum(rows[i][k] for i in indexes) / n for k in range(3))  # type: ignore[return-value]


def _parameters(settings: SummarySettings) -> tuple[tuple[str, float], ...]:
    return tuple((name, getattr(settings, name)) for name in GRIDS.get(settings.method, {}))


def cross_validate(
    per_setting: Mapping[SummarySettings, Sequence[Triple]], folds: int, repeats: int, seed: int = 0
) -> tuple[list[Triple], Counter[SummarySettings]]:
    """Each article's held-out score (mean over repeats) and how often each setting won."""
    settings = list(per_setting)
    n = len(next(iter(per_setting.values())))
    if not 2 <= folds <= n:
        raise ValueError(f"--cv needs 2 to {n} folds for {n} articles")
    shuffle = random.Random(seed)
    totals = [[0.0, 0.0, 0.0] for _ in range(n)]
    wins: Counter[SummarySettings] = Counter()
    for _ in range(repeats):
        order = list(range(n))
        shuffle.shuffle(order)
        for fold in range(folds):
            held = order[fold::folds]
            held_set = set(held)
            train = [i for i in order if i not in held_set]
            # Best mean of the three measures on the training folds; ties go to the
            # setting listed first, so the choice is deterministic.
            best = max(settings, key=lambda s: sum(_mean(per_setting[s], train)))
            wins[best] += 1
            for i in held:
                for k in range(3):
                    totals[i][k] += per_setting[best][i][k]
    return [tuple(t / repeats for t in row) for row in totals], wins  # type: ignore[misc]


def bootstrap(values: Sequence[float], resamples: int = 2000, seed: int = 0) -> Interval:
    """The mean of `values` and its 95% percentile bootstrap interval."""
    draw = random.Random(seed)
    n = len(values)
    means = sorted(sum(values[draw.randrange(n)] for _ in range(n)) / n for _ in range(resamples))
    return Interval(sum(values) / n, means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1])


def spreads(method: str, chosen: SummarySettings, per_setting: Mapping[SummarySettings, Sequence[Triple]]) -> tuple[Spread, ...]:
    everyone = range(len(next(iter(per_setting.values()))))
    out = []
    for name, values in GRIDS.get(method, {}).items():
        means = [_mean(per_setting[replace(chosen, **{name: v})], everyone) for v in values]
        moves = tuple(max(m[k] for m in means) - min(m[k] for m in means) for k in range(3))
        out.append(Spread(name, values, moves))  # type: ignore[arg-type]
    return tuple(out)


def evaluate_method(
    method: str,
    score_all: Callable[[SummarySettings], list[Triple]],
    baseline: Sequence[Triple],
    base: SummarySettings,
    folds: int,
    repeats: int,
) -> MethodResult:
    per_setting = {s: score_all(s) for s in grid(method, base)}
    held_out, wins = cross_validate(per_setting, folds, repeats)
    chosen, count = wins.most_common(1)[0]
    scores = tuple(bootstrap([row[k] for row in held_out]) for k in range(3))
    differences = tuple(bootstrap([row[k] - lead[k] for row, lead in zip(held_out, baseline)]) for k in range(3))
    return MethodResult(
        method, scores, differences, _parameters(chosen), count / sum(wins.values()), spreads(method, chosen, per_setting)
    )


def verdict(result: MethodResult) -> str:
    if result.robust:
        return "beats Lead-3 robustly"
    if result.beats_baseline:
        return "above Lead-3, not robustly (a parameter moves it more than the interval)"
    return "not above Lead-3 on all three"


def format_report(results: Sequence[MethodResult], folds: int, repeats: int, count: int) -> str:
    head = f"{repeats}× repeated {folds}-fold cross-validation on {count} articles; 95% bootstrap intervals"
    lines = [head, "", f"{'method':<14} " + "  ".join(f"{m:<21}" for m in ("R1", "R2", "RLsum"))]
    for r in results:
        cells = "  ".join(f"{i.mean:5.2f} [{i.low:5.2f}, {i.high:5.2f}]" for i in r.scores)
        lines.append(f"{r.method:<14} {cells}")
    lines += ["", "difference from Lead-3 (paired)", f"{'method':<14} " + "  ".join(f"{m:<23}" for m in ("R1", "R2", "RLsum"))]
    for r in results:
        if r.method == BASELINE:
            continue
        cells = "  ".join(f"{d.mean:+6.2f} [{d.low:+6.2f}, {d.high:+6.2f}]" for d in r.against_baseline)
        lines.append(f"{r.method:<14} {cells}  {verdict(r)}")
    winners = [r.method for r in results if r.method != BASELINE and r.robust]
    lines += ["", f"beats Lead-3 robustly: {', '.join(winners) or 'none'}"]
    tuned = [r for r in results if r.spreads]
    if tuned:
        lines += ["", "parameters: chosen most often (share of folds); spread = how far each moves R1 / R2 / RLsum"]
        for r in tuned:
            chosen = ", ".join(f"{name}={value:g}" for name, value in r.chosen)
            lines.append(f"{r.method:<14} {chosen} ({r.chosen_share:.0%})")
            for s in r.spreads:
                moves = " / ".join(f"{m:.2f}" for m in s.moves)
                values = ", ".join(f"{v:g}" for v in s.values)
                lines.append(f"{'':<16}{s.parameter} over {values}: {moves}")
    return "\n".join(lines)
