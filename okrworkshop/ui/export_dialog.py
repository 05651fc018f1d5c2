"""Export… : the poster as a PDF (one sheet or print-ready tiles), a PNG image, or a CSV table.

The trainer sees the page before printing: a preview drawn by the same layout and the same
Pillow renderer as the PNG export, with the tile grid over it when tiling, and the number of
sheets the printer will use. The dialog opens window-modal with ``open()`` (no nested event
loop); the export runs when the trainer clicks Export, and what could not be printed (characters
the font lacks) is listed in the dialog rather than lost. Nothing here draws the poster itself:
the domain does (:mod:`okrworkshop.poster`, :mod:`okrworkshop.exports`).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPixmap
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

#: Export kinds: (id, file extension).
KINDS: tuple[tuple[str, str], ...] = (("pdf", ".pdf"), ("tiles", ".pdf"), ("png", ".png"), ("csv", ".csv"))
PREVIEW_HEIGHT = 420
SETTINGS_GROUP = "export"


def _safe_stem(name: str) -> str:
    """A file name from a workshop title: no path separators or characters Windows refuses."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .-")
    return stem or "workshop"


class ExportDialog(QDialog):
    """Choose what to export and where; see the page and the sheet count first."""

    def __init__(self, parent: QWidget | None, board: Board, suggested_name: str) -> None:
        super().__init__(parent)
        self.board = board
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
        self.replace_label = QLabel(self)
        self.replace_label.setStyleSheet("color: #b35c00;")
        self.replace_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        """The file to write, with the extension of the chosen kind."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.name:  # "/" or "~" while the path is being typed: no file named yet
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
        target = self.target()
        if target is not None and target.suffix != Path(self.path_edit.text().strip()).suffix:
            self.path_edit.blockSignals(True)
            self.path_edit.setText(str(target))
            self.path_edit.blockSignals(False)
            self._path_changed()
        self._preview_timer.start()

    def _path_changed(self) -> None:
        target = self.target()
        exists = target is not None and target.exists()
        self.replace_label.setText(self.tr("This file exists and will be replaced.") if exists else "")
        self.export_button.setEnabled(target is not None)

    def _browse(self) -> None:
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "tiles": self.tr("PDF (*.pdf)"),
            "png": self.tr("PNG image (*.png)"),
            "csv": self.tr("CSV table (*.csv)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), filters[self.kind()]
        )
        if chosen:
            self.path_edit.setText(chosen)
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
    def export(self) -> None:
        """Write the chosen export; close when done, or stay open to show problems and warnings."""
        target = self.target()
        if target is None:
            self.status_label.setText(self.tr("Choose a file to export to."))
            return
        if not target.parent.is_dir():
            self._show_error(InputError(target, self.tr("the folder does not exist")))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.warnings = self._write(target)
        except (InputError, TilingError, ValueError) as exc:
            self._show_error(exc if isinstance(exc, InputError) else InputError(target, str(exc)))
            return
        except OSError as exc:
            self._show_error(InputError(target, exc.strerror or str(exc)))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._remember(target)
        if not self.warnings:
            self.accept()
            return
        lines = "\n".join(f"• {w}" for w in self.warnings)
        self.status_label.setStyleSheet("color: #b35c00;")
        self.status_label.setText(
            self.tr("Exported to %1, with these remarks:").replace("%1", str(target)) + "\n" + lines
        )
        self.export_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

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

    def _show_error(self, error: InputError) -> None:
        self.status_label.setStyleSheet("color: #c0392b;")
        self.status_label.setText(error.line())

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
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            ) or str(Path.home())
        self.path_edit.setText(str(Path(folder) / f"{_safe_stem(suggested_name)}{self._extension()}"))

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


def show_export_dialog(parent: QWidget, board: Board, suggested_name: str) -> None:
    """Open the export dialog on ``board`` (window-modal, returns at once; deleted when closed)."""
    dialog = ExportDialog(parent, board, suggested_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
