"""The quarter's retrospective, team by team: scores, keep / adjust / drop, what was learnt.

One row per objective and key result of the chosen team. A key result's score starts as the one
its progress gives (baseline to target, in tenths) and can be typed over; *Score from progress*
takes the computed score of every key result not yet scored. Each objective shows the mean of its
key results. Colours are the trainers' (see :mod:`okrworkshop.model.progress`). Every change is one
undo command (:mod:`okrworkshop.canvas.commands.followup`), so the board, the file and the undo
history follow; the dialog follows the document, so undo shows here at once.

*Prepare next quarter* writes a new workshop from the cards kept and adjusted
(:mod:`okrworkshop.workflow.next_quarter`) next to this one and opens it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.commands import DecideCard, ScoreFromProgress, ScoreKeyResult, WriteLessons
from okrworkshop.canvas.document import Document
from okrworkshop.canvas.items.cards import BAND_COLOURS
from okrworkshop.model import DECISIONS, KeyResult, Objective, Team
from okrworkshop.model.progress import (
    ASPIRATIONAL_AMBER,
    ASPIRATIONAL_GREEN,
    COMMITTED_GREEN,
    computed_score,
    mean_score,
    progress,
    score,
    score_band,
    score_text,
)
from okrworkshop.ui.check_in_dialog import percent

COLUMNS = 4
#: The score spin box's value for "no score yet".
NO_SCORE = -0.1
CARD, PROGRESS, SCORE, DECISION = range(COLUMNS)


def tr(text: str) -> str:
    return QCoreApplication.translate("RetrospectiveDialog", text)


def decision_names() -> dict[str, str]:
    return {"": tr("—"), "keep": tr("Keep"), "adjust": tr("Adjust"), "drop": tr("Drop")}


class LessonsEdit(QPlainTextEdit):
    """A text that says when the writer is done with it (focus leaves, or Ctrl+Enter)."""

    finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.finished.emit()
            return
        super().keyPressEvent(event)


class ScoreCell(QWidget):
    """A key result's score: a spin box (tenths, typed over at will) and its colour as a pill."""

    committed = Signal(str, float)

    def __init__(self, key_result_id: str, language: str) -> None:
        super().__init__()
        self.key_result_id = key_result_id
        self.language = language
        self.spin = QDoubleSpinBox()
        self.spin.setObjectName(f"retro_score_{key_result_id}")
        # One step under 0 stands for "no score yet" (shown as a dash): Up from there gives 0,0.
        self.spin.setRange(NO_SCORE, 1.0)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.1)
        self.spin.setSpecialValueText("—")
        self.spin.setLocale(
            QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
        )
        self.spin.setKeyboardTracking(False)
        self.pill = QLabel()
        self.pill.setObjectName(f"retro_band_{key_result_id}")
        self.pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pill.setMinimumWidth(64)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 1, 2, 1)
        layout.addWidget(self.spin)
        layout.addWidget(self.pill)
        self._touched = False
        self.spin.valueChanged.connect(self._on_changed)
        self.spin.editingFinished.connect(self._on_finished)

    def show_score(self, value: float | None, own: bool, kind: str) -> None:
        with _blocked(self.spin):
            self.spin.setValue(value if value is not None else NO_SCORE)
        self._touched = False
        font = self.spin.font()
        font.setBold(own)
        font.setItalic(not own)
        self.spin.setFont(font)
        self.spin.setToolTip(
            tr("The team’s score") if own else tr("Computed from progress: type to change it")
        )
        set_pill(self.pill, value, kind, self.language)

    def _on_changed(self, _value: float) -> None:
        self._touched = True

    def _on_finished(self) -> None:
        if self._touched:
            self._touched = False
            value = round(self.spin.value(), 2)
            if value >= 0.0:
                self.committed.emit(self.key_result_id, value)


def band_name(band: str) -> str:
    return {"green": tr("green"), "amber": tr("amber"), "red": tr("red")}[band]


def set_pill(label: QLabel, value: float | None, kind: str, language: str) -> None:
    """``label`` as a pill in the score's colour, with the score and the colour's name."""
    if value is None:
        label.setText("—")
        label.setStyleSheet("")
        label.setProperty("band", "")
        return
    band = score_band(value, kind)  # type: ignore[arg-type]
    colour = BAND_COLOURS[band].name()
    ink = "#1f1f1f" if band == "amber" else "white"
    label.setText(f"{score_text(value, language)} · {band_name(band)}")
    label.setProperty("band", band)
    label.setStyleSheet(
        f"QLabel {{ background: {colour}; color: {ink}; border-radius: 8px; padding: 1px 8px; font-weight: bold; }}"
    )


@contextlib.contextmanager
def _blocked(widget: QWidget) -> Any:
    was = widget.blockSignals(True)
    try:
        yield
    finally:
        widget.blockSignals(was)


class RetrospectiveDialog(QDialog):
    """The retrospective of one team of a document (the team can be changed at the top)."""

    #: Asked to prepare the next quarter (the window writes and opens it).
    prepare_requested = Signal()

    def __init__(self, document: Document, team_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retrospective_dialog")
        self.setWindowTitle(tr("Retrospective"))
        self.document = document
        self.language = document.board.workshop.language
        self.team = QComboBox()
        self.team.setObjectName("retro_team")
        self.team.currentIndexChanged.connect(self._on_team)
        self.legend = QLabel(self._legend_text())
        self.legend.setObjectName("retro_legend")
        self.legend.setWordWrap(True)
        self.cards = QTreeWidget()
        self.cards.setObjectName("retro_cards")
        self.cards.setColumnCount(COLUMNS)
        self.cards.setHeaderLabels([tr("Card"), tr("Progress"), tr("Score"), tr("Next quarter")])
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards.setRootIsDecorated(False)
        self.cards.setWordWrap(True)
        header = self.cards.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CARD, QHeaderView.ResizeMode.Stretch)
        for column in (PROGRESS, SCORE, DECISION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.score_all = QPushButton(tr("Score from progress"))
        self.score_all.setObjectName("retro_score_all")
        self.score_all.setToolTip(tr("Give every key result not yet scored the score its progress gives"))
        self.score_all.clicked.connect(self.score_from_progress)
        self.reset_score = QPushButton(tr("Back to the computed score"))
        self.reset_score.setObjectName("retro_reset_score")
        self.reset_score.clicked.connect(self.back_to_computed)
        self.cards.itemSelectionChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(self.score_all)
        row.addWidget(self.reset_score)
        row.addStretch(1)
        self.lessons = LessonsEdit()
        self.lessons.setObjectName("retro_lessons")
        self.lessons.setPlaceholderText(
            tr("What worked, what did not, what the team does differently next quarter")
        )
        self.lessons.setTabChangesFocus(True)
        self.lessons.setMaximumHeight(120)
        self.lessons.finished.connect(self.save_lessons)
        self.prepare = QPushButton(tr("Prepare next quarter"))
        self.prepare.setObjectName("retro_prepare")
        self.prepare.setToolTip(
            tr("A new workshop with the cards kept and adjusted, starting from where they got to")
        )
        self.prepare.clicked.connect(self._on_prepare)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.addButton(self.prepare, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        team_row = QHBoxLayout()
        team_label = QLabel(tr("Team"))
        team_label.setBuddy(self.team)
        team_row.addWidget(team_label)
        team_row.addWidget(self.team, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(team_row)
        layout.addWidget(self.legend)
        layout.addWidget(self.cards, 1)
        layout.addLayout(row)
        lessons_label = QLabel(tr("What the team learnt"))
        lessons_label.setBuddy(self.lessons)
        layout.addWidget(lessons_label)
        layout.addWidget(self.lessons)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.score_cells: dict[str, ScoreCell] = {}
        self.decisions: dict[str, QComboBox] = {}
        self.objective_pills: dict[str, QLabel] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self._shown: tuple[str, ...] = ()
        self._fill_teams(team_id)
        document.committed.connect(self._refresh)
        self._refresh()

    # ----------------------------------------------------------------------- texts
    def _legend_text(self) -> str:
        fr = self.language == "fr"

        def n(value: float) -> str:
            return score_text(value, "fr" if fr else "en")

        return (
            tr(
                "Aspirational: green from %1 (the sweet spot), amber from %2, red below. Committed: green at %3 only, amber from %1, red below."
            )
            .replace("%1", n(ASPIRATIONAL_GREEN))
            .replace("%2", n(ASPIRATIONAL_AMBER))
            .replace("%3", n(COMMITTED_GREEN))
        )

    # ----------------------------------------------------------------------- teams
    def _fill_teams(self, wanted: str | None = None) -> None:
        board = self.document.board
        current = wanted or self.team_id()
        with _blocked(self.team):
            self.team.clear()
            for team in board.teams():
                self.team.addItem(team.name, team.id)
            index = self.team.findData(current) if current else 0
            self.team.setCurrentIndex(max(0, index))

    def team_id(self) -> str | None:
        data = self.team.currentData()
        return data if isinstance(data, str) else None

    def _on_team(self, _index: int) -> None:
        self._shown = ()
        self._refresh()

    # ---------------------------------------------------------------------- showing
    def _refresh(self, *_args: object) -> None:
        board = self.document.board
        teams = tuple(t.id for t in board.teams())
        if teams != tuple(self.team.itemData(i) for i in range(self.team.count())):
            self._fill_teams()
        team = board.find(self.team_id())
        if not isinstance(team, Team):
            self.cards.clear()
            self._shown = ()
            return
        layout = tuple(
            card_id
            for objective in board.objectives(team.id)
            for card_id in (objective.id, *(k.id for k in board.key_results(objective.id)))
        )
        if layout != self._shown:
            self._build(team)
            self._shown = layout
        self._show_values(team)

    def _build(self, team: Team) -> None:
        board = self.document.board
        self.cards.clear()
        self.score_cells.clear()
        self.decisions.clear()
        self.objective_pills.clear()
        self.items.clear()
        bold = QFont(self.cards.font())
        bold.setBold(True)
        for objective in board.objectives(team.id):
            top = QTreeWidgetItem(self.cards)
            top.setFont(CARD, bold)
            top.setData(CARD, Qt.ItemDataRole.UserRole, objective.id)
            self.items[objective.id] = top
            pill = QLabel()
            pill.setObjectName(f"retro_band_{objective.id}")
            pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.objective_pills[objective.id] = pill
            self.cards.setItemWidget(top, SCORE, pill)
            self.cards.setItemWidget(top, DECISION, self._decision_box(objective.id))
            for kr in board.key_results(objective.id):
                child = QTreeWidgetItem(self.cards)
                child.setData(CARD, Qt.ItemDataRole.UserRole, kr.id)
                self.items[kr.id] = child
                cell = ScoreCell(kr.id, self.language)
                cell.committed.connect(self.set_score)
                self.score_cells[kr.id] = cell
                self.cards.setItemWidget(child, SCORE, cell)
                self.cards.setItemWidget(child, DECISION, self._decision_box(kr.id))
        self._update_buttons()

    def _decision_box(self, card_id: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"retro_decision_{card_id}")
        for value, name in decision_names().items():
            box.addItem(name, value)
        box.currentIndexChanged.connect(lambda _i, c=card_id, b=box: self.decide(c, b.currentData()))
        self.decisions[card_id] = box
        return box

    def _show_values(self, team: Team) -> None:
        board = self.document.board
        muted = QBrush(QColor("#6b7280"))
        for objective in board.objectives(team.id):
            key_results = board.key_results(objective.id)
            top = self.items[objective.id]
            kind = tr("committed") if objective.kind == "committed" else tr("aspirational")
            top.setText(CARD, f"{objective.title}  ({kind})")
            set_pill(
                self.objective_pills[objective.id], mean_score(key_results), objective.kind, self.language
            )
            self._show_decision(objective.id, objective.decision)
            for kr in key_results:
                child = self.items[kr.id]
                child.setText(CARD, "    " + kr.title)
                share = progress(kr)
                child.setText(PROGRESS, "—" if share is None else percent(share, self.language))
                child.setForeground(PROGRESS, muted)
                self.score_cells[kr.id].show_score(score(kr), kr.score is not None, objective.kind)
                self._show_decision(kr.id, kr.decision)
        with _blocked(self.lessons):
            if not self.lessons.hasFocus() and self.lessons.toPlainText() != team.lessons:
                self.lessons.setPlainText(team.lessons)
        self._update_buttons()

    def _show_decision(self, card_id: str, decision: str) -> None:
        box = self.decisions[card_id]
        with _blocked(box):
            box.setCurrentIndex(max(0, box.findData(decision)))

    def selected_key_result(self) -> KeyResult | None:
        items = self.cards.selectedItems()
        if not items:
            return None
        found = self.document.board.find(items[0].data(CARD, Qt.ItemDataRole.UserRole))
        return found if isinstance(found, KeyResult) else None

    def _update_buttons(self) -> None:
        kr = self.selected_key_result()
        self.reset_score.setEnabled(kr is not None and kr.score is not None)
        board = self.document.board
        team_id = self.team_id()
        unscored = [
            kr
            for objective in (board.objectives(team_id) if team_id else [])
            for kr in board.key_results(objective.id)
            if kr.score is None and computed_score(kr) is not None
        ]
        self.score_all.setEnabled(bool(unscored))

    # ----------------------------------------------------------------------- acting
    def set_score(self, key_result_id: str, value: float) -> None:
        kr = self.document.board.find(key_result_id)
        if not isinstance(kr, KeyResult) or kr.score == value:
            return
        self.document.execute(lambda: ScoreKeyResult(self.document.board, key_result_id, value))

    def back_to_computed(self) -> None:
        kr = self.selected_key_result()
        if kr is not None and kr.score is not None:
            self.document.execute(lambda: ScoreKeyResult(self.document.board, kr.id, None))

    def score_from_progress(self) -> None:
        team_id = self.team_id()
        if team_id is not None:
            self.document.execute(lambda: ScoreFromProgress(self.document.board, team_id))

    def decide(self, card_id: str, decision: str) -> None:
        card = self.document.board.find(card_id)
        if isinstance(card, (Objective, KeyResult)) and decision in DECISIONS and card.decision != decision:
            self.document.execute(lambda: DecideCard(self.document.board, card_id, decision))

    def save_lessons(self) -> None:
        team = self.document.board.find(self.team_id())
        text = self.lessons.toPlainText()
        if isinstance(team, Team) and text.strip() != team.lessons:
            self.document.execute(lambda: WriteLessons(self.document.board, team.id, text))

    def _on_prepare(self) -> None:
        self.save_lessons()
        self.prepare_requested.emit()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.save_lessons()
        with contextlib.suppress(RuntimeError, TypeError):
            self.document.committed.disconnect(self._refresh)
        super().done(result)


def free_path(folder: Path, stem: str) -> Path:
    """``folder/stem.okrw``, or ``stem (2).okrw``… when a file already has that name."""
    path = folder / f"{stem}.okrw"
    count = 2
    while path.exists():
        path = folder / f"{stem} ({count}).okrw"
        count += 1
    return path
