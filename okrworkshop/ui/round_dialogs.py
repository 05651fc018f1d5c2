"""Dialogs of the rounds panel: a round's instructions for the room, editing a round, comparing.

All open window-modal with ``open()`` (never a nested event loop), so the panel goes on with the
trainer's answer in a slot, and tests click the same buttons the trainer does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.style import FAMILY, load_fonts
from okrworkshop.model import Round
from okrworkshop.workflow.snapshots import BoardDiff, CardChange

#: Colour and sign of each kind of difference (never colour alone: the sign and the word too).
DIFF_MARKS: dict[str, tuple[str, str]] = {
    "added": ("#2e7d32", "+"),
    "changed": ("#b35c00", "~"),
    "removed": ("#c0392b", "−"),
}


def _font(pixels: int, bold: bool = False) -> QFont:
    load_fonts()
    font = QFont(FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class InstructionsDialog(QDialog):
    """A round's title, length and instructions, large enough for the back of the room."""

    def __init__(self, parent: QWidget | None, round_: Round, number: int) -> None:
        super().__init__(parent)
        self.round_id = round_.id
        self.setWindowTitle(self.tr("Round %1").replace("%1", str(number)))
        self.resize(960, 540)
        title = QLabel(self.tr("Round %1 — %2").replace("%1", str(number)).replace("%2", round_.title), self)
        title.setFont(_font(34, bold=True))
        title.setWordWrap(True)
        minutes = max(1, round(round_.duration_s / 60))
        length = QLabel(self.tr("%n minute(s)", "", minutes), self)
        length.setFont(_font(22))
        self.instructions_label = QLabel(
            round_.instructions or self.tr("No instructions for this round."), self
        )
        self.instructions_label.setTextFormat(Qt.TextFormat.PlainText)  # the trainer's text, shown as typed
        self.instructions_label.setFont(_font(28))
        self.instructions_label.setWordWrap(True)
        self.instructions_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("Start the countdown"), self)
        self.start_button.setDefault(True)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(length)
        layout.addWidget(self.instructions_label, 1)
        layout.addWidget(buttons)


class RoundEditor(QDialog):
    """Title, length in minutes and instructions of a new or existing round."""

    def __init__(self, parent: QWidget | None, round_: Round | None = None) -> None:
        super().__init__(parent)
        self.round_id = round_.id if round_ is not None else None
        self.setWindowTitle(self.tr("Edit round") if round_ is not None else self.tr("New round"))
        self.title_edit = QLineEdit(round_.title if round_ else "", self)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(1, 600)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setValue(max(1, round(round_.duration_s / 60)) if round_ else 15)
        self.instructions_edit = QPlainTextEdit(round_.instructions if round_ else "", self)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Length"), self.minutes_spin)
        form.addRow(self.tr("Instructions"), self.instructions_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    @property
    def duration_s(self) -> int:
        return self.minutes_spin.value() * 60


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The items under ``item`` (the tree's invisible root for top-level ones), in order."""
    found = (item.child(index) for index in range(item.childCount()))
    return [child for child in found if child is not None]


def mark_icon(status: str) -> QIcon:
    """A small coloured disc with the sign of the difference."""
    colour, sign = DIFF_MARKS[status]
    pixmap = QPixmap(18, 18)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(QColor(colour)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 16, 16)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(_font(13, bold=True))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, sign)
    painter.end()
    return QIcon(pixmap)


class CompareDialog(QDialog):
    """The cards added, changed and removed since a snapshot, team by team."""

    def __init__(self, parent: QWidget | None, snapshot_name: str, diff: BoardDiff) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare “%1” with the board now").replace("%1", snapshot_name))
        self.resize(820, 560)
        counts = self.tr("%1 added · %2 changed · %3 removed")
        for index, items in enumerate((diff.added, diff.changed, diff.removed), start=1):
            counts = counts.replace(f"%{index}", str(len(items)))
        self.summary_label = QLabel(
            self.tr("No card changed since this snapshot.") if diff.is_empty else counts, self
        )
        self.summary_label.setFont(_font(16, bold=True))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Change"), self.tr("Card"), self.tr("Text"), self.tr("What changed")]
        )
        self.tree.setFont(_font(14))
        self.tree.setAlternatingRowColors(True)
        self._fill(diff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _fill(self, diff: BoardDiff) -> None:
        by_team: dict[str, list[tuple[str, CardChange]]] = {}
        for status, items in (("added", diff.added), ("changed", diff.changed), ("removed", diff.removed)):
            for item in items:
                by_team.setdefault(item.team, []).append((status, item))
        words = {"added": self.tr("Added"), "changed": self.tr("Changed"), "removed": self.tr("Removed")}
        for team, rows in by_team.items():
            team_item = QTreeWidgetItem(self.tree, [team or self.tr("(no team)")])
            team_item.setFont(0, _font(14, bold=True))
            team_item.setFirstColumnSpanned(True)
            for status, change in rows:
                colour, sign = DIFF_MARKS[status]
                row = QTreeWidgetItem(
                    team_item,
                    [
                        f"{sign} {words[status]}",
                        self.kind_name(change.kind),
                        change.text,
                        ", ".join(self.field_name(f) for f in change.fields),
                    ],
                )
                row.setIcon(0, mark_icon(status))
                row.setForeground(0, QBrush(QColor(colour)))
                row.setData(0, Qt.ItemDataRole.UserRole, (status, change.id))
            team_item.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(team, status, card id, text) of every row shown, top to bottom (for tests and checks)."""
        found = []
        for team_item in child_items(self.tree.invisibleRootItem()):
            for row in child_items(team_item):
                status, card_id = row.data(0, Qt.ItemDataRole.UserRole)
                found.append((team_item.text(0), status, card_id, row.text(2)))
        return found

    def kind_name(self, kind: str) -> str:
        names = {
            "Team": self.tr("Team"),
            "Objective": self.tr("Objective"),
            "KeyResult": self.tr("Key result"),
            "Initiative": self.tr("Initiative"),
            "Note": self.tr("Note"),
        }
        return names.get(kind, kind)

    def field_name(self, field: str) -> str:
        names = {
            "name": self.tr("name"),
            "parent_id": self.tr("parent team"),
            "title": self.tr("text"),
            "text": self.tr("text"),
            "description": self.tr("description"),
            "kind": self.tr("kind"),
            "owner": self.tr("owner"),
            "aligned_to": self.tr("alignment"),
            "team_id": self.tr("team"),
            "direction": self.tr("direction"),
            "baseline": self.tr("baseline"),
            "target": self.tr("target"),
            "current": self.tr("current value"),
            "unit": self.tr("unit"),
            "confidence": self.tr("confidence"),
            "objective_id": self.tr("objective"),
            "key_result_id": self.tr("key result"),
        }
        return names.get(field, field)
