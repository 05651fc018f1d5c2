"""The retrospective as a facilitator runs it: F7, scores typed or taken from progress, keep / adjust /
drop with the keyboard, what the team learnt, then the next quarter opened in the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from okrworkshop.model import KeyResult, Objective, Team
from okrworkshop.palette import CONFIDENCE_COLOURS
from okrworkshop.storage import read_okrw


def _kr(window: Any, start: str) -> KeyResult:
    return next(k for k in window.document.board.key_results() if k.title.startswith(start))


def _open(window: Any, qtbot: Any) -> Any:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F7)
    dialog = window.retrospective_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _type_score(qtbot: Any, dialog: Any, kr_id: str, text: str) -> None:
    spin = dialog.score_cells[kr_id].spin
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def _pill_colour(window: Any, kr_id: str) -> QColor:
    """The colour painted at the middle of a key result card's score pill."""
    item = window.scene.item_for(kr_id)
    rect = item.score_rect()
    assert rect is not None
    image = QImage(int(item.rect.width()) + 2, int(item.rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    item.paint(painter, None, None)  # type: ignore[arg-type]
    painter.end()
    # Left of the pill's text: the fill shows there.
    return image.pixelColor(round(rect.left() + 4), round(rect.center().y()))


def test_f7_shows_the_teams_scores_in_the_trainers_colours(window: Any, qtbot: Any) -> None:
    late = _kr(window, "Faire passer la part")
    window.scene.select_ids([late.id])
    dialog = _open(window, qtbot)
    team = window.document.board.teams()[0]
    assert dialog.team_id() == team.id
    assert "1,0" in dialog.legend.text() and "0,7" in dialog.legend.text() and "0,4" in dialog.legend.text()
    cell = dialog.score_cells[late.id]
    assert cell.spin.text() == "0,6" and cell.spin.font().bold()  # the team's own score
    # A committed objective is expected at 1.0: 0.6 is red.
    assert cell.pill.property("band") == "red" and cell.pill.text() == "0,6 · red"
    quiet = _kr(window, "Faire passer le NPS")
    assert dialog.score_cells[quiet.id].spin.text() == "—"  # no value yet: nothing to score


def test_a_typed_score_is_one_undo_step_on_the_board_and_in_the_file(window: Any, qtbot: Any) -> None:
    late = _kr(window, "Faire passer la part")
    dialog = _open(window, qtbot)
    _type_score(qtbot, dialog, late.id, "1,0")
    assert window.document.board.typed(late.id, KeyResult).score == 1.0
    assert window.document.undo_stack.count() == 1
    assert window.document.undo_stack.undoText() == "Score key result"
    assert read_okrw(window.document.path).typed(late.id, KeyResult).score == 1.0
    assert dialog.score_cells[late.id].pill.property("band") == "green"
    objective = window.document.board.objectives()[0]
    assert dialog.objective_pills[objective.id].property("band") == "green"  # mean of the scored one
    assert _pill_colour(window, late.id) == QColor(CONFIDENCE_COLOURS["green"])
    assert window.scene.item_for(objective.id).shown_score == 1.0
    # Ctrl+Z in the dialog undoes it (the window's history): the dialog and the card follow.
    dialog.cards.setFocus()
    qtbot.keyClick(dialog.cards, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.board.typed(late.id, KeyResult).score == 0.6
    assert dialog.score_cells[late.id].spin.text() == "0,6"
    assert _pill_colour(window, late.id) == QColor(CONFIDENCE_COLOURS["red"])
    # And from the window, redo.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.board.typed(late.id, KeyResult).score == 1.0
    assert dialog.score_cells[late.id].spin.text() == "1,0"


def test_score_from_progress_then_back_to_the_computed_score(window: Any, qtbot: Any) -> None:
    from okrworkshop.canvas.commands import CheckInKeyResult

    complaints = _kr(window, "Réduire")
    late = _kr(window, "Faire passer la part")
    window.document.execute(
        lambda: CheckInKeyResult(window.document.board, complaints.id, "2027-03-29", 6, 7)
    )
    dialog = _open(window, qtbot)
    computed = dialog.score_cells[complaints.id]
    assert computed.spin.text() == "0,8" and computed.spin.font().italic()  # 12 -> 4 at 6: 0.75 -> 0.8
    assert window.scene.item_for(complaints.id).score_rect() is None  # not scored yet: no pill
    qtbot.mouseClick(dialog.score_all, Qt.MouseButton.LeftButton)
    assert window.document.board.typed(complaints.id, KeyResult).score == 0.8
    assert window.document.board.typed(late.id, KeyResult).score == 0.6  # the team's own stays
    assert window.scene.item_for(complaints.id).score_rect() is not None
    assert not dialog.score_all.isEnabled()  # nothing left to score
    # Back to the computed score for the one the team typed.
    dialog.cards.setCurrentItem(dialog.items[late.id])
    qtbot.mouseClick(dialog.reset_score, Qt.MouseButton.LeftButton)
    now = window.document.board.typed(late.id, KeyResult)
    assert now.score is None and dialog.score_cells[late.id].spin.text() == "0,5"  # 82 -> 95 at 88


def test_keep_adjust_drop_by_keyboard_and_lessons_written(window: Any, qtbot: Any) -> None:
    dialog = _open(window, qtbot)
    board = window.document.board
    aspirational = board.objectives()[1]
    box = dialog.decisions[aspirational.id]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # — -> Keep
    qtbot.keyClick(box, Qt.Key.Key_Down)  # Keep -> Adjust
    qtbot.keyClick(box, Qt.Key.Key_Down)  # Adjust -> Drop
    assert board.typed(aspirational.id, Objective).decision == "drop"
    assert window.document.undo_stack.count() == 3
    assert read_okrw(window.document.path).typed(aspirational.id, Objective).decision == "drop"
    qtbot.mouseClick(dialog.lessons.viewport(), Qt.MouseButton.LeftButton)
    dialog.lessons.selectAll()
    qtbot.keyClicks(dialog.lessons, "Un seul objectif committed suffit.")
    qtbot.keyClick(dialog.lessons, Qt.Key.Key_Tab)  # leaving the text writes it down
    team = board.teams()[0]
    assert board.typed(team.id, Team).lessons == "Un seul objectif committed suffit."
    assert window.document.undo_stack.undoText() == "Write what the team learnt"


def test_prepare_next_quarter_opens_a_new_workshop_from_the_kept_cards(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    old_path = window.document.path
    dialog = _open(window, qtbot)
    board = window.document.board
    aspirational = board.objectives()[1]
    complaints = _kr(window, "Réduire")
    dialog.decisions[aspirational.id].setCurrentIndex(3)  # drop
    dialog.decisions[complaints.id].setCurrentIndex(3)  # drop
    qtbot.mouseClick(dialog.prepare, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    new_path = window.document.path
    assert new_path == tmp_path / "Suivi « T1 » — 2027-T2.okrw" and new_path.exists()
    new = window.document.board
    assert [o.title for o in new.objectives()] == ["Tenir chaque délai promis aux clients"]
    [kr] = new.key_results()
    assert (kr.baseline, kr.current, kr.confidence, kr.score, new.check_ins(kr.id)) == (
        88,
        None,
        None,
        None,
        [],
    )
    assert "2027-T2" in window.windowTitle()
    assert "2027-T2" in window.statusBar().currentMessage()
    assert window.retrospective_dialog is None
    # The quarter that ended is left as it was, decisions and all.
    ended = read_okrw(old_path)
    assert ended.typed(aspirational.id, Objective).decision == "drop"
    assert len(ended.check_ins(_kr_id(ended, "Faire passer la part"))) == 2
    # Preparing again does not overwrite the first one.
    dialog = _open(window, qtbot)
    qtbot.mouseClick(dialog.prepare, Qt.MouseButton.LeftButton)
    assert window.document.path.name == "Suivi « T1 » — 2027-T3.okrw"


def _kr_id(board: Any, start: str) -> str:
    return next(k.id for k in board.key_results() if k.title.startswith(start))
