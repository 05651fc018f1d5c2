"""Columns of a table that fit a narrow dock: text wraps between words, never inside one.

Qt's own resize modes either squeeze a stretched column until its words break letter by letter
(``Stretch`` beside ``ResizeToContents``) or push the table wider than the dock (everything
``ResizeToContents``). :class:`WordFitColumns` shares the width itself, each time the view or its
rows change:

1. every column gets at least its longest word (its whole text for the columns that must not
   wrap: numbers, dates, states), and its header's text;
2. the other columns then grow up to their longest text, the shortest first, as long as
   the main column keeps about half of the width;
3. the main column takes the rest; rows grow to their wrapped text.

Only when even the words do not fit does the table scroll sideways.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

#: Share of the width the main column keeps before the others grow past their longest word.
MAIN_SHARE = 0.5


def words(text: str) -> list[str]:
    """The pieces a wrapped line may break between: ordinary spaces only (the no-break spaces
    that hold a number to its unit, "85 appels", do not break; Python's ``split()`` would)."""
    return [w for w in re.split(r"[ \t\r\n]+", text) if w]


def text_margin(view: QAbstractItemView) -> int:
    """Horizontal room an item view takes around a cell's text (both sides, and the grid line)."""
    style = view.style()
    focus = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return 2 * (focus + 1) + 2


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    assert isinstance(view, QTreeView)
    return view.header()


class WrappedRows(QStyledItemDelegate):
    """Row heights of a tree view that follow the wrapped text of each cell.

    A table view measures a cell at its column's width; a tree view measures it on one line, so
    a wrapped title would be cut. This delegate measures at the column's width.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        width = self.view.header().sectionSize(index.column()) - text_margin(self.view)
        if width <= 0 or not item.text:
            return size
        metrics = QFontMetrics(item.font)
        text = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text)
        vertical = 2 * (
            self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, self.view) + 1
        )
        return QSize(size.width(), max(size.height(), text.height() + vertical))


class WordFitColumns(QObject):
    """Keep the columns of ``view`` wrapped by words (see the module's note).

    ``main`` is the column that takes the spare width (the labels); ``whole`` are the columns
    whose texts never wrap.
    """

    def __init__(self, view: QTableView | QTreeView, main: int, whole: Iterable[int] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.main = main
        self.whole = frozenset(whole)
        self._width = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        if isinstance(view, QTreeView):
            view.setUniformRowHeights(False)
            view.setItemDelegate(WrappedRows(view))
        header = _header(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.refit)
        self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self._width:
            self.refit()
        return False

    def refit(self, *_args: object) -> None:
        """Fit again once the current changes are done (many rows filled in a row: one fit)."""
        self._timer.start()

    # ------------------------------------------------------------------ measuring
    def _texts(self, model: QAbstractItemModel, column: int) -> list[tuple[str, QFont]]:
        default = self.view.font()
        cells: list[tuple[str, QFont]] = []
        for row in range(model.rowCount()):
            index = model.index(row, column, QModelIndex())
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            font = model.data(index, Qt.ItemDataRole.FontRole)
            cells.append((str(text or ""), font if isinstance(font, QFont) else default))
        return cells

    def widths_needed(self) -> tuple[list[int], list[int]]:
        """Per column: the narrowest width that breaks no word, and the width of its longest line."""
        model = self.view.model()
        margin = text_margin(self.view)
        header = _header(self.view)
        header_metrics = QFontMetrics(header.font())
        header_pad = 2 * self.view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
        least: list[int] = []
        ideal: list[int] = []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            floor = header_metrics.horizontalAdvance(title) + header_pad
            low = high = 0
            for text, font in self._texts(model, column):
                metrics = QFontMetrics(font)
                lines = text.splitlines() or [""]
                longest_line = max(metrics.horizontalAdvance(line) for line in lines)
                high = max(high, longest_line)
                if column in self.whole:
                    low = max(low, longest_line)
                else:
                    low = max(low, *(metrics.horizontalAdvance(w) for w in words(text)), 0)
            least.append(max(floor, low + margin, header.minimumSectionSize()))
            ideal.append(max(floor, high + margin, header.minimumSectionSize()))
        return least, ideal

    # -------------------------------------------------------------------- fitting
    def fit(self) -> None:
        """Share the view's width between the columns now."""
        view = self.view
        model = view.model()
        columns = model.columnCount()
        if columns == 0:
            return
        available = view.viewport().width()
        self._width = available
        least, ideal = self.widths_needed()
        widths = list(least)
        spare = available - sum(widths)
        if spare > 0:
            keep = min(ideal[self.main], max(least[self.main], int(available * MAIN_SHARE)))
            budget = max(0, available - keep - sum(w for c, w in enumerate(widths) if c != self.main))
            # The shortest columns first: a date made whole costs little, a long unit in words
            # would take what the others need.
            others = sorted((c for c in range(columns) if c != self.main), key=lambda c: ideal[c])
            for column in others:
                grow = min(budget, ideal[column] - widths[column])
                if grow > 0:
                    widths[column] += grow
                    budget -= grow
            widths[self.main] += max(0, available - sum(widths))
        header = _header(view)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        if isinstance(view, QTableView):
            view.resizeRowsToContents()
        else:
            assert isinstance(view, QTreeView)
            view.doItemsLayout()  # rows take the height of their wrapped text
