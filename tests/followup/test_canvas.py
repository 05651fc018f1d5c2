"""A check-in on the canvas: one undo step for the record, the value and the confidence; the card's bar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from okrworkshop.model import CheckIn, KeyResult
from okrworkshop.storage import read_okrw, write_okrw
from tests.followup.conftest import followup_board


@pytest.fixture
def document(tmp_path: Path, qapp: Any) -> Iterator[Any]:
    from okrworkshop.canvas.document import Document

    path = write_okrw(followup_board(), tmp_path / "suivi.okrw")
    opened = Document.open(path)
    yield opened
    opened.close()


@pytest.fixture
def scene(document: Any) -> Any:
    from okrworkshop.canvas.scene import BoardScene

    return BoardScene(document)


def _kr(document: Any, start: str) -> KeyResult:
    return next(k for k in document.board.key_results() if k.title.startswith(start))


def test_a_check_in_is_one_undo_step_for_record_value_and_confidence(document: Any, scene: Any) -> None:
    from okrworkshop.canvas.commands import CheckInKeyResult

    kr = _kr(document, "Réduire")
    assert (kr.current, kr.confidence) == (None, None)
    command = document.execute(
        lambda: CheckInKeyResult(document.board, kr.id, "2027-02-15", 9, 6, " Tournée ajoutée ")
    )
    assert command is not None and document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Check in key result"
    after = document.board.typed(kr.id, KeyResult)
    assert (after.current, after.confidence) == (9.0, 6)
    [check_in] = document.board.check_ins(kr.id)
    assert (check_in.date, check_in.value, check_in.confidence, check_in.comment) == (
        "2027-02-15",
        9,
        6,
        "Tournée ajoutée",
    )
    # The file holds it at once; undo takes back the record, the value and the confidence together.
    assert read_okrw(document.path).get(check_in.id) == check_in
    document.undo_stack.undo()
    back = document.board.typed(kr.id, KeyResult)
    assert (back.current, back.confidence, document.board.check_ins(kr.id)) == (None, None, [])
    reopened = read_okrw(document.path)
    assert reopened.typed(kr.id, KeyResult).current is None and check_in.id not in reopened
    document.undo_stack.redo()
    assert document.board.typed(kr.id, KeyResult).current == 9.0


def test_a_back_dated_check_in_leaves_the_latest_values_on_the_card(document: Any) -> None:
    from okrworkshop.canvas.commands import CheckInKeyResult, DeleteCheckIn

    kr = _kr(document, "Faire passer la part")  # latest check-in: 2027-02-15, 88 at 8/10
    document.execute(lambda: CheckInKeyResult(document.board, kr.id, "2027-02-01", 83, 5))
    assert (
        document.board.typed(kr.id, KeyResult).current,
        document.board.typed(kr.id, KeyResult).confidence,
    ) == (88, 8)
    document.execute(lambda: DeleteCheckIn(document.board, "c2"))
    now = document.board.typed(kr.id, KeyResult)
    assert (now.current, now.confidence) == (85.5, 8)  # back to the 2027-02-08 check-in
    document.undo_stack.undo()
    assert document.board.typed(kr.id, KeyResult).current == 88


def test_a_check_in_needs_a_value_or_a_confidence(document: Any) -> None:
    from okrworkshop.canvas.commands import CheckInKeyResult

    refused: list[str] = []
    document.refused.connect(refused.append)
    kr = _kr(document, "Réduire")
    assert document.execute(lambda: CheckInKeyResult(document.board, kr.id, "2027-02-15", None, None)) is None
    assert document.execute(lambda: CheckInKeyResult(document.board, kr.id, "15/02/2027", 3, 5)) is None
    assert len(refused) == 2 and document.undo_stack.count() == 0
    assert document.board.all(CheckIn) == read_okrw(document.path).all(CheckIn)


def _render(item: Any) -> QImage:
    rect = item.boundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-rect.x(), -rect.y())
    item.paint(painter, None, None)  # type: ignore[arg-type]
    painter.end()
    return image


def _colour_at(image: QImage, item: Any, point: QPointF) -> QColor:
    rect = item.boundingRect()
    return image.pixelColor(int(point.x() - rect.x()), int(point.y() - rect.y()))


def test_the_card_shows_progress_as_a_bar_and_confidence_as_a_coloured_dot(document: Any, scene: Any) -> None:
    from okrworkshop.canvas.commands import CheckInKeyResult
    from okrworkshop.canvas.items.cards import BAND_COLOURS

    kr = _kr(document, "Réduire")  # 12 -> 4
    item = scene.item_for(kr.id)
    assert item.share is None  # no value yet: no bar, the card as before
    height_without = item.own_height
    document.execute(lambda: CheckInKeyResult(document.board, kr.id, "2027-02-15", 10, 3))
    item = scene.item_for(kr.id)
    assert item.share == pytest.approx(0.25) and item.band == "red"
    assert item.own_height > height_without
    image = _render(item)
    bar = item.bar_rect()
    middle = bar.center().y()
    filled = _colour_at(image, item, QPointF(bar.x() + bar.width() * 0.2, middle))
    empty = _colour_at(image, item, QPointF(bar.x() + bar.width() * 0.3, middle))
    assert filled.name() == "#4e79a7"  # a quarter of the way is filled…
    assert empty.name() == "#dde3ea"  # …and beyond it the track shows
    dot = _colour_at(image, item, QPointF(bar.right() + 6 + item.DOT / 2, middle))
    assert dot.name() == BAND_COLOURS["red"].name()
    document.execute(lambda: CheckInKeyResult(document.board, kr.id, "2027-02-22", 6, 7))
    item = scene.item_for(kr.id)
    image = _render(item)
    bar = item.bar_rect()
    assert _colour_at(image, item, QPointF(bar.x() + bar.width() * 0.7, bar.center().y())).name() == "#4e79a7"
    dot = _colour_at(image, item, QPointF(bar.right() + 6 + item.DOT / 2, bar.center().y()))
    assert dot.name() == BAND_COLOURS["green"].name()


def test_a_confidence_without_a_value_shows_its_dot_and_no_bar(document: Any, scene: Any) -> None:
    from okrworkshop.canvas.commands import CheckInKeyResult
    from okrworkshop.canvas.items.cards import BAND_COLOURS

    kr = _kr(document, "Réduire")
    height_without = scene.item_for(kr.id).own_height
    document.execute(lambda: CheckInKeyResult(document.board, kr.id, "2027-02-15", None, 5))
    item = scene.item_for(kr.id)
    assert item.share is None and item.band == "amber"
    assert item.own_height > height_without
    image = _render(item)
    bar = item.bar_rect()
    dot = _colour_at(image, item, QPointF(bar.right() + 6 + item.DOT / 2, bar.center().y()))
    assert dot.name() == BAND_COLOURS["amber"].name()
    # no track where the bar would be
    assert _colour_at(image, item, QPointF(bar.center().x(), bar.center().y())).name() != "#dde3ea"
