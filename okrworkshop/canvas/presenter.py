"""Presenter mode on the board view: type sized for the back row, one part of the board at a time.

The zoom is chosen from the screen, not from a fixed factor: key-result text must be at least
:data:`KR_TARGET_PX` device pixels high on a 1080-line screen, and the same share of the height on
a taller one (a 4K projector gets 48 px), so the text keeps its size in the room whatever the
screen. When the whole board fits the window at that size it is shown whole, as large as fits;
otherwise the board is shown in **pages**: one parent team with its sub-teams, or one lane when a
parent team is too big, or pieces of a lane too big for the screen. PageDown/PageUp (and →/←
when no card is selected) step through them; a resize or another screen recomputes them and
stays on the same part of the board. Scrollbars are hidden meanwhile.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt

from okrworkshop.canvas import style
from okrworkshop.canvas.items import LaneItem, NoteItem, ObjectiveItem

if TYPE_CHECKING:
    from okrworkshop.canvas.view import BoardView

#: Key-result text height (its font's pixel size, in device pixels) on a 1080-line screen.
KR_TARGET_PX = 24.0
REFERENCE_LINES = 1080.0
#: Room around a page, in board points.
PAGE_MARGIN = 16.0
#: A page never shows cards larger than this many times their 100 % size.
MAX_PRESENTER_ZOOM = 3.0
#: Pieces of a lane too big for the screen repeat this share of their neighbour.
PIECE_OVERLAP = 0.1


def presenter_zoom(screen_lines: float, device_pixel_ratio: float) -> float:
    """The smallest zoom at which key results are :data:`KR_TARGET_PX` high on that screen.

    ``screen_lines`` is the screen's height in device pixels. Zoom is in logical pixels per board
    point, so the device pixel ratio divides the target out.
    """
    target = max(KR_TARGET_PX, KR_TARGET_PX * screen_lines / REFERENCE_LINES)
    return target / max(device_pixel_ratio, 1e-6) / style.FONT_ROLES["key-result"][0]


def _united(rects: list[QRectF]) -> QRectF:
    result = QRectF(rects[0])
    for rect in rects[1:]:
        result = result.united(rect)
    return result


class Presenter:
    """The pages of a board view in presenter mode and which one is shown."""

    def __init__(self, view: BoardView) -> None:
        self.view = view
        self.pages: list[QRectF] = []
        self.index = 0
        self.min_zoom = 1.0

    # ---------------------------------------------------------------- sizes
    def screen_zoom(self) -> float:
        """The zoom floor for the screen the view is on."""
        screen = self.view.screen()
        if screen is None:
            return KR_TARGET_PX / style.FONT_ROLES["key-result"][0]
        ratio = screen.devicePixelRatio()
        return presenter_zoom(screen.geometry().height() * ratio, ratio)

    def _room(self) -> tuple[float, float]:
        viewport = self.view.viewport().rect()
        return (max(viewport.width(), 1), max(viewport.height(), 1))

    def _fits(self, rect: QRectF, zoom: float) -> bool:
        width, height = self._room()
        return rect.width() * zoom <= width + 0.5 and rect.height() * zoom <= height + 0.5

    def zoom_for(self, page: QRectF) -> float:
        """The page as large as the window allows, never under the floor nor over the cap."""
        width, height = self._room()
        fit = min(width / max(page.width(), 1.0), height / max(page.height(), 1.0))
        return max(self.min_zoom, min(fit, max(MAX_PRESENTER_ZOOM, self.min_zoom)))

    # ---------------------------------------------------------------- pages
    def lane_rect(self, lane: LaneItem) -> QRectF:
        """What of a lane is worth showing: its name, and its own cards (which may stick out)."""
        scene = self.view.board_scene
        origin = lane.pos()
        name_width = style.LANE_PADDING + lane.name_extent()
        rects = [QRectF(origin.x(), origin.y(), name_width, style.LANE_HEADER)]
        for item in scene.cards.values():
            if isinstance(item, (ObjectiveItem, NoteItem)) and getattr(item.entity, "team_id", None) == (
                lane.entity_id
            ):
                rects.append(item.mapRectToScene(item.rect))
        content = _united(rects)
        right = max(content.right() + style.LANE_PADDING, origin.x() + name_width)
        bottom = content.bottom() + style.LANE_PADDING
        return QRectF(QPointF(origin.x(), origin.y()), QPointF(right, bottom)).adjusted(
            -PAGE_MARGIN, -PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN
        )

    def compute_pages(self) -> list[QRectF]:
        """The whole board if it fits at the floor; else parent teams, lanes, pieces of lanes."""
        scene = self.view.board_scene
        whole = scene.board_rect()
        if whole.isEmpty() or self._fits(whole, self.min_zoom):
            return [whole] if not whole.isEmpty() else []
        board = scene.board
        pages: list[QRectF] = []

        def subtree(team_id: str) -> list[str]:
            ids = [team_id]
            for child in board.subteams(team_id):
                ids += subtree(child.id)
            return ids

        for top in board.top_teams():
            lanes = [scene.lanes[t] for t in subtree(top.id) if t in scene.lanes]
            if not lanes:
                continue
            rects = [self.lane_rect(lane) for lane in lanes]
            group = _united(rects)
            if self._fits(group, self.min_zoom):
                pages.append(group)
                continue
            for rect in rects:
                pages += self._pieces(rect) if not self._fits(rect, self.min_zoom) else [rect]
        loose = [
            item.mapRectToScene(item.rect)
            for item in scene.cards.values()
            if isinstance(item, NoteItem) and item.entity.team_id is None
        ]
        if loose:
            notes = _united(loose).adjusted(-PAGE_MARGIN, -PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
            pages += self._pieces(notes) if not self._fits(notes, self.min_zoom) else [notes]
        return pages

    def _pieces(self, rect: QRectF) -> list[QRectF]:
        """``rect`` cut into window-sized pieces at the floor zoom, row by row."""
        width, height = self._room()
        piece_w, piece_h = width / self.min_zoom, height / self.min_zoom
        step_w, step_h = piece_w * (1 - PIECE_OVERLAP), piece_h * (1 - PIECE_OVERLAP)
        cols = 1 if rect.width() <= piece_w else math.ceil((rect.width() - piece_w) / step_w) + 1
        rows = 1 if rect.height() <= piece_h else math.ceil((rect.height() - piece_h) / step_h) + 1
        pieces = []
        for row in range(rows):
            for col in range(cols):
                left = min(rect.left() + col * step_w, max(rect.right() - piece_w, rect.left()))
                top = min(rect.top() + row * step_h, max(rect.bottom() - piece_h, rect.top()))
                pieces.append(QRectF(left, top, min(piece_w, rect.width()), min(piece_h, rect.height())))
        return pieces

    # ----------------------------------------------------------------- show
    def start(self) -> None:
        view = self.view
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.index = 0
        self.refresh(keep=False)

    def stop(self) -> None:
        view = self.view
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.pages = []

    def refresh(self, keep: bool = True) -> None:
        """Recompute the zoom floor and the pages (window resized, screen changed, cards moved),
        staying on the part of the board shown before."""
        before = self.pages[self.index].center() if keep and self.pages else None
        self.min_zoom = self.screen_zoom()
        self.pages = self.compute_pages()
        if not self.pages:
            self.view.set_zoom(self.min_zoom)
            return
        if before is not None:
            holding = [i for i, page in enumerate(self.pages) if page.contains(before)]
            self.index = holding[0] if holding else min(self.index, len(self.pages) - 1)
        self.index = max(0, min(self.index, len(self.pages) - 1))
        self.show_page()

    def show_page(self) -> None:
        page = self.pages[self.index]
        view = self.view
        zoom = self.zoom_for(page)
        view.set_zoom(zoom, page.center())
        width, height = self._room()
        # a page smaller than the window is centred; a larger one (never, but) starts top-left
        centre = QPointF(
            page.center().x() if page.width() * zoom <= width else page.left() + width / 2 / zoom,
            page.center().y() if page.height() * zoom <= height else page.top() + height / 2 / zoom,
        )
        view.centerOn(centre)

    def step(self, forward: bool) -> bool:
        """Show the next (or previous) page; False when there is none that way."""
        if not self.pages:
            return False
        index = self.index + (1 if forward else -1)
        if not 0 <= index < len(self.pages):
            return False
        self.index = index
        self.show_page()
        return True
