"""Mouse gestures that Qt's own item moving doesn't cover, each ending in one undo command.

A gesture starts on a press (or once a press has travelled the drag distance), follows the
mouse with a visual preview only (ghost card, insertion line, rubber link, lane outline), and on
release builds the command for what the gesture means. Cancelling leaves the model untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from okrworkshop.canvas import style
from okrworkshop.canvas.commands import (
    LinkAlignment,
    MoveInitiative,
    NestTeam,
    ReorderKeyResult,
    ReorderTeams,
    ReparentKeyResult,
    ResizeLane,
    is_inside,
)
from okrworkshop.canvas.items import CardItem, InitiativeItem, KeyResultItem, LaneItem, ObjectiveItem
from okrworkshop.canvas.text import TextBlock
from okrworkshop.model import KeyResult, Objective, Team

if TYPE_CHECKING:
    from okrworkshop.canvas.scene import BoardScene


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


class Gesture:
    """A mouse gesture in progress."""

    def move(self, pos: QPointF) -> None:
        """Follow the mouse."""

    def finish(self, pos: QPointF) -> None:
        """The button was released at ``pos``: make the change (or nothing)."""
        self.cancel()

    def cancel(self) -> None:
        """Undo the preview; the model is untouched."""

    def involves(self, item: QGraphicsItem) -> bool:
        """Whether ``item`` takes part (it is about to be removed: the gesture must stop)."""
        return False


class Ghost(QGraphicsItem):
    """A see-through copy of a card following the mouse."""

    def __init__(self, block: TextBlock, size: QRectF) -> None:
        super().__init__()
        self.block = block
        self.rect = QRectF(0, 0, size.width(), min(size.height(), 120.0))
        self.setZValue(100.0)
        self.setOpacity(0.8)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(style.SELECTION, 2.0))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(self.rect, 4, 4)
        painter.setClipRect(self.rect)
        painter.setPen(style.INK)
        self.block.draw(painter, 7, 7)


def _indicator() -> QGraphicsLineItem:
    line = QGraphicsLineItem()
    line.setPen(QPen(style.DROP_HIGHLIGHT, 4.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    line.setZValue(90.0)
    line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return line


def insertion_index(children: list[CardItem], pos: QPointF) -> tuple[int, float]:
    """Where a card dropped at scene ``pos`` goes among ``children`` (stacked top to bottom).

    Returns the index and the scene y of the gap it goes into.
    """
    for index, child in enumerate(children):
        rect = child.mapRectToScene(child.rect)
        if pos.y() < rect.center().y():
            return index, rect.top() - style.KR_GAP / 2
    if children:
        last = children[-1].mapRectToScene(children[-1].rect)
        return len(children), last.bottom() + style.KR_GAP / 2
    return 0, float("nan")


class StackedCardDrag(Gesture):
    """Drag a key result to another place in its objective or to another objective (or an
    initiative to another place under a key result): drop where the insertion line shows."""

    def __init__(self, scene: BoardScene, item: KeyResultItem | InitiativeItem, start: QPointF) -> None:
        self.scene = scene
        self.item = item
        self.offset = item.mapFromScene(start)
        self.ghost = Ghost(item.text_block(), item.rect)
        self.line = _indicator()
        self.target: CardItem | None = None
        self.index = 0
        scene.addItem(self.ghost)
        scene.addItem(self.line)
        item.setOpacity(0.35)
        self.move(start)

    def involves(self, item: QGraphicsItem) -> bool:
        return item is self.item or item is self.target

    def _container_at(self, pos: QPointF) -> CardItem | None:
        kind = ObjectiveItem if isinstance(self.item, KeyResultItem) else KeyResultItem
        found: CardItem | None = self.scene.card_at(pos, (kind,), exclude=[self.item])
        return found

    def _children(self, container: CardItem) -> list[CardItem]:
        if isinstance(container, ObjectiveItem):
            kids: list[CardItem] = list(container.key_result_items())
        else:
            assert isinstance(container, KeyResultItem)
            kids = list(container.initiative_items())
        return [k for k in kids if k is not self.item]

    def move(self, pos: QPointF) -> None:
        self.ghost.setPos(pos - self.offset)
        container = self._container_at(pos)
        if container is not self.target:
            if self.target is not None:
                self.target.set_highlighted(False)
            self.target = container
            if container is not None:
                container.set_highlighted(True)
        if container is None:
            self.line.hide()
            return
        self.index, y = insertion_index(self._children(container), pos)
        rect = container.mapRectToScene(container.rect)
        if y != y:  # no children yet: the line goes at the bottom of the container
            y = rect.bottom() - style.CARD_PADDING / 2
        self.line.setLine(QLineF(rect.left() + 12, y, rect.right() - 12, y))
        self.line.show()

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        target, index = self.target, self.index
        self.cancel()
        if target is None:
            if isinstance(self.item, KeyResultItem):
                self.scene.message.emit(tr("Drop a key result on an objective"))
            else:
                self.scene.message.emit(tr("Drop an initiative on a key result"))
            return
        board = self.scene.board
        item_id, target_id = self.item.entity_id, target.entity_id
        if isinstance(self.item, KeyResultItem):
            if self.item.entity.objective_id == target_id:
                self.scene.document.execute(lambda: ReorderKeyResult(board, item_id, index))
            else:
                self.scene.document.execute(lambda: ReparentKeyResult(board, item_id, target_id, index))
        else:
            self.scene.document.execute(lambda: MoveInitiative(board, item_id, target_id, index))

    def cancel(self) -> None:
        if self.target is not None:
            self.target.set_highlighted(False)
            self.target = None
        self.item.setOpacity(1.0)
        for temporary in (self.ghost, self.line):
            if temporary.scene() is not None:
                self.scene.removeItem(temporary)


class LinkDraw(Gesture):
    """Draw an alignment link from an objective to the objective or key result it contributes to."""

    def __init__(self, scene: BoardScene, source: ObjectiveItem, start: QPointF) -> None:
        self.scene = scene
        self.source = source
        self.target: CardItem | None = None
        self.origin = source.mapToScene(source.link_handle().center())
        self.rubber = QGraphicsPathItem()
        self.rubber.setPen(QPen(style.ARROW, 2.0, Qt.PenStyle.DashLine))
        self.rubber.setZValue(90.0)
        self.rubber.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self.rubber)
        self.move(start)

    def involves(self, item: QGraphicsItem) -> bool:
        return item is self.source or item is self.target

    def valid_target(self, item: CardItem | None) -> bool:
        """An objective or key result of another objective, that would not close a loop."""
        if item is None:
            return False
        board = self.scene.board
        target = board.find(item.entity_id)
        if isinstance(target, KeyResult):
            target = board.find(target.objective_id)
        if not isinstance(target, Objective) or target.id == self.source.entity_id:
            return False
        seen: set[str] = set()
        current: Objective | None = target
        while current is not None and current.id not in seen:
            if current.id == self.source.entity_id:
                return False
            seen.add(current.id)
            current = board.alignment_target_objective(current)
        return True

    def move(self, pos: QPointF) -> None:
        path = QPainterPath(self.origin)
        path.lineTo(pos)
        self.rubber.setPath(path)
        found = self.scene.card_at(pos, (KeyResultItem, ObjectiveItem), exclude=[self.source])
        found = found if self.valid_target(found) else None
        if found is not self.target:
            if self.target is not None:
                self.target.set_highlighted(False)
            self.target = found
            if found is not None:
                found.set_highlighted(True)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        target = self.target
        self.cancel()
        if target is None:
            self.scene.message.emit(tr("Drop the link on the objective or key result this objective serves"))
            return
        board, source_id, target_id = self.scene.board, self.source.entity_id, target.entity_id
        self.scene.document.execute(lambda: LinkAlignment(board, source_id, target_id))

    def cancel(self) -> None:
        if self.target is not None:
            self.target.set_highlighted(False)
            self.target = None
        if self.rubber.scene() is not None:
            self.scene.removeItem(self.rubber)


class LaneResize(Gesture):
    """Drag a lane's bottom or right edge (or the corner between them) to resize it."""

    def __init__(self, scene: BoardScene, lane: LaneItem, edge: str, start: QPointF) -> None:
        self.scene = scene
        self.lane = lane
        self.edge = edge
        self.start = start
        self.size = (lane.rect.width(), lane.rect.height())
        self.outline = QGraphicsPathItem()
        self.outline.setPen(QPen(style.DROP_HIGHLIGHT, 2.0, Qt.PenStyle.DashLine))
        self.outline.setZValue(90.0)
        scene.addItem(self.outline)
        self.move(start)

    def involves(self, item: QGraphicsItem) -> bool:
        return item is self.lane

    def move(self, pos: QPointF) -> None:
        width, height = self.lane.rect.width(), self.lane.rect.height()
        if self.edge in ("right", "corner"):
            width = max(
                style.MIN_LANE_WIDTH, style.snap(width + pos.x() - self.start.x(), self.scene.snap_enabled)
            )
        if self.edge in ("bottom", "corner"):
            height = max(
                style.MIN_LANE_HEIGHT, style.snap(height + pos.y() - self.start.y(), self.scene.snap_enabled)
            )
        self.size = (width, height)
        path = QPainterPath()
        path.addRect(QRectF(self.lane.pos().x(), self.lane.pos().y(), width, height))
        self.outline.setPath(path)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        self.cancel()
        width, height = self.size
        board, team_id = self.scene.board, self.lane.entity_id
        self.scene.document.execute(lambda: ResizeLane(board, team_id, width, height))

    def cancel(self) -> None:
        if self.outline.scene() is not None:
            self.scene.removeItem(self.outline)


class LaneDrag(Gesture):
    """Drag a lane by its header: before or after another lane reorders, onto its middle nests."""

    def __init__(self, scene: BoardScene, lane: LaneItem, start: QPointF) -> None:
        self.scene = scene
        self.lane = lane
        self.target: LaneItem | None = None
        self.zone: str | None = None
        self.ghost = Ghost(lane.text_block(), QRectF(0, 0, 320, style.LANE_HEADER))
        self.offset = QPointF(40, 20)
        scene.addItem(self.ghost)
        self.move(start)

    def involves(self, item: QGraphicsItem) -> bool:
        return item is self.lane or item is self.target

    def move(self, pos: QPointF) -> None:
        self.ghost.setPos(pos - self.offset)
        found = self.scene.lane_at(pos)
        if found is not None and is_inside(self.scene.board, found.entity_id, self.lane.entity_id):
            found = None
        zone: str | None = None
        if found is not None:
            local_y = pos.y() - found.pos().y()
            height = found.rect.height()
            zone = "before" if local_y < height * 0.3 else "after" if local_y > height * 0.7 else "inside"
        if found is not self.target and self.target is not None:
            self.target.set_drop_zone(None)
        self.target, self.zone = found, zone
        if found is not None:
            found.set_drop_zone(zone)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        target, zone = self.target, self.zone
        self.cancel()
        if target is None or zone is None:
            return
        board, team_id = self.scene.board, self.lane.entity_id
        if zone == "inside":
            self.scene.document.execute(lambda: NestTeam(board, team_id, target.entity_id))
            return
        team = board.typed(target.entity_id, Team)
        siblings = [t for t in board.teams() if t.parent_id == team.parent_id and t.id != team_id]
        index = [t.id for t in siblings].index(team.id) + (1 if zone == "after" else 0)
        self.scene.document.execute(lambda: ReorderTeams(board, team_id, team.parent_id, index))

    def cancel(self) -> None:
        if self.target is not None:
            self.target.set_drop_zone(None)
            self.target = None
        if self.ghost.scene() is not None:
            self.scene.removeItem(self.ghost)
