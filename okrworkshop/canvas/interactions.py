"""What the user's mouse and keys mean on the board, turned into undo commands.

The scene hands its mouse and drag-and-drop events here. Qt moves selected objectives and notes
itself; on release the new positions (and lanes) become one :class:`MoveCards` (or a move to
another team, or a note turned into a key result). Key results, initiatives, lanes and links have
their own gestures (:mod:`okrworkshop.canvas.gestures`); palette drops are in
:mod:`okrworkshop.canvas.drops`. Keyboard actions (nudge, edit, delete, cycle) live here too so
that the view stays thin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsItem

from okrworkshop.canvas.commands import (
    BoardCommand,
    ChangeCardFields,
    ConvertNoteToKeyResult,
    DeleteCards,
    MoveCards,
    MoveInitiative,
    MoveObjectiveToTeam,
    RenameTeam,
    ReorderKeyResult,
    text_field,
)
from okrworkshop.canvas.drops import PALETTE_KINDS, PALETTE_MIME, PaletteDrops, palette_kind, palette_mime
from okrworkshop.canvas.editor import InPlaceEditor
from okrworkshop.canvas.gestures import (
    Gesture,
    LaneDrag,
    LaneResize,
    LinkDraw,
    StackedCardDrag,
    insertion_index,
)
from okrworkshop.canvas.items import (
    ArrowItem,
    CardItem,
    InitiativeItem,
    KeyResultItem,
    LaneItem,
    NoteItem,
    ObjectiveItem,
)
from okrworkshop.model import Initiative, KeyResult, card_paths

if TYPE_CHECKING:
    from okrworkshop.canvas.scene import BoardScene

#: Milliseconds of typing pause after which in-place text is committed (and checked).
TYPING_PAUSE_MS = 450
#: At the latest this long after a keystroke, typed text is in the file even if typing goes on.
TYPING_DEADLINE_MS = 900


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("canvas", text, None, n)


class Interactions(PaletteDrops):
    """The gesture dispatcher of one :class:`~okrworkshop.canvas.scene.BoardScene`."""

    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        self.gesture: Gesture | None = None
        self.editor: InPlaceEditor | None = None
        self._editing: Any = None
        self._pending: tuple[str, Any, QPointF] | None = None
        self._moving: list[CardItem] = []
        self._highlighted: Any = None
        self._typing = QTimer(scene)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._commit_typing)
        self._deadline = QTimer(scene)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(TYPING_DEADLINE_MS)
        self._deadline.timeout.connect(self._commit_typing)
        self._session: object = None
        #: The step that created the card being edited (its title is typed into that step;
        #: Escape takes the card back off the board and the step off the stack).
        self._created: Any = None

    @property
    def document(self) -> Any:
        return self.scene.document

    @property
    def board(self) -> Any:
        return self.scene.board

    # ================================================================ lifecycle
    def cancel(self) -> None:
        """Stop whatever is going on (the board is being rebuilt or an item is going away)."""
        if self.gesture is not None:
            gesture, self.gesture = self.gesture, None
            gesture.cancel()
        self._created = None  # the board is going away or changing under the editor: no discard
        if self.editor is not None:
            self.editor.finish(keep=False)
        self._pending = None
        self._moving = []
        self._highlight(None)

    def forget(self, item: QGraphicsItem) -> None:
        """``item`` is about to leave the scene: end anything that holds on to it."""
        if self.gesture is not None and self.gesture.involves(item):
            self.cancel()
        if self._editing is item and self.editor is not None:
            self._created = None
            self.editor.finish(keep=False)
        if self._highlighted is item:
            self._highlighted = None
        self._moving = [m for m in self._moving if m is not item]
        if self._pending is not None and self._pending[1] is item:
            self._pending = None

    def top_item(self, pos: QPointF) -> QGraphicsItem | None:
        """The card, lane, link or editor under ``pos`` (what a click there is about)."""
        for item in self.scene.items(pos):
            if isinstance(item, (CardItem, LaneItem, ArrowItem, InPlaceEditor)):
                return item
        return None

    def _highlight(self, item: Any) -> None:
        if item is self._highlighted:
            return
        if self._highlighted is not None:
            self._highlighted.set_highlighted(False)
        self._highlighted = item
        if item is not None:
            item.set_highlighted(True)

    # ==================================================================== mouse
    def press(self, event: Any) -> bool:
        """Before Qt's handling: start a gesture that replaces it; True if one started."""
        if self.gesture is not None:
            return True
        pos = event.scenePos()
        item = self.top_item(pos)
        if self.editor is not None and item is not self.editor:
            self.editor.finish(keep=True)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        # The link handle wins over what lies on it (the arrow of an objective already aligned
        # starts right there: drawing again re-aligns it).
        handle = next(
            (
                candidate
                for candidate in self.scene.items(pos)
                if isinstance(candidate, ObjectiveItem)
                and candidate.link_handle().contains(candidate.mapFromScene(pos))
            ),
            None,
        )
        if handle is not None:
            self.gesture = LinkDraw(self.scene, handle, pos)
            return True
        if isinstance(item, ObjectiveItem) and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.gesture = LinkDraw(self.scene, item, pos)
            return True
        if isinstance(item, LaneItem):
            edge = item.edge_at(item.mapFromScene(pos))
            if edge is not None:
                self.gesture = LaneResize(self.scene, item, edge, pos)
                return True
        return False

    def pressed(self, event: Any) -> None:
        """After Qt's handling (selection): remember what a drag from here would move."""
        self._pending = None
        self._moving = []
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.scenePos()
        item = self.top_item(pos)
        ctrl = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        if isinstance(item, (KeyResultItem, InitiativeItem)) and not ctrl:
            self._pending = ("card", item, pos)
        elif isinstance(item, LaneItem) and not ctrl:
            self._pending = ("lane", item, pos)
        elif isinstance(item, (ObjectiveItem, NoteItem)):
            self._moving = [i for i in self.scene.selectedItems() if isinstance(i, (ObjectiveItem, NoteItem))]

    def move(self, event: Any) -> bool:
        """Before Qt's handling: feed the gesture, or start one once the press has travelled."""
        pos = event.scenePos()
        if self.gesture is not None:
            self.gesture.move(pos)
            return True
        if self._pending is not None and event.buttons() & Qt.MouseButton.LeftButton:
            what, item, start = self._pending
            if QLineF(start, pos).length() * self._zoom() >= QApplication.startDragDistance():
                self._pending = None
                if what == "card":
                    self.gesture = StackedCardDrag(self.scene, item, start)
                else:
                    self.gesture = LaneDrag(self.scene, item, start)
                self.gesture.move(pos)
            return True
        return False

    def moved(self, event: Any) -> None:
        """After Qt moved the selected cards: snap them to the grid, keep their links attached,
        show where they would land."""
        if not self._moving or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        for item in self._moving:
            # Qt places each card at its start position plus the mouse travel, so snapping
            # here never accumulates.
            snapped = self.scene.snapped(item.pos())
            if snapped != item.pos():
                item.setPos(snapped)
            if isinstance(item, ObjectiveItem):
                self.scene.card_moved(item)
        self._highlight(self._landing(event.scenePos())[1])

    def release(self, event: Any) -> bool:
        """Before Qt's handling: end a gesture; True if one ended."""
        self._pending = None
        if self.gesture is None:
            return False
        gesture, self.gesture = self.gesture, None
        gesture.finish(event.scenePos())
        return True

    def released(self, event: Any) -> None:
        """After Qt's handling: turn moved cards into one command."""
        moving, self._moving = self._moving, []
        self._highlight(None)
        moved = [
            i
            for i in moving
            if i.scene() is self.scene and (i.pos().x(), i.pos().y()) != (i.entity.x, i.entity.y)
        ]
        if not moved:
            return
        if not self._commit_moves(moved, event.scenePos()):
            for item in moved:  # refused: back to where the model says
                item.setPos(item.entity.x, item.entity.y)

    def _zoom(self) -> float:
        views = self.scene.views()
        return views[0].transform().m11() if views else 1.0

    def _landing(self, cursor: QPointF) -> tuple[str, Any]:
        """What releasing the moved cards at ``cursor`` means: ("convert", objective),
        ("team", lane) or ("move", None)."""
        if len(self._moving) == 1 and isinstance(self._moving[0], NoteItem):
            objective = self.scene.card_at(cursor, (ObjectiveItem,), exclude=self._moving)
            if objective is not None:
                return "convert", objective
        if len(self._moving) == 1 and isinstance(self._moving[0], ObjectiveItem):
            lane = self.scene.lane_at(self._anchor(self._moving[0]))
            if lane is not None and lane.entity_id != self._moving[0].entity.team_id:
                return "team", lane
        return "move", None

    def _anchor(self, item: CardItem) -> QPointF:
        """The point of a card whose lane counts as the card's lane (its header)."""
        if isinstance(item, ObjectiveItem):
            return item.pos() + QPointF(item.rect.width() / 2, min(item.rect.height() / 2, 24.0))
        return item.pos() + item.rect.center()

    def _commit_moves(self, moved: list[CardItem], cursor: QPointF) -> bool:
        board, document = self.board, self.document
        self._moving = moved
        what, target = self._landing(cursor)
        self._moving = []
        if what == "convert":
            index, _ = insertion_index(list(target.key_result_items()), cursor)
            note_id, objective_id = moved[0].entity_id, target.entity_id
            return (
                document.execute(lambda: ConvertNoteToKeyResult(board, note_id, objective_id, index))
                is not None
            )
        if what == "team":
            item = moved[0]
            position = (item.pos().x(), item.pos().y())
            objective_id, team_id = item.entity_id, target.entity_id
            return (
                document.execute(lambda: MoveObjectiveToTeam(board, objective_id, team_id, position))
                is not None
            )
        positions: dict[str, tuple[float, float]] = {}
        teams: dict[str, str | None] = {}
        for item in moved:
            positions[item.entity_id] = (item.pos().x(), item.pos().y())
            lane = self.scene.lane_at(self._anchor(item))
            lane_id = lane.entity_id if lane is not None else None
            if isinstance(item, ObjectiveItem) and lane is None:
                # An objective belongs to a team: off every lane it goes back where it was.
                self.scene.message.emit(tr("Drop an objective on a team lane"))
                return False
            if (
                isinstance(item, ObjectiveItem) and lane_id is not None and lane_id != item.entity.team_id
            ) or (isinstance(item, NoteItem) and lane_id != item.entity.team_id):
                teams[item.entity_id] = lane_id
        return document.execute(lambda: MoveCards(board, positions, teams)) is not None

    def double_click(self, event: Any) -> bool:
        item = self.top_item(event.scenePos())
        if isinstance(item, LaneItem) and not item.header_rect().contains(
            item.mapFromScene(event.scenePos())
        ):
            return False
        if isinstance(item, (CardItem, LaneItem)):
            self.scene.select_ids([item.entity_id])
            self.start_editing(item)
            return True
        return False

    # ================================================================= editing
    def start_editing(self, item: CardItem | LaneItem, fresh: bool = False) -> InPlaceEditor:
        """Open the in-place editor on a card's (or lane's) text, with the keyboard's focus.

        A card's text is committed while it is typed (after a short pause, so the checker
        reacts at once, and at the latest :data:`TYPING_DEADLINE_MS` after a keystroke) in one
        merged undo step; Enter keeps it, Escape puts the text back as it was before the editor
        opened (and leaves no undo step). ``fresh``: the card was just created by the last
        step: its text becomes part of that step, and Escape removes the card and the step.
        """
        if self.editor is not None:
            self.editor.finish(keep=True)
        stack = self.document.undo_stack
        last = stack.command(stack.index() - 1) if fresh and stack.index() > 0 else None
        created = isinstance(last, BoardCommand) and item.entity_id in last.touched_ids()
        self._created = last if created else None
        self._focus_view()
        block = item.text_block()
        origin = item.text_origin()
        original = item.text()
        session = object()
        editor = InPlaceEditor(
            original, block.font, block.width, lambda text: self._edited(item, text, original, session)
        )
        self.editor, self._editing = editor, item
        item.editing = True
        item.update()
        editor.attach(item, origin.x(), origin.y())
        self._session = session
        if isinstance(item, CardItem):
            editor.document().contentsChanged.connect(self._typed)
        return editor

    def _focus_view(self) -> None:
        """Give the keyboard to the board (a card made from the palette leaves it in the palette)."""
        views = self.scene.views()
        if views:
            views[0].activateWindow()
            views[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed(self) -> None:
        self._typing.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _commit_text(self, make: Any) -> None:
        """Commit a text change: into the step that created the card if it is fresh."""
        if self._created is not None:
            self.document.fold(self._created, make)
        else:
            self.document.execute(make)

    def _commit_typing(self) -> None:
        """A pause in typing on a card: commit the text so far (merged with the edit's other steps)."""
        editor, item, session = self.editor, self._editing, self._session
        if (
            editor is None
            or editor.closed
            or not isinstance(item, CardItem)
            or item.scene() is not self.scene
        ):
            return
        self._typing.stop()
        self._deadline.stop()
        board, entity_id, text = self.board, item.entity_id, editor.toPlainText()
        if text != item.text():
            field = text_field(item.entity)
            self._commit_text(lambda: ChangeCardFields(board, entity_id, {field: text}, session))

    def _edited(self, item: CardItem | LaneItem, text: str | None, original: str, session: object) -> None:
        self._typing.stop()
        self._deadline.stop()
        created, self._created = self._created, None
        editor, self.editor, self._editing = self.editor, None, None
        item.editing = False
        item.update()
        if editor is not None and editor.scene() is not None:
            editor.clearFocus()
            self.scene.removeItem(editor)
        if item.scene() is not self.scene:
            return
        if text is None and created is not None and self.document.discard(created):
            return  # Escape on a card just made: it goes, and so does the step that made it
        self._created = created
        try:
            self._keep_text(item, text, original, session)
        finally:
            self._created = None

    def _keep_text(self, item: CardItem | LaneItem, text: str | None, original: str, session: object) -> None:
        board, entity_id = self.board, item.entity_id
        if isinstance(item, LaneItem):
            if text is None or text == item.text():
                return
            if not text.strip():
                self.scene.message.emit(tr("A team needs a name"))
                return
            self._commit_text(lambda: RenameTeam(board, entity_id, text))
            return
        wanted = original if text is None else text
        if wanted != item.text():
            # Merges with what was committed while typing; back to the original, the step vanishes.
            field = text_field(item.entity)
            self._commit_text(lambda: ChangeCardFields(board, entity_id, {field: wanted}, session))

    # ================================================================ keyboard
    def nudge(self, dx: float, dy: float) -> bool:
        """Arrow keys: move the selected objectives and notes (merged into one undo step per run),
        or move a lone selected key result or initiative up or down among its siblings."""
        board, document = self.board, self.document
        selected = self.scene.selectedItems()
        movable = [i for i in selected if isinstance(i, (ObjectiveItem, NoteItem))]
        if movable:
            positions = {i.entity_id: (i.entity.x + dx, i.entity.y + dy) for i in movable}
            return document.execute(lambda: MoveCards(board, positions, nudge=True)) is not None
        stacked = [i for i in selected if isinstance(i, (KeyResultItem, InitiativeItem))]
        if len(stacked) != 1 or dy == 0:
            return False
        item = stacked[0]
        entity = board.find(item.entity_id)
        if isinstance(entity, KeyResult):
            siblings = board.key_results(entity.objective_id)
            index = [s.id for s in siblings].index(entity.id) + (1 if dy > 0 else -1)
            if not 0 <= index < len(siblings):
                return False
            return document.execute(lambda: ReorderKeyResult(board, entity.id, index)) is not None
        if isinstance(entity, Initiative):
            siblings_i = board.initiatives(entity.key_result_id)
            index = [s.id for s in siblings_i].index(entity.id) + (1 if dy > 0 else -1)
            if not 0 <= index < len(siblings_i):
                return False
            return (
                document.execute(lambda: MoveInitiative(board, entity.id, entity.key_result_id, index))
                is not None
            )
        return False

    def edit_selected(self) -> bool:
        selected = [i for i in self.scene.selectedItems() if isinstance(i, (CardItem, LaneItem))]
        if len(selected) != 1:
            return False
        self.start_editing(selected[0])
        return True

    def delete_selected(self) -> bool:
        """Delete the selected cards and lanes (with what they hold) and selected links."""
        selected = self.scene.selectedItems()
        ids = [i.entity_id for i in selected if isinstance(i, (CardItem, LaneItem))]
        unlink = [i.source_id for i in selected if isinstance(i, ArrowItem)]
        if not ids and not unlink:
            return False
        board = self.board
        return self.document.execute(lambda: DeleteCards(board, ids, unlink)) is not None

    def card_order(self) -> list[str]:
        """Ids of every card in draft order (lane by lane, objective by objective, then notes)."""
        return [i for i in card_paths(self.board) if i in self.scene.cards]

    def cycle(self, forward: bool = True) -> CardItem | None:
        """Tab: select the next (or previous) card in draft order; returns it."""
        order = self.card_order()
        if not order:
            return None
        selected = [i for i in self.scene.selected_ids() if i in self.scene.cards]
        if selected and selected[0] in order:
            index = (order.index(selected[0]) + (1 if forward else -1)) % len(order)
        else:
            index = 0 if forward else len(order) - 1
        self.scene.select_ids([order[index]])
        return self.scene.cards[order[index]]


__all__ = ["PALETTE_KINDS", "PALETTE_MIME", "Interactions", "palette_kind", "palette_mime"]
