"""The follow-up rules, each at the exact boundary of its threshold, and the checker kept up to date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from okrworkshop.model import Board, CheckIn, KeyResult, Objective, Team, Workshop
from okrworkshop.rules import Checker, check_board

START = date(2027, 2, 1)


def _board(kind: str = "aspirational", **workshop: object) -> tuple[Board, KeyResult, KeyResult]:
    board = Board(Workshop(title="suivi", language="fr", period="2027-T1", **workshop))  # type: ignore[arg-type]
    team = board.add(Team("Atelier"))
    objective = board.add(
        Objective(team.id, "Devenir l’imprimeur préféré du quartier", owner="Inès", kind=kind)
    )
    first = board.add(
        KeyResult(objective.id, "Faire passer le NPS de 31 à 45", owner="Léa", baseline=31, target=45)
    )
    second = board.add(
        KeyResult(
            objective.id,
            "Réduire les retards de 12 à 4 par mois",
            owner="Tom",
            order=1,
            direction="decrease",
            baseline=12,
            target=4,
        )
    )
    return board, first, second


def _check_in(board: Board, kr: KeyResult, week: int, value: float | None, confidence: int | None) -> None:
    board.add(CheckIn(kr.id, (START + timedelta(weeks=week)).isoformat(), value, confidence))


def _rules(board: Board, kr: KeyResult, lang: str = "fr") -> dict[str, str]:
    return {f.rule: f.message for f in check_board(board, lang=lang) if f.entity_id == kr.id}


def test_a_board_without_check_ins_gets_no_follow_up_finding() -> None:
    board, first, _ = _board("committed")
    board.update(first.id, confidence=5)
    rules = {f.rule for f in check_board(board)}
    assert not rules & {
        "confidence-dropping",
        "check-in-missing",
        "committed-confidence-low",
        "progress-stalled",
    }


@pytest.mark.parametrize(
    ("confidences", "fires"),
    [
        ([7, 6, 5], True),
        ([7, 6, 6], False),
        ([7, 7, 6], False),
        ([6, 5], False),
        ([9, 7, 6, 5], True),
        ([5, 6, 5], False),
    ],
)
def test_confidence_dropping_two_check_ins_in_a_row(confidences: list[int], fires: bool) -> None:
    board, first, _ = _board()
    for week, confidence in enumerate(confidences):
        _check_in(board, first, week, 31 + 2 * week, confidence)
    found = _rules(board, first)
    assert ("confidence-dropping" in found) is fires
    if fires:
        assert found["confidence-dropping"] == (
            f"La confiance baisse depuis 2 points d’étape\u202f: de {confidences[-3]}/10 à {confidences[-1]}/10."
        )


def test_the_number_of_drops_is_a_threshold() -> None:
    board, first, _ = _board(thresholds={"confidence_drops": 3.0})
    for week, confidence in enumerate([7, 6, 5]):
        _check_in(board, first, week, 31 + week, confidence)
    assert "confidence-dropping" not in _rules(board, first)
    _check_in(board, first, 3, 40, 4)
    assert "confidence-dropping" in _rules(board, first)


@pytest.mark.parametrize(("days", "fires"), [(13, False), (14, True), (21, True)])
def test_no_check_in_for_two_weeks(days: int, fires: bool) -> None:
    board, first, second = _board()
    _check_in(board, first, 0, 32, 7)
    _check_in(board, second, 0, 11, 7)
    board.add(CheckIn(first.id, (START + timedelta(days=days)).isoformat(), 35, 7))
    found = _rules(board, second, "en")
    assert ("check-in-missing" in found) is fires
    assert "check-in-missing" not in _rules(board, first)
    if fires:
        assert found["check-in-missing"] == (
            f"No check-in for {days // 7} weeks ({days} days): who is still following this key result?"
        )


def test_a_key_result_never_checked_in_counts_from_the_first_check_in_of_the_board() -> None:
    board, first, second = _board()
    _check_in(board, first, 0, 32, 7)
    _check_in(board, first, 1, 33, 7)
    assert "check-in-missing" not in _rules(board, second)  # 7 days
    _check_in(board, first, 2, 34, 7)
    assert "check-in-missing" in _rules(board, second)  # 14 days


@pytest.mark.parametrize(("confidence", "fires"), [(7, True), (8, False), (10, False)])
def test_a_committed_key_result_under_8_out_of_10(confidence: int, fires: bool) -> None:
    board, first, _ = _board("committed")
    _check_in(board, first, 0, 33, confidence)
    board.update(first.id, confidence=confidence)
    assert ("committed-confidence-low" in _rules(board, first)) is fires


def test_an_aspirational_key_result_may_sit_under_8() -> None:
    board, first, _ = _board("aspirational")
    _check_in(board, first, 0, 33, 5)
    board.update(first.id, confidence=5)
    assert "committed-confidence-low" not in _rules(board, first)


@pytest.mark.parametrize(
    ("values", "fires"),
    [
        ([35, 35, 35], True),
        ([35, 35], False),
        ([35, 35, 36], False),
        ([35, 36, 35], True),  # back where it was three check-ins ago
        ([35, 34, 33], True),  # the wrong way
        ([44, 45, 45], False),  # the target is reached: nothing left to move
    ],
)
def test_progress_stalled_over_three_check_ins(values: list[float], fires: bool) -> None:
    board, first, _ = _board()
    for week, value in enumerate(values):
        _check_in(board, first, week, value, 7)
    assert ("progress-stalled" in _rules(board, first)) is fires


def test_progress_stalled_reads_the_direction_of_a_decrease() -> None:
    board, _, second = _board()
    for week, value in enumerate([10, 9, 8]):
        _check_in(board, second, week, value, 7)
    assert "progress-stalled" not in _rules(board, second)
    _check_in(board, second, 3, 8, 7)
    _check_in(board, second, 4, 9, 7)
    assert "progress-stalled" in _rules(board, second)


def test_the_live_checker_follows_check_ins_as_they_come_and_go() -> None:
    board, first, second = _board("committed")
    checker = Checker(board)
    checker.refresh()
    _check_in(board, first, 0, 32, 8)
    _check_in(board, second, 0, 11, 8)
    board.update(first.id, confidence=8)
    checker.refresh({c.id for c in board.all(CheckIn)} | {first.id})
    assert checker.findings_for(second.id) == []
    late = CheckIn(first.id, (START + timedelta(weeks=2)).isoformat(), 34, 6)
    board.add(late)
    board.update(first.id, confidence=6)
    changed = checker.refresh({late.id, first.id})
    assert {second.id, first.id} <= changed
    assert {f.rule for f in checker.findings_for(second.id)} == {"check-in-missing"}
    assert "committed-confidence-low" in {f.rule for f in checker.findings_for(first.id)}
    board.remove(late.id)
    board.update(first.id, confidence=8)
    checker.refresh({late.id, first.id})
    assert checker.findings_for(second.id) == []
    # The objective becoming aspirational re-checks its key results.
    board.update(first.id, confidence=6)
    checker.refresh({first.id})
    board.update(board.objectives()[0].id, kind="aspirational")
    checker.refresh({board.objectives()[0].id})
    assert "committed-confidence-low" not in {f.rule for f in checker.findings_for(first.id)}
    # Every incremental verdict equals a full check's.
    assert [(f.rule, f.path) for f in checker.findings()] == [(f.rule, f.path) for f in check_board(board)]
