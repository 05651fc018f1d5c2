"""The palette as the hand uses it: a real double-click on a row.

(A real ``QDrag`` from a row needs a real window system: the offscreen platform returns from
``QDrag.exec`` at once. The real-input suite, tests/e2e, runs ``PaletteList.startDrag`` under X.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from okrworkshop.model import KeyResult


def row_centre(palette: Any, kind: str) -> QPoint:
    row = next(r for r in range(palette.count()) if palette.kind_at(r) == kind)
    return palette.visualItemRect(palette.item(row)).center()


def test_double_clicking_a_palette_row_adds_the_card_and_the_keys_write_it(window: Any, qtbot: Any) -> None:
    board, scene, palette = window.document.board, window.scene, window.palette_list
    scene.select_ids(["obj-public"])
    before = {k.id for k in board.all(KeyResult)}
    qtbot.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(palette, "key_result"))
    assert palette.hasFocus()  # the click put the keyboard in the palette
    qtbot.mouseDClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(palette, "key_result"))
    (new_id,) = [k.id for k in board.all(KeyResult) if k.id not in before]
    assert board.get(new_id).objective_id == "obj-public"  # type: ignore[union-attr]
    # The keyboard went to the new card's editor: what is typed next is its title.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    assert scene.focusItem() is scene.interactions.editor
    QTest.keyClicks(QApplication.focusWidget(), "Bids from 4 to 12")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert board.get(new_id).title == "Bids from 4 to 12"  # type: ignore[union-attr]
    assert len(board.all(KeyResult)) == len(before) + 1  # Enter wrote the card, it did not add another
