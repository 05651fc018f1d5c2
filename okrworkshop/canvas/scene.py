"""The board scene: a mirror of the model, item for entity, kept in step by the document's signals.

The scene builds one item per lane and card from the board, then follows the document: an added
entity gets an item, a removed one loses it, an updated one re-reads its entity. Layout work that
depends on several changes (an objective's stacked key results, arrows, lane headers) is marked
dirty and done once when the gesture's changes are committed. Gestures are handled by
:mod:`okrworkshop.canvas.interactions`; the scene itself never writes the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from okrworkshop.canvas import style
from okrworkshop.canvas.commands import FitLanes
from okrworkshop.canvas.document import Document
from okrworkshop.canvas.interactions import Interactions
from okrworkshop.canvas.items import (
    CARD_ITEM_TYPES,
    ArrowItem,
    CardItem,
    InitiativeItem,
    KeyResultItem,
    LaneItem,
    NoteItem,
    ObjectiveItem,
)
from okrworkshop.canvas.items.badges import FindingsTooltip
from okrworkshop.canvas.live_checker import CheckerLike
from okrworkshop.collector import collector_paused
from okrworkshop.model import Entity, Initiative, KeyResult, Note, Objective, Team

SCENE_MARGIN = 400.0
#: Room past the board's right and bottom edges, so that a small board can sit at the top-left of
#: a large window (the view cannot scroll beyond the scene).
FAR_MARGIN = 3000.0


class BoardScene(QGraphicsScene):
    """Items for every lane and card of a document's board."""

    #: Something to tell the user in the status bar.
    message = Signal(str)

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.board = document.board
        self.snap_enabled = True
        self.cards: dict[str, CardItem] = {}
        self.lanes: dict[str, LaneItem] = {}
        self.arrows: dict[str, ArrowItem] = {}
        self.checker: CheckerLike | None = None
        self._colours: dict[str, QColor] = {}
        self._board_bounds = QRectF()
        self._dirty_objectives: set[str] = set()
        self._dirty_lanes: set[str] = set()
        self._dirty_arrows: set[str] = set()
        self._language = self.board.workshop.language
        #: Whether the cards name their findings in words (presenter mode).
        self.finding_labels = False
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.interactions = Interactions(self)
        document.follow_up = self.lane_growth
        document.entity_added.connect(self._on_added)
        document.entity_removed.connect(self._on_removed)
        document.entity_updated.connect(self._on_updated)
        document.workshop_changed.connect(self._on_workshop_changed)
        document.reloaded.connect(self.rebuild)
        document.committed.connect(self._on_committed)
        self.rebuild()

    # ================================================================ building
    def rebuild(self) -> None:
        """Throw every item away and build them again from the board."""
        # Thousands of items and text layouts are made in one go (see okrworkshop.collector).
        with collector_paused():
            self._rebuild()

    def _rebuild(self) -> None:
        self.interactions.cancel()
        self.clear()
        self.cards.clear()
        self.lanes.clear()
        self.arrows.clear()
        board = self.board
        self._language = board.workshop.language
        for team in board.teams():
            self._add_lane(team)
        # Each objective is assembled with its key results and initiatives and laid out before it
        # enters the scene: off-scene, Qt has no index or geometry to keep up to date meanwhile.
        objectives = [self._make_card(o) for o in board.all(Objective)]
        stacked: list[Entity] = [*board.all(KeyResult), *board.all(Initiative)]
        for entity in stacked:
            self._make_card(entity)
        for item in objectives:
            assert isinstance(item, ObjectiveItem)
            item.relayout()
            self.addItem(item)
        for note in board.all(Note):
            self.addItem(self._make_card(note))
        for objective in board.all(Objective):
            if objective.aligned_to is not None:
                self._add_arrow(objective)
        self._dirty_objectives.clear()
        self._dirty_lanes.clear()
        self._dirty_arrows.clear()
        self.update_scene_rect()
        if self.checker is not None:
            self.apply_findings(set(), full=True)

    def _add_lane(self, team: Team) -> LaneItem:
        lane = LaneItem(team, self._lane_details(team), self._language)
        self.lanes[team.id] = lane
        self.addItem(lane)
        return lane

    def _make_card(self, entity: Entity) -> CardItem:
        """The item of a card, inside its parent card's item if it has one (not added otherwise)."""
        item = CARD_ITEM_TYPES[type(entity)](entity, self._language)  # type: ignore[call-arg,arg-type]
        self.cards[entity.id] = item
        parent = self._parent_item(entity)
        if parent is not None:
            self._attach(item, parent)
        if isinstance(item, ObjectiveItem):
            self._colour_objective(item)
        return item

    def _add_card(self, entity: Entity) -> CardItem:
        item = self._make_card(entity)
        if item.parentItem() is None:
            self.addItem(item)
        self._mark_objective_of(entity)
        return item

    @staticmethod
    def _attach(item: CardItem, parent: CardItem) -> None:
        item.setParentItem(parent)
        parent.stacked.append(item)

    @staticmethod
    def _detach(item: CardItem) -> None:
        parent = item.parentItem()
        if isinstance(parent, CardItem) and item in parent.stacked:
            parent.stacked.remove(item)

    def _parent_item(self, entity: Entity) -> CardItem | None:
        if isinstance(entity, KeyResult):
            return self.cards.get(entity.objective_id)
        if isinstance(entity, Initiative):
            return self.cards.get(entity.key_result_id)
        return None

    def _add_arrow(self, objective: Objective) -> None:
        assert objective.aligned_to is not None
        arrow = ArrowItem(objective.id, objective.aligned_to)
        self.arrows[objective.id] = arrow
        self.addItem(arrow)
        self._route(arrow)

    def _colour_objective(self, item: ObjectiveItem) -> None:
        team = self.board.find(item.entity.team_id)
        if isinstance(team, Team):
            colour = self._colours.get(team.colour)
            if colour is None:
                colour = self._colours[team.colour] = QColor(team.colour)
            item.strip_colour = colour
            item.update()

    # ================================================================ mirroring
    def _on_added(self, entity: Entity) -> None:
        if isinstance(entity, Team):
            self._add_lane(entity)
            self._dirty_lanes.add(entity.id)
        elif type(entity) in CARD_ITEM_TYPES:
            self._add_card(entity)
            if isinstance(entity, (Objective, Note)) and entity.team_id is not None:
                self._dirty_lanes.add(entity.team_id)
            if isinstance(entity, Objective) and entity.aligned_to is not None:
                self._dirty_arrows.add(entity.id)

    def _on_removed(self, entity: Entity) -> None:
        if isinstance(entity, Team):
            lane = self.lanes.pop(entity.id, None)
            if lane is not None:
                self.removeItem(lane)
            return
        item = self.cards.pop(entity.id, None)
        if item is None:
            return
        self._mark_objective_of(entity)
        if isinstance(entity, (Objective, Note)) and entity.team_id is not None:
            self._dirty_lanes.add(entity.team_id)
        arrow = self.arrows.pop(entity.id, None)
        if arrow is not None:
            self.removeItem(arrow)
        if item.scene() is self:
            self.interactions.forget(item)
            self._detach(item)
            item.setParentItem(None)  # type: ignore[arg-type]
            self.removeItem(item)

    def _on_updated(self, before: Entity, after: Entity, fields: frozenset[str]) -> None:
        if isinstance(after, Team):
            self._dirty_lanes.add(after.id)
            if "colour" in fields:
                for objective in self.board.objectives(after.id):
                    item = self.cards.get(objective.id)
                    if isinstance(item, ObjectiveItem):
                        self._colour_objective(item)
            return
        item = self.cards.get(after.id)
        if item is None:
            return
        if fields - {"x", "y", "order", "team_id", "aligned_to", "objective_id", "key_result_id"}:
            item.set_entity(after, self._language)
        else:
            item.entity = after
        if isinstance(after, (Objective, Note)):
            if {"x", "y"} & fields:
                item.setPos(after.x, after.y)
            if "team_id" in fields:
                for team_id in (before.team_id, after.team_id):  # type: ignore[union-attr]
                    if team_id is not None:
                        self._dirty_lanes.add(team_id)
                if isinstance(item, ObjectiveItem):
                    self._colour_objective(item)
        if isinstance(after, Objective) and "aligned_to" in fields:
            self._dirty_arrows.add(after.id)
        if "objective_id" in fields or "key_result_id" in fields:
            self._mark_objective_of(before)
            parent = self._parent_item(after)
            if parent is not None:
                self._detach(item)
                self._attach(item, parent)
        self._mark_objective_of(after)

    def _on_workshop_changed(self, before: Any, after: Any, fields: frozenset[str]) -> None:
        if "language" in fields:
            self._language = after.language
            for item in self.cards.values():
                item.set_entity(item.entity, self._language)
            for lane in self.lanes.values():
                lane.language = self._language
            self._dirty_lanes.update(self.lanes)
            self._dirty_objectives.update(i for i, c in self.cards.items() if isinstance(c, ObjectiveItem))

    def _mark_objective_of(self, entity: Entity) -> None:
        objective_id: str | None = None
        if isinstance(entity, Objective):
            objective_id = entity.id
        elif isinstance(entity, KeyResult):
            objective_id = entity.objective_id
        elif isinstance(entity, Initiative):
            key_result = self.board.find(entity.key_result_id)
            if isinstance(key_result, KeyResult):
                objective_id = key_result.objective_id
            else:
                item = self.cards.get(entity.key_result_id)
                objective_id = item.entity.objective_id if item is not None else None
        if objective_id is not None:
            self._dirty_objectives.add(objective_id)

    def _on_committed(self, _count: int) -> None:
        for objective_id in self._dirty_objectives:
            item = self.cards.get(objective_id)
            if isinstance(item, ObjectiveItem):
                item.relayout()
                self._dirty_arrows.update(self._arrows_touching(objective_id))
        for objective_id in self._dirty_arrows:
            objective = self.board.find(objective_id)
            arrow = self.arrows.get(objective_id)
            target = objective.aligned_to if isinstance(objective, Objective) else None
            if arrow is not None and arrow.target_id != target:
                self.removeItem(arrow)
                del self.arrows[objective_id]
                arrow = None
            if arrow is None and isinstance(objective, Objective) and target is not None:
                self._add_arrow(objective)
            elif arrow is not None:
                self._route(arrow)
        for team_id in self._dirty_lanes:
            if team_id in self.lanes:
                self._refresh_lane(team_id)
        self._dirty_objectives.clear()
        self._dirty_arrows.clear()
        self._dirty_lanes.clear()
        self.update_scene_rect()

    def _lane_details(self, team: Team) -> tuple[str, int, int]:
        """What a lane's header says besides its name: parent team, objectives, notes."""
        parent = self.board.find(team.parent_id)
        return (
            parent.name if isinstance(parent, Team) else "",
            len(self.board.objectives(team.id)),
            len(self.board.notes(team.id)),
        )

    def _refresh_lane(self, team_id: str) -> None:
        team = self.board.find(team_id)
        lane = self.lanes.get(team_id)
        if not isinstance(team, Team) or lane is None:
            return
        lane.set_team(team, *self._lane_details(team))

    # ================================================================== arrows
    def _arrows_touching(self, objective_id: str) -> set[str]:
        """Ids of the objectives whose arrows start or end at this objective (or its key results)."""
        touching = {objective_id} if objective_id in self.arrows else set()
        ends = {objective_id, *(k.id for k in self.board.key_results(objective_id))}
        for referrer_end in ends:
            for referrer in self.board.referrers(referrer_end):
                if referrer.id in self.arrows:
                    touching.add(referrer.id)
        return touching

    def _route(self, arrow: ArrowItem) -> None:
        source = self.cards.get(arrow.source_id)
        target = self.cards.get(arrow.target_id)
        if source is not None and target is not None:
            holder = target.parentItem() if isinstance(target, KeyResultItem) else None
            container = holder.mapRectToScene(holder.rect) if isinstance(holder, ObjectiveItem) else None
            source_rect, target_rect = source.mapRectToScene(source.rect), target.mapRectToScene(target.rect)
            points = self._link_route(source_rect, target_rect, container)
            if points is None:
                arrow.set_ends(source_rect, target_rect, container)
            else:
                arrow.set_route([QPointF(x, y) for x, y in points])

    def _link_route(
        self, source: QRectF, target: QRectF, container: QRectF | None
    ) -> list[tuple[float, float]] | None:
        """An orthogonal route between two cards around every card and lane name, or None."""
        from okrworkshop import routing

        def box(rect: QRectF) -> routing.Box:
            return (rect.x(), rect.y(), rect.width(), rect.height())

        obstacles = [
            box(item.mapRectToScene(item.rect)) for item in self.cards.values() if item.parentItem() is None
        ]
        names = []
        for lane in self.lanes.values():
            origin = lane.mapToScene(lane.text_origin())
            # the lane's name and the line under it, as wide as their words (routes cross headers)
            words = max(QFontMetricsF(b.font).horizontalAdvance(b.text) for b in (lane.name, lane.meta))
            height = lane.name.height + 1 + lane.meta.height
            names.append((origin.x(), origin.y(), min(words, lane.name.width), height))
        start, end = routing.ports(
            box(source), box(target), box(container) if container is not None else None
        )
        return routing.route(start, end, obstacles, texts=names)

    def card_moved(self, item: ObjectiveItem) -> None:
        """An objective moved on screen (dragging): keep its arrows attached."""
        for objective_id in self._arrows_touching(item.entity_id):
            self._route(self.arrows[objective_id])

    # ================================================================ geometry
    def snapped(self, pos: QPointF) -> QPointF:
        return QPointF(style.snap(pos.x(), self.snap_enabled), style.snap(pos.y(), self.snap_enabled))

    def update_scene_rect(self) -> None:
        left = top = float("inf")
        right = bottom = float("-inf")
        items: list[LaneItem | CardItem] = [*self.lanes.values(), *self.cards.values()]
        for item in items:
            # Lanes, objectives and notes are the top-level items (a type test costs less than
            # asking Qt for each item's parent).
            if isinstance(item, (LaneItem, ObjectiveItem, NoteItem)):
                pos, rect = item.pos(), item.rect
                left, top = min(left, pos.x()), min(top, pos.y())
                right, bottom = max(right, pos.x() + rect.width()), max(bottom, pos.y() + rect.height())
        bounds = QRectF(left, top, right - left, bottom - top) if right >= left else QRectF(0, 0, 0, 0)
        self._board_bounds = bounds
        self.setSceneRect(bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, FAR_MARGIN, FAR_MARGIN))

    def board_rect(self) -> QRectF:
        """The rectangle holding every lane and card (what "fit" shows)."""
        return QRectF(self._board_bounds).adjusted(-20, -20, 20, 20)

    def lane_needs(self) -> dict[str, tuple[float, float]]:
        """The size each lane needs to hold its objectives and notes as drawn (with a margin)."""
        needs: dict[str, tuple[float, float]] = {}
        for item in self.cards.values():
            team_id = getattr(item.entity, "team_id", None) if item.parentItem() is None else None
            lane = self.lanes.get(team_id) if team_id is not None else None
            if lane is None:
                continue
            rect = item.mapRectToScene(item.rect)
            width, height = needs.get(lane.entity_id, (0.0, 0.0))
            needs[lane.entity_id] = (
                max(width, rect.right() - lane.pos().x() + style.LANE_PADDING),
                max(height, rect.bottom() - lane.pos().y() + style.LANE_PADDING),
            )
        return {
            team_id: (style.snap(w + style.GRID / 2), style.snap(h + style.GRID / 2))
            for team_id, (w, h) in needs.items()
        }

    def lane_growth(self) -> FitLanes | None:
        """The step that grows the lanes some of whose cards stick out (None if all fit)."""
        grow: dict[str, tuple[float, float]] = {}
        for team_id, (width, height) in self.lane_needs().items():
            team = self.board.find(team_id)
            if isinstance(team, Team) and (width > team.width or height > team.height):
                grow[team_id] = (width, height)
        return FitLanes(self.board, grow) if grow else None

    def lane_at(self, pos: QPointF) -> LaneItem | None:
        """The innermost lane under ``pos`` (lanes do not take mouse presses on their body)."""
        found = [lane for lane in self.lanes.values() if lane.sceneBoundingRect().contains(pos)]
        found = [lane for lane in found if QRectF(lane.pos(), lane.rect.size()).contains(pos)]
        return found[-1] if found else None

    def card_at(
        self, pos: QPointF, kinds: Iterable[type] = (CardItem,), exclude: Iterable[object] = ()
    ) -> Any:
        """The topmost card of one of ``kinds`` under ``pos`` (skipping ``exclude``)."""
        kinds = tuple(kinds)
        skip = set(map(id, exclude))
        for item in self.items(pos):
            if id(item) in skip:
                continue
            if isinstance(item, kinds) and getattr(item, "rect", QRectF()).contains(item.mapFromScene(pos)):
                return item
        return None

    # ============================================================== selection
    def selected_ids(self) -> list[str]:
        """Ids of the selected cards, lanes and arrows (arrows by their objective's id)."""
        return [item.entity_id for item in self.selectedItems() if hasattr(item, "entity_id")]

    def item_for(self, entity_id: str) -> QGraphicsItem | None:
        return self.cards.get(entity_id) or self.lanes.get(entity_id)

    def select_ids(self, ids: Iterable[str]) -> list[QGraphicsItem]:
        """Select exactly the items of ``ids`` (those that exist); returns them."""
        items = [item for i in ids if (item := self.item_for(i)) is not None]
        self.blockSignals(True)
        try:
            self.clearSelection()
            for item in items:
                item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()
        return items

    # ================================================================ findings
    def attach_checker(self, checker: CheckerLike | None) -> None:
        self.checker = checker
        self.apply_findings(set(), full=True)

    def helpEvent(self, event: Any) -> None:
        """Before Qt looks for a tooltip under the pointer, the cards and lanes there write theirs
        (they build them on demand: see :class:`~okrworkshop.canvas.items.badges.FindingsTooltip`)."""
        for item in self.items(event.scenePos()):
            if isinstance(item, FindingsTooltip):
                item.toolTip()
        super().helpEvent(event)

    def apply_findings(self, changed: set[str], full: bool = False) -> None:
        """Show the checker's findings on the cards and lanes in ``changed`` (all if ``full``)."""
        if self.checker is None:
            return
        if not full:
            self._apply_findings(changed)  # an edit's few cards: nothing to hold the collector for
            return
        with collector_paused():  # a full check's findings: one set per card of the board
            self._apply_findings([*self.cards, *self.lanes])

    def _apply_findings(self, ids: Iterable[str]) -> None:
        for entity_id in ids:
            item = self.cards.get(entity_id) or self.lanes.get(entity_id)
            if item is not None:
                item.set_findings(self.checker.findings_for(entity_id))  # type: ignore[union-attr]
        if self.finding_labels:
            self._show_labels(ids)

    def set_finding_labels(self, on: bool) -> None:
        """Write each finding's rule title on its card (presenter mode) or not (the badges only)."""
        if on == self.finding_labels:
            return
        self.finding_labels = on
        self._show_labels([*self.cards, *self.lanes])

    def _show_labels(self, ids: Iterable[str]) -> None:
        from okrworkshop.canvas.items.badges import finding_labels

        grown: set[str] = set()
        for entity_id in ids:
            item = self.cards.get(entity_id) or self.lanes.get(entity_id)
            if item is None:
                continue
            findings = self.checker.findings_for(entity_id) if self.checker and self.finding_labels else []
            text, severity = finding_labels(findings, self._language)
            if item.set_labels(text, severity, self._language) and isinstance(item, CardItem):
                top = item
                while isinstance(top.parentItem(), CardItem):
                    top = top.parentItem()  # type: ignore[assignment]
                grown.add(top.entity_id)
        for objective_id in grown:
            item = self.cards.get(objective_id)
            if isinstance(item, ObjectiveItem):
                item.relayout()
                for arrow_id in self._arrows_touching(objective_id):
                    self._route(self.arrows[arrow_id])
        if grown:
            self.update_scene_rect()

    # ================================================================= events
    def mousePressEvent(self, event: Any) -> None:
        if not self.interactions.press(event):
            super().mousePressEvent(event)
            self.interactions.pressed(event)

    def mouseMoveEvent(self, event: Any) -> None:
        if not self.interactions.move(event):
            super().mouseMoveEvent(event)
            self.interactions.moved(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        handled = self.interactions.release(event)
        super().mouseReleaseEvent(event)
        if not handled:
            self.interactions.released(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        if not self.interactions.double_click(event):
            super().mouseDoubleClickEvent(event)

    def dragEnterEvent(self, event: Any) -> None:
        self.interactions.drag_enter(event)

    def dragMoveEvent(self, event: Any) -> None:
        self.interactions.drag_move(event)

    def dragLeaveEvent(self, event: Any) -> None:
        self.interactions.drag_leave()

    def dropEvent(self, event: Any) -> None:
        self.interactions.drop(event)


__all__ = ["BoardScene", "InitiativeItem", "KeyResultItem", "NoteItem"]
