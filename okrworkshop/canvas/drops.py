"""Cards dragged from the palette onto the board: where each kind may land and what it creates.

A palette entry travels as a small mime payload (the card kind's name). Over the board, the
target under the mouse is highlighted when the kind may land there (an objective on a lane, a key
result on an objective, an initiative on a key result, notes and teams anywhere); the drop
creates the card as one undo step and opens it for typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPointF, Qt

from okrworkshop.canvas import card_language, style
from okrworkshop.canvas.commands import AddCard, AddTeam
from okrworkshop.canvas.gestures import insertion_index
from okrworkshop.canvas.items import CardItem, KeyResultItem, LaneItem, ObjectiveItem
from okrworkshop.model import Initiative, KeyResult, Note, Objective, Team
from okrworkshop.palette import team_colour

if TYPE_CHECKING:
    from okrworkshop.canvas.scene import BoardScene

#: The mime type of a card kind dragged from the palette; the payload is the kind's name.
PALETTE_MIME = "application/x-okrworkshop-card-kind"
PALETTE_KINDS = ("objective", "key_result", "initiative", "note", "team")


def tr(text: str, language: str | None = None) -> str:
    """Interface text, or with ``language`` text written on the board in the workshop's language."""
    if language is not None:
        return card_language.translate("canvas", text, language)
    return QCoreApplication.translate("canvas", text)


def palette_mime(kind: str) -> QMimeData:
    """The drag data of one palette entry."""
    if kind not in PALETTE_KINDS:
        raise ValueError(f"not a palette kind: {kind!r}")
    mime = QMimeData()
    mime.setData(PALETTE_MIME, QByteArray(kind.encode("ascii")))
    return mime


def palette_kind(mime: QMimeData) -> str | None:
    if not mime.hasFormat(PALETTE_MIME):
        return None
    kind = bytes(mime.data(PALETTE_MIME).data()).decode("ascii", "replace")
    return kind if kind in PALETTE_KINDS else None


class PaletteDrops:
    """Palette drops on a scene (mixed into :class:`~okrworkshop.canvas.interactions.Interactions`)."""

    scene: BoardScene
    document: Any
    board: Any

    if TYPE_CHECKING:  # provided by Interactions

        def _highlight(self, item: Any) -> None: ...
        def start_editing(self, item: CardItem | LaneItem, fresh: bool = False) -> Any: ...

    def drop_target(self, kind: str, pos: QPointF) -> Any:
        """The lane, objective or key result a palette card of ``kind`` dropped at ``pos`` goes to.

        Returns None when it can't go there (a key result needs an objective...). For notes and
        teams the answer may be the lane under the mouse or ``"board"`` (anywhere).
        """
        if kind == "objective":
            return self.scene.lane_at(pos)
        if kind == "key_result":
            found = self.scene.card_at(pos, (ObjectiveItem,))
            return found
        if kind == "initiative":
            found = self.scene.card_at(pos, (KeyResultItem,))
            return found
        return self.scene.lane_at(pos) or "board"

    _refusing: str | None = None

    def refusal(self, kind: str | None) -> str:
        """What to tell the user when a card of ``kind`` cannot land where the mouse is."""
        if kind == "key_result":
            return tr("Drop a key result on an objective")
        if kind == "initiative":
            return tr("Drop an initiative on a key result")
        if kind == "objective":
            return tr("Drop an objective on a team lane")
        return ""

    def drag_enter(self, event: Any) -> None:
        """A drag comes onto the board: take any palette card, wherever it enters.

        Qt sends no more moves and no drop to a board that refuses the enter, so the enter is
        never refused for the position (the drag usually comes in over empty board on its way
        to its target); each move then says whether the card may land there.
        """
        self._refusing = None
        if palette_kind(event.mimeData()) is None:
            event.ignore()
            return
        self.drag_move(event)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def drag_move(self, event: Any) -> None:
        """Highlight where the card would land; refuse this position (with a word why) if nowhere."""
        kind = palette_kind(event.mimeData())
        target = self.drop_target(kind, event.scenePos()) if kind else None
        self._highlight(target if target is not None and target != "board" else None)
        if target is None:
            event.ignore()
            message = self.refusal(kind)
            if message and message != self._refusing:
                self._refusing = message
                self.scene.message.emit(message)
            return
        if self._refusing is not None:
            self._refusing = None
            self.scene.message.emit("")
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def drag_leave(self) -> None:
        # A refusal shown stays in the status bar: the user let go where the card cannot go.
        self._highlight(None)

    def drop(self, event: Any) -> None:
        self._highlight(None)
        self._refusing = None
        kind = palette_kind(event.mimeData())
        pos = event.scenePos()
        target = self.drop_target(kind, pos) if kind else None
        if kind is None or target is None:
            event.ignore()
            message = self.refusal(kind)
            if message:
                self.scene.message.emit(message)
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        new_id = self.add_from_palette(kind, target, pos)
        if new_id is not None:
            item = self.scene.item_for(new_id)
            self.scene.select_ids([new_id])
            if isinstance(item, (CardItem, LaneItem)):
                self.start_editing(item, fresh=True)

    def add_from_palette(self, kind: str, target: Any, pos: QPointF) -> str | None:
        """Create a card of ``kind`` on ``target`` at ``pos``; returns its id (None if refused)."""
        board, document = self.board, self.document
        language = board.workshop.language  # the cards speak the workshop's language
        snap = self.scene.snap_enabled
        if kind == "team":
            return self._add_team(target if isinstance(target, LaneItem) else None)
        if kind in ("key_result", "initiative"):
            children = target.key_result_items() if kind == "key_result" else target.initiative_items()
            index, _ = insertion_index(list(children), pos)
            card: Any = (
                KeyResult(target.entity_id, tr("New key result", language=language))
                if kind == "key_result"
                else Initiative(target.entity_id, tr("New initiative", language=language))
            )
            return card.id if document.execute(lambda: AddCard(board, card, index)) else None
        x = style.snap(pos.x() - (style.CARD_WIDTH if kind == "objective" else style.NOTE_SIZE) / 2, snap)
        y = style.snap(pos.y() - 16, snap)
        if isinstance(target, LaneItem):  # keep the card below the lane's header
            y = max(y, style.snap(target.pos().y() + style.LANE_HEADER, snap))
        if kind == "objective":
            card = Objective(target.entity_id, tr("New objective", language=language), x=x, y=y)
        else:
            team = target.entity_id if isinstance(target, LaneItem) else None
            card = Note(tr("New note", language=language), team_id=team, x=x, y=y)
        return card.id if document.execute(lambda: AddCard(board, card)) else None

    def _add_team(self, after: LaneItem | None) -> str | None:
        board = self.board
        teams = board.teams()
        names = {t.name for t in teams}
        language = board.workshop.language
        n = len(teams) + 1
        while tr("Team %1", language=language).replace("%1", str(n)) in names:
            n += 1
        parent_id = after.entity.parent_id if after is not None else None
        index = None
        width = max((t.width for t in teams if t.parent_id is None), default=1200.0)
        if after is not None:
            siblings = [t for t in teams if t.parent_id == parent_id]
            index = [t.id for t in siblings].index(after.entity_id) + 1
            width = after.entity.width
        team = Team(
            tr("Team %1", language=language).replace("%1", str(n)),
            parent_id=parent_id,
            colour=team_colour(len(teams)),
            width=width,
            height=320.0,
        )
        return team.id if self.document.execute(lambda: AddTeam(board, team, index)) else None
