"""Card items: objectives (holding their key results), key results (holding initiatives), notes.

Items are a projection of the model: each holds its entity's id and a copy of the entity it was
last given, lays its text out once per change and paints with cached static text. They never
write the model; gestures on them become undo commands in :mod:`okrworkshop.canvas.interactions`.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from okrworkshop.canvas import style
from okrworkshop.canvas.items.badges import (
    NO_FINDINGS,
    Counts,
    FindingsTooltip,
    count_findings,
    paint_badges,
)
from okrworkshop.canvas.labels import key_result_summary, objective_summary
from okrworkshop.canvas.text import TextBlock, text_block
from okrworkshop.model import Entity, Initiative, KeyResult, Note, Objective
from okrworkshop.model.progress import (
    clamp,
    confidence_band,
    progress,
    score_band,
    score_text,
    shown_objective_score,
)
from okrworkshop.palette import CONFIDENCE_COLOURS

_MARGIN = 3.0  # room around the card for the selection outline
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_SELECTED_PEN = QPen(style.SELECTION, 3.0)
_HIGHLIGHT_PEN = QPen(style.DROP_HIGHLIGHT, 3.0, Qt.PenStyle.DashLine)

_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_MOVABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable


class CardItem(FindingsTooltip, QGraphicsItem):
    """What every card item shares: its entity, findings badges, selection and drop highlight."""

    kind: ClassVar[str] = ""
    # Defaults shared by every card until one changes (a board has thousands of cards).
    counts: Counts = NO_FINDINGS
    editing = False
    highlighted = False
    #: The language the card's texts are laid out in (the workshop's).
    language = "fr"
    rect = QRectF()
    _bounds = QRectF()
    _size = (0.0, 0.0)

    def __init__(self, entity: Entity, flags: QGraphicsItem.GraphicsItemFlag = _SELECTABLE) -> None:
        super().__init__()
        self.entity_id: str = entity.id
        self.entity: Any = entity
        #: The cards stacked inside this one (key results of an objective, initiatives of a key
        #: result), kept by the scene so that layout never has to walk Qt's child list.
        self.stacked: list[CardItem] = []
        self.setFlags(flags)

    # ------------------------------------------------------------------ model
    def set_entity(self, entity: Entity, language: str) -> None:
        """Show ``entity`` (a newer copy of the same card)."""
        self.entity = entity
        self.layout_text(language)
        self.update()

    @abstractmethod
    def layout_text(self, language: str) -> None:
        """Each kind provides its own."""

    def text(self) -> str:
        """The card's main text (what in-place editing edits)."""
        return str(self.entity.title)

    @abstractmethod
    def text_block(self) -> TextBlock:
        """Each kind provides its own."""

    @abstractmethod
    def text_origin(self) -> QPointF:
        """Where the main text's top-left corner is, in item coordinates."""

    # ------------------------------------------------------- finding labels
    #: Presenter mode's short finding labels under the card's text ("" otherwise), their severity
    #: (their colour) and their laid-out block.
    labels = ""
    label_severity = ""
    label_block: TextBlock | None = None

    def set_labels(self, text: str, severity: str, language: str) -> bool:
        """Show (or, with ``""``, hide) the labels; True when the card's size may have changed."""
        if (text, severity) == (self.labels, self.label_severity):
            return False
        self.labels, self.label_severity = text, severity
        self.layout_text(language)
        self.update()
        return True

    def layout_flags(self, width: float) -> float:
        """Lay the labels out ``width`` wide; returns the height they add under the text."""
        if not self.labels:
            self.label_block = None
            return 0.0
        self.label_block = TextBlock(self.labels, style.font("finding-label"), width)
        return self.label_block.height + 4

    def paint_flags(self, painter: QPainter, x: float, y: float, pen: QPen | None = None) -> None:
        if self.label_block is not None:
            painter.setPen(pen or QPen(style.severity_colour(self.label_severity or "info")))
            self.label_block.draw(painter, x, y)

    def set_findings(self, findings: list[Any]) -> None:
        counts = count_findings(f.severity for f in findings)
        self.set_tooltip_findings(findings)
        if counts != self.counts:
            self.counts = counts
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    # --------------------------------------------------------------- geometry
    def set_size(self, width: float, height: float) -> None:
        if (width, height) != self._size:
            self._size = (width, height)
            if self.scene() is not None:
                self.prepareGeometryChange()
            self.rect = QRectF(0.0, 0.0, width, height)
            self._bounds = self.bounds()

    def bounds(self) -> QRectF:
        """The painted area: the card, its selection outline and the badges over its top edge."""
        return self.rect.adjusted(-_MARGIN, -_MARGIN - style.BADGE_SIZE / 2, _MARGIN, _MARGIN)

    def boundingRect(self) -> QRectF:
        # Qt asks for this many times per frame: it is computed when the size changes, not here.
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect)
        return path

    # ---------------------------------------------------------------- painting
    def paint_frame(self, painter: QPainter, fill: QBrush, radius: float) -> None:
        painter.setPen(style.theme().border_pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(self.rect, radius, radius)

    def paint_outline(self, painter: QPainter, radius: float) -> None:
        if self.isSelected() or self.highlighted:
            painter.setPen(_HIGHLIGHT_PEN if self.highlighted else _SELECTED_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect.adjusted(-1, -1, 1, 1), radius + 1, radius + 1)

    def paint_text(
        self, painter: QPainter, block: TextBlock, x: float, y: float, pen: QPen | None = None
    ) -> None:
        painter.setPen(pen or style.theme().ink_pen)
        block.draw(painter, x, y)


def _stack_order(item: CardItem) -> tuple[float, str]:
    return (item.entity.order, item.entity_id)


class ObjectiveItem(CardItem):
    """An objective card: team colour strip, title, owner and kind, then its key results."""

    kind = "objective"

    strip_colour = QColor("#4e79a7")
    hovered = False
    #: The objective's score as shown (once one of its key results is scored), else None.
    shown_score: float | None = None

    def __init__(self, entity: Objective, language: str) -> None:
        super().__init__(entity, _MOVABLE)
        self.header_height = 0.0
        self.setAcceptHoverEvents(True)
        self.layout_text(language)
        # No size yet: the key results come later and the scene stacks them (relayout).
        self.setPos(entity.x, entity.y)

    def layout_text(self, language: str) -> None:
        self.language = language
        inner = style.CARD_WIDTH - style.TEAM_STRIP - 2 * style.CARD_PADDING
        self.title = TextBlock(self.entity.title, style.font("objective"), inner)
        # The meta line leaves room on its right for the score pill.
        meta_width = inner - ScorePill.WIDTH - 6
        self.meta = text_block(
            objective_summary(self.entity, language), style.font("objective-meta"), meta_width
        )
        self.header_height = style.CARD_PADDING * 2 + self.title.height + 4 + self.meta.height
        self.header_height += self.layout_flags(inner)

    def text_block(self) -> TextBlock:
        return self.title

    def text_origin(self) -> QPointF:
        return QPointF(style.TEAM_STRIP + style.CARD_PADDING, style.CARD_PADDING)

    def key_result_items(self) -> list[KeyResultItem]:
        """The key results inside, in order."""
        return sorted(self.stacked, key=_stack_order)  # type: ignore[arg-type]

    def relayout(self) -> None:
        """Stack the key results under the header and fit the card around them."""
        y = self.header_height
        items = self.key_result_items()
        shown = shown_objective_score(item.entity for item in items)
        if shown != self.shown_score:
            self.shown_score = shown
            self.update()
        for item in items:
            if item.objective_kind != self.entity.kind:
                item.objective_kind = self.entity.kind
                item.update()
            item.relayout()
            item.setPos(style.TEAM_STRIP + style.KR_INSET, y)
            y += item.rect.height() + style.KR_GAP
        self.set_size(style.CARD_WIDTH, max(y, self.header_height) + style.CARD_PADDING - style.KR_GAP)

    def link_handle(self) -> QRectF:
        """The small round handle on the top edge that alignment links are drawn from."""
        r = style.LINK_HANDLE_RADIUS
        return QRectF(style.CARD_WIDTH / 2 - r, -r, 2 * r, 2 * r)

    def bounds(self) -> QRectF:
        top = -max(_MARGIN + style.BADGE_SIZE / 2, style.LINK_HANDLE_RADIUS + 1)
        return QRectF(-_MARGIN, top, self.rect.width() + 2 * _MARGIN, self.rect.height() + _MARGIN - top)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # the handle overlaps the card: both count
        path.addRect(self.rect)
        path.addEllipse(self.link_handle())
        return path

    def hoverEnterEvent(self, event: Any) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: Any) -> None:
        self.hovered = False
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        radius = style.CARD_RADIUS
        painter.setPen(style.theme().border_pen)
        painter.setBrush(style.theme().objective_fill)
        painter.drawRoundedRect(self.rect, radius, radius)
        # The team's colour as a tab down the left edge, inside the rounded border.
        painter.fillRect(
            QRectF(1.0, radius / 2, style.TEAM_STRIP, self.rect.height() - radius), self.strip_colour
        )
        origin = self.text_origin()
        if not self.editing:
            self.paint_text(painter, self.title, origin.x(), origin.y())
        meta_y = origin.y() + self.title.height + 4
        self.paint_text(painter, self.meta, origin.x(), meta_y, style.theme().muted_pen)
        self.paint_flags(painter, origin.x(), meta_y + self.meta.height + 4)
        if self.shown_score is not None:
            right = self.rect.right() - style.CARD_PADDING
            ScorePill.paint(
                painter,
                QRectF(right - ScorePill.WIDTH, meta_y, ScorePill.WIDTH, ScorePill.HEIGHT),
                self.shown_score,
                self.entity.kind,
                self.language,
            )
        paint_badges(painter, self.counts, self.rect.right() - style.CARD_PADDING, -style.BADGE_SIZE / 2)
        self.paint_outline(painter, radius)
        if self.hovered or self.isSelected():
            painter.setPen(QPen(style.ARROW, 1.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(self.link_handle())


#: Red / amber / green of the confidence dot (the poster uses the same).
BAND_COLOURS = {band: QColor(colour) for band, colour in CONFIDENCE_COLOURS.items()}
_BAR_TRACK = QColor("#dde3ea")
_BAR_FILL = QColor("#4e79a7")


class ScorePill:
    """A quarter-end score as a small rounded label in the trainers' colour (``0,7`` on green)."""

    WIDTH = 34.0
    HEIGHT = 15.0
    _font: QFont | None = None

    @classmethod
    def paint(cls, painter: QPainter, rect: QRectF, value: float, kind: str, language: str) -> None:
        if cls._font is None:
            cls._font = QFont(style.font("key-result-meta"))
            cls._font.setPixelSize(10)
            cls._font.setBold(True)
        band = score_band(value, kind)  # type: ignore[arg-type]
        painter.setPen(_NO_PEN)
        painter.setBrush(BAND_COLOURS[band])
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(cls._font)
        painter.setPen(QPen(QColor("#1f1f1f") if band == "amber" else QColor("white")))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), score_text(value, language))


class KeyResultItem(CardItem):
    """A key result inside its objective: title, then numbers, confidence and owner, then its
    progress from baseline to target as a bar, with the confidence as a red, amber or green dot at
    its end (the dot shows whenever the confidence is set, bar or not, as on the poster)."""

    kind = "key_result"
    WIDTH = style.CARD_WIDTH - style.TEAM_STRIP - 2 * style.KR_INSET
    BAR_HEIGHT = 6.0
    DOT = 12.0
    #: Share of the way from baseline to target (None: no bar) and the confidence band.
    share: float | None = None
    band: str | None = None
    meta_height = 0.0
    #: The kind of the objective it belongs to (its score's colours); set by the objective.
    objective_kind: str = "aspirational"

    def __init__(self, entity: KeyResult, language: str) -> None:
        super().__init__(entity)
        self.own_height = 0.0
        self.layout_text(language)
        # Initiatives come later; the objective's relayout stacks them.
        self.set_size(self.WIDTH, self.own_height)

    def layout_text(self, language: str) -> None:
        inner = self.WIDTH - 2 * style.KR_PADDING
        self.title = TextBlock(self.entity.title, style.font("key-result"), inner)
        summary = key_result_summary(self.entity, language)
        self.meta = text_block(summary, style.font("key-result-meta"), inner)
        meta_height = self.meta.height + 3 if summary else 0.0
        self.meta_height = meta_height
        self.own_height = style.KR_PADDING * 2 + self.title.height + meta_height + self.layout_flags(inner)
        self.language = language
        self.share = progress(self.entity)
        confidence = self.entity.confidence
        self.band = confidence_band(confidence) if confidence is not None else None
        if self.has_bottom_row():
            self.own_height += self.DOT + 4

    def has_bottom_row(self) -> bool:
        """Whether the card ends with its progress row: the bar (when the way can be told), the score
        pill (once scored) and the confidence dot (when set), whichever there are."""
        return self.share is not None or self.band is not None or self.entity.score is not None

    def score_rect(self) -> QRectF | None:
        """Where the score pill sits (at the bar's right end, before the confidence dot)."""
        if self.entity.score is None:
            return None
        centre = self.own_height - style.KR_PADDING - self.DOT / 2
        right = self.WIDTH - style.KR_PADDING - self.DOT - 6
        return QRectF(
            right - ScorePill.WIDTH, centre - ScorePill.HEIGHT / 2, ScorePill.WIDTH, ScorePill.HEIGHT
        )

    def bar_rect(self) -> QRectF:
        """Where the progress bar is drawn (the confidence dot sits at its right end)."""
        top = self.own_height - style.KR_PADDING - self.DOT / 2 - self.BAR_HEIGHT / 2
        width = self.WIDTH - 2 * style.KR_PADDING - self.DOT - 6
        if self.entity.score is not None:
            width -= ScorePill.WIDTH + 6
        return QRectF(style.KR_PADDING, top, width, self.BAR_HEIGHT)

    def text_block(self) -> TextBlock:
        return self.title

    def text_origin(self) -> QPointF:
        return QPointF(style.KR_PADDING, style.KR_PADDING)

    def initiative_items(self) -> list[InitiativeItem]:
        """The initiatives inside, in order."""
        return sorted(self.stacked, key=_stack_order)  # type: ignore[arg-type]

    def relayout(self) -> None:
        y = self.own_height
        initiatives = self.initiative_items()
        for item in initiatives:
            item.setPos(style.INITIATIVE_INSET, y)
            y += item.rect.height() + style.INITIATIVE_GAP
        if initiatives:
            y += style.KR_PADDING - style.INITIATIVE_GAP
        self.set_size(self.WIDTH, y)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.paint_frame(painter, style.theme().key_result_fill, 4.0)
        origin = self.text_origin()
        if not self.editing:
            self.paint_text(painter, self.title, origin.x(), origin.y())
        meta_y = origin.y() + self.title.height + 3
        self.paint_text(painter, self.meta, origin.x(), meta_y, style.theme().muted_pen)
        self.paint_flags(painter, origin.x(), origin.y() + self.title.height + self.meta_height + 1)
        if self.has_bottom_row():
            self.paint_progress(painter)
        paint_badges(painter, self.counts, self.rect.right() - style.KR_PADDING, -style.BADGE_SIZE / 2)
        self.paint_outline(painter, 4.0)

    def paint_progress(self, painter: QPainter) -> None:
        bar = self.bar_rect()
        painter.setPen(_NO_PEN)
        if self.share is not None:
            painter.setBrush(_BAR_TRACK)
            painter.drawRoundedRect(bar, 3.0, 3.0)
            share = clamp(self.share)
            if share > 0:
                painter.setBrush(_BAR_FILL)
                painter.drawRoundedRect(QRectF(bar.x(), bar.y(), bar.width() * share, bar.height()), 3.0, 3.0)
        pill = self.score_rect()
        if pill is not None and self.entity.score is not None:
            ScorePill.paint(painter, pill, self.entity.score, self.objective_kind, self.language)
            painter.setPen(_NO_PEN)
        if self.band is not None:
            dot_x = self.WIDTH - style.KR_PADDING - self.DOT / 2
            painter.setBrush(BAND_COLOURS[self.band])
            painter.drawEllipse(QPointF(dot_x, bar.center().y()), self.DOT / 2, self.DOT / 2)


class InitiativeItem(CardItem):
    """An initiative under its key result: a small grey slip with a bullet."""

    kind = "initiative"
    WIDTH = KeyResultItem.WIDTH - style.INITIATIVE_INSET - style.KR_PADDING
    BULLET = 12.0

    def __init__(self, entity: Initiative, language: str) -> None:
        super().__init__(entity)
        self.layout_text(language)

    def layout_text(self, language: str) -> None:
        inner = self.WIDTH - 2 * style.INITIATIVE_PADDING - self.BULLET
        self.title = TextBlock(self.entity.title, style.font("initiative"), inner)
        flags = self.layout_flags(inner)
        self.set_size(self.WIDTH, self.title.height + 2 * style.INITIATIVE_PADDING + flags)

    def text_block(self) -> TextBlock:
        return self.title

    def text_origin(self) -> QPointF:
        return QPointF(style.INITIATIVE_PADDING + self.BULLET, style.INITIATIVE_PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.paint_frame(painter, style.theme().initiative_fill, 3.0)
        origin = self.text_origin()
        painter.setPen(_NO_PEN)
        painter.setBrush(style.theme().muted_ink)
        y = origin.y() + 8
        painter.drawEllipse(QPointF(style.INITIATIVE_PADDING + 4, y), 2.5, 2.5)
        if not self.editing:
            self.paint_text(painter, self.title, origin.x(), origin.y())
        self.paint_flags(painter, origin.x(), origin.y() + self.title.height + 4)
        paint_badges(painter, self.counts, self.rect.right() - 2, -style.BADGE_SIZE / 2)
        self.paint_outline(painter, 3.0)


class NoteItem(CardItem):
    """A free sticky note in its own colour."""

    kind = "note"
    MIN_HEIGHT = 100.0

    def __init__(self, entity: Note, language: str) -> None:
        super().__init__(entity, _MOVABLE)
        self.setZValue(1.0)
        self.fill = QColor(entity.colour)
        self.layout_text(language)
        self.setPos(entity.x, entity.y)

    def text(self) -> str:
        return str(self.entity.text)

    def layout_text(self, language: str) -> None:
        self.fill = QColor(self.entity.colour)
        inner = style.NOTE_SIZE - 2 * style.NOTE_PADDING
        self.body = TextBlock(self.entity.text, style.font("note"), inner)
        flags = self.layout_flags(inner)
        height = max(self.MIN_HEIGHT, self.body.height + 2 * style.NOTE_PADDING + flags)
        self.set_size(style.NOTE_SIZE, height)

    def text_block(self) -> TextBlock:
        return self.body

    def text_origin(self) -> QPointF:
        return QPointF(style.NOTE_PADDING, style.NOTE_PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(style.theme().note_pen)
        painter.setBrush(self.fill)
        painter.drawRect(self.rect)
        if not self.editing:
            self.paint_text(painter, self.body, style.NOTE_PADDING, style.NOTE_PADDING)
        # the severity colours do not reach 4.5:1 on every note colour: labels in ink there
        self.paint_flags(
            painter, style.NOTE_PADDING, style.NOTE_PADDING + self.body.height + 4, style.theme().ink_pen
        )
        paint_badges(painter, self.counts, self.rect.right() - 4, -style.BADGE_SIZE / 2)
        self.paint_outline(painter, 0.0)


CARD_ITEM_TYPES: dict[type, type[CardItem]] = {
    Objective: ObjectiveItem,
    KeyResult: KeyResultItem,
    Initiative: InitiativeItem,
    Note: NoteItem,
}


def editable_font(item: CardItem) -> QFont:
    """The font the card's main text is drawn in (the in-place editor uses it too)."""
    return item.text_block().font
