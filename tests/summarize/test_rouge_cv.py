"""Cross-validation and bootstrap intervals of `evaluate rouge --cv`, on numbers made up
so that the right answer is known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli.main import main
from generator.evaluation.rouge_cv import Interval, MethodResult, Spread, bootstrap, cross_validate, grid
from generator.summarize import SummarySettings

A = SummarySettings(method="centroid", position_decay=0.0)
B = SummarySettings(method="centroid", position_decay=1.0)


def test_parameters_are_chosen_without_the_held_out_article() -> None:
    # A is far better on article 0 and worse everywhere else. Leave-one-out: while
    # article 0 is held out, B wins on the others, so article 0 is scored with B; while
    # any other article is held out, article 0 is in training and A wins.
    per_setting = {
        A: [(90.0, 90.0, 90.0)] + [(10.0, 10.0, 10.0)] * 4,
        B: [(20.0, 20.0, 20.0)] + [(11.0, 11.0, 11.0)] * 4,
    }
    held_out, wins = cross_validate(per_setting, folds=5, repeats=3)
    assert held_out == [(20.0, 20.0, 20.0)] + [(10.0, 10.0, 10.0)] * 4
    assert wins == {A: 12, B: 3}


def test_cross_validation_is_repeatable_and_checks_its_folds() -> None:
    per_setting = {A: [(float(i), 0.0, 0.0) for i in range(10)], B: [(0.0, float(i), 1.0) for i in range(10)]}
    assert cross_validate(per_setting, 3, 4, seed=7) == cross_validate(per_setting, 3, 4, seed=7)
    with pytest.raises(ValueError):
        cross_validate(per_setting, folds=11, repeats=1)


def test_bootstrap_interval_holds_the_mean_and_shrinks_to_a_point_for_constants() -> None:
    values = [float(v % 7) for v in range(50)]
    interval = bootstrap(values)
    assert interval.low < interval.mean < interval.high
    assert bootstrap([2.5] * 20) == Interval(2.5, 2.5, 2.5)


def test_grid_lists_every_combination_of_the_method_parameters() -> None:
    settings = grid("centroid", SummarySettings(sentences=3))
    assert len(settings) == len({(s.position_decay, s.redundancy) for s in settings}) == 5 * 4
    assert grid("lead", SummarySettings(sentences=3)) == [SummarySettings(method="lead", sentences=3)]


def _result(differences: tuple[float, ...], moves: tuple[float, float, float]) -> MethodResult:
    against = tuple(Interval(d, d - 0.5, d + 0.5) for d in differences)  # width 1.0
    return MethodResult("centroid", against, against, (("redundancy", 0.4),), 1.0, (Spread("redundancy", (0.0, 0.4), moves),))


def test_robust_means_above_lead_on_all_three_and_no_parameter_moves_more_than_the_interval() -> None:
    assert _result((0.2, 0.1, 0.3), (0.5, 0.9, 1.0)).robust
    assert not _result((0.2, 0.1, 0.3), (0.5, 1.2, 0.1)).robust  # a parameter matters more
    assert not _result((0.2, -0.1, 0.3), (0.0, 0.0, 0.0)).robust  # loses on R2
    assert _result((0.2, 0.1, 0.3), (0.5, 1.2, 0.1)).beats_baseline


def test_evaluate_rouge_cv_prints_intervals_and_differences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "dev.jsonl"
    articles = [
        ("The council voted to close the old bridge over the river. Engineers said the bridge was unsafe. "
         "The mayor said a new bridge would be built. Drivers will use the town road. Shops fear losses.",
         "Council closes old bridge . Engineers say it is unsafe ."),
        ("A storm hit the coast on Monday and cut power to homes. Rain flooded the main road to the port. "
         "The coach said the game was off. Crews worked to restore power. Schools stay closed.",
         "Storm cuts power to coast homes . Schools stay closed ."),
        ("The team won the final after extra time in the city. The coach praised the young players. "
         "Fans filled the streets at night. The mayor will host the team. The river parade is next week.",
         "Team wins final after extra time . Mayor to host team ."),
        ("Police opened an inquiry into the fire at the school. No one was hurt in the fire. "
         "The school will reopen next month. Parents met the head teacher. The budget for repairs is set.",
         "Inquiry into school fire . School to reopen next month ."),
    ]
    data.write_text("".join(json.dumps({"id": str(i), "article": a, "reference": r}) + "\n"
                            for i, (a, r) in enumerate(articles)), encoding="utf-8")
    assert main(["evaluate", "rouge", str(data), "--cv", "2", "--repeats", "2",
                 "--method", "centroid", "--method", "lexrank"]) == 0
    out = capsys.readouterr().out
    assert "2× repeated 2-fold cross-validation on 4 articles" in out
    table = out.split("difference from Lead-3")[0].splitlines()
    assert [line.split()[0] for line in table if line.startswith(("lead", "centroid", "lexrank"))] == [
        "lead", "centroid", "lexrank"]
    assert "position_decay over 0, 0.5, 1, 1.5, 2:" in out
    assert main(["evaluate", "rouge", str(data), "--cv", "5"]) == 2  # more folds than articles
