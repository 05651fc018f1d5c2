"""The weekly check-in of one key result: where it stands, the history, and a new check-in.

The dialog shows the key result's progress from baseline to target and the team's confidence,
its dated history, and a form for today's check-in (date, value, confidence 0–10, a short
comment). Recording pushes one :class:`~okrworkshop.canvas.commands.CheckInKeyResult` (so undo
takes back the record and the card's value and confidence together); the dialog follows the
document, so undo and redo show here at once.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.commands import CheckInKeyResult, DeleteCheckIn
from okrworkshop.canvas.document import Document
from okrworkshop.canvas.items.cards import BAND_COLOURS
from okrworkshop.canvas.labels import format_number
from okrworkshop.model import KeyResult
from okrworkshop.model.progress import clamp, confidence_band, progress
from okrworkshop.ui.fields import parse_number

COMMENT_LENGTH = 140


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckInDialog", text)


def percent(share: float, language: str) -> str:
    """``0.462`` as ``46 %`` (French: with a narrow no-break space)."""
    return f"{round(share * 100)}\u202f%" if language == "fr" else f"{round(share * 100)}%"


class ProgressStrip(QWidget):
    """Progress from baseline to target as a bar, the confidence as a red/amber/green dot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share: float | None = None
        self.band: str | None = None
        self.setMinimumHeight(22)

    def show_values(self, share: float | None, band: str | None) -> None:
        self.share, self.band = share, band
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        height = 10.0
        dot = 16.0
        top = (self.height() - height) / 2
        bar = QRectF(0, top, self.width() - dot - 10, height)
        painter.setBrush(QBrush(QColor("#dde3ea")))
        painter.drawRoundedRect(bar, 5, 5)
        if self.share is not None and self.share > 0:
            painter.setBrush(QBrush(QColor("#4e79a7")))
            painter.drawRoundedRect(QRectF(bar.x(), top, bar.width() * clamp(self.share), height), 5, 5)
        if self.band is not None:
            painter.setBrush(QBrush(BAND_COLOURS[self.band]))
            painter.drawEllipse(QRectF(bar.right() + 10, (self.height() - dot) / 2, dot, dot))
        painter.end()


class CheckInDialog(QDialog):
    """Check in one key result of a document."""

    def __init__(self, document: Document, key_result_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_in_dialog")
        self.setWindowTitle(tr("Check-in"))
        self.document = document
        self.key_result_id = key_result_id
        self.language = document.board.workshop.language
        self.heading = QLabel()
        self.heading.setObjectName("check_in_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.standing = QLabel()
        self.standing.setObjectName("check_in_standing")
        self.standing.setTextFormat(Qt.TextFormat.PlainText)
        self.strip = ProgressStrip()
        self.strip.setObjectName("check_in_progress")

        self.history = QTableWidget(0, 4)
        self.history.setObjectName("check_in_history")
        self.history.setHorizontalHeaderLabels([tr("Date"), tr("Value"), tr("Confidence"), tr("Comment")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.delete_button = QPushButton(tr("Delete the selected check-in"))
        self.delete_button.setObjectName("check_in_delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.history.itemSelectionChanged.connect(
            lambda: self.delete_button.setEnabled(bool(self.history.selectedItems()))
        )
        history_box = QGroupBox(tr("History"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        history_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)

        self.date = QDateEdit()
        self.date.setObjectName("check_in_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy" if self.language == "fr" else "yyyy-MM-dd")
        self.value = QLineEdit()
        self.value.setObjectName("check_in_value")
        self.confidence = QSpinBox()
        self.confidence.setObjectName("check_in_confidence")
        self.confidence.setRange(0, 10)
        self.confidence.setSuffix(" / 10")
        self.comment = QLineEdit()
        self.comment.setObjectName("check_in_comment")
        self.comment.setMaxLength(COMMENT_LENGTH)
        self.comment.setPlaceholderText(tr("What moved, what is in the way"))
        self.record_button = QPushButton(tr("Record the check-in"))
        self.record_button.setObjectName("check_in_record")
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        new_box = QGroupBox(tr("New check-in"))
        form = QFormLayout(new_box)
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Value"), self.value)
        form.addRow(tr("Confidence"), self.confidence)
        form.addRow(tr("Comment"), self.comment)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        form.addRow(row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.standing)
        layout.addWidget(self.strip)
        layout.addWidget(history_box, 1)
        layout.addWidget(new_box)
        layout.addWidget(buttons)
        self.resize(640, 600)
        document.committed.connect(self._refresh)
        self._refresh()
        self._prefill()

    # ---------------------------------------------------------------------------- showing
    def key_result(self) -> KeyResult | None:
        found = self.document.board.find(self.key_result_id)
        return found if isinstance(found, KeyResult) else None

    def _number(self, value: float | None, unit: str = "") -> str:
        if value is None:
            return "—"
        return format_number(value, self.language) + (f" {unit}" if unit else "")

    def _refresh(self, *_args: object) -> None:
        kr = self.key_result()
        if kr is None:  # deleted meanwhile (undo of its creation): nothing left to check in
            self.reject()
            return
        self.heading.setText(kr.title)
        share = progress(kr)
        parts = [
            tr("From %1 to %2")
            .replace("%1", self._number(kr.baseline))
            .replace("%2", self._number(kr.target, kr.unit))
        ]
        if kr.current is not None:
            parts.append(tr("now %1").replace("%1", self._number(kr.current, kr.unit)))
        if share is not None:
            parts.append(tr("%1 of the way").replace("%1", percent(share, self.language)))
        if kr.confidence is not None:
            parts.append(tr("confidence %1/10").replace("%1", str(kr.confidence)))
        self.standing.setText(" · ".join(parts))
        band = confidence_band(kr.confidence) if kr.confidence is not None else None
        self.strip.show_values(share, band)
        check_ins = list(reversed(self.document.board.check_ins(kr.id)))  # the latest on top
        self.history.setRowCount(len(check_ins))
        for row, check_in in enumerate(check_ins):
            day = date.fromisoformat(check_in.date)
            shown = day.strftime("%d/%m/%Y") if self.language == "fr" else check_in.date
            cells = [
                shown,
                self._number(check_in.value, kr.unit),
                "—" if check_in.confidence is None else f"{check_in.confidence}/10",
                check_in.comment,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, check_in.id)
                if column == 2 and check_in.confidence is not None:
                    colour = QColor(BAND_COLOURS[confidence_band(check_in.confidence)])
                    colour.setAlpha(90)
                    item.setBackground(colour)
                self.history.setItem(row, column, item)
        self.delete_button.setEnabled(bool(self.history.selectedItems()))

    def _prefill(self) -> None:
        """The next check-in: a week after the last one (today if none), confidence as it stands."""
        kr = self.key_result()
        if kr is None:
            return
        check_ins = self.document.board.check_ins(kr.id)
        day = date.fromisoformat(check_ins[-1].date) + timedelta(weeks=1) if check_ins else date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.value.setPlaceholderText(self._number(kr.current) if kr.current is not None else tr("none"))
        self.confidence.setValue(kr.confidence if kr.confidence is not None else 5)

    # ---------------------------------------------------------------------------- acting
    def record(self) -> bool:
        """Record the form as a check-in (one undo step); a bad value is explained, nothing lost."""
        kr = self.key_result()
        if kr is None:
            return False
        text = self.value.text()
        try:
            value = parse_number(text)
        except ValueError:
            QMessageBox.warning(
                self, tr("Check-in"), tr("“%1” is not a number: write 45, 4,5 or 1 850.").replace("%1", text)
            )
            self.value.setFocus()
            return False
        if value is None:
            value = kr.current  # only the confidence changed this week
        picked = self.date.date()
        day = date(picked.year(), picked.month(), picked.day()).isoformat()
        command = self.document.execute(
            lambda: CheckInKeyResult(
                self.document.board, kr.id, day, value, self.confidence.value(), self.comment.text()
            )
        )
        if command is None:
            return False
        self.value.clear()
        self.comment.clear()
        self._prefill()
        return True

    def delete_selected(self) -> None:
        items = self.history.selectedItems()
        if not items:
            return
        check_in_id = items[0].data(Qt.ItemDataRole.UserRole)
        self.document.execute(lambda: DeleteCheckIn(self.document.board, check_in_id))

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.document.committed.disconnect(self._refresh)
        super().done(result)
