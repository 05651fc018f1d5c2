"""The check-in dialog as a facilitator uses it: select a key result, Ctrl+K, type, record, undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from okrworkshop.model import KeyResult
from okrworkshop.storage import read_okrw


def _select(window: Any, title_start: str) -> KeyResult:
    kr = next(k for k in window.document.board.key_results() if k.title.startswith(title_start))
    window.scene.select_ids([kr.id])
    return kr


def test_ctrl_k_on_a_key_result_records_a_check_in_that_undo_takes_back(window: Any, qtbot: Any) -> None:
    kr = _select(window, "Faire passer la part")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.check_in_dialog
    assert dialog.isVisible()
    # The history shows the latest check-in first, with its comment; the form proposes a week later.
    history = dialog.history
    assert history.rowCount() == 2
    assert history.item(0, 0).text() == "15/02/2027"
    assert history.item(0, 3).text() == "Deux retards « client absent »; rien de grave"
    assert dialog.date.date() == QDate(2027, 2, 22)
    assert "46" in dialog.standing.text()  # 82 -> 95 at 88: 46 % of the way
    qtbot.keyClicks(dialog.value, "91,5")
    dialog.confidence.setFocus()
    dialog.confidence.selectAll()
    qtbot.keyClicks(dialog.confidence, "7")
    qtbot.keyClicks(dialog.comment, "Le transporteur suit")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    now = window.document.board.typed(kr.id, KeyResult)
    assert (now.current, now.confidence) == (91.5, 7)
    assert history.rowCount() == 3 and history.item(0, 0).text() == "22/02/2027"
    assert history.item(0, 1).text() == "91,5 %"
    saved = read_okrw(window.document.path)
    assert saved.typed(kr.id, KeyResult).current == 91.5
    assert saved.check_ins(kr.id)[-1].comment == "Le transporteur suit"
    # The card follows: its bar is longer.
    assert window.scene.item_for(kr.id).share == pytest.approx(9.5 / 13)
    dialog.close()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = window.document.board.typed(kr.id, KeyResult)
    assert (back.current, back.confidence) == (88, 8)
    assert len(read_okrw(window.document.path).check_ins(kr.id)) == 2


def test_a_value_that_is_not_a_number_is_explained_and_nothing_is_recorded(window: Any, qtbot: Any) -> None:
    kr = _select(window, "Réduire")
    dialog = window.check_in()
    qtbot.keyClicks(dialog.value, "beaucoup")
    seen: list[str] = []

    def close_warning() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    QTimer.singleShot(100, close_warning)
    assert dialog.record() is False
    assert seen and "beaucoup" in seen[0]
    assert window.document.board.check_ins(kr.id) == []
    assert dialog.value.text() == "beaucoup"  # what the user typed is still there
    assert window.document.undo_stack.count() == 0


def test_without_a_key_result_selected_the_status_bar_says_what_to_do(window: Any) -> None:
    window.scene.select_ids([window.document.board.objectives()[0].id])
    assert window.check_in() is None
    assert "key result" in window.statusBar().currentMessage()


def test_deleting_a_check_in_from_the_history(window: Any, qtbot: Any) -> None:
    kr = _select(window, "Faire passer la part")
    dialog = window.check_in()
    dialog.history.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in window.document.board.check_ins(kr.id)] == ["c1"]
    assert window.document.board.typed(kr.id, KeyResult).current == 85.5
    assert dialog.history.rowCount() == 1
