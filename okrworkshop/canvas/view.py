"""The board view: zoom (Ctrl+wheel, pinch, actions), pan (space+drag, middle button), keys.

Keys: arrows nudge the selection (Shift: five grid steps), Enter edits the selected card in
place, Tab and Shift+Tab walk the cards in draft order, Escape cancels a gesture or clears the
selection. In presenter mode PageDown/PageUp (and →/← with nothing selected) turn the page
(:mod:`okrworkshop.canvas.presenter`). Delete, copy and paste are window actions (see
``okrworkshop.ui.actions``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from okrworkshop.canvas import style
from okrworkshop.canvas.items import ArrowItem, LaneItem
from okrworkshop.canvas.presenter import Presenter
from okrworkshop.canvas.scene import BoardScene

MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25
BACKGROUND = QColor("#f4f5f7")


class BoardView(QGraphicsView):
    """A view of a :class:`BoardScene` with the board's navigation and keyboard gestures."""

    #: The zoom factor changed (1.0 = 100 %).
    zoom_changed = Signal(float)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)  # resizing keeps the top-left in place
        # A board smaller than the window starts at its top-left corner, like a page.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, False)
        self.setBackgroundBrush(BACKGROUND)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space_held = False
        self._pan_from: QPoint | None = None
        #: Presenter mode's pages and zoom (None outside presenter mode).
        self.presenter: Presenter | None = None

    # ============================================================== presenter
    def start_presenting(self) -> None:
        """Presenter mode: zoom for the back row, one part of the board at a time, no scrollbars."""
        if self.presenter is None:
            self.presenter = Presenter(self)
            self.presenter.start()

    def stop_presenting(self) -> None:
        if self.presenter is not None:
            self.presenter.stop()
            self.presenter = None

    def next_page(self) -> bool:
        return self.presenter.step(True) if self.presenter is not None else False

    def previous_page(self) -> bool:
        return self.presenter.step(False) if self.presenter is not None else False

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.presenter is not None:
            self.presenter.refresh()

    # =================================================================== zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` (clamped), keeping the scene point ``anchor`` (or the centre) in place."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        if anchor is None:
            anchor = self.mapToScene(self.viewport().rect().center())
        before = self.mapFromScene(anchor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor / current, factor / current)
        after = self.mapFromScene(anchor)
        delta = after - before
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + delta.y())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        """100 % — or, in presenter mode, the page back at the room's size."""
        if self.presenter is not None and self.presenter.pages:
            self.presenter.show_page()
            return
        self.set_zoom(1.0)

    def fit_board(self) -> None:
        """Show the whole board."""
        rect = self.board_scene.board_rect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.set_zoom(1.0, rect.center())
        self.zoom_changed.emit(self.zoom())

    def show_top_left(self) -> None:
        """At the current zoom, scroll to the board's top-left corner."""
        rect = self.board_scene.board_rect()
        viewport = self.viewport().rect()
        self.centerOn(
            QPointF(
                rect.left() + viewport.width() / 2 / self.zoom(),
                rect.top() + viewport.height() / 2 / self.zoom(),
            )
        )

    def centre_on_item(self, item: QGraphicsItem) -> None:
        """Bring ``item`` into view, centred if it was off screen."""
        rect = item.mapRectToScene(item.boundingRect())
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if not visible.contains(rect):
            self.centerOn(rect.center())

    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps, self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture  # type: ignore[attr-defined]
        ):
            point: QPoint = event.position().toPoint()  # type: ignore[attr-defined]
            anchor = self.mapToScene(point)
            self.set_zoom(self.zoom() * (1.0 + event.value()), anchor)  # type: ignore[attr-defined]
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if pinch is not None:
                anchor = self.mapToScene(self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()))
                self.set_zoom(self.zoom() * pinch.scaleFactor(), anchor)
                event.accept()  # type: ignore[attr-defined]
                return True
        return super().viewportEvent(event)

    # ==================================================================== pan
    def _start_pan(self, event: Any) -> None:
        self._pan_from = event.position().toPoint()
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mousePressEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._start_pan(event)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        if self._pan_from is not None:
            point = event.position().toPoint()
            delta = point - self._pan_from
            self._pan_from = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space_held else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        banding = not self.rubberBandRect().isNull()
        super().mouseReleaseEvent(event)
        if banding:
            # A rubber band picks cards; lanes and links under it are not what it is for.
            for item in self.board_scene.selectedItems():
                if isinstance(item, (LaneItem, ArrowItem)):
                    item.setSelected(False)

    def contextMenuEvent(self, event: Any) -> None:
        from okrworkshop.canvas.context_menu import build_menu

        pos = self.mapToScene(event.pos())
        item = self.board_scene.interactions.top_item(pos)
        if item is None:
            super().contextMenuEvent(event)
            return
        if not item.isSelected():
            self.board_scene.clearSelection()
            item.setSelected(True)
        menu = build_menu(self.board_scene, item, pos, self)
        if menu is not None:
            menu.exec(event.globalPos())
        event.accept()

    # ================================================================== keys
    def _editing(self) -> bool:
        return self.board_scene.interactions.editor is not None

    def event(self, event: QEvent) -> bool:
        # While a card's text is edited, every key is for the editor (Delete, Ctrl+Z, Ctrl+A…).
        if event.type() == QEvent.Type.ShortcutOverride and self._editing():
            event.accept()
            return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks the cards instead of leaving the view.
        return False

    def keyPressEvent(self, event: Any) -> None:
        if self._editing():
            super().keyPressEvent(event)
            return
        key, modifiers = event.key(), event.modifiers()
        interactions = self.board_scene.interactions
        if self.presenter is not None and self._page_key(key):
            event.accept()
            return
        step = style.GRID * (5 if modifiers & Qt.KeyboardModifier.ShiftModifier else 1)
        arrows = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if key in arrows:
            interactions.nudge(*arrows[key])
            self._follow_selection()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            interactions.edit_selected()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            item = interactions.cycle(
                forward=key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            )
            if item is not None:
                self.centre_on_item(item)
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key == Qt.Key.Key_Escape:
            if interactions.gesture is not None:
                interactions.cancel()
            else:
                self.board_scene.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _page_key(self, key: int) -> bool:
        """Presenter mode: PageDown/PageUp, or →/← with no card selected, turn the page."""
        forward = {Qt.Key.Key_PageDown: True, Qt.Key.Key_PageUp: False}
        if not self.board_scene.selectedItems():
            forward.update({Qt.Key.Key_Right: True, Qt.Key.Key_Left: False})
        if key not in forward:
            return False
        assert self.presenter is not None
        self.presenter.step(forward[key])  # type: ignore[index]
        return True

    def keyReleaseEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _follow_selection(self) -> None:
        selected = self.board_scene.selectedItems()
        if selected:
            self.centre_on_item(selected[0])

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
