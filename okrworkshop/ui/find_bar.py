"""The find bar (Ctrl+F): selects the cards whose text or owner matches, and shows them in turn."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective


def tr(text: str) -> str:
    return QCoreApplication.translate("find", text)


def fold(text: str) -> str:
    """Lower case without accents: ``"Équipe"`` and ``"equipe"`` match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matching_cards(board: Board, query: str, order: list[str]) -> list[str]:
    """Ids of the cards (in ``order``) whose text or owner contains ``query``, accents and case ignored."""
    needle = fold(query.strip())
    if not needle:
        return []
    found = []
    for card_id in order:
        card = board.find(card_id)
        if isinstance(card, Note):
            haystack = card.text
        elif isinstance(card, (Objective, KeyResult, Initiative)):
            haystack = f"{card.title}\n{card.owner}"
            if isinstance(card, Objective):
                haystack += f"\n{card.description}"
        else:
            continue
        if needle in fold(haystack):
            found.append(card_id)
    return found


class FindBar(QWidget):
    """A search field with previous/next buttons and a match count."""

    #: The query changed (select all matches).
    query_changed = Signal(str)
    #: Show the next (True) or previous (False) match.
    step = Signal(bool)
    #: The bar was closed.
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.field = QLineEdit()
        self.field.setObjectName("find_field")
        self.field.setPlaceholderText(tr("Find cards (title, owner)…"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("find_count")
        previous, following, close = QToolButton(), QToolButton(), QToolButton()
        previous.setArrowType(Qt.ArrowType.UpArrow)
        previous.setToolTip(tr("Previous match (Shift+Enter)"))
        following.setArrowType(Qt.ArrowType.DownArrow)
        following.setToolTip(tr("Next match (Enter)"))
        close.setText("✕")
        close.setToolTip(tr("Close (Escape)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.field.textChanged.connect(self.query_changed)
        previous.clicked.connect(lambda: self.step.emit(False))
        following.clicked.connect(lambda: self.step.emit(True))
        close.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(tr("no match"))
        else:
            self.count.setText(tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", str(total)))

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step.emit(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return True
        return False
