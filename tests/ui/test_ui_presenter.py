"""Presenter mode from the window, by its key: the board for the projector, and back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from okrworkshop.canvas import style
from okrworkshop.canvas.presenter import KR_TARGET_PX


def test_f11_sizes_the_board_for_the_room_and_names_the_findings(window: Any, qtbot: Any) -> None:
    view = window.view
    window.live.run()
    before = view.zoom()
    kr_item = window.scene.cards["kr-arr"]
    QTest.keyClick(view, Qt.Key.Key_F11)
    assert view.presenter is not None
    ratio = view.screen().devicePixelRatio()
    assert style.font("key-result").pixelSize() * view.zoom() * ratio >= KR_TARGET_PX - 1e-6
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # a card with findings says which, in words, while presenting
    findings = window.live.checker.findings_for("kr-arr")
    assert findings and kr_item.label_block is not None
    QTest.keyClick(view, Qt.Key.Key_F11)
    assert view.presenter is None and kr_item.label_block is None
    assert view.zoom() == before
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
