"""Docks that fit: the key figures and the rounds read at the dock's width; F2/F3 bring a dock forward.

The tables are measured as drawn: for each cell, the rectangle the style gives its text (at the
column's width and the row's height) must hold the cell's longest word on one line and its whole
text wrapped between words; no table may scroll sideways. Widths come from the real window, at
the width a case workshop opens with and at the narrowest the dock can be.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

from okrworkshop.canvas.document import Document
from okrworkshop.cases import load_case
from okrworkshop.model import Round
from okrworkshop.storage import write_okrw
from okrworkshop.ui.i18n import install_language
from okrworkshop.ui.main_window import MainWindow

CASES = ["rayon-vert", "mijote", "valbrune", "calora"]
#: The narrowest the left docks can be made (their minimum width), and the width a case opens with.
NARROWEST = 380


@pytest.fixture
def case_window(request: pytest.FixtureRequest, tmp_path: Path, qtbot: Any) -> Iterator[MainWindow]:
    case_id, language = getattr(request, "param", ("rayon-vert", "fr"))
    install_language(language)
    board = load_case(case_id).new_board(language, reference=False)
    path = write_okrw(board, tmp_path / f"{case_id}.okrw")
    window = MainWindow(Document.open(path))
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close()
    install_language("en")


def settle(qtbot: Any) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


def dock_width(window: MainWindow, dock: QDockWidget, width: int, qtbot: Any) -> None:
    window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    settle(qtbot)


def text_rect(view: QAbstractItemView, index: QModelIndex) -> tuple[QRect, QFont, str]:
    """Where the style draws the text of ``index``, with the cell's font and text."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    return rect, QFont(option.font), str(option.text)


def unreadable_cells(view: QTableView | QTreeView) -> list[str]:
    """Cells whose longest word does not fit their column, or whose wrapped text is cut."""
    model = view.model()
    problems = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect, font, text = text_rect(view, index)
            if not text:
                continue
            metrics = QFontMetrics(font)
            longest = max(text.split(" "), key=metrics.horizontalAdvance)
            if metrics.horizontalAdvance(longest) > rect.width():
                problems.append(
                    f"{text!r}: {longest!r} needs {metrics.horizontalAdvance(longest)} px, has {rect.width()}"
                )
                continue
            wrapped = metrics.boundingRect(QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, text)
            if wrapped.height() > rect.height() + 1:
                problems.append(
                    f"{text!r}: {wrapped.height()} px of wrapped text in a row of {rect.height()}"
                )
    return problems


def sideways(view: QTableView | QTreeView) -> int:
    """How far the table scrolls sideways (0: every column in sight)."""
    return view.horizontalScrollBar().maximum()


@pytest.mark.parametrize(
    "case_window", [(case, language) for case in CASES for language in ("fr", "en")], indirect=True
)
def test_key_figures_read_by_words_at_the_dock_width(case_window: MainWindow, qtbot: Any) -> None:
    window = case_window
    brief = window.brief_dock
    brief.show()
    brief.raise_()
    table = brief.figures_table
    assert table.rowCount() >= 10
    for width in (brief.width(), NARROWEST):
        dock_width(window, brief, width, qtbot)
        assert abs(brief.width() - width) <= 2
        assert sideways(table) == 0, f"at {width} px the figures scroll sideways"
        assert unreadable_cells(table) == [], f"at {width} px"
        # The labels keep a good share of the width, not a sliver squeezed by the other columns.
        assert table.columnWidth(0) >= table.viewport().width() * 0.38


@pytest.mark.parametrize(
    "case_window", [("rayon-vert", "fr"), ("valbrune", "fr"), ("mijote", "en")], indirect=True
)
def test_rounds_and_snapshots_read_by_words_at_the_dock_width(case_window: MainWindow, qtbot: Any) -> None:
    window = case_window
    rounds = window.rounds_dock
    rounds.show()
    rounds.raise_()
    # A trainer's own round, with a title that must wrap in the narrow dock.
    window.document.board.add(
        Round("Relecture croisée des objectifs de chaque équipe par une autre", duration_s=1200)
    )
    for _ in range(2):
        rounds.take_snapshot()
    assert rounds.rounds_view.topLevelItemCount() >= 5 and rounds.snapshots_view.topLevelItemCount() == 2
    for width in (rounds.width(), NARROWEST):
        dock_width(window, rounds, width, qtbot)
        for view in (rounds.rounds_view, rounds.snapshots_view):
            assert sideways(view) == 0, f"at {width} px a list scrolls sideways"
            assert unreadable_cells(view) == [], f"at {width} px"
        assert any(t.startswith("Relecture croisée des objectifs") for t in view_rows(rounds.rounds_view))
        # Numbers, minutes and states stay on one line.
        view = rounds.rounds_view
        for row in range(view.topLevelItemCount()):
            for column in (0, 2, 3):
                index = view.model().index(row, column)
                rect, font, text = text_rect(view, index)
                assert QFontMetrics(font).horizontalAdvance(text) <= rect.width(), text


def view_rows(view: QTreeView) -> list[str]:
    return [view.model().index(row, 1).data() for row in range(view.model().rowCount())]


def in_front(dock: QDockWidget) -> bool:
    """Open and seen: a dock behind another one's tab has nothing of itself on screen."""
    return not dock.isHidden() and not dock.visibleRegion().isEmpty()


def test_f2_and_f3_bring_a_tabbed_dock_forward_and_close_only_the_one_in_front(
    case_window: MainWindow, qtbot: Any
) -> None:
    window = case_window
    brief, rounds = window.brief_dock, window.rounds_dock
    rounds.show()
    brief.show()
    brief.raise_()
    settle(qtbot)
    assert rounds in window.tabifiedDockWidgets(brief)
    assert in_front(brief) and not rounds.isHidden() and not in_front(rounds)

    def press(key: Qt.Key) -> None:
        QTest.keyClick(window.view, key)
        settle(qtbot)

    press(Qt.Key.Key_F3)  # behind the brief's tab: comes to the front, both stay open
    assert in_front(rounds) and not brief.isHidden() and not in_front(brief)
    assert window.window_actions["show_rounds"].isChecked()
    press(Qt.Key.Key_F3)  # in front: closes; the brief shows again
    assert rounds.isHidden() and in_front(brief)
    assert not window.window_actions["show_rounds"].isChecked()
    press(Qt.Key.Key_F3)  # closed: opens in front
    assert in_front(rounds) and not brief.isHidden()
    press(Qt.Key.Key_F2)
    assert in_front(brief) and not rounds.isHidden()
    assert window.window_actions["show_brief"].isChecked()
    press(Qt.Key.Key_F2)
    assert brief.isHidden() and in_front(rounds)
    assert not window.window_actions["show_brief"].isChecked()
