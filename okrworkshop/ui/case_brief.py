"""The case brief dock: what the room reads while drafting, and what only the facilitator reads.

The brief comes from the workshop itself (``Workshop.case_brief``, copied from the case when the
workshop was made), so it shows even on a laptop where the case is not installed. When the case
is installed, its key figures show as a table (the teams' baselines) instead of the brief's list,
and its facilitator notes wait, folded away, under a button: the room sees the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.document import Document
from okrworkshop.canvas.style import FAMILY, load_fonts
from okrworkshop.cases import CaseStudy, FigureRow, load_case
from okrworkshop.cases.brief import HEADINGS
from okrworkshop.cases.text import NARROW_NBSP, NBSP
from okrworkshop.errors import InputError
from okrworkshop.model import Workshop
from okrworkshop.ui.case_dialog import show_markdown
from okrworkshop.ui.table_fit import WordFitColumns

#: Projector-legible text sizes, in pixels.
BRIEF_PX = 16
TABLE_PX = 15


def without_section(markdown: str, heading: str) -> str:
    """``markdown`` without its ``## heading`` section (the figures, when a table shows them)."""
    lines = markdown.splitlines()
    out: list[str] = []
    skipping = False
    for line in lines:
        if line.startswith("## "):
            skipping = line[3:].strip() == heading
        if not skipping:
            out.append(line)
    return "\n".join(out).rstrip() + "\n"


def shown_value(row: FigureRow) -> str:
    """The figure's value as the case writes it, except that a unit in words may go to the next
    line ("1 200 000" / "téléchargements"); the number itself and short units ("64 %") never break."""
    text = row.value_text
    unit = row.unit
    if unit and len(unit) > 3 and any(c.isalpha() for c in unit) and text.endswith(unit):
        number = text[: -len(unit)].rstrip(NBSP + NARROW_NBSP + " ")
        if number:
            return f"{number} {unit}"
    return text


def _font(pixels: int, bold: bool = False) -> QFont:
    load_fonts()
    font = QFont(FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class CaseBriefDock(QDockWidget):
    """The brief of the workshop's case, its key figures, and the facilitator's notes (folded)."""

    def __init__(self, document: Document | None, parent: QWidget | None = None) -> None:
        """Follow ``document`` (None: an empty dock until :meth:`set_document`)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case brief"))
        self.setObjectName("case_brief_dock")
        self.document: Document | None = None
        self.case: CaseStudy | None = None

        body = QWidget(self)
        self.brief_view = QTextBrowser(body)
        self.brief_view.setOpenLinks(False)
        self.brief_view.setFont(_font(BRIEF_PX))
        self.figures_label = QLabel(self.tr("Key figures"), body)
        self.figures_label.setFont(_font(BRIEF_PX + 2, bold=True))
        # Three columns, the value written as the case writes it ("85 appels par semaine"): a
        # dock 380 pixels wide shows every label wrapped between words, never letter by letter.
        self.figures_table = QTableWidget(0, 3, body)
        self.figures_table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value"), self.tr("As of")])
        self.figures_table.setFont(_font(TABLE_PX))
        self.figures_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures_table.verticalHeader().setVisible(False)
        self.figures_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.figures_table.setAlternatingRowColors(True)
        self.figures_table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.figures_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.figures_fit = WordFitColumns(self.figures_table, main=0)
        self.status_label = QLabel(body)
        self.status_label.setWordWrap(True)

        self.notes_button = QToolButton(body)
        self.notes_button.setText(self.tr("Facilitator notes"))
        self.notes_button.setToolTip(self.tr("For the facilitator: what to challenge (hidden from the room)"))
        self.notes_button.setCheckable(True)
        self.notes_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.notes_button.setArrowType(Qt.ArrowType.RightArrow)
        self.notes_button.toggled.connect(self.show_facilitator_notes)
        self.notes_view = QTextBrowser(body)
        self.notes_view.setOpenLinks(False)
        self.notes_view.setFont(_font(BRIEF_PX - 1))
        self.notes_view.setVisible(False)

        figures = QWidget(body)
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.figures_label)
        figures_layout.addWidget(self.figures_table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.splitter.addWidget(self.brief_view)
        self.splitter.addWidget(figures)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._figures_pane = figures
        layout = QVBoxLayout(body)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.notes_button)
        layout.addWidget(self.notes_view, 1)
        self.setWidget(body)

        self.set_document(document)

    def set_document(self, document: Document | None) -> None:
        """Follow another document (the window opened another file)."""
        if self.document is not None:
            self.document.workshop_changed.disconnect(self._on_workshop_changed)
            self.document.reloaded.disconnect(self.refresh)
        self.document = document
        if document is not None:
            document.workshop_changed.connect(self._on_workshop_changed)
            document.reloaded.connect(self.refresh)
        self.refresh()

    def _on_workshop_changed(self, before: object, after: object, fields: frozenset[str]) -> None:
        if fields & {"case_id", "case_brief", "language"}:
            self.refresh()

    def show_facilitator_notes(self, visible: bool) -> None:
        """Unfold (or fold) the facilitator's notes."""
        if self.notes_button.isChecked() != visible:
            self.notes_button.setChecked(visible)  # comes back here through toggled
            return
        self.notes_button.setArrowType(Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow)
        self.notes_view.setVisible(visible)

    def refresh(self) -> None:
        """Show the brief, figures and notes of the workshop's case as it is now."""
        workshop = self.document.board.workshop if self.document is not None else Workshop()
        lang = workshop.language
        self.case = None
        problem = ""
        if workshop.case_id:
            try:
                self.case = load_case(workshop.case_id)
            except InputError as exc:
                problem = exc.line()
        brief = workshop.case_brief
        if self.case is not None:
            rows = self.case.figures(lang)
            # The table shows the figures: the brief need not list them a second time.
            brief = without_section(brief, HEADINGS["figures"].get(lang))
            self._fill_figures(rows)
        self._figures_pane.setVisible(self.case is not None)
        if brief.strip():
            show_markdown(self.brief_view, brief)
        else:
            self.brief_view.setPlainText(self.tr("This workshop has no case brief."))
        notes = self.case.facilitator_notes(lang) if self.case is not None else []
        markdown = "\n\n".join(f"**{_plain(note.topic)}** — {_plain(note.text)}" for note in notes)
        show_markdown(self.notes_view, markdown)
        self.notes_button.setVisible(bool(notes))
        if not notes:
            self.show_facilitator_notes(False)
        if problem:
            self.status_label.setText(
                self.tr("The case of this workshop is not installed here: %1").replace("%1", problem)
            )
        else:
            self.status_label.clear()
        self.status_label.setVisible(bool(problem))

    def _fill_figures(self, rows: list[FigureRow]) -> None:
        self.figures_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [row.label, shown_value(row), row.as_of]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setFont(_font(TABLE_PX, bold=True))
                if row.note:
                    item.setToolTip(row.note)
                self.figures_table.setItem(r, c, item)
        self.figures_fit.refit()

    def figure_rows(self) -> list[tuple[str, str, str]]:
        """The table as shown (label, value with its unit, as of), for checks."""
        table = self.figures_table
        return [
            tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc, union-attr]
            for r in range(table.rowCount())
        ]


def _plain(text: str) -> str:
    """Text put inside Markdown that must read literally (``*``, ``_`` and friends escaped)."""
    specials = "\\`*_{}[]()#+-.!<>|"
    return "".join(f"\\{c}" if c in specials else c for c in text)
