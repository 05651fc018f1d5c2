"""Snapshots rebuild the board they kept; comparisons see content, not moves; the countdown."""

from __future__ import annotations

import pytest

from okrworkshop.errors import InputError
from okrworkshop.interchange import board_to_dict
from okrworkshop.model import Board, KeyResult, Objective, Snapshot
from okrworkshop.workflow import Countdown, board_of, compare, snapshot_data
from okrworkshop.workflow.timer import format_clock


def _cards(board: Board) -> dict:
    data = board_to_dict(board)
    data.pop("rounds", None)
    data.pop("snapshots", None)
    return data


def test_a_snapshot_rebuilds_the_board_it_kept(rich_board: Board) -> None:
    snapshot = Snapshot("Fin du tour 2", snapshot_data(rich_board))
    rich_board.update(rich_board.objectives()[0].id, title="Changé après la photo")
    rebuilt = board_of(snapshot)
    assert rebuilt.objectives()[0].title.startswith("Offrir une expérience")
    assert rebuilt.snapshots() == []
    rich_board.update(rich_board.objectives()[0].id, title=rebuilt.objectives()[0].title)
    assert _cards(rebuilt) == _cards(rich_board)


def test_a_damaged_snapshot_is_reported() -> None:
    with pytest.raises(InputError, match="snapshot 'x' is damaged"):
        board_of(Snapshot("x", "{not json"))


def test_compare_reports_added_changed_removed_but_not_moves(rich_board: Board) -> None:
    before = board_of(Snapshot("avant", snapshot_data(rich_board)))
    objective = rich_board.objectives()[0]
    rich_board.update(objective.id, x=objective.x + 300)  # a move only
    kr = rich_board.key_results(objective.id)[0]
    rich_board.update(kr.id, target=60.0, owner="Marc")
    added = rich_board.add(KeyResult(objective.id, "Panier moyen de 6 à 8 €", order=5))
    leaf = rich_board.objectives()[-1]
    rich_board.remove(leaf.id)
    diff = compare(before, rich_board)
    assert [c.id for c in diff.added] == [added.id]
    assert [(c.id, c.fields) for c in diff.changed] == [(kr.id, ("owner", "target"))]
    assert [(c.id, c.kind, c.team) for c in diff.removed] == [(leaf.id, "Objective", "Cuisine")]
    assert diff.status_of(kr.id) == "changed"
    assert diff.status_of(objective.id) is None
    assert compare(rich_board, rich_board).is_empty


def test_countdown_pauses_extends_and_runs_over() -> None:
    now = [100.0]
    countdown = Countdown(600, clock=lambda: now[0])
    assert countdown.remaining() == 600
    countdown.start()
    now[0] += 120
    assert countdown.remaining() == 480
    countdown.pause()
    now[0] += 1000
    assert countdown.remaining() == 480
    assert not countdown.running
    countdown.toggle()
    countdown.extend(60)
    now[0] += 540
    assert countdown.finished
    assert countdown.overtime() == 0
    now[0] += 30
    assert countdown.overtime() == 30
    countdown.extend(-10_000)
    assert countdown.remaining() == 0


@pytest.mark.parametrize(
    ("seconds", "text"), [(754, "12:34"), (0, "00:00"), (0.2, "00:01"), (3754, "1:02:34")]
)
def test_format_clock(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text


def test_snapshot_keeps_ids_so_rounds_compare_card_by_card(rich_board: Board) -> None:
    rebuilt = board_of(Snapshot("s", snapshot_data(rich_board)))
    assert {o.id for o in rebuilt.all(Objective)} == {o.id for o in rich_board.all(Objective)}


def test_a_resumed_countdown_counts_the_time_already_used() -> None:
    now = [0.0]
    countdown = Countdown.resumed(600, 700, clock=lambda: now[0])
    assert countdown.running
    assert countdown.finished
    assert countdown.overtime() == 100
    now[0] += 20
    assert countdown.overtime() == 120
