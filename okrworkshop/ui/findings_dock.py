"""The findings list: what the checker says about the board, worst first; click to show the card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.items.badges import MARKS
from okrworkshop.ui.icons import severity_icon

ID_ROLE = Qt.ItemDataRole.UserRole
RULE_ROLE = Qt.ItemDataRole.UserRole + 1
_RANK = {"error": 0, "warning": 1, "info": 2}


def tr(text: str) -> str:
    return QCoreApplication.translate("findings", text)


def summary_text(summary: dict[str, int]) -> str:
    """``● 1 error  ▲ 3 warnings  ■ 2 infos`` (shapes as on the cards)."""
    counts = (
        ("error", QCoreApplication.translate("findings", "%n error(s)", None, summary.get("error", 0))),
        ("warning", QCoreApplication.translate("findings", "%n warning(s)", None, summary.get("warning", 0))),
        ("info", QCoreApplication.translate("findings", "%n info(s)", None, summary.get("info", 0))),
    )
    return "   ".join(f"{MARKS[severity]} {text}" for severity, text in counts)


class FindingsPanel(QWidget):
    """The checker's findings as a list with a summary line."""

    #: The user picked a finding about this card or lane.
    entity_chosen = Signal(str)
    #: The user asked to switch this rule off for the workshop (rule id).
    rule_off_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.summary = QLabel()
        self.summary.setObjectName("findings_summary")
        self.tree = QListWidget()
        self.tree.setObjectName("findings_list")
        self.tree.setWordWrap(True)
        self.tree.setIconSize(QSize(18, 18))
        self.tree.setSpacing(2)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.show_findings([], {"error": 0, "warning": 0, "info": 0}, {})

    def show_findings(self, findings: list[Any], summary: dict[str, int], labels: dict[str, str]) -> None:
        """List ``findings`` (worst first, then in draft order); ``labels`` names cards by id."""
        self.summary.setText(summary_text(summary))
        self.tree.clear()
        ordered = sorted(enumerate(findings), key=lambda pair: (_RANK.get(pair[1].severity, 3), pair[0]))
        for _, finding in ordered:
            card = labels.get(finding.entity_id or "", tr("Workshop"))
            row = QListWidgetItem(severity_icon(finding.severity), f"{finding.message}\n↳ {card}")
            tip = finding.message + (f"\n→ {finding.hint}" if finding.hint else "")
            if finding.source:
                tip += f"\n({finding.source})"
            row.setToolTip(tip)
            row.setData(ID_ROLE, finding.entity_id)
            row.setData(RULE_ROLE, finding.rule)
            self.tree.addItem(row)

    def rows(self) -> list[QListWidgetItem]:
        return [self.tree.item(i) for i in range(self.tree.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        entity_id = item.data(ID_ROLE)
        if entity_id:
            self.entity_chosen.emit(str(entity_id))

    def _menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        if item is None or not item.data(RULE_ROLE):
            return
        menu = QMenu(self.tree)
        rule_id = str(item.data(RULE_ROLE))
        action = menu.addAction(tr("Switch this rule off for this workshop (%1)").replace("%1", rule_id))
        action.triggered.connect(lambda: self.rule_off_requested.emit(rule_id))
        menu.exec(self.tree.viewport().mapToGlobal(position))
