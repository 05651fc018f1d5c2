"""Quality badges: how many findings a card has, by severity, in colour AND shape.

Errors are red circles, warnings orange triangles, infos blue squares, each with its count, so
the severity reads without colour vision too (and in a black-and-white print).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPolygonF, QStaticText, QTransform
from PySide6.QtWidgets import QGraphicsItem

from okrworkshop.canvas import style
from okrworkshop.canvas.text import greeked
from okrworkshop.palette import badge_ink

SEVERITIES = ("error", "warning", "info")

Counts = tuple[int, int, int]
NO_FINDINGS: Counts = (0, 0, 0)


def count_findings(severities: Iterable[str]) -> Counts:
    counts = dict.fromkeys(SEVERITIES, 0)
    for severity in severities:
        if severity in counts:
            counts[severity] += 1
    return (counts["error"], counts["warning"], counts["info"])


def badges_width(counts: Counts) -> float:
    shown = sum(1 for c in counts if c)
    return shown * style.BADGE_SIZE + max(shown - 1, 0) * style.BADGE_GAP


@cache
def _number(count: int) -> QStaticText:
    static = QStaticText(str(count) if count < 100 else "99+")
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), style.font("badge"))
    return static


@cache
def _badge_line() -> float:
    return QFontMetricsF(style.font("badge")).lineSpacing()


def badge_shape(severity: str, rect: QRectF) -> QPainterPath:
    """The outline of one badge: circle, triangle or square."""
    path = QPainterPath()
    if severity == "error":
        path.addEllipse(rect)
    elif severity == "warning":
        path.addPolygon(
            QPolygonF([QPointF(rect.center().x(), rect.top()), rect.bottomRight(), rect.bottomLeft()])
        )
        path.closeSubpath()
    else:
        path.addRect(rect.adjusted(1, 1, -1, -1))
    return path


def paint_badges(painter: QPainter, counts: Counts, right: float, top: float) -> None:
    """Draw the badges right-aligned at ``right``, their tops at ``top``."""
    if counts == NO_FINDINGS:
        return
    x = right - badges_width(counts)
    size = style.BADGE_SIZE
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    scale = painter.worldTransform().m11() * painter.device().devicePixelRatioF()
    small = greeked(_badge_line() * abs(scale))
    for severity, count in zip(SEVERITIES, counts, strict=True):
        if not count:
            continue
        rect = QRectF(x, top, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.severity_colour(severity))
        painter.drawPath(badge_shape(severity, rect))
        if small:  # too small to read: the shape and colour say it
            x += size + style.BADGE_GAP
            continue
        number = _number(count)
        painter.setPen(QColor(badge_ink(severity)))
        painter.setFont(style.font("badge"))
        text_size = number.size()
        # Triangles carry their number low, where they are wide.
        dy = 2.5 if severity == "warning" else 0.0
        painter.drawStaticText(
            QPointF(
                rect.center().x() - text_size.width() / 2, rect.center().y() - text_size.height() / 2 + dy
            ),
            number,
        )
        x += size + style.BADGE_GAP
    painter.restore()


MARKS = {"error": "●", "warning": "▲", "info": "■"}


def rule_title(rule_id: str, language: str) -> str:
    """A rule's short title from the catalogue in ``language`` (the poster's findings panel uses
    the same words)."""
    from okrworkshop.rules.rulebook import info

    try:
        titles = info(rule_id).title
    except KeyError:
        return rule_id
    title = titles.get(language) or titles.get("en") or rule_id
    return title.replace("'", "’") if language == "fr" else title


def finding_labels(findings: Iterable[object], language: str) -> tuple[str, str]:
    """The short labels presenter mode writes on a card — one line per finding, its shape and its
    rule's title ("▲ Tâche au lieu d’un résultat"), most severe first — and the most severe
    severity (the labels' colour); ``("", "")`` without findings."""
    ranked = sorted(
        findings,
        key=lambda f: (
            SEVERITIES.index(getattr(f, "severity", "info"))
            if getattr(f, "severity", "") in SEVERITIES
            else 3
        ),
    )
    lines = list(
        dict.fromkeys(
            f"{MARKS.get(getattr(f, 'severity', ''), '•')} {rule_title(str(getattr(f, 'rule', '')), language)}"
            for f in ranked
        )
    )
    if not lines:
        return ("", "")
    top = str(getattr(ranked[0], "severity", "info"))
    return ("\n".join(lines), top if top in SEVERITIES else "info")


def tooltip(findings: Iterable[object]) -> str:
    """A tooltip listing each finding (shape mark and message) with its hint under it.

    Card text is user input, so it is escaped: Qt would take ``<b>`` in a message for markup.
    """
    lines: list[str] = []
    for finding in findings:
        severity = getattr(finding, "severity", "info")
        colour = style.severity_colour(severity).name() if severity in SEVERITIES else "#000000"
        message = html.escape(str(getattr(finding, "message", "")))
        lines.append(f"<p><span style='color:{colour}'>{MARKS.get(severity, '•')}</span> {message}")
        hint = str(getattr(finding, "hint", ""))
        if hint:
            lines.append(f"<br><i>→ {html.escape(hint)}</i>")
        rewrite = getattr(finding, "rewrite", None)
        if rewrite:
            # The coach's rewrite; right-click the card (or use the findings list) to apply it.
            lines.append(f"<br>✎ <b>{html.escape(str(rewrite))}</b>")
            extra = getattr(finding, "rewrite_key_result", None)
            if extra:
                lines.append(f"<br>+ ✎ <b>{html.escape(str(extra))}</b>")
        lines.append("</p>")
    return "".join(lines)


class FindingsTooltip:
    """For card and lane items: the findings' tooltip, written when it is first asked for.

    A board holds thousands of cards and the pointer rests on one: building every tooltip on each
    full check cost a tenth of a second at 5,000 cards. ``toolTip()`` builds it (and hands it to
    Qt); the scene asks the items under the pointer before Qt shows a tooltip
    (:meth:`okrworkshop.canvas.scene.BoardScene.helpEvent`).
    """

    _tip_findings: Iterable[object] = ()
    _tip: str | None = ""

    def set_tooltip_findings(self, findings: Iterable[object]) -> None:
        self._tip_findings = findings
        self._tip = None

    def toolTip(self) -> str:
        if self._tip is None:
            self._tip = tooltip(self._tip_findings)
            QGraphicsItem.setToolTip(self, self._tip)  # type: ignore[arg-type]
        return self._tip
