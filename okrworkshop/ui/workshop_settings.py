"""The workshop's settings: what it is (title, period, facilitator, language of the cards) and how
strict the checker is (profile, thresholds, rules switched off). One undo step when accepted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.commands import ChangeWorkshop
from okrworkshop.canvas.document import Document
from okrworkshop.rules import catalogue
from okrworkshop.rules.profiles import DEFAULT_PROFILE, PROFILES, THRESHOLDS, profile_id
from okrworkshop.rules.rulebook import primary_thresholds
from okrworkshop.ui.i18n import preferred_language
from okrworkshop.ui.icons import severity_icon

ID_ROLE = Qt.ItemDataRole.UserRole


class WorkshopSettingsDialog(QDialog):
    """Edit the workshop's settings; :meth:`changes` gives what differs from the board."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop settings"))
        self.setObjectName("workshop_settings")
        self.resize(820, 640)
        self.document = document
        self.language = preferred_language()
        workshop = document.board.workshop
        self._profile = profile_id(workshop.profile) or DEFAULT_PROFILE
        primary = primary_thresholds()
        self._overrides = {primary.get(k, k): float(v) for k, v in workshop.thresholds.items()}

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._workshop_tab(), self.tr("Workshop"))
        self.tabs.addTab(self._checker_tab(), self.tr("Checker"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._show_profile(self._profile, keep_overrides=True)

    # ------------------------------------------------------------------ tabs
    def _workshop_tab(self) -> QWidget:
        workshop = self.document.board.workshop
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.title_edit = QLineEdit(workshop.title, tab)
        self.period_edit = QLineEdit(workshop.period, tab)
        self.period_edit.setPlaceholderText(self.tr("for example 2027-T1 or Q1 2027"))
        self.facilitator_edit = QLineEdit(workshop.facilitator, tab)
        self.language_box = QComboBox(tab)
        self.language_box.addItem("Français", "fr")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(workshop.language)))
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Period of the OKRs"), self.period_edit)
        form.addRow(self.tr("Facilitator"), self.facilitator_edit)
        form.addRow(self.tr("Language of the cards"), self.language_box)
        note = QLabel(
            self.tr(
                "The checker reads the cards in this language (a card written in the other one is "
                "recognised), and posters print their labels in it."
            ),
            tab,
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return tab

    def _checker_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        self.profile_box = QComboBox(tab)
        for name, profile in PROFILES.items():
            self.profile_box.addItem(profile.title[self.language], name)
        self.profile_box.setCurrentIndex(self.profile_box.findData(self._profile))
        self.profile_box.currentIndexChanged.connect(
            lambda _i: self._show_profile(str(self.profile_box.currentData()), keep_overrides=False)
        )
        self.profile_note = QLabel(tab)
        self.profile_note.setWordWrap(True)
        form.addRow(self.tr("Profile"), self.profile_box)
        form.addRow("", self.profile_note)
        layout.addLayout(form)

        self.thresholds_table = QTableWidget(len(THRESHOLDS), 3, tab)
        self.thresholds_table.setHorizontalHeaderLabels(
            [self.tr("Threshold"), self.tr("Profile"), self.tr("This workshop")]
        )
        self.thresholds_table.verticalHeader().hide()
        header = self.thresholds_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for row, (name, meaning) in enumerate(THRESHOLDS.items()):
            label = QTableWidgetItem(meaning[0] if self.language == "fr" else meaning[1])
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label.setData(ID_ROLE, name)
            self.thresholds_table.setItem(row, 0, label)
            spin = QDoubleSpinBox(self.thresholds_table)
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setObjectName(f"threshold_{name}")
            self.thresholds_table.setCellWidget(row, 2, spin)
            self.spins[name] = spin
        layout.addWidget(self.thresholds_table, 2)
        reset = QPushButton(self.tr("Back to the profile's values"), tab)
        reset.clicked.connect(lambda: self._show_profile(self._profile, keep_overrides=False))
        layout.addWidget(reset, 0, Qt.AlignmentFlag.AlignRight)

        layout.addWidget(QLabel(self.tr("Rules (untick a rule to switch it off for this workshop)"), tab))
        self.rules_tree = QTreeWidget(tab)
        self.rules_tree.setObjectName("rules_tree")
        self.rules_tree.setHeaderLabels([self.tr("Rule"), self.tr("Family"), self.tr("Identifier")])
        self.rules_tree.setRootIsDecorated(False)
        disabled = set(self.document.board.workshop.disabled_rules)
        for rule in catalogue():
            item = QTreeWidgetItem(
                [rule.title[self.language], self._family(rule.family), rule.id],
            )
            item.setIcon(0, severity_icon(rule.severity))
            item.setToolTip(0, rule.hint[self.language])
            item.setData(0, ID_ROLE, rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if rule.id in disabled else Qt.CheckState.Checked)
            self.rules_tree.addTopLevelItem(item)
        self.rules_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.rules_tree, 3)
        return tab

    def _family(self, family: str) -> str:
        names = {
            "structure": (self.tr("structure"),),
            "objective": (self.tr("objective"),),
            "key_result": (self.tr("key result"),),
        }
        return names.get(family, (family,))[0]

    def _show_profile(self, name: str, *, keep_overrides: bool) -> None:
        self._profile = name
        profile = PROFILES[name]
        self.profile_note.setText(f"{profile.description[self.language]} ({profile.source})")
        for row, (threshold, spin) in enumerate(self.spins.items()):
            value = profile.thresholds.get(threshold, 0.0)
            shown = QTableWidgetItem(_number(value))
            shown.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.thresholds_table.setItem(row, 1, shown)
            spin.setValue(self._overrides.get(threshold, value) if keep_overrides else value)

    # --------------------------------------------------------------- results
    def rule_item(self, rule_id: str) -> QTreeWidgetItem:
        for index in range(self.rules_tree.topLevelItemCount()):
            item = self.rules_tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == rule_id:
                return item
        raise KeyError(rule_id)

    def changes(self) -> dict[str, Any]:
        """The workshop fields as the dialog now says (only those that differ are applied)."""
        profile = PROFILES[self._profile]
        thresholds = {
            name: spin.value()
            for name, spin in self.spins.items()
            if abs(spin.value() - profile.thresholds.get(name, 0.0)) > 1e-9
        }
        disabled = []
        for index in range(self.rules_tree.topLevelItemCount()):
            item = self.rules_tree.topLevelItem(index)
            if item is not None and item.checkState(0) != Qt.CheckState.Checked:
                disabled.append(str(item.data(0, ID_ROLE)))
        return {
            "title": self.title_edit.text().strip(),
            "period": self.period_edit.text().strip(),
            "facilitator": self.facilitator_edit.text().strip(),
            "language": str(self.language_box.currentData()),
            "profile": self._profile,
            "thresholds": thresholds,
            "disabled_rules": tuple(sorted(disabled)),
        }

    def apply(self) -> bool:
        """Apply the changes as one undo step; False if nothing changed."""
        board = self.document.board
        changes = self.changes()
        text = self.tr("Change workshop settings")
        return self.document.execute(lambda: ChangeWorkshop(board, text, **changes)) is not None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def switch_rule_off(document: Document, rule_id: str, title: str) -> bool:
    """Switch one rule off for this workshop (from the findings list), as one undo step."""
    workshop = document.board.workshop
    if rule_id in workshop.disabled_rules:
        return False
    rules = tuple(sorted({*workshop.disabled_rules, rule_id}))
    return document.execute(lambda: ChangeWorkshop(document.board, title, disabled_rules=rules)) is not None
