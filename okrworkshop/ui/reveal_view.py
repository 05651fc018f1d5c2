"""The reveal: each team's draft OKRs beside the case's reference OKRs, and the findings per round.

Opened at the end of the workshop on the projector, so it is large and maximisable. Card text is
the room's own typing: it goes through :func:`html.escape` before any rich text is built.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.document import Document
from okrworkshop.canvas.style import FAMILY, load_fonts
from okrworkshop.cases import load_case
from okrworkshop.cases.text import format_number
from okrworkshop.errors import InputError
from okrworkshop.model import Board, KeyResult
from okrworkshop.ui.reveal_chart import FindingsChart
from okrworkshop.workflow.reveal import ScoreCache, TeamOkrs, TeamPair, findings_per_round, pair_teams

#: Text sizes for the back of the room, in pixels.
TEAM_PX = 22
TEXT_PX = 17
#: Wait this long after the last edit before recounting (the checker runs on every snapshot).
REFRESH_DELAY_MS = 400
MUTED = "#5b6673"


def _font(pixels: int, bold: bool = False) -> QFont:
    load_fonts()
    font = QFont(FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _number(value: float | None, lang: str) -> str:
    return "?" if value is None else format_number(value, lang)


def key_result_html(kr: KeyResult, lang: str) -> str:
    """A key result with its range ("32 → 45 NPS", numbers written the ``lang`` way), escaped."""
    text = html.escape(kr.title)
    if kr.baseline is not None or kr.target is not None:
        unit = f" {html.escape(kr.unit)}" if kr.unit else ""
        span = f"({_number(kr.baseline, lang)} → {_number(kr.target, lang)}{unit})"
        text += f' <span style="color:{MUTED}">{span}</span>'
    return text


def okrs_html(okrs: TeamOkrs, empty: str, lang: str) -> str:
    """A team's objectives in bold, each with its key results as a list (all text escaped)."""
    if not okrs.objectives:
        return f'<p style="color:{MUTED}"><i>{html.escape(empty)}</i></p>'
    parts: list[str] = []
    for item in okrs.objectives:
        owner = item.objective.owner
        owner_html = f' <span style="color:{MUTED}">— {html.escape(owner)}</span>' if owner else ""
        parts.append(f"<p><b>{html.escape(item.objective.title)}</b>{owner_html}</p>")
        if item.key_results:
            parts.append(
                "<ul>" + "".join(f"<li>{key_result_html(kr, lang)}</li>" for kr in item.key_results) + "</ul>"
            )
    return "".join(parts)


class TeamRow(QFrame):
    """One team: its draft on the left, the reference on the right."""

    def __init__(self, pair: TeamPair, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair = pair
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name = QLabel(pair.name, self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setFont(_font(TEAM_PX, bold=True))
        self.draft_label = self._side(
            okrs_html(pair.draft, self.tr("No objective drafted yet."), lang)
            if pair.draft is not None
            else self._missing(self.tr("No team of this name on the board."))
        )
        self.reference_label = self._side(
            okrs_html(pair.reference, self.tr("No reference objective for this team."), lang)
            if pair.reference is not None
            else self._missing(self.tr("The case has no reference for this team."))
        )
        layout = QGridLayout(self)
        layout.addWidget(name, 0, 0, 1, 2)
        layout.addWidget(self.draft_label, 1, 0)
        layout.addWidget(self.reference_label, 1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

    @staticmethod
    def _missing(text: str) -> str:
        return f'<p style="color:{MUTED}"><i>{html.escape(text)}</i></p>'

    def _side(self, rich: str) -> QLabel:
        label = QLabel(rich, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setFont(_font(TEXT_PX))
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


class RevealDialog(QDialog):
    """Drafts beside the reference OKRs of the case, and the checker's findings round by round."""

    def __init__(self, parent: QWidget | None, document: Document) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Reveal"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1400, 900)
        self.reference: Board | None = None
        self.rows: list[TeamRow] = []
        self._scores_cache: ScoreCache = {}
        self._reference_cache: tuple[tuple[str, str], Board | None, str] | None = None

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setFont(_font(26, bold=True))
        self.heading.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setFont(_font(TEXT_PX))
        self.draft_header = QLabel(self.tr("Your drafts"), self)
        self.reference_header = QLabel(self.tr("Reference OKRs of the case"), self)
        for header in (self.draft_header, self.reference_header):
            header.setFont(_font(TEXT_PX + 1, bold=True))
        headers = QGridLayout()
        headers.addWidget(self.draft_header, 0, 0)
        headers.addWidget(self.reference_header, 0, 1)
        self.rows_widget = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.rows_widget)
        comparison = QWidget(self)
        comparison_layout = QVBoxLayout(comparison)
        comparison_layout.setContentsMargins(0, 0, 0, 0)
        comparison_layout.addWidget(self.message_label)
        comparison_layout.addLayout(headers)
        comparison_layout.addWidget(self.scroll_area, 1)

        chart_pane = QWidget(self)
        chart_layout = QVBoxLayout(chart_pane)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_title = QLabel(self.tr("Checker findings, round by round"), self)
        chart_title.setFont(_font(TEXT_PX + 1, bold=True))
        self.chart = FindingsChart(self)
        chart_layout.addWidget(chart_title)
        chart_layout.addWidget(self.chart, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(comparison)
        splitter.addWidget(chart_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 300])  # the OKRs first; the chart needs less height to read
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        # The room may go on editing while the reveal is up: follow, without recounting per key.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        document.committed.connect(self._refresh_timer.start)
        document.reloaded.connect(self._refresh_timer.start)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the comparison and the chart from the board as it is now."""
        board = self.document.board
        workshop = board.workshop
        self.reference, problem = self._reference_board()
        title = workshop.title or self.tr("Workshop")
        self.heading.setText(self.tr("Reveal — %1").replace("%1", title))
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        if self.reference is not None:
            for index, pair in enumerate(pair_teams(board, self.reference)):
                row = TeamRow(pair, workshop.language, self.rows_widget)
                self.rows_layout.insertWidget(index, row)
                self.rows.append(row)
        self.message_label.setText(problem)
        self.message_label.setVisible(bool(problem))
        has_reference = self.reference is not None
        for widget in (self.draft_header, self.reference_header, self.scroll_area):
            widget.setVisible(has_reference)
        self.chart.set_scores(findings_per_round(board, cache=self._scores_cache))

    def _reference_board(self) -> tuple[Board | None, str]:
        workshop = self.document.board.workshop
        if not workshop.case_id:
            return None, self.tr(
                "This workshop is not based on a case study, so there are no reference OKRs to reveal. "
                "The chart below still shows how the drafts improved."
            )
        key = (workshop.case_id, workshop.language)
        if self._reference_cache is None or self._reference_cache[0] != key:
            # Read the case once, not on every edit the room makes while the reveal is up.
            try:
                found: Board | None = load_case(workshop.case_id).reference_board(workshop.language)
                problem = ""
            except InputError as exc:
                found, problem = None, exc.line()
            self._reference_cache = (key, found, problem)
        _, board, problem = self._reference_cache
        if board is None:
            return None, self.tr("The reference OKRs cannot be shown: %1").replace("%1", problem)
        return board, ""
