"""The Export… dialog driven like a trainer would: choose, look at the preview, click Export."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

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
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    assert "1684 x 1190.55 pts" in info or "1683.78 x 1190.55 pts" in info
    # The dialog says where it wrote, and offers to open the file or its folder.
    assert dialog.isVisible()
    assert dialog.status_label.text() == f"Written: affiche.pdf in {tmp_path}"
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "Close" and close.isDefault()


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
    assert dialog.status_label.text().startswith("Written: fusee.pdf in ")
    assert "U+1F680 ROCKET" in dialog.status_label.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    assert dialog.replace_label.text() == ""  # the file just written is no news


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
    assert "Type the name of the file" in dialog.replace_label.text()


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


# ------------------------------------------------------------ where the file goes
def test_first_export_goes_to_documents_under_the_workshop_title(
    qtbot,
    user_home: Path,  # type: ignore[no-untyped-def]
) -> None:
    documents = user_home / "Documents"
    assert not documents.exists()
    dialog = ExportDialog(None, demo_board(), "Boulangerie Dupain — atelier OKR (démo) / tour 2")
    qtbot.addWidget(dialog)
    dialog.resize(700, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.path_edit.text()
    assert text == str(documents / "Boulangerie Dupain — atelier OKR (démo) - tour 2.pdf")
    assert documents.is_dir()  # the proposed folder exists
    # The field shows the end of the path (the file name), not its start.
    edit = dialog.path_edit
    edit.grab()  # drawn as on screen (the field scrolls its text when it paints)
    assert edit.fontMetrics().horizontalAdvance(text) > edit.width()  # too long to show whole
    assert edit.cursorPosition() == len(text)
    assert edit.rect().contains(edit.cursorRect())
    assert dialog.replace_label.text() == ""


def typed(qtbot, dialog: ExportDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    """Empty the file field and type ``text`` into it, as a person does."""
    qtbot.mouseClick(dialog.path_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.path_edit, text)


@pytest.mark.parametrize(
    ("typed_path", "written", "said"),
    [
        ("{tmp}", "{tmp}/Boulangerie - tour 1- final.pdf", "Written"),  # a folder: the title as name
        ("{tmp}/", "{tmp}/Boulangerie - tour 1- final.pdf", "Written"),
        ("affiche", "{folder}/affiche.pdf", "Written"),  # a bare name: the proposed folder, .pdf added
        ("{tmp}/rapport.v2", "{tmp}/rapport.v2.pdf", "Written"),
        ("~", "{home}/Boulangerie - tour 1- final.pdf", "Written"),
        ("{tmp}/missing/affiche.pdf", None, "The folder {tmp}/missing does not exist."),
        ("{tmp}/notes.txt/affiche.pdf", None, "{tmp}/notes.txt is a file, not a folder."),
        ("/proc/affiche.pdf", None, "Cannot write /proc/affiche.pdf: "),  # even root cannot write there
        ("{tmp}/" + "x" * 300 + ".pdf", None, "{tmp}/xxxx"),  # too long a name: said, not raised
        ("   ", None, "Type the name of the file"),
    ],
)
def test_any_typed_path_is_written_or_explained_in_a_line(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed_path: str,
    written: str | None,
    said: str,  # type: ignore[no-untyped-def]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    work = tmp_path / "work"
    work.mkdir()
    (work / "notes.txt").write_text("mes notes")
    dialog = ExportDialog(None, demo_board(), "Boulangerie / tour 1: final")
    qtbot.addWidget(dialog)
    dialog.show()
    names = {"tmp": str(work), "folder": str(dialog.folder), "home": str(home)}
    typed(qtbot, dialog, typed_path.format(**names))
    before = set(tmp_path.rglob("*"))
    if dialog.export_button.isEnabled():
        click_export(qtbot, dialog)  # an exception in the slot would fail the test (pytest-qt)
    else:
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # nothing to do, and nothing breaks
    assert dialog.isVisible()
    message = dialog.status_label.text() or dialog.replace_label.text()
    assert message.startswith(said.format(**names)), message
    assert "\n" not in message and "Traceback" not in message
    if written is None:
        assert set(tmp_path.rglob("*")) == before  # nothing made, no folder created
    else:
        target = Path(written.format(**names))
        assert target.read_bytes().startswith(b"%PDF")
        assert dialog.written == target


def test_a_name_the_system_refuses_is_explained(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.path_edit.setText(str(tmp_path / "nul\x00byte.pdf"))  # no key types it; a paste could
    click_export(qtbot, dialog)
    assert dialog.isVisible() and dialog.status_label.text()
    assert list(tmp_path.iterdir()) == []


def test_open_and_show_in_folder_after_writing(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: asked.append(url) or True))
    assert not dialog.open_button.isVisible() and not dialog.folder_button.isVisible()
    typed(qtbot, dialog, str(tmp_path / "mur.pdf"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Enter exports
    assert (tmp_path / "mur.pdf").exists()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in asked] == [str(tmp_path / "mur.pdf"), str(tmp_path)]
    assert all(u.scheme() == "file" for u in asked)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "No application here could open" in dialog.status_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ------------------------------------------------------------------ the preview
def test_the_preview_follows_options_changed_by_keys_and_clicks(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    """Nothing here calls update_preview(): the dialog must redraw by itself."""
    assert dialog.sheets_label.text() == "1 sheet A0"
    portrait = dialog.preview_label.pixmap()
    assert portrait.height() > portrait.width()
    dialog.paper_combo.setFocus()
    qtbot.keyClick(dialog.paper_combo, Qt.Key.Key_Down)  # A0 → A1
    qtbot.waitUntil(lambda: dialog.sheets_label.text() == "1 sheet A1", timeout=3000)

    # Orientation: open the list with a click, click "Landscape" where it is drawn.
    combo = dialog.orientation_combo
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a list ignores a release just after opening
    row = popup.visualRect(combo.model().index(1, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    qtbot.waitUntil(lambda: combo.currentIndex() == 1)
    qtbot.waitUntil(
        lambda: dialog.preview_label.pixmap().width() > dialog.preview_label.pixmap().height(), timeout=3000
    )

    dialog.kind_combo.setFocus()
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)  # PDF tiles
    qtbot.waitUntil(lambda: "sheets of A4" in dialog.sheets_label.text(), timeout=3000)
    dialog.overlap_spin.setFocus()
    qtbot.keyClick(dialog.overlap_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    before = dialog.sheets_label.text()
    qtbot.keyClicks(dialog.overlap_spin, "45")
    qtbot.waitUntil(lambda: dialog.sheets_label.text() != before, timeout=3000)
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_End)  # CSV
    qtbot.waitUntil(lambda: dialog.sheets_label.text().endswith("rows"), timeout=3000)
    assert dialog.path_edit.text().endswith(".csv")
