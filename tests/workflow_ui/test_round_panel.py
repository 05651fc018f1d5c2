"""The rounds dock driven with real clicks, checked on the model and on the file reopened from disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QTreeWidget
from pytestqt.qtbot import QtBot

from okrworkshop.canvas.document import Document
from okrworkshop.canvas.round_commands import StartRound, TakeSnapshot
from okrworkshop.interchange import board_to_dict
from okrworkshop.model import Board, KeyResult, Snapshot
from okrworkshop.ui.round_panel import RoundsDock
from okrworkshop.ui.round_timer import RoundTimer
from okrworkshop.workflow import board_of
from okrworkshop.workflow.rounds import round_state

LEFT = Qt.MouseButton.LeftButton


class Moments:
    """Timestamps handed out one after the other, a minute apart (the panel's injected 'now')."""

    def __init__(self) -> None:
        self.minute = 0

    def __call__(self) -> str:
        self.minute += 1
        return f"2020-01-12T09:{self.minute:02d}:00+01:00"


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def panel(qtbot: QtBot, document: Document) -> tuple[RoundsDock, RoundTimer, Clock]:
    clock = Clock()
    timer = RoundTimer(clock=clock)
    dock = RoundsDock(document, timer, now=Moments())
    for widget in (timer, dock):
        qtbot.addWidget(widget)
        widget.show()
    dock.resize(520, 720)
    return dock, timer, clock


def _click_row(qtbot: QtBot, view: QTreeWidget, row: int) -> None:
    item = view.topLevelItem(row)
    assert item is not None
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualItemRect(item).center())
    assert view.currentItem() is item


def _column(view: QTreeWidget, column: int) -> list[str]:
    return [view.topLevelItem(i).text(column) for i in range(view.topLevelItemCount())]  # type: ignore[union-attr]


def _cards(board: Board) -> dict:
    data = board_to_dict(board)
    data.pop("rounds", None)
    data.pop("snapshots", None)
    return data


def test_start_and_end_a_round_keeps_its_snapshot_through_undo_and_reopening(
    qtbot: QtBot, panel, document: Document, workshop_path: Path
) -> None:
    dock, timer, clock = panel
    board = document.board
    rounds = board.rounds()
    assert _column(dock.rounds_view, 1) == [r.title for r in rounds]
    assert dock.selected_round_id() == rounds[0].id  # the next round to run is proposed
    assert not dock.end_button.isEnabled()

    _click_row(qtbot, dock.rounds_view, 1)
    qtbot.mouseClick(dock.start_button, LEFT)
    dialog = dock.instructions_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.instructions_label.text() == rounds[1].instructions
    assert board.get(rounds[1].id).started_at == ""  # nothing starts before the trainer says so
    qtbot.mouseClick(dialog.start_button, LEFT)

    assert round_state(board.get(rounds[1].id)) == "running"  # type: ignore[arg-type]
    assert timer.countdown is not None and timer.countdown.running
    assert timer.face.text == "15:00"
    assert _column(dock.rounds_view, 3)[1] == "▶ running"
    assert not dock.start_button.isEnabled() and dock.end_button.isEnabled()

    clock.now += 14 * 60
    timer.refresh()
    qtbot.mouseClick(dock.end_button, LEFT)
    snapshots = board.snapshots()
    assert [(s.name, s.round_id) for s in snapshots] == [("Tour 2 — fin", rounds[1].id)]
    assert _cards(board_of(snapshots[0])) == _cards(board)
    assert timer.countdown is None
    assert _column(dock.rounds_view, 3)[1] == "✓ done"
    assert _column(dock.snapshots_view, 0) == ["Tour 2 — fin"]
    assert _column(dock.snapshots_view, 2) == [rounds[1].title]

    document.undo_stack.undo()
    assert board.snapshots() == []
    assert _column(dock.rounds_view, 3)[1] == "▶ running"
    assert timer.countdown is not None  # the round runs again, and so does its countdown
    document.undo_stack.redo()
    assert [s.id for s in board.snapshots()] == [snapshots[0].id]
    assert timer.countdown is None

    document.close()
    reopened = Document.open(workshop_path)
    try:
        again = RoundsDock(reopened, RoundTimer(clock=clock))
        qtbot.addWidget(again)
        assert _column(again.rounds_view, 3) == [
            "○ to do",
            "✓ done",
            "○ to do",
            "○ to do",
            "○ to do",
            "○ to do",
        ]
        assert _column(again.snapshots_view, 0) == ["Tour 2 — fin"]
        assert reopened.board.snapshots() == snapshots
        assert reopened.board.get(rounds[1].id) == board.get(rounds[1].id)
    finally:
        reopened.close()


def test_the_timer_end_button_ends_the_round(qtbot: QtBot, panel, document: Document) -> None:
    dock, timer, _ = panel
    qtbot.mouseClick(dock.start_button, LEFT)
    qtbot.mouseClick(dock.instructions_dialog.start_button, LEFT)  # type: ignore[union-attr]
    qtbot.mouseClick(timer.end_button, LEFT)
    first = document.board.rounds()[0]
    assert round_state(first) == "done"
    assert [(s.name, s.round_id) for s in document.board.snapshots()] == [("Tour 1 — fin", first.id)]


def test_undoing_a_start_stops_the_countdown(qtbot: QtBot, panel, document: Document) -> None:
    dock, timer, _ = panel
    qtbot.mouseClick(dock.start_button, LEFT)
    qtbot.mouseClick(dock.instructions_dialog.start_button, LEFT)  # type: ignore[union-attr]
    assert timer.countdown is not None and timer.face.text == "10:00"
    document.undo_stack.undo()
    assert timer.countdown is None
    assert all(round_state(r) == "todo" for r in document.board.rounds())
    assert dock.start_button.isEnabled()


def test_cancelling_the_instructions_starts_nothing(qtbot: QtBot, panel, document: Document) -> None:
    dock, timer, _ = panel
    qtbot.mouseClick(dock.start_button, LEFT)
    dock.instructions_dialog.reject()  # type: ignore[union-attr]
    assert all(round_state(r) == "todo" for r in document.board.rounds())
    assert timer.countdown is None
    assert document.undo_stack.count() == 0


def test_a_round_still_running_resumes_its_countdown_when_the_file_is_reopened(
    qtbot: QtBot, panel, document: Document, workshop_path: Path
) -> None:
    dock, _, _ = panel
    qtbot.mouseClick(dock.start_button, LEFT)
    qtbot.mouseClick(dock.instructions_dialog.start_button, LEFT)  # type: ignore[union-attr]
    document.close()
    reopened = Document.open(workshop_path)
    try:
        timer = RoundTimer()
        again = RoundsDock(reopened, timer)
        qtbot.addWidget(again)
        qtbot.addWidget(timer)
        first = reopened.board.rounds()[0]
        assert round_state(first) == "running"
        assert timer.countdown is not None and timer.title == first.title
        # Started "2020-01-12T09:01" (the fake now): long overdue by the real clock.
        assert timer.countdown.finished
        assert again.end_button.isEnabled()
    finally:
        reopened.close()


def test_snapshot_now_rename_compare_restore_and_delete(
    qtbot: QtBot, panel, document: Document, entities
) -> None:
    dock, _, _ = panel
    board = document.board
    qtbot.mouseClick(dock.snapshot_button, LEFT)
    snapshot = board.snapshots()[0]
    assert snapshot.name == f"Instantané {_column(dock.snapshots_view, 1)[0]}"
    assert snapshot.round_id is None
    assert dock.selected_snapshot_id() == snapshot.id

    qtbot.mouseClick(dock.rename_button, LEFT)
    dialog = dock.rename_dialog
    assert dialog is not None
    edit = dialog.findChild(QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, "Avant les RC")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert board.typed(snapshot.id, Snapshot).name == "Avant les RC"
    assert _column(dock.snapshots_view, 0) == ["Avant les RC"]

    # The room works: one key result rewritten, one added, one deleted (with its initiatives).
    objective = board.objectives()[0]
    first_kr, *_, last_kr = board.key_results(objective.id)
    board.update(first_kr.id, title="Réparations prêtes à temps : de 64 % à 90 %")
    added = board.add(KeyResult(objective.id, "Avis Google de 3,9 à 4,5", order=9))
    for initiative in board.initiatives(last_kr.id):
        board.remove(initiative.id)
    board.remove(last_kr.id)
    edited = entities(board)

    _click_row(qtbot, dock.snapshots_view, 0)
    qtbot.mouseClick(dock.compare_button, LEFT)
    compared = dock.compare_dialog
    assert compared is not None and compared.isVisible()
    team = board.teams()[0].name
    rows = {(t, status, card_id) for t, status, card_id, _ in compared.rows()}
    assert (team, "added", added.id) in rows
    assert (team, "changed", first_kr.id) in rows
    assert (team, "removed", last_kr.id) in rows
    assert len([r for r in rows if r[2] in {i.id for i in board_of(snapshot).initiatives(last_kr.id)}]) >= 1
    assert compared.summary_label.text().startswith("1 added · 1 changed · ")
    texts = {card_id: text for _, _, card_id, text in compared.rows()}
    assert texts[first_kr.id] == "Réparations prêtes à temps : de 64 % à 90 %"

    qtbot.mouseClick(dock.restore_button, LEFT)
    assert _cards(board) == _cards(board_of(board.typed(snapshot.id, Snapshot)))
    assert board.find(added.id) is None and board.find(last_kr.id) is not None
    document.undo_stack.undo()
    assert entities(board) == edited

    _click_row(qtbot, dock.snapshots_view, 0)
    qtbot.mouseClick(dock.delete_snapshot_button, LEFT)
    assert board.snapshots() == []
    assert dock.snapshots_view.topLevelItemCount() == 0
    assert not dock.compare_button.isEnabled()


def test_a_damaged_snapshot_is_reported_in_the_dock_not_raised(
    qtbot: QtBot, panel, document: Document
) -> None:
    dock, _, _ = panel
    document.board.add(Snapshot("abîmé", "{pas du json", created_at="2027-01-12T09:00:00+01:00"))
    dock.refresh()
    _click_row(qtbot, dock.snapshots_view, 0)
    for button in (dock.restore_button, dock.compare_button):
        dock.message_label.clear()
        qtbot.mouseClick(button, LEFT)
        assert "snapshot 'abîmé' is damaged" in dock.message_label.text()
    assert document.undo_stack.count() == 0


def test_rounds_can_be_added_and_edited_from_the_dock(qtbot: QtBot, panel, document: Document) -> None:
    dock, _, _ = panel
    board = document.board
    count = len(board.rounds())
    qtbot.mouseClick(dock.add_round_button, LEFT)
    editor = dock.round_editor
    assert editor is not None
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no title yet
    qtbot.keyClicks(editor.title_edit, "Retrospective")  # QTest types ASCII only
    editor.minutes_spin.setValue(20)
    qtbot.keyClicks(editor.instructions_edit, "Qu'avez-vous appris ?")
    qtbot.mouseClick(ok, LEFT)
    added = board.rounds()[-1]
    assert len(board.rounds()) == count + 1
    assert (added.title, added.duration_s, added.instructions) == (
        "Retrospective",
        1200,
        "Qu'avez-vous appris ?",
    )
    assert dock.selected_round_id() == added.id

    qtbot.mouseClick(dock.edit_round_button, LEFT)
    editor = dock.round_editor
    assert editor is not None and editor.title_edit.text() == "Retrospective"
    editor.minutes_spin.setValue(10)
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert board.get(added.id).duration_s == 600  # type: ignore[union-attr]
    assert _column(dock.rounds_view, 2)[-1] == "10"

    qtbot.mouseClick(dock.delete_round_button, LEFT)
    assert len(board.rounds()) == count
    document.undo_stack.undo()
    assert board.rounds()[-1].id == added.id


def test_export_as_poster_opens_the_export_on_the_kept_board(qtbot: QtBot, panel, document: Document) -> None:
    from okrworkshop.ui.export_dialog import ExportDialog

    dock, _, _ = panel
    board = document.board
    qtbot.mouseClick(dock.snapshot_button, LEFT)
    snapshot = board.snapshots()[0]
    board.add(KeyResult(board.objectives()[0].id, "Ajouté après la photo", order=9))
    qtbot.mouseClick(dock.export_button, LEFT)
    dialogs = dock.findChildren(ExportDialog)
    assert len(dialogs) == 1
    exported = dialogs[0].board
    assert exported is not board
    assert _cards(exported) == _cards(board_of(snapshot))  # the snapshot's board, not today's
    assert "Ajouté après la photo" not in [kr.title for kr in exported.key_results()]
    assert "Instantané" in Path(dialogs[0].path_edit.text()).name
    dialogs[0].reject()


def test_the_dock_follows_the_document_the_window_shows(qtbot: QtBot, document: Document, case_board) -> None:
    timer = RoundTimer(clock=Clock())
    dock = RoundsDock(None, timer, now=Moments())
    qtbot.addWidget(dock)
    qtbot.addWidget(timer)
    dock.show()
    assert not dock.widget().isEnabled()
    assert dock.rounds_view.topLevelItemCount() == 0

    first_round = document.board.rounds()[0]
    document.execute(lambda: StartRound(document.board, first_round.id, "2020-01-12T09:00:00+01:00"))
    dock.set_document(document)
    assert dock.widget().isEnabled()
    assert _column(dock.rounds_view, 3)[0] == "▶ running"
    assert timer.countdown is not None  # the running round's countdown goes on

    other = Document(case_board(reference=False, lang="en"))
    dock.set_document(other)
    assert timer.countdown is None
    assert _column(dock.rounds_view, 1) == [r.title for r in other.board.rounds()]
    document.execute(lambda: TakeSnapshot(document.board, "ailleurs", "2020-01-12T09:05:00+01:00"))
    assert dock.snapshots_view.topLevelItemCount() == 0  # the previous document is not followed
    qtbot.mouseClick(dock.snapshot_button, LEFT)
    assert [s.name.split()[0] for s in other.board.snapshots()] == ["Snapshot"]  # an English workshop
    other.close()
