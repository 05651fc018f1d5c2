"""Copy, cut, paste and duplicate in the main window (mixed into :class:`MainWindow`).

Cards travel on the system clipboard as ``okrworkshop/cards-v1`` JSON (and as a plain outline
for other applications); a paste is one undo step and selects what it added.
"""

from __future__ import annotations

import atexit
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from okrworkshop.canvas import style
from okrworkshop.canvas.clipboard import MIME_TYPE, copy_cards, from_bytes, paste_cards, plain_text, to_bytes
from okrworkshop.canvas.commands import PasteCards
from okrworkshop.canvas.items import KeyResultItem, LaneItem, ObjectiveItem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from okrworkshop.canvas.document import Document
    from okrworkshop.canvas.scene import BoardScene
    from okrworkshop.canvas.view import BoardView


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _release_clipboard() -> None:
    """Take our cards off the clipboard before Qt shuts down.

    PySide6 (6.11, offscreen and X11 alike) crashes at exit while the clipboard still holds a
    QMimeData the app put there. Only our own data is cleared: whatever another program copied
    since is left alone.
    """
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MIME_TYPE):
        clipboard.clear()


_release_registered = False


def _put_on_clipboard(mime: QMimeData) -> None:
    global _release_registered
    if not _release_registered:
        atexit.register(_release_clipboard)
        _release_registered = True
    QGuiApplication.clipboard().setMimeData(mime)


class ClipboardActions:
    """The clipboard commands of the window (the window provides scene, view, document)."""

    scene: BoardScene | None
    view: BoardView | None
    document: Document | None

    if TYPE_CHECKING:  # provided by the window

        def statusBar(self) -> QStatusBar: ...
        def delete(self) -> None: ...

    def copy(self) -> bool:
        """Put the selected cards on the clipboard."""
        if self.scene is None or self.document is None:
            return False
        payload = copy_cards(self.document.board, self.scene.selected_ids())
        if not payload["cards"]:
            return False
        mime = QMimeData()
        mime.setData(MIME_TYPE, to_bytes(payload))
        mime.setText(plain_text(payload))
        _put_on_clipboard(mime)
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete()

    def _paste_targets(self) -> dict[str, Any]:
        """Where pasted cards go when their own lane, objective or key result is gone or selected."""
        assert self.scene is not None and self.document is not None
        targets: dict[str, Any] = {"team_id": None, "objective_id": None, "key_result_id": None}
        for item in self.scene.selectedItems():
            if isinstance(item, LaneItem):
                targets["team_id"] = item.entity_id
            elif isinstance(item, ObjectiveItem):
                targets["objective_id"] = item.entity_id
                targets["team_id"] = item.entity.team_id
            elif isinstance(item, KeyResultItem):
                targets["key_result_id"] = item.entity_id
        if targets["team_id"] is None and self.view is not None:
            lane = self.scene.lane_at(self.view.visible_rect().center())
            teams = self.document.board.teams()
            targets["team_id"] = lane.entity_id if lane else (teams[0].id if teams else None)
        return targets

    def _add_pasted(
        self, payload: dict[str, Any] | None, offset: tuple[float, float], text: str
    ) -> list[str]:
        if payload is None or self.document is None or self.scene is None:
            return []
        board = self.document.board
        entities = paste_cards(board, payload, offset=offset, **self._paste_targets())
        if not entities:
            self.statusBar().showMessage(
                tr("Nothing to paste here: select an objective or a team first"), 8000
            )
            return []
        if self.document.execute(lambda: PasteCards(board, entities, text)) is None:
            return []
        pasted = {e.id for e in entities}
        top = [
            e.id
            for e in entities
            if getattr(e, "objective_id", None) not in pasted
            and getattr(e, "key_result_id", None) not in pasted
        ]
        self.scene.select_ids(top)
        return [e.id for e in entities]

    def paste(self) -> list[str]:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(MIME_TYPE):
            return []
        return self._add_pasted(from_bytes(bytes(mime.data(MIME_TYPE).data())), (30.0, 30.0), tr("Paste"))

    def duplicate(self) -> list[str]:
        if self.scene is None or self.document is None:
            return []
        payload = copy_cards(self.document.board, self.scene.selected_ids())
        return self._add_pasted(payload, (style.GRID * 2, style.GRID * 2), tr("Duplicate"))
