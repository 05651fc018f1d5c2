"""Undo commands of the follow-up: weekly check-ins, quarter-end scores, keep / adjust / drop, lessons.

A check-in is one step: the dated record and the key result's current value and confidence change
together (the key result always shows its latest check-in), and undo restores both.
"""

from __future__ import annotations

from okrworkshop.canvas.commands.base import BoardCommand, ChangeSet, tr
from okrworkshop.model import Board, CheckIn, KeyResult, ModelError, Objective, Team
from okrworkshop.model.progress import computed_score


def _latest(changes: ChangeSet, key_result_id: str) -> CheckIn | None:
    found = changes.children(CheckIn, "key_result_id", key_result_id)
    return max(found, key=lambda c: (c.date, c.id)) if found else None


def follow_latest(changes: ChangeSet, key_result_id: str) -> None:
    """Give the key result the value and confidence of its latest check-in (as the changes leave it)."""
    latest = _latest(changes, key_result_id)
    if latest is None:
        return
    values: dict[str, object] = {}
    if latest.value is not None:
        values["current"] = latest.value
    if latest.confidence is not None:
        values["confidence"] = latest.confidence
    changes.update(key_result_id, **values)


class CheckInKeyResult(BoardCommand):
    """Record where a key result stands on a date, with the team's confidence and a short comment."""

    def __init__(
        self,
        board: Board,
        key_result_id: str,
        date: str,
        value: float | None,
        confidence: int | None,
        comment: str = "",
    ) -> None:
        board.typed(key_result_id, KeyResult)
        if value is None and confidence is None:
            raise ModelError(tr("a check-in gives a value, a confidence or both"))
        changes = ChangeSet(board)
        check_in = changes.add(CheckIn(key_result_id, date, value, confidence, comment.strip()))
        follow_latest(changes, key_result_id)
        super().__init__(board, tr("Check in key result"), changes.changes)
        self.check_in_id = check_in.id


class DeleteCheckIn(BoardCommand):
    """Forget one check-in; the key result goes back to the latest one left."""

    def __init__(self, board: Board, check_in_id: str) -> None:
        check_in = board.typed(check_in_id, CheckIn)
        changes = ChangeSet(board)
        changes.remove(check_in_id)
        follow_latest(changes, check_in.key_result_id)
        super().__init__(board, tr("Delete check-in"), changes.changes)


class ScoreKeyResult(BoardCommand):
    """Set a key result's quarter-end score by hand (None: back to the score its progress gives)."""

    def __init__(self, board: Board, key_result_id: str, score: float | None) -> None:
        board.typed(key_result_id, KeyResult)
        changes = ChangeSet(board)
        changes.update(key_result_id, score=None if score is None else round(float(score), 2))
        super().__init__(board, tr("Score key result"), changes.changes)


class ScoreFromProgress(BoardCommand):
    """Score every key result of a team that has no score yet with the score its progress gives."""

    def __init__(self, board: Board, team_id: str) -> None:
        board.typed(team_id, Team)
        changes = ChangeSet(board)
        for objective in board.objectives(team_id):
            for kr in board.key_results(objective.id):
                computed = computed_score(kr)
                if kr.score is None and computed is not None:
                    changes.update(kr.id, score=computed)
        super().__init__(board, tr("Score from progress"), changes.changes)


class DecideCard(BoardCommand):
    """Keep, adjust or drop an objective or a key result next quarter ("" : undecided)."""

    def __init__(self, board: Board, card_id: str, decision: str) -> None:
        card = board.get(card_id)
        if not isinstance(card, (Objective, KeyResult)):
            raise ModelError(f"{card_id!r} is not an objective or a key result")
        changes = ChangeSet(board)
        changes.update(card_id, decision=decision)
        texts = {
            "keep": tr("Keep for next quarter"),
            "adjust": tr("Adjust for next quarter"),
            "drop": tr("Drop next quarter"),
            "": tr("Clear the decision"),
        }
        super().__init__(board, texts.get(decision, texts[""]), changes.changes)


class WriteLessons(BoardCommand):
    """Write down what a team learnt this quarter."""

    def __init__(self, board: Board, team_id: str, lessons: str) -> None:
        board.typed(team_id, Team)
        changes = ChangeSet(board)
        changes.update(team_id, lessons=lessons.strip())
        super().__init__(board, tr("Write what the team learnt"), changes.changes)
