"""The palette of card kinds: drag one onto the board (or double-click it) to add a card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from okrworkshop.canvas.drops import PALETTE_KINDS, palette_mime
from okrworkshop.ui.icons import card_kind_icon

KIND_ROLE = Qt.ItemDataRole.UserRole


def kind_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "objective": translate("palette", "Objective"),
        "key_result": translate("palette", "Key result"),
        "initiative": translate("palette", "Initiative"),
        "note": translate("palette", "Note"),
        "team": translate("palette", "Team"),
    }


def kind_hints() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "objective": translate("palette", "Drag onto a team lane"),
        "key_result": translate("palette", "Drag onto an objective"),
        "initiative": translate("palette", "Drag onto a key result"),
        "note": translate("palette", "Drag anywhere: a free sticky note"),
        "team": translate("palette", "Drag onto the board: a new team lane"),
    }


class PaletteList(QListWidget):
    """One row per card kind; dragging a row carries the kind to the board."""

    #: A kind was activated without dragging (double-click or Enter): add it where it makes sense.
    kind_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setIconSize(QSize(32, 32))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(2)
        names, hints = kind_names(), kind_hints()
        for kind in PALETTE_KINDS:
            item = QListWidgetItem(card_kind_icon(kind), names[kind])
            item.setData(KIND_ROLE, kind)
            item.setToolTip(hints[kind])
            self.addItem(item)
        self.itemActivated.connect(lambda item: self.kind_activated.emit(item.data(KIND_ROLE)))
        self.setMaximumWidth(200)

    def kind_at(self, row: int) -> str:
        return str(self.item(row).data(KIND_ROLE))

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        kind = item.data(KIND_ROLE)
        drag = QDrag(self)
        drag.setMimeData(palette_mime(kind))
        drag.setPixmap(card_kind_icon(kind).pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)
