"""Check-ins in the model, progress from baseline to target, scores and their colours at the boundaries."""

from __future__ import annotations

import pytest

from okrworkshop.model import Board, CheckIn, KeyResult, ModelError, Objective, Team, Workshop, removal_plan
from okrworkshop.model.progress import (
    computed_score,
    confidence_band,
    in_tenths,
    latest_check_in,
    mean_score,
    objective_score,
    progress,
    score,
    score_band,
)


def _kr(board: Board, title_start: str) -> KeyResult:
    return next(k for k in board.key_results() if k.title.startswith(title_start))


def test_check_ins_come_oldest_first_whatever_the_order_they_were_added(board: Board) -> None:
    kr = _kr(board, "Faire passer la part")
    board.add(CheckIn(kr.id, "2027-02-01", 83, 7, id="c0"))
    assert [c.id for c in board.check_ins(kr.id)] == ["c0", "c1", "c2"]
    assert board.check_ins(_kr(board, "Réduire").id) == []


@pytest.mark.parametrize("bad", ["2027-2-8", "08/02/2027", "2027-02-30", "", "2027-02-08T10:00"])
def test_a_check_in_date_is_a_real_iso_date(board: Board, bad: str) -> None:
    kr = _kr(board, "Faire passer la part")
    with pytest.raises(ModelError, match="YYYY-MM-DD"):
        board.add(CheckIn(kr.id, bad, 1.0, 5))


@pytest.mark.parametrize(
    ("confidence", "ok"), [(-1, False), (0, True), (10, True), (11, False), (True, False)]
)
def test_check_in_confidence_runs_from_0_to_10(board: Board, confidence: int, ok: bool) -> None:
    kr = _kr(board, "Faire passer la part")
    check_in = CheckIn(kr.id, "2027-03-01", 90, confidence)
    if ok:
        board.add(check_in)
    else:
        with pytest.raises(ModelError, match="confidence"):
            board.add(check_in)


def test_a_check_in_belongs_to_a_key_result(board: Board) -> None:
    objective = board.objectives()[0]
    with pytest.raises(ModelError, match="unknown key result"):
        board.add(CheckIn(objective.id, "2027-03-01", 1, 5))


@pytest.mark.parametrize(("value", "ok"), [(0.0, True), (1.0, True), (-0.01, False), (1.01, False)])
def test_an_overridden_score_runs_from_0_to_1(board: Board, value: float, ok: bool) -> None:
    kr = _kr(board, "Faire passer la part")
    if ok:
        board.update(kr.id, score=value)
    else:
        with pytest.raises(ModelError, match="score"):
            board.update(kr.id, score=value)


def test_decisions_are_keep_adjust_or_drop(board: Board) -> None:
    objective = board.objectives()[0]
    for decision in ("keep", "adjust", "drop", ""):
        board.update(objective.id, decision=decision)
    with pytest.raises(ModelError, match="keep, adjust or drop"):
        board.update(objective.id, decision="garder")


def test_deleting_a_key_result_takes_its_check_ins_and_undo_brings_them_back(board: Board) -> None:
    kr = _kr(board, "Faire passer la part")
    plan = removal_plan(board, [kr.id])
    assert {e.id for e in plan.removals} >= {"c1", "c2", kr.id}
    before = board.check_ins(kr.id)
    plan.apply(board)
    assert "c1" not in board and kr.id not in board
    plan.revert(board)
    assert board.check_ins(kr.id) == before


@pytest.mark.parametrize(
    ("baseline", "target", "value", "expected"),
    [
        (82, 95, 82, 0.0),
        (82, 95, 95, 1.0),
        (82, 95, 88.5, 0.5),
        (82, 95, 80.7, -0.1),
        (12, 4, 8, 0.5),  # a decrease halfway
        (12, 4, 2, 1.25),  # beyond the target
        (12, 4, 13, -0.125),
    ],
)
def test_progress_runs_from_baseline_to_target_in_both_directions(
    baseline: float, target: float, value: float, expected: float
) -> None:
    direction = "decrease" if target < baseline else "increase"
    kr = KeyResult("o", "x", baseline=baseline, target=target, direction=direction)
    assert progress(kr, value) == pytest.approx(expected)


def test_progress_needs_a_value_a_target_and_a_baseline() -> None:
    assert progress(KeyResult("o", "x", baseline=1, target=2)) is None  # no value
    assert progress(KeyResult("o", "x", baseline=1, current=2)) is None  # no target
    assert progress(KeyResult("o", "x", target=2, current=1)) is None  # a metric without baseline
    assert progress(KeyResult("o", "x", kind="milestone", target=4, current=1)) == 0.25
    held = KeyResult("o", "x", direction="maintain", baseline=3, target=3)
    assert progress(held, 3) == 1.0 and progress(held, 2.9) == 0.0


@pytest.mark.parametrize(
    ("share", "tenths"), [(0.649, 0.6), (0.65, 0.7), (0.7, 0.7), (0.96, 1.0), (1.3, 1.0), (-0.2, 0.0)]
)
def test_scores_are_in_tenths_halves_up_and_held_between_0_and_1(share: float, tenths: float) -> None:
    assert in_tenths(share) == tenths


def test_score_is_the_teams_own_when_set_else_the_computed_one(board: Board) -> None:
    kr = _kr(board, "Faire passer la part")  # 82 -> 95, at 88: 6/13 = 0.46 -> 0.5
    assert computed_score(kr) == 0.5
    assert score(kr) == 0.6  # overridden
    assert score(board.update(kr.id, score=None)) == 0.5  # type: ignore[arg-type]
    objective = board.objectives()[0]
    # The other key result has no value yet: the objective scores its one scored key result.
    assert objective_score(board, objective) == 0.5
    other = _kr(board, "Réduire")
    board.update(other.id, current=6.0)  # 12 -> 4 at 6: 0.75 -> 0.8
    assert objective_score(board, objective) == 0.65


@pytest.mark.parametrize(
    ("value", "kind", "band"),
    [
        (0.7, "aspirational", "green"),
        (0.69, "aspirational", "amber"),
        (0.4, "aspirational", "amber"),
        (0.39, "aspirational", "red"),
        (1.0, "committed", "green"),
        (0.99, "committed", "amber"),
        (0.7, "committed", "amber"),
        (0.69, "committed", "red"),
        (0.1 + 0.2 + 0.4, "aspirational", "green"),  # 0.7000000000000001 and 0.7 alike
    ],
)
def test_score_colours_are_the_trainers(value: float, kind: str, band: str) -> None:
    assert score_band(value, kind) == band  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("confidence", "band"), [(0, "red"), (3, "red"), (4, "amber"), (6, "amber"), (7, "green")]
)
def test_confidence_colours(confidence: int, band: str) -> None:
    assert confidence_band(confidence) == band


@pytest.mark.parametrize(
    ("direction", "value", "expected"),
    [
        # A level to hold (baseline = target = 5): met or not, at the level and a step either side.
        ("decrease", 5.0, 1.0),
        ("decrease", 4.9, 1.0),  # under a ceiling: held
        ("decrease", 5.1, 0.0),
        ("increase", 5.0, 1.0),
        ("increase", 5.1, 1.0),  # over a floor: held
        ("increase", 4.9, 0.0),
        ("maintain", 5.0, 1.0),
        ("maintain", 4.9, 0.0),
        ("maintain", 5.1, 0.0),
    ],
)
def test_a_level_to_hold_is_met_or_not_by_its_direction(
    direction: str, value: float, expected: float
) -> None:
    kr = KeyResult("o", "x", baseline=5.0, target=5.0, direction=direction)  # type: ignore[arg-type]
    assert progress(kr, value) == expected


def test_an_objective_scores_its_own_key_results_only() -> None:
    board = Board(Workshop(title="Deux objectifs"))
    team = board.add(Team("Ventes"))
    first = board.add(Objective(team.id, "Fidéliser", order=0.0))
    second = board.add(Objective(team.id, "Conquérir", order=1.0))
    for objective, scores in ((first, (0.5, 0.6, 0.6)), (second, (1.0,))):
        for n, value in enumerate(scores):
            board.add(KeyResult(objective.id, f"KR {n}", order=float(n), score=value))
    # (0.5 + 0.6 + 0.6) / 3 = 0.5666…: in hundredths, 0.57; the other objective's 1.0 stays out.
    assert objective_score(board, first) == 0.57
    assert objective_score(board, second) == 1.0


def test_a_mean_of_no_score_is_none_not_zero() -> None:
    assert mean_score([]) is None
    assert mean_score([KeyResult("o", "x", baseline=1, target=2)]) is None  # no value: no score


def test_score_colours_forgive_float_noise_only() -> None:
    # Sums of tenths miss 0.7 by ~1e-16; a millionth under the bar is a real miss.
    assert score_band(0.7 - 4e-7, "aspirational") == "green"
    assert score_band(0.7 - 1e-6, "aspirational") == "amber"


def test_the_latest_check_in_is_the_last_by_date(board: Board) -> None:
    kr = next(k for k in board.key_results() if not board.check_ins(k.id))
    assert latest_check_in(board, kr.id) is None
    board.add(CheckIn(kr.id, "2027-02-10", value=3.0, confidence=6))
    board.add(CheckIn(kr.id, "2027-01-20", value=2.0, confidence=7))
    board.add(CheckIn(kr.id, "2027-02-03", value=2.5, confidence=7))
    latest = latest_check_in(board, kr.id)  # the last of three by date, whatever the order added
    assert latest is not None and (latest.date, latest.value) == ("2027-02-10", 3.0)
