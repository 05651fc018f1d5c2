""" "New workshop from a case": pick a case study, its language, and whether to show its answers.

Every case found is listed (bundled ones and the trainer's own); a case file that cannot be read
is listed too, with the line saying what is wrong with it, instead of vanishing or crashing the
dialog. The dialog only builds the board; the caller decides where the workshop file goes.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.cases import CaseStudy, scan_cases
from okrworkshop.errors import InputError
from okrworkshop.model import Board

ID_ROLE = Qt.ItemDataRole.UserRole
#: Markdown as Qt reads it, minus raw HTML: a case file is text, never markup to run.
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


#: Space below each paragraph, in pixels: Qt's Markdown import runs paragraphs together.
PARAGRAPH_GAP = 8.0


def show_markdown(view: QTextBrowser, markdown: str) -> None:
    """Show ``markdown`` (raw HTML in it stays text) with air between paragraphs, from the top."""
    document = view.document()
    document.setMarkdown(markdown, MARKDOWN_FEATURES)
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if block.textList() is None or block.next().textList() is not block.textList():
            block_format.setBottomMargin(max(block_format.bottomMargin(), PARAGRAPH_GAP))
            cursor.setPosition(block.position())
            cursor.setBlockFormat(block_format)
        block = block.next()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    view.verticalScrollBar().setValue(0)


def interface_language() -> str:
    """``fr`` when the app speaks French (its default locale), else ``en``."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class NewFromCaseDialog(QDialog):
    """Choose a case, a language and whether to put the reference OKRs on the board."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop from a case study"))
        self.resize(1000, 640)
        catalogue = scan_cases()
        self._cases: dict[str, CaseStudy] = {case.id: case for case in catalogue.cases}
        self.problems: tuple[InputError, ...] = catalogue.problems

        self.case_list = QListWidget(self)
        self.case_list.setWordWrap(True)
        self.case_list.setSpacing(2)
        self.case_list.currentItemChanged.connect(lambda *_: self._update())
        self.case_list.itemDoubleClicked.connect(lambda *_: self.accept() if self.can_create() else None)
        self.problem_list = QListWidget(self)
        self.problem_list.setWordWrap(True)
        for problem in self.problems:
            item = QListWidgetItem(problem.line(), self.problem_list)
            item.setForeground(QBrush(QColor("#c0392b")))
            item.setToolTip(problem.line())
        self.problem_label = QLabel(self.tr("Cases that could not be read:"), self)
        self.problem_label.setVisible(bool(self.problems))
        self.problem_list.setVisible(bool(self.problems))
        self.problem_list.setMaximumHeight(120)

        self.language_combo = QComboBox(self)
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        chosen = language or interface_language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))
        self.language_combo.currentIndexChanged.connect(lambda *_: self._fill_cases())
        self.reference_check = QCheckBox(
            self.tr("Put the reference OKRs on the board (to prepare a session)"), self
        )
        self.reference_check.setToolTip(
            self.tr("For the trainer only: the room should draft its own OKRs before seeing these")
        )
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(
            self.tr("Create workshop"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Case studies:"), self))
        left_layout.addWidget(self.case_list, 1)
        left_layout.addWidget(self.problem_label)
        left_layout.addWidget(self.problem_list)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Language of the workshop:"), self.language_combo)
        right_layout.addLayout(form)
        right_layout.addWidget(self.reference_check)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.note_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([360, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._fill_cases()

    # ------------------------------------------------------------------ state
    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def case_ids(self) -> list[str]:
        return [str(self.case_list.item(i).data(ID_ROLE)) for i in range(self.case_list.count())]  # type: ignore[union-attr]

    def selected_case(self) -> CaseStudy | None:
        item = self.case_list.currentItem()
        return self._cases.get(item.data(ID_ROLE)) if item is not None else None

    def select_case(self, case_id: str) -> None:
        for index, listed in enumerate(self.case_ids()):
            if listed == case_id:
                self.case_list.setCurrentRow(index)
                return
        raise KeyError(case_id)

    def set_language(self, language: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))

    def can_create(self) -> bool:
        case = self.selected_case()
        return case is not None and self.language in case.languages

    def board(self) -> Board:
        """The board of the chosen case in the chosen language (the caller makes its file)."""
        case = self.selected_case()
        if case is None:
            raise InputError(None, "no case study is selected")
        return case.new_board(self.language, reference=self.reference_check.isChecked())

    # ------------------------------------------------------------------ display
    def _fill_cases(self) -> None:
        """List the cases with their titles in the chosen language, keeping the selection."""
        lang = self.language
        current = self.selected_case()
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for case in self._cases.values():
            languages = ", ".join(code.upper() for code in case.languages)
            item = QListWidgetItem(
                f"{case.title(lang)}\n{case.level_name(lang)} · {languages}", self.case_list
            )
            item.setData(ID_ROLE, case.id)
            item.setToolTip(case.summary(lang))
        self.case_list.blockSignals(False)
        if self._cases:
            self.select_case(current.id if current is not None else next(iter(self._cases)))
        self._update()

    def _update(self) -> None:
        case = self.selected_case()
        lang = self.language
        if case is None:
            self.preview.setPlainText(
                self.tr("No case study is installed.") if not self._cases else self.tr("Choose a case study.")
            )
            self.note_label.clear()
        else:
            show_markdown(self.preview, case.brief(lang))
            minutes = case.total_minutes
            note = (
                self.tr("%n round(s)", "", len(case.round_specs))
                + " · "
                + self.tr("%n minute(s)", "", minutes)
            )
            if lang not in case.languages:
                note = self.tr("This case is not written in the chosen language.") + " " + note
            self.note_label.setText(note)
        self.create_button.setEnabled(self.can_create())


def choose_case_board(parent: QWidget | None = None, language: str | None = None) -> Board | None:
    """Ask for a case study; the new workshop's board, or None if the trainer cancels."""
    dialog = NewFromCaseDialog(parent, language)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.can_create():
            return None
        return dialog.board()
    finally:
        dialog.deleteLater()
