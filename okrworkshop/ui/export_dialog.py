"""Export… : the poster as a PDF (one sheet or print-ready tiles), a PNG image, or a CSV table.

The trainer sees the page before printing: a preview drawn by the same layout and the same
Pillow renderer as the PNG export, with the tile grid over it when tiling, and the number of
sheets the printer will use. The dialog opens window-modal with ``open()`` (no nested event
loop); the export runs when the trainer clicks Export, and what could not be printed (characters
the font lacks) is listed in the dialog rather than lost. After writing, the dialog says where,
with buttons to open the file and to show its folder. Whatever is typed as the file (a folder, no
extension, a folder that does not exist, a place that cannot be written), the dialog explains in
a line; it never fails. Nothing here draws the poster itself: the domain does
(:mod:`okrworkshop.poster`, :mod:`okrworkshop.exports`).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.errors import InputError
from okrworkshop.model import Board
from okrworkshop.paths import safe_file_stem
from okrworkshop.poster import (
    DEFAULT_OVERLAP_MM,
    POSTER_PAPERS,
    TILE_PAPERS,
    PosterLayout,
    PosterOptions,
    Quality,
    TileGrid,
    TilingError,
    assess,
    layout_poster,
    plan_tiles,
    sheet,
)
from okrworkshop.ui.session import documents_folder

#: Export kinds: (id, file extension).
KINDS: tuple[tuple[str, str], ...] = (("pdf", ".pdf"), ("tiles", ".pdf"), ("png", ".png"), ("csv", ".csv"))
PREVIEW_HEIGHT = 420
SETTINGS_GROUP = "export"


class ExportDialog(QDialog):
    """Choose what to export and where; see the page and the sheet count first."""

    #: A file was written (its path).
    exported = Signal(Path)

    def __init__(self, parent: QWidget | None, board: Board, suggested_name: str) -> None:
        super().__init__(parent)
        self.board = board
        self._stem = safe_file_stem(suggested_name, self.tr("workshop"))
        #: Where a name typed without a folder goes (the folder of the file first proposed).
        self.folder = Path.home()
        #: The file the last export wrote (Open and Show in folder act on it).
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self._quality: Quality | None = None
        self._layout: PosterLayout | None = None
        self._layout_key: tuple[object, ...] | None = None
        #: What the last export reported (characters the font lacks, readability).
        self.warnings: list[str] = []

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("PDF poster (one sheet)"), "pdf")
        self.kind_combo.addItem(self.tr("PDF tiles to print on A4/A3"), "tiles")
        self.kind_combo.addItem(self.tr("PNG image"), "png")
        self.kind_combo.addItem(self.tr("CSV table (spreadsheets, OKR tools)"), "csv")
        self.paper_combo = QComboBox(self)
        for paper in POSTER_PAPERS:
            self.paper_combo.addItem(paper, paper)
        self.orientation_combo = QComboBox(self)
        self.orientation_combo.addItem(self.tr("Portrait"), False)
        self.orientation_combo.addItem(self.tr("Landscape"), True)
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(
            self.tr("Designed for the wall (large type, several sheets if need be)"), "wall"
        )
        self.layout_combo.addItem(self.tr("As arranged on the board"), "board")
        self.layout_combo.addItem(self.tr("Tidy, by team"), "tidy")
        self.layout_combo.addItem(self.tr("Automatic"), "auto")
        self.tile_combo = QComboBox(self)
        for paper in TILE_PAPERS:
            self.tile_combo.addItem(paper, paper)
        self.overlap_spin = QDoubleSpinBox(self)
        self.overlap_spin.setRange(0.0, 50.0)
        self.overlap_spin.setDecimals(1)
        self.overlap_spin.setSuffix(" mm")
        self.overlap_spin.setValue(DEFAULT_OVERLAP_MM)
        self.dpi_spin = QSpinBox(self)
        self.dpi_spin.setRange(36, 600)
        self.dpi_spin.setSuffix(" dpi")
        self.dpi_spin.setValue(150)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.addItem(self.tr("Semicolon, decimal comma (French Excel)"), ";")
        self.delimiter_combo.addItem(self.tr("Comma, decimal point"), ",")

        self.path_edit = QLineEdit(self)
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Export as:"), self.kind_combo)
        self.form.addRow(self.tr("Paper:"), self.paper_combo)
        self.form.addRow(self.tr("Orientation:"), self.orientation_combo)
        self.form.addRow(self.tr("Layout:"), self.layout_combo)
        self.form.addRow(self.tr("Tile paper:"), self.tile_combo)
        self.form.addRow(self.tr("Overlap:"), self.overlap_spin)
        self.form.addRow(self.tr("Resolution:"), self.dpi_spin)
        self.form.addRow(self.tr("Separator:"), self.delimiter_combo)
        self.form.addRow(self.tr("File:"), path_row)

        self.preview_label = QLabel(self)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(PREVIEW_HEIGHT, PREVIEW_HEIGHT)
        self.preview_label.setStyleSheet("background: #d0d0d0;")
        self.sheets_label = QLabel(self)
        self.sheets_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sheets_label.setWordWrap(True)
        #: What becomes of the typed path: replaced, completed, or why it cannot be written.
        self.replace_label = QLabel(self)
        self.replace_label.setStyleSheet("color: #b35c00;")
        self.replace_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = self.buttons.addButton(
            self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        for button in (self.open_button, self.folder_button):
            button.setAutoDefault(False)
            button.hide()  # until a file is written
        self.open_button.clicked.connect(self.open_written)
        self.folder_button.clicked.connect(self.show_written_folder)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.replace_label)
        left.addWidget(self.status_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview_label, 1)
        right.addWidget(self.sheets_label)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)

        self._restore(suggested_name)
        # Re-render the preview shortly after the last change, not on every keystroke.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)
        self._preview_timer.timeout.connect(self.update_preview)
        for combo in (
            self.kind_combo,
            self.paper_combo,
            self.orientation_combo,
            self.layout_combo,
            self.tile_combo,
            self.delimiter_combo,
        ):
            combo.currentIndexChanged.connect(self._changed)
        self.overlap_spin.valueChanged.connect(self._changed)
        self.dpi_spin.valueChanged.connect(self._changed)
        self.path_edit.textChanged.connect(self._path_changed)
        self._changed()
        self.update_preview()
        self._path_changed()

    # ---------------------------------------------------------------- options
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def options(self) -> PosterOptions:
        return PosterOptions(
            paper=str(self.paper_combo.currentData()),
            landscape=bool(self.orientation_combo.currentData()),
            layout=str(self.layout_combo.currentData()),
            one_sheet=self.kind() == "png",  # an image is one picture
        )

    def _extension(self) -> str:
        return dict(KINDS)[self.kind()]

    def target(self) -> Path | None:
        """The file to write, with the extension of the chosen kind.

        A name without a folder goes in the dialog's folder; a folder (an existing one, or a path
        ending in a separator) gets the workshop's name; a missing extension is added.
        """
        text = self.path_edit.text().strip()
        if not text:
            return None
        try:
            path = Path(text).expanduser()
            if not path.is_absolute():
                path = self.folder / path
            if text.endswith(("/", os.sep)) or path.is_dir():
                path = path / f"{self._stem}{self._extension()}"
        except (OSError, RuntimeError, ValueError):  # a name the system cannot even look at
            return Path(text)
        if not path.name:  # "/" while the path is being typed: no file named yet
            return None
        extension = self._extension()
        if path.suffix.lower() == extension:
            return path
        if path.suffix.lower() in {e for _, e in KINDS}:
            return path.with_suffix(extension)  # switching kind switches the extension
        return path.with_name(path.name + extension)

    def _changed(self) -> None:
        kind = self.kind()
        poster = kind != "csv"
        for widget in (self.paper_combo, self.orientation_combo, self.layout_combo):
            widget.setEnabled(poster)
        self.tile_combo.setEnabled(kind == "tiles")
        self.overlap_spin.setEnabled(kind == "tiles")
        self.dpi_spin.setEnabled(kind == "png")
        self.delimiter_combo.setEnabled(kind == "csv")
        # Switching the kind switches the extension of what was typed (the rest stays as typed).
        typed = Path(self.path_edit.text().strip())
        known = {e for _, e in KINDS}
        if typed.suffix.lower() in known and typed.suffix.lower() != self._extension():
            self.path_edit.blockSignals(True)
            self._set_path(str(typed.with_suffix(self._extension())))
            self.path_edit.blockSignals(False)
        self._path_changed()
        self._preview_timer.start()

    def _path_changed(self) -> None:
        target = self.target()
        self.path_edit.setToolTip(str(target) if target is not None else "")
        self.replace_label.setText(self.path_problem(target) or self._path_note(target))
        self.export_button.setEnabled(target is not None)

    def path_problem(self, target: Path | None) -> str:
        """Why ``target`` cannot be written, in a sentence; "" when nothing stands in the way."""
        if target is None:
            return self.tr("Type the name of the file to write, or choose it with Browse…")
        try:
            if target.is_dir():
                return self.tr("%1 is a folder: type a file name after it.").replace("%1", str(target))
            if not target.parent.is_dir():
                if target.parent.exists():
                    return self.tr("%1 is a file, not a folder.").replace("%1", str(target.parent))
                return self.tr("The folder %1 does not exist.").replace("%1", str(target.parent))
        except (OSError, ValueError):
            return self.tr("%1 is not a name this system can use.").replace("%1", str(target))
        return ""

    def _path_note(self, target: Path | None) -> str:
        if target is None:
            return ""
        if target.exists() and target != self.written:  # the file just written: said below
            return self.tr("This file exists and will be replaced.")
        typed = Path(self.path_edit.text().strip()).expanduser()
        if typed != target:
            return self.tr("Will be written as %1").replace("%1", str(target))
        return ""

    def _set_path(self, text: str) -> None:
        """Put ``text`` in the file field, its end in sight (the file name, not the start of the path)."""
        self.path_edit.setText(text)
        self.path_edit.setCursorPosition(len(text))

    def _browse(self) -> None:
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "tiles": self.tr("PDF (*.pdf)"),
            "png": self.tr("PNG image (*.png)"),
            "csv": self.tr("CSV table (*.csv)"),
        }
        target = self.target()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            str(target) if target is not None else str(self.folder),
            filters[self.kind()],
        )
        if chosen:
            self._set_path(chosen)
            self._changed()

    # ---------------------------------------------------------------- preview
    def quality(self) -> Quality:
        """The checker's verdict on the board, computed once for the dialog's life."""
        if self._quality is None:
            self._quality = assess(self.board)
        return self._quality

    def poster_layout(self) -> PosterLayout:
        options = self.options()
        key = (options.paper, options.landscape, options.layout, options.one_sheet)
        if self._layout is None or key != self._layout_key:
            self._layout = layout_poster(self.board, options, self.quality())
            self._layout_key = key
        return self._layout

    def tile_grid(self) -> TileGrid:
        options = self.options()
        return plan_tiles(
            sheet(options.paper, options.landscape),
            str(self.tile_combo.currentData()),
            self.overlap_spin.value(),
        )

    def update_preview(self) -> None:
        """Draw the page (and the sheets, when tiling) and say how many sheets it takes."""
        kind = self.kind()
        if kind == "csv":
            from okrworkshop.exports.csv_format import board_rows

            rows = len(board_rows(self.board)) - 1
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(
                self.tr("A table with one row per team, objective, key result, initiative and note.")
            )
            self.sheets_label.setText(self.tr("%n row(s)", "", rows))
            return
        from okrworkshop.exports.png import render_image

        layout = self.poster_layout()
        dpi = PREVIEW_HEIGHT / layout.sheet.height * 72.0
        image = render_image(layout, dpi)
        qimage = QImage(
            image.tobytes("raw", "RGB"),
            image.width,
            image.height,
            3 * image.width,
            QImage.Format.Format_RGB888,
        ).copy()
        pixmap = QPixmap.fromImage(qimage)
        options = self.options()
        if kind == "tiles":
            try:
                grid = self.tile_grid()
            except TilingError as exc:
                self.sheets_label.setText(str(exc))
            else:
                self._draw_grid(pixmap, grid, dpi / 72.0)
                sheets = self.tr(
                    "%n sheet(s) of %1 and an assembly map", "", grid.count * layout.total
                ).replace("%1", grid.tile.name)
                rows_text = self.tr("%n row(s)", "", grid.rows)
                columns_text = self.tr("%n column(s)", "", grid.cols)
                self.sheets_label.setText(f"{sheets} ({rows_text} × {columns_text})")
        elif kind == "png":
            from okrworkshop.exports.png import ImageSizeError, image_size

            try:
                width, height = image_size(layout, self.dpi_spin.value())
            except ImageSizeError as exc:
                self.sheets_label.setText(str(exc))
            else:
                self.sheets_label.setText(
                    self.tr("Image of %1 × %2 pixels").replace("%1", str(width)).replace("%2", str(height))
                )
        else:
            self.sheets_label.setText(
                self.tr("%n sheet(s) %1", "", layout.total).replace("%1", options.paper)
            )
        self.preview_label.setText("")
        self.preview_label.setPixmap(pixmap)

    @staticmethod
    def _draw_grid(pixmap: QPixmap, grid: TileGrid, scale: float) -> None:
        painter = QPainter(pixmap)
        pen = QPen(QColor(192, 57, 43))
        pen.setWidthF(1.0)
        painter.setPen(pen)
        for row in range(grid.rows):
            for col in range(grid.cols):
                x, y, w, h = grid.window(row, col)
                painter.drawRect(round(x * scale), round(y * scale), round(w * scale), round(h * scale))
        painter.end()

    # ----------------------------------------------------------------- export
    def export(self) -> bool:
        """Write the chosen export, then say where (with Open and Show in folder) and list any
        remarks; a path that cannot be written is explained in the dialog, which stays open."""
        target = self.target()
        problem = self.path_problem(target)
        if problem or target is None:
            self._show_error(problem)
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.warnings = self._write(target)
        except InputError as exc:
            self._show_error(exc.line())
            return False
        except (TilingError, ValueError) as exc:
            self._show_error(InputError(target, str(exc)).line())
            return False
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._show_error(self.tr("Cannot write %1: %2").replace("%1", str(target)).replace("%2", reason))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._remember(target)
        self.written = target
        text = self.tr("Written: %1 in %2").replace("%1", target.name).replace("%2", str(target.parent))
        if self.warnings:
            lines = "\n".join(f"• {w}" for w in self.warnings)
            self.status_label.setStyleSheet("color: #b35c00;")
            self.status_label.setText(text + "\n" + self.tr("With these remarks:") + "\n" + lines)
        else:
            self.status_label.setStyleSheet("color: #1e7b34;")
            self.status_label.setText(text)
        for button in (self.open_button, self.folder_button):
            button.show()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        self.export_button.setDefault(False)
        close.setDefault(True)
        close.setFocus()
        self._path_changed()  # the file now exists: exporting again replaces it
        self.exported.emit(target)
        return True

    def open_written(self) -> bool:
        """Open the file just written in the system's viewer (PDF reader, image viewer, spreadsheet)."""
        return self.written is not None and self._open_url(self.written)

    def show_written_folder(self) -> bool:
        """Show the folder of the file just written in the system's file manager."""
        return self.written is not None and self._open_url(self.written.parent)

    def _open_url(self, path: Path) -> bool:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self._show_error(self.tr("No application here could open %1").replace("%1", str(path)))
        return False

    def _write(self, target: Path) -> list[str]:
        kind = self.kind()
        if kind == "csv":
            from okrworkshop.exports.csv_format import csv_bytes
            from okrworkshop.outputs import write_atomically

            write_atomically(target, csv_bytes(self.board, str(self.delimiter_combo.currentData())))
            return []
        if kind == "png":
            from okrworkshop.exports.png import write_png

            layout = self.poster_layout()
            write_png(layout, target, self.dpi_spin.value())
            return list(layout.warnings)
        from okrworkshop.poster import write_poster

        tile = str(self.tile_combo.currentData()) if kind == "tiles" else None
        result = write_poster(
            self.board,
            target,
            self.options(),
            tile=tile,
            overlap_mm=self.overlap_spin.value(),
            quality=self.quality(),
        )
        return list(result.warnings)

    def _show_error(self, text: str) -> None:
        self.status_label.setStyleSheet("color: #c0392b;")
        self.status_label.setText(text)

    # --------------------------------------------------------------- settings
    def _restore(self, suggested_name: str) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        for combo, name in (
            (self.kind_combo, "kind"),
            (self.paper_combo, "paper"),
            (self.layout_combo, "layout"),
            (self.tile_combo, "tile"),
            (self.delimiter_combo, "delimiter"),
        ):
            index = combo.findData(settings.value(name, None))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.orientation_combo.setCurrentIndex(1 if settings.value("landscape", False, type=bool) else 0)
        self.overlap_spin.setValue(float(settings.value("overlap", DEFAULT_OVERLAP_MM, type=float)))  # type: ignore[arg-type]
        self.dpi_spin.setValue(int(settings.value("dpi", 150, type=int)))  # type: ignore[call-overload]
        folder = str(settings.value("folder", "", type=str))
        settings.endGroup()
        # The folder of the last export, else Documents (made if missing, so the path is real).
        self.folder = Path(folder) if folder and Path(folder).is_dir() else documents_folder()
        self._set_path(str(self.folder / f"{self._stem}{self._extension()}"))

    def _remember(self, target: Path) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("kind", self.kind())
        settings.setValue("paper", self.paper_combo.currentData())
        settings.setValue("landscape", bool(self.orientation_combo.currentData()))
        settings.setValue("layout", self.layout_combo.currentData())
        settings.setValue("tile", self.tile_combo.currentData())
        settings.setValue("overlap", self.overlap_spin.value())
        settings.setValue("dpi", self.dpi_spin.value())
        settings.setValue("delimiter", self.delimiter_combo.currentData())
        settings.setValue("folder", str(target.parent))
        settings.endGroup()


def show_export_dialog(parent: QWidget, board: Board, suggested_name: str) -> ExportDialog:
    """Open the export dialog on ``board`` (window-modal, returns at once; deleted when closed)."""
    dialog = ExportDialog(parent, board, suggested_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
