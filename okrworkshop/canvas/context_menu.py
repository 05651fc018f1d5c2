"""Right-click menus on the board: what can be done to this lane, card or link, right here.

Every entry runs an undo command through the document, like the same change made any other way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from okrworkshop.canvas.coaching import apply_rewrite, rewrites_for
from okrworkshop.canvas.commands import (
    DeleteCards,
    FitLanes,
    LinkAlignment,
    NestTeam,
    RecolourTeam,
    is_inside,
)
from okrworkshop.canvas.items import ArrowItem, CardItem, LaneItem, ObjectiveItem
from okrworkshop.palette import TEAM_COLOURS

if TYPE_CHECKING:
    from okrworkshop.canvas.scene import BoardScene


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3)
    painter.end()
    return QIcon(pixmap)


def _nest(document: Any, board: Any, team_id: str, parent_id: str) -> Callable[[], None]:
    return lambda: document.execute(lambda: NestTeam(board, team_id, parent_id))


def _applier(scene: BoardScene, card_id: str, title: str, key_result: str | None) -> Callable[[], None]:
    def apply() -> None:
        apply_rewrite(scene, card_id, title, key_result)

    return apply


def build_menu(scene: BoardScene, item: Any, pos: QPointF, parent: QWidget | None = None) -> QMenu | None:
    """The menu for ``item`` (a lane, card or link) clicked at scene ``pos``; None if it has none."""
    document, board, interactions = scene.document, scene.board, scene.interactions
    menu = QMenu(parent)
    if isinstance(item, LaneItem):
        team_id = item.entity_id
        menu.addAction(tr("Rename"), lambda: interactions.start_editing(item))
        colours = menu.addMenu(tr("Colour"))
        for colour in TEAM_COLOURS:
            colours.addAction(
                swatch(colour),
                colour,
                lambda c=colour: document.execute(lambda: RecolourTeam(board, team_id, c)),
            )
        nest = menu.addMenu(tr("Part of"))
        if item.entity.parent_id is not None:
            nest.addAction(
                tr("— top level —"), lambda: document.execute(lambda: NestTeam(board, team_id, None))
            )
        for team in board.teams():
            if not is_inside(board, team.id, team_id) and team.id != item.entity.parent_id:
                nest.addAction(team.name, _nest(document, board, team_id, team.id))
        menu.addAction(tr("Add a team below"), lambda: interactions.add_from_palette("team", item, pos))
        needs = {k: v for k, v in scene.lane_needs().items() if k == team_id}
        menu.addAction(tr("Fit to its cards"), lambda: document.execute(lambda: FitLanes(board, needs)))
        menu.addSeparator()
        menu.addAction(tr("Delete team"), lambda: document.execute(lambda: DeleteCards(board, [team_id])))
    elif isinstance(item, CardItem):
        card_id = item.entity_id
        menu.addAction(tr("Edit text"), lambda: interactions.start_editing(item))
        for _, title, key_result in rewrites_for(scene, card_id):
            menu.addAction(
                tr("Apply the suggested rewrite: %1").replace("%1", title),
                _applier(scene, card_id, title, key_result),
            )
        if isinstance(item, ObjectiveItem) and item.entity.aligned_to is not None:
            menu.addAction(
                tr("Remove alignment"), lambda: document.execute(lambda: LinkAlignment(board, card_id, None))
            )
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: document.execute(lambda: DeleteCards(board, [card_id])))
    elif isinstance(item, ArrowItem):
        source = item.source_id
        menu.addAction(
            tr("Remove alignment"), lambda: document.execute(lambda: LinkAlignment(board, source, None))
        )
    else:
        return None
    return menu
