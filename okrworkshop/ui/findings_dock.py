"""The findings list: what the checker says about the board, worst first; click to show the card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.items.badges import MARKS
from okrworkshop.ui.icons import severity_icon

ID_ROLE = Qt.ItemDataRole.UserRole
RULE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The coach's rewrite of the card (title, key result to add or None), on rows that have one.
REWRITE_ROLE = Qt.ItemDataRole.UserRole + 2
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
    #: The user applied the coach's rewrite: card id, new title, key result to add ("" for none).
    rewrite_requested = Signal(str, str, str)

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
        # Wrapped rows are measured a hundred at a time from the event loop: a board with a
        # thousand findings shows the first ones at once instead of measuring them all first.
        self.tree.setLayoutMode(QListView.LayoutMode.Batched)
        self.tree.setBatchSize(100)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.currentItemChanged.connect(lambda *_: self._show_rewrite())
        self.rewrite_label = QLabel()
        self.rewrite_label.setObjectName("findings_rewrite")
        self.rewrite_label.setWordWrap(True)
        self.rewrite_label.setTextFormat(Qt.TextFormat.PlainText)
        self.apply_button = QPushButton(tr("Apply"))
        self.apply_button.setObjectName("findings_apply")
        self.apply_button.setToolTip(tr("Replace the card's text with the suggested rewrite (can be undone)"))
        self.apply_button.clicked.connect(self._apply)
        coach = QHBoxLayout()
        coach.setContentsMargins(0, 0, 0, 0)
        coach.addWidget(self.rewrite_label, 1)
        coach.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addLayout(coach)
        self.show_findings([], {"error": 0, "warning": 0, "info": 0}, {})

    def show_findings(self, findings: list[Any], summary: dict[str, int], labels: dict[str, str]) -> None:
        """List ``findings`` (worst first, then in draft order); ``labels`` names cards by id."""
        self.summary.setText(summary_text(summary))
        self.tree.clear()
        ordered = sorted(enumerate(findings), key=lambda pair: (_RANK.get(pair[1].severity, 3), pair[0]))
        for _, finding in ordered:
            card = labels.get(finding.entity_id or "", tr("Workshop"))
            rewrite = getattr(finding, "rewrite", None)
            text = f"{finding.message}\n↳ {card}" + (f"\n✎ {rewrite}" if rewrite else "")
            row = QListWidgetItem(severity_icon(finding.severity), text)
            tip = finding.message + (f"\n→ {finding.hint}" if finding.hint else "")
            if finding.source:
                tip += f"\n({finding.source})"
            row.setToolTip(tip)
            row.setData(ID_ROLE, finding.entity_id)
            row.setData(RULE_ROLE, finding.rule)
            if rewrite and finding.entity_id:
                row.setData(REWRITE_ROLE, (rewrite, getattr(finding, "rewrite_key_result", None) or ""))
            self.tree.addItem(row)
        self._show_rewrite()

    def _show_rewrite(self) -> None:
        """Under the list: the chosen finding's rewrite, and Apply (disabled when it has none)."""
        row = self.tree.currentItem()
        rewrite = row.data(REWRITE_ROLE) if row is not None else None
        self.apply_button.setEnabled(bool(rewrite))
        if rewrite:
            title, key_result = rewrite
            text = tr("Suggested: %1").replace("%1", title)
            if key_result:
                text += "\n" + tr("and a key result: %1").replace("%1", key_result)
            self.rewrite_label.setText(text)
        else:
            self.rewrite_label.setText(tr("Pick a finding marked ✎ to see the coach's rewrite."))

    def _apply(self) -> None:
        row = self.tree.currentItem()
        rewrite = row.data(REWRITE_ROLE) if row is not None else None
        if row is None or not rewrite:
            return
        title, key_result = rewrite
        self.rewrite_requested.emit(str(row.data(ID_ROLE)), str(title), str(key_result))

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
