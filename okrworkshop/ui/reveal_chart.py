"""A bar chart of the checker's findings per round: the room sees its drafts improve.

One stacked bar per snapshot, oldest first, then one for the board now; errors at the bottom,
then warnings, then info. Severities differ by colour *and* by pattern (solid, hatched, dotted)
and the legend names them, so the chart reads in black and white and for colour-blind eyes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from okrworkshop.canvas.style import FAMILY, load_fonts
from okrworkshop.palette import SEVERITY_COLOURS
from okrworkshop.workflow.reveal import SEVERITIES, RoundScore

#: A pattern drawn over each severity's colour.
PATTERNS: dict[str, Qt.BrushStyle] = {
    "error": Qt.BrushStyle.NoBrush,
    "warning": Qt.BrushStyle.BDiagPattern,
    "info": Qt.BrushStyle.Dense6Pattern,
}
AXIS = QColor("#52606d")
GRID_LINE = QColor("#d9dee3")
INK = QColor("#1f2933")
CLEAN = QColor("#2e7d32")


def _font(pixels: int, bold: bool = False) -> QFont:
    load_fonts()
    font = QFont(FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def nice_step(maximum: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50…) giving about ``ticks`` grid lines up to ``maximum``."""
    raw = max(1.0, maximum / ticks)
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


class FindingsChart(QWidget):
    """Stacked error/warning/info counts, one bar per round snapshot and one for now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: list[RoundScore] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 240)

    @property
    def scores(self) -> list[RoundScore]:
        return list(self._scores)

    def set_scores(self, scores: list[RoundScore]) -> None:
        self._scores = list(scores)
        self.setAccessibleDescription(
            "; ".join(
                f"{self.bar_label(s)}: "
                + (", ".join(f"{s.count(v)} {v}" for v in SEVERITIES) if s.counts else "?")
                for s in self._scores
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 340)

    def bar_label(self, score: RoundScore) -> str:
        return self.tr("Now") if score.is_now else score.label

    def severity_name(self, severity: str) -> str:
        return {"error": self.tr("Errors"), "warning": self.tr("Warnings"), "info": self.tr("Info")}[severity]

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        legend_height = self._draw_legend(painter)
        plot = QRectF(56, legend_height + 26, max(10.0, self.width() - 76.0), 0.0)
        plot.setBottom(max(plot.top() + 10, self.height() - 64.0))
        maximum = max([s.total for s in self._scores] + [1])
        step = nice_step(maximum)
        top_value = -(-maximum // step) * step
        self._draw_grid(painter, plot, top_value, step)
        if self._scores:
            slot = plot.width() / len(self._scores)
            bar_width = min(90.0, slot * 0.6)
            for index, score in enumerate(self._scores):
                centre = plot.left() + slot * (index + 0.5)
                self._draw_bar(painter, plot, centre, bar_width, score, top_value)
                self._draw_label(
                    painter, QRectF(centre - slot / 2 + 2, plot.bottom() + 6, slot - 4, 56), score
                )
        painter.end()

    def _draw_legend(self, painter: QPainter) -> float:
        painter.setFont(_font(14))
        metrics = painter.fontMetrics()
        x = 56.0
        for severity in SEVERITIES:
            swatch = QRectF(x, 10, 18, 18)
            self._fill_segment(painter, swatch, severity)
            name = self.severity_name(severity)
            painter.setPen(INK)
            painter.drawText(QPointF(x + 24, 10 + 14), name)
            x += 24 + metrics.horizontalAdvance(name) + 24
        return 28.0

    def _draw_grid(self, painter: QPainter, plot: QRectF, top_value: int, step: int) -> None:
        painter.setFont(_font(12))
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(GRID_LINE if value else AXIS, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS)
            painter.drawText(
                QRectF(0, y - 9, plot.left() - 8, 18),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )

    def _fill_segment(self, painter: QPainter, rect: QRectF, severity: str) -> None:
        colour = QColor(SEVERITY_COLOURS[severity])
        painter.fillRect(rect, colour)
        if PATTERNS[severity] != Qt.BrushStyle.NoBrush:
            painter.fillRect(rect, QBrush(QColor(255, 255, 255, 150), PATTERNS[severity]))
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    def _draw_bar(
        self, painter: QPainter, plot: QRectF, centre: float, width: float, score: RoundScore, top_value: int
    ) -> None:
        left = centre - width / 2
        painter.setFont(_font(15, bold=True))
        if score.counts is None:  # a damaged snapshot keeps its place, marked as unknown
            painter.setPen(QPen(AXIS, 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(left, plot.bottom() - 40, width, 40))
            painter.drawText(QRectF(left, plot.bottom() - 40, width, 40), Qt.AlignmentFlag.AlignCenter, "?")
            return
        bottom = plot.bottom()
        for severity in SEVERITIES:
            count = score.count(severity)
            if count:
                height = plot.height() * count / top_value
                self._fill_segment(painter, QRectF(left, bottom - height, width, height), severity)
                bottom -= height
        total = score.total
        painter.setPen(CLEAN if total == 0 else INK)
        text = "✓ 0" if total == 0 else str(total)
        painter.drawText(QRectF(centre - 60, bottom - 26, 120, 22), Qt.AlignmentFlag.AlignCenter, text)

    def _draw_label(self, painter: QPainter, rect: QRectF, score: RoundScore) -> None:
        painter.setFont(_font(13, bold=score.is_now))
        painter.setPen(INK)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(rect, int(flags), self.bar_label(score))
