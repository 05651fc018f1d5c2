"""Live checker feedback on the cards: badges by severity (count, colour and shape), hints in tooltips."""

from __future__ import annotations

from typing import Any

from canvas_driver import snapshot
from conftest import FakeChecker, FakeFinding
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from okrworkshop.canvas.commands import ChangeCardFields, EditCardText
from okrworkshop.canvas.items.badges import badge_shape
from okrworkshop.canvas.live_checker import LiveChecker
from okrworkshop.canvas.scene import BoardScene
from okrworkshop.palette import SEVERITY_COLOURS


def _live(document: Any, scene: BoardScene, delay: int = 150) -> tuple[LiveChecker, FakeChecker]:
    live = LiveChecker(document, FakeChecker, delay_ms=delay)
    scene.checker = live.checker
    live.findings_changed.connect(scene.apply_findings)
    return live, live.checker  # type: ignore[return-value]


def _render(item: Any) -> QImage:
    rect = item.boundingRect()
    image = QImage(int(rect.width()) + 4, int(rect.height()) + 4, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-rect.left() + 2, -rect.top() + 2)
    item.paint(painter, None, None)
    painter.end()
    return image


def _has_colour(image: QImage, colour: str) -> bool:
    target = QColor(colour)
    for y in range(0, image.height(), 1):
        for x in range(0, image.width(), 1):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red()) < 8
                and abs(pixel.green() - target.green()) < 8
                and abs(pixel.blue() - target.blue()) < 8
            ):
                return True
    return False


def test_findings_show_as_badges_with_hints_in_the_tooltip(document: Any, qapp: Any) -> None:
    scene = BoardScene(document)
    live, checker = _live(document, scene)
    checker.scripted = [
        FakeFinding(
            "kr-is-task", "warning", "kr-tenders", "A task, not an outcome", "Say what changes when it's done"
        ),
        FakeFinding("kr-no-baseline", "warning", "kr-tenders", "No baseline <b>", ""),
        FakeFinding("missing-owner", "error", "kr-tenders", "Nobody owns this", "Name one person"),
        FakeFinding("too-many-objectives", "info", "team-sales", "Many objectives", ""),
    ]
    live.run()
    tenders = scene.cards["kr-tenders"]
    assert tenders.counts == (1, 2, 0)
    assert scene.lanes["team-sales"].counts == (0, 0, 1)
    assert scene.cards["kr-arr"].counts == (0, 0, 0)
    tip = tenders.toolTip()
    assert "A task, not an outcome" in tip and "Say what changes when it&#x27;s done" in tip
    assert "&lt;b&gt;" in tip  # user text never becomes markup
    image = _render(tenders)
    assert _has_colour(image, SEVERITY_COLOURS["error"]) and _has_colour(image, SEVERITY_COLOURS["warning"])
    assert not _has_colour(_render(scene.cards["kr-arr"]), SEVERITY_COLOURS["error"])


def test_badge_shapes_differ_by_severity() -> None:
    """Not colour alone: a circle (error), a triangle (warning) and a square (info)."""
    rect = QRectF(0, 0, 16, 16)
    circle, triangle, square = (badge_shape(s, rect) for s in ("error", "warning", "info"))
    top_left, bottom_left = QPointF(1.6, 1.6), QPointF(1.6, 14.4)
    assert not circle.contains(top_left) and not circle.contains(bottom_left)
    assert not triangle.contains(top_left) and triangle.contains(QPointF(2.5, 15.5))
    assert square.contains(top_left) and square.contains(bottom_left)
    for shape in (circle, triangle, square):
        assert shape.contains(rect.center() + QPointF(0, 2))


def test_the_checker_runs_after_commits_debounced_and_never_inside_undo(document: Any, qtbot: Any) -> None:
    scene = BoardScene(document)
    live, checker = _live(document, scene, delay=120)
    live.run()  # the first full check
    assert checker.refreshed == [None]
    board = document.board
    ran_during_command: list[bool] = []
    original = checker.refresh

    def spy(ids: Any = None) -> set[str]:
        ran_during_command.append(board._depth > 0)  # inside a transaction = inside a command
        return original(ids)

    checker.refresh = spy  # type: ignore[method-assign]
    for text in ("Tenders won", "Tenders won from", "Tenders won from 1 to 6"):
        document.execute(lambda text=text: EditCardText(board, "kr-tenders", text))
    assert live.pending  # three commits, no check yet
    qtbot.waitUntil(lambda: not live.pending, timeout=2000)
    assert len(checker.refreshed) == 2  # one check for the burst
    assert "kr-tenders" in checker.refreshed[-1] and "obj-public" in checker.refreshed[-1]
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: not live.pending, timeout=2000)
    assert ran_during_command and not any(ran_during_command)


def test_removed_cards_are_reported_to_the_checker(document: Any, qtbot: Any) -> None:
    from okrworkshop.canvas.commands import DeleteCards

    scene = BoardScene(document)
    live, checker = _live(document, scene, delay=10)
    live.run()
    board = document.board
    document.execute(lambda: DeleteCards(board, ["kr-tenders"]))
    changed = live.run()
    assert "kr-tenders" in checker.refreshed[-1] and "kr-tenders" in changed


def test_real_rule_engine_flags_a_task_key_result(document: Any, qtbot: Any) -> None:
    """The app's checker (okrworkshop.rules) feeds the badges end to end."""
    scene = BoardScene(document)
    live = LiveChecker(document)
    scene.checker = live.checker
    live.findings_changed.connect(scene.apply_findings)
    live.run()
    board = document.board
    before = scene.cards["kr-tenders"].counts
    document.execute(
        lambda: ChangeCardFields(
            board, "kr-tenders", {"title": "Launch the new website", "baseline": None, "target": None}
        )
    )
    qtbot.waitUntil(lambda: not live.pending, timeout=2000)
    counts = scene.cards["kr-tenders"].counts
    assert counts != before and sum(counts[:2]) >= 1
    rules = {f.rule for f in live.checker.findings_for("kr-tenders")}
    assert "kr-is-task" in rules
    assert snapshot(board)[1]["kr-tenders"][1] == "Launch the new website"


def test_the_pointer_resting_on_a_card_shows_its_findings(view: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QGraphicsItem, QToolTip

    scene = view.scene()
    live, checker = _live(view.scene_ref.document, scene)
    checker.scripted = [
        FakeFinding("kr-is-task", "warning", "kr-tenders", "A task, not an outcome", "Say why")
    ]
    live.run()
    tenders = scene.cards["kr-tenders"]
    # Built on demand: Qt holds no tooltip text for the card until one is asked for.
    assert QGraphicsItem.toolTip(tenders) == ""
    centre = view.mapFromScene(tenders.mapToScene(tenders.rect.center()))
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "A task, not an outcome" in QToolTip.text() and "Say why" in QToolTip.text()
    QToolTip.hideText()


class _CountingPainter(QPainter):
    glyphs = 0

    def drawStaticText(self, *args: Any) -> None:
        self.glyphs += 1
        super().drawStaticText(*args)


def test_badge_numbers_are_drawn_only_where_they_can_be_read(qapp: Any) -> None:
    from okrworkshop.canvas import style
    from okrworkshop.canvas.items.badges import paint_badges

    for scale, numbers in ((1.0, 2), (0.1, 0)):
        image = QImage(400, 200, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = _CountingPainter(image)
        painter.scale(scale, scale)
        paint_badges(painter, (1, 2, 0), 300.0, 20.0)  # an error and two warnings: two badges
        painter.end()
        assert painter.glyphs == numbers, scale
        # The shapes are there at both sizes, in their colours.
        assert _has_colour(image, SEVERITY_COLOURS["error"]) or scale < 1.0
        inked = {image.pixel(x, y) for y in range(image.height()) for x in range(image.width())}
        assert len(inked) > 1, "no badge drawn"
    assert style.BADGE_SIZE * 0.1 < 4  # the premise: a tenth of a badge is a few pixels


def test_a_full_check_and_its_views_run_without_a_garbage_collection(document: Any, qapp: Any) -> None:
    import gc

    from okrworkshop.rules import Checker

    scene = BoardScene(document)
    live = LiveChecker(document, Checker, delay_ms=150)
    scene.checker = live.checker
    live.findings_changed.connect(scene.apply_findings)
    started: list[int] = []

    def heard(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(heard)
    try:
        gc.collect()
        started.clear()
        live.run()
        assert any(item.counts != (0, 0, 0) for item in scene.cards.values())  # it did check
        assert started == []
        assert gc.isenabled()
        junk = [[n] for n in range(20_000)]  # the same watch sees collections outside the check
        assert started and junk
    finally:
        gc.callbacks.remove(heard)


def test_an_edits_refresh_leaves_the_collector_and_its_generations_alone(
    document: Any, qapp: Any, monkeypatch: Any
) -> None:
    # Holding the collector moves the whole heap to the oldest generation as it ends: right after
    # a full check (what it made stays), not after every edit, whose objects mostly go soon.
    import gc

    from okrworkshop.rules import Checker

    scene = BoardScene(document)
    live = LiveChecker(document, Checker, delay_ms=150)
    scene.checker = live.checker
    live.findings_changed.connect(scene.apply_findings)
    live.run()  # the first, full check
    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    card = next(iter(scene.cards))
    scene.apply_findings({card})
    assert frozen == []
    scene.apply_findings(set(), full=True)
    assert frozen == [1]
