"""The coach in the window: the rewrite in the card's tooltip and the findings list, Apply, then
typing straight into the first blank; one undo step; the file reopened holds the result."""

from __future__ import annotations

from typing import Any

from canvas_driver import double_click, reopened, scene_point
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from okrworkshop.canvas.context_menu import build_menu

TASK = "Launch the new help centre"
REWRITE = "Grow active users of the new help centre from _ to _"


def _type_on_card(window: Any, qtbot: Any, card_id: str, text: str) -> None:
    view, scene = window.view, window.scene
    item = scene.cards[card_id]
    double_click(view, scene_point(item, 30, 8))
    editor = scene.interactions.editor
    assert editor is not None
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view, text)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.live.pending, timeout=3000)


def _row(window: Any, card_id: str, rule: str) -> Any:
    rows = [
        r
        for r in window.findings.rows()
        if r.data(Qt.ItemDataRole.UserRole) == card_id and r.data(Qt.ItemDataRole.UserRole + 1) == rule
    ]
    assert rows, f"no {rule} finding listed for {card_id}"
    return rows[0]


def test_apply_from_the_findings_list_then_type_into_the_first_blank(window: Any, qtbot: Any) -> None:
    board, scene, view = window.document.board, window.scene, window.view
    _type_on_card(window, qtbot, "kr-csat", TASK)
    assert board.get("kr-csat").title == TASK
    item = scene.cards["kr-csat"]
    assert f"✎ <b>{REWRITE}</b>" in item.toolTip()
    row = _row(window, "kr-csat", "kr-is-task")
    assert f"✎ {REWRITE}" in row.text()

    tree = window.findings.tree
    window.view.centerOn(QPointF(-300, -300))
    QTest.mouseClick(
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        tree.visualItemRect(row).center(),
    )
    assert window.findings.apply_button.isEnabled()
    assert REWRITE in window.findings.rewrite_label.text()
    steps = window.document.undo_stack.count()
    QTest.mouseClick(window.findings.apply_button, Qt.MouseButton.LeftButton)

    assert board.get("kr-csat").title == REWRITE
    assert window.document.undo_stack.count() == steps + 1
    assert window.document.undo_stack.undoText() == "Apply the suggested rewrite"
    editor = scene.interactions.editor
    assert editor is not None and editor.parentItem() is item
    cursor = editor.textCursor()
    assert cursor.selectedText() == "_" and cursor.selectionStart() == REWRITE.index("_")
    QTest.keyClicks(view, "120")
    QTest.keyClick(view, Qt.Key.Key_Return)
    typed = "Grow active users of the new help centre from 120 to _"
    assert board.get("kr-csat").title == typed
    assert reopened(window.document.path)[1]["kr-csat"][1] == typed

    # Undo: the typing, then the rewrite as one step, back to the task the team wrote.
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board.get("kr-csat").title == REWRITE
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board.get("kr-csat").title == TASK


def test_apply_is_disabled_for_a_finding_without_rewrite(window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not window.live.pending, timeout=3000)
    tree = window.findings.tree
    plain = [r for r in window.findings.rows() if r.data(Qt.ItemDataRole.UserRole + 2) is None]
    assert plain
    tree.setCurrentItem(plain[0])
    assert not window.findings.apply_button.isEnabled()
    assert "✎" not in plain[0].text()


def test_an_objective_with_a_figure_gets_its_key_result_in_one_undo_step(window: Any, qtbot: Any) -> None:
    board, scene = window.document.board, window.scene
    _type_on_card(window, qtbot, "obj-grow", "Grow revenue by 20 % in Q3")
    before = [kr.title for kr in board.key_results("obj-grow")]
    item = scene.cards["obj-grow"]
    assert "Grow revenue from _ to _ (+20 %) in Q3" in item.toolTip()
    menu = build_menu(scene, item, item.sceneBoundingRect().center())
    assert menu is not None
    action = next(a for a in menu.actions() if a.text().startswith("Apply the suggested rewrite"))
    assert action.text() == "Apply the suggested rewrite: Grow revenue in Q3"
    action.trigger()
    assert board.get("obj-grow").title == "Grow revenue in Q3"
    after = [kr.title for kr in board.key_results("obj-grow")]
    assert after == [*before, "Grow revenue from _ to _ (+20 %) in Q3"]
    # The objective has no blank: the editor opens on the new key result's first one.
    editor = scene.interactions.editor
    assert editor is not None and editor.toPlainText() == after[-1]
    assert editor.textCursor().selectedText() == "_"
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    window.document.undo_stack.undo()
    assert board.get("obj-grow").title == "Grow revenue by 20 % in Q3"
    assert [kr.title for kr in board.key_results("obj-grow")] == before
