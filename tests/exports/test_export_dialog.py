"""The Export… dialog driven like a trainer would: choose, look at the preview, click Export."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from okrworkshop.demo import demo_board
from okrworkshop.exports.csv_format import read_csv
from okrworkshop.model import Board, KeyResult
from okrworkshop.ui.export_dialog import SETTINGS_GROUP, ExportDialog, show_export_dialog
from okrworkshop.ui.i18n import install_language


@pytest.fixture(autouse=True)
def _fresh_export_settings() -> Iterator[None]:
    QSettings().remove(SETTINGS_GROUP)
    yield
    QSettings().remove(SETTINGS_GROUP)


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    install_language("en")  # the English catalogue writes plurals ("1 column", "5 columns")
    dialog = ExportDialog(None, demo_board(), "Boulangerie / tour 1: final")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: ExportDialog, kind: str) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.update_preview()


def click_export(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_preview_of_the_page_and_one_sheet(dialog: ExportDialog) -> None:
    pixmap = dialog.preview_label.pixmap()
    assert not pixmap.isNull()
    assert pixmap.height() == 420
    assert pixmap.width() == round(420 * 2383.94 / 3370.39)
    assert dialog.sheets_label.text() == "1 sheet A0"
    # the suggested name became a file name: no folder separators, the kind's extension
    name = Path(dialog.path_edit.text()).name
    assert name == "Boulangerie - tour 1- final.pdf"


def test_tiles_show_the_sheet_count_and_the_grid(dialog: ExportDialog) -> None:
    choose(dialog, "tiles")
    assert dialog.sheets_label.text() == "25 sheets of A4 and an assembly map (5 rows × 5 columns)"
    image = dialog.preview_label.pixmap().toImage()
    red = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 7)
        if image.pixelColor(x, y).red() > 150 and image.pixelColor(x, y).green() < 90
    )
    assert red > 20  # the sheet grid is drawn over the page
    dialog.tile_combo.setCurrentIndex(dialog.tile_combo.findData("A3"))
    dialog.update_preview()
    assert dialog.sheets_label.text().startswith("15 sheets of A3")
    dialog.overlap_spin.setValue(0)
    dialog.update_preview()
    # no overlap: landscape A3 windows (396 × 273 mm inside the 12 mm margin) still need 3 × 5,
    # portrait ones 4 × 4 (841 mm is 3.08 windows of 273 mm)
    assert dialog.sheets_label.text() == "15 sheets of A3 and an assembly map (5 rows × 3 columns)"


def test_png_options_and_extension(dialog: ExportDialog) -> None:
    choose(dialog, "png")
    assert dialog.path_edit.text().endswith(".png")
    assert dialog.sheets_label.text() == "Image of 4967 × 7022 pixels"
    dialog.dpi_spin.setValue(72)
    dialog.update_preview()
    assert dialog.sheets_label.text() == "Image of 2384 × 3370 pixels"
    assert dialog.dpi_spin.isEnabled() and not dialog.tile_combo.isEnabled()


def test_export_a_pdf(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("A2"))
    dialog.orientation_combo.setCurrentIndex(1)
    target = tmp_path / "affiche.pdf"
    dialog.path_edit.setText(str(target))
    click_export(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    assert "1684 x 1190.55 pts" in info or "1683.78 x 1190.55 pts" in info


def test_export_tiles_then_the_choice_is_remembered(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(dialog, "tiles")
    dialog.tile_combo.setCurrentIndex(dialog.tile_combo.findData("A3"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("A1"))
    target = tmp_path / "tuiles.pdf"
    dialog.path_edit.setText(str(target))
    click_export(qtbot, dialog)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "A3" in info
    again = ExportDialog(None, demo_board(), "x")
    qtbot.addWidget(again)
    assert (again.kind(), again.tile_combo.currentData(), again.paper_combo.currentData()) == (
        "tiles",
        "A3",
        "A1",
    )
    assert Path(again.path_edit.text()).parent == tmp_path


def test_export_a_csv(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(dialog, "csv")
    assert "row" in dialog.sheets_label.text()
    assert not dialog.paper_combo.isEnabled()
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(","))
    dialog.path_edit.setText(str(tmp_path / "okr"))  # the extension is added
    click_export(qtbot, dialog)
    written = tmp_path / "okr.csv"
    assert written.read_bytes().startswith(b"\xef\xbb\xbfoutline,type,")
    assert [o.title for o in read_csv(written).objectives()] == [o.title for o in dialog.board.objectives()]


def test_characters_the_font_lacks_are_listed_after_export(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    board: Board = demo_board()
    kr = board.key_results()[0]
    board.update(kr.id, title=kr.title + " 🚀")
    assert isinstance(board.get(kr.id), KeyResult)
    dialog = ExportDialog(None, board, "fusée")
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "fusee.pdf"
    dialog.path_edit.setText(str(target))
    click_export(qtbot, dialog)
    assert target.exists()
    assert dialog.isVisible()  # stays open so the trainer reads the remark
    assert "U+1F680 ROCKET" in dialog.status_label.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    assert not dialog.export_button.isEnabled()


def test_bad_folder_and_existing_file(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.path_edit.setText(str(tmp_path / "missing" / "poster.pdf"))
    click_export(qtbot, dialog)
    assert "does not exist" in dialog.status_label.text()
    assert dialog.isVisible()
    assert not (tmp_path / "missing").exists()
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"old")
    dialog.path_edit.setText(str(existing))
    assert "will be replaced" in dialog.replace_label.text()
    dialog.path_edit.setText("")
    assert not dialog.export_button.isEnabled()


def test_show_export_dialog_opens_window_modal(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    show_export_dialog(parent, demo_board(), "démo")  # returns at once: no nested event loop
    dialog = parent.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.reject()
