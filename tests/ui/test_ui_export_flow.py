"""Exporting as a trainer does: Ctrl+E, choices by keys and clicks, Enter, the PDF on disk, Close.

Nothing is called on the dialog: it is found where the window opened it and driven by events.
The PDF is read back with ``pdfinfo`` and ``pdftotext``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from okrworkshop.ui.export_dialog import ExportDialog

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def pick_in_list(qtbot: Any, combo: Any, text: str) -> None:
    """Click the combo box open, then click the entry ``text`` where the list draws it."""
    qtbot.mouseClick(combo, LEFT)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a list ignores a release just after opening
    row = combo.findText(text)
    assert row >= 0, f"no {text!r} in the list"
    QTest.mouseClick(popup.viewport(), LEFT, pos=popup.visualRect(combo.model().index(row, 0)).center())
    qtbot.waitUntil(lambda: combo.currentText() == text)


def test_ctrl_e_to_a_written_pdf_by_keys_and_clicks(
    window: Any, qtbot: Any, tmp_path: Path, workshop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: asked.append(url) or True))
    before = workshop_path.read_bytes()
    QTest.keyClick(window.view, Qt.Key.Key_E, CTRL)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # The name proposed is the workshop's title (not the file's name).
    assert Path(dialog.path_edit.text()).name == "Test workshop.pdf"

    pick_in_list(qtbot, dialog.paper_combo, "A3")
    pick_in_list(qtbot, dialog.orientation_combo, "Landscape")
    target = tmp_path / "exports" / "Mur de la salle"
    target.parent.mkdir()
    qtbot.mouseClick(dialog.path_edit, LEFT)
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(dialog.path_edit, str(target))  # no extension: .pdf is added
    assert dialog.replace_label.text() == f"Will be written as {target}.pdf"
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    written = target.with_name("Mur de la salle.pdf")
    qtbot.waitUntil(written.exists, timeout=20000)

    info = subprocess.run(["pdfinfo", str(written)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert (round(width), round(height)) == (1191, 842)  # A3 landscape, in points
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for title in ("Test workshop", "Grow recurring revenue", "Win the public sector", "Sales", "Support"):
        assert title in flat, title

    assert dialog.status_label.text() == f"Written: Mur de la salle.pdf in {target.parent}"
    assert f"Exported to {written}" == window.statusBar().currentMessage()
    qtbot.mouseClick(dialog.folder_button, LEFT)
    assert [u.toLocalFile() for u in asked] == [str(target.parent)]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)  # Close
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)
    assert workshop_path.read_bytes() == before  # exporting changes nothing in the workshop

    # The next export starts in the folder of this one.
    QTest.keyClick(window.view, Qt.Key.Key_E, CTRL)
    again = window.findChild(ExportDialog)
    qtbot.waitUntil(again.isVisible)
    assert again.path_edit.text() == str(target.parent / "Test workshop.pdf")
    assert again.paper_combo.currentText() == "A3" and again.orientation_combo.currentText() == "Landscape"
    QTest.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)
