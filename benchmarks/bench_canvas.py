"""The canvas against bare Qt: full-board render, board build, one drag step, memory.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_canvas.py``. Times are the main
thread's CPU time (``time.thread_time``), so that other processes on a busy machine do not
count; both sides run alternately and the medians are compared. The baseline, measured in
the same run, is the least a Qt board can cost: plain ``QGraphicsItem`` s with a custom
``paint()`` drawing a rounded rectangle and ``QStaticText`` — one per card and lane, at the same
place and size as okrworkshop's items, with the same texts (title, and the details line where a
card has one) in the same font and width. okrworkshop's side is the real thing: the scene built
from a board through the document's signals (nested key results and initiatives, team colour
strips, lane headers, badges, link handles), the real view for dragging.

Targets (issue 4): render of 1,000 cards within 1.3x the baseline; one drag step on a 5,000-card
board under 1 ms; board build of 1,000 cards within 1.5x the baseline; RSS with 1,000 cards
(the whole main window, checker included) under 150 MB.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective, Team, Workshop

OBJECTIVE_TEXTS = (
    "Devenir la boulangerie préférée des matinaux du quartier",
    "Réduire le gaspillage du fournil sans jamais manquer de pain",
    "Offrir une expérience « waouh » à chaque visite en boutique",
)
KR_TEXTS = (
    "Faire passer le NPS des clients du matin de 32 à 45",
    "Augmenter les ventes entre 7 h et 9 h de 1 850 € à 2 300 € par semaine",
    "Réduire les invendus de 14 % à 6 % de la production",
    "Ramener les ruptures de baguette avant 19 h de 9 à 2 jours par mois",
)


OWNERS = ("Claire Martin", "Karim Benali", "Sophie Lambert", "Julien Dupain", "Léa Moreau", "Tom Girard")


def make_board(teams: int) -> Board:
    """``teams`` lanes x (20 objectives x 3 key results, 15 initiatives, 5 notes) = 100 cards a lane.

    Like a real board, every card's text is its own (numbered) and the numbers, owners and
    confidences vary; only what really repeats on a board (owner and kind lines) repeats here.
    """
    board = Board(Workshop(title="Benchmark", language="fr"))
    n = 0
    for t in range(teams):
        team = board.add(Team(f"Équipe {t}", order=t, x=0.0, y=t * 560.0, width=6200.0, height=520.0))
        for o in range(20):
            n += 1
            objective = board.add(
                Objective(
                    team.id,
                    f"{OBJECTIVE_TEXTS[o % 3]} ({n})",
                    owner=OWNERS[o % len(OWNERS)],
                    order=o,
                    x=20 + o * 300.0,
                    y=t * 560.0 + 70,
                )
            )
            for k in range(3):
                n += 1
                kr = board.add(
                    KeyResult(
                        objective.id,
                        f"{KR_TEXTS[(o + k) % 4]} ({n})",
                        owner=OWNERS[(o + k) % len(OWNERS)],
                        order=k,
                        baseline=float(n % 50),
                        target=float(n % 50 + 10 + k),
                        unit=("NPS", "%", "€", "jours")[k],
                        confidence=n % 11,
                    )
                )
                if k == 0 and o < 15:
                    board.add(Initiative(kr.id, f"Prévision des ventes par jour et par météo ({n})"))
        for m in range(5):
            board.add(
                Note(
                    f"Idée {t}.{m} : carte de fidélité", team_id=team.id, x=20 + m * 170.0, y=t * 560.0 + 400
                )
            )
    return board


# ----------------------------------------------------------------------- bare Qt baseline
class BareCard(QGraphicsItem):
    """The baseline: a rounded rectangle and static text, nothing else."""

    def __init__(self, rect: QRectF, texts: list[tuple[str, QFont, float, float]]) -> None:
        super().__init__()
        self.rect = rect
        self.texts = []
        for text, font, width, y in texts:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setTextWidth(width)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(QTransform(), font)
            self.texts.append((static, font, y))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: Any, widget: QWidget | None = None) -> None:
        painter.setPen(BARE_PEN)
        painter.setBrush(BARE_FILL)
        painter.drawRoundedRect(self.rect, 6, 6)
        for static, font, y in self.texts:
            painter.setFont(font)
            painter.drawStaticText(QPointF(8, y), static)


BARE_PEN = QPen(QColor("#9aa5b1"), 1.0)
BARE_FILL = QColor("#ffffff")


def bare_specs(scene: Any) -> list[tuple[QPointF, QRectF, list[tuple[str, QFont, float, float]]]]:
    """Position, size and texts of every okrworkshop item, for the baseline to copy."""
    specs = []
    for item in [*scene.lanes.values(), *scene.cards.values()]:
        texts = [(item.text_block().text, item.text_block().font, item.text_block().width, 8.0)]
        meta = getattr(item, "meta", None)
        if meta is not None and meta.text:
            texts.append((meta.text, meta.font, meta.width, 8.0 + item.text_block().height))
        specs.append((item.scenePos(), QRectF(item.rect), texts))
    return specs


def build_bare(specs: list[Any]) -> QGraphicsScene:
    scene = QGraphicsScene()
    scene.cards = []  # type: ignore[attr-defined]
    for pos, rect, texts in specs:
        card = BareCard(rect, texts)
        card.setPos(pos)
        scene.addItem(card)
        scene.cards.append(card)  # type: ignore[attr-defined]
    return scene


# ---------------------------------------------------------------------------- measures
RUNS = 15


def cold_text_cache() -> None:
    """Forget the canvas's shared text layouts, so that each build starts as a first opening does."""
    from okrworkshop.canvas import text

    text._SHARED.clear()


def paired_ms(ours: Callable[[], Any], bare: Callable[[], Any], runs: int = RUNS) -> tuple[float, float]:
    """Medians (ms) of ``ours`` and ``bare``, run alternately so both see the same machine load."""
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for index, run in enumerate((ours, bare)):
            cold_text_cache()
            gc.collect()
            start = time.thread_time()
            result = run()
            samples[index].append(time.thread_time() - start)
            del result  # freeing the scene is not part of the measure
    return statistics.median(samples[0]) * 1000, statistics.median(samples[1]) * 1000


def render(scene: QGraphicsScene, source: QRectF, scale: float) -> None:
    image = QImage(
        int(source.width() * scale), int(source.height() * scale), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(QColor("#f4f5f7"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), source)
    painter.end()


def our_scene(board: Board) -> Any:
    from okrworkshop.canvas.document import Document
    from okrworkshop.canvas.scene import BoardScene

    return BoardScene(Document(board))


def drag_step_ms(view: QGraphicsView, item: QGraphicsItem, steps: int = 300, repaint: bool = False) -> float:
    """Median time of one mouse-move event while dragging ``item`` by its title (with the repaint if asked)."""
    viewport = view.viewport()
    start = QPointF(view.mapFromScene(item.mapToScene(QPointF(130, 15))))
    global_start = QPointF(viewport.mapToGlobal(start.toPoint()))
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    before = item.pos()
    QApplication.sendEvent(
        viewport, QMouseEvent(QEvent.Type.MouseButtonPress, start, global_start, left, left, none)
    )
    samples = []
    for step in range(1, steps + 1):
        offset = QPointF(step % 60 * 3.0, step % 40 * 2.0)
        event = QMouseEvent(
            QEvent.Type.MouseMove, start + offset, global_start + offset, Qt.MouseButton.NoButton, left, none
        )
        begin = time.thread_time()
        QApplication.sendEvent(viewport, event)
        if repaint:
            viewport.repaint()
        samples.append(time.thread_time() - begin)
    end = start + QPointF(30, 20)
    QApplication.sendEvent(
        viewport,
        QMouseEvent(QEvent.Type.MouseButtonRelease, end, global_start, left, Qt.MouseButton.NoButton, none),
    )
    QApplication.processEvents()
    if item.pos() == before:
        raise RuntimeError("the drag did not move the item: the measure would be meaningless")
    return statistics.median(samples) * 1000


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from okrworkshop.canvas.style import load_fonts
    from okrworkshop.canvas.view import BoardView

    load_fonts()
    thousand = make_board(10)
    cards = (
        len(thousand.objectives())
        + len(thousand.key_results())
        + len(thousand.initiatives())
        + len(thousand.notes())
    )
    assert cards == 1000, cards

    # Build.
    scene = our_scene(thousand)  # also warms the font and glyph caches
    specs = bare_specs(scene)
    build_bare(specs)
    build_ours, build_base = paired_ms(lambda: our_scene(thousand), lambda: build_bare(specs))

    # Render the whole board into an image 2,400 pixels wide.
    bare = build_bare(specs)
    source = scene.board_rect()
    bare.setSceneRect(scene.sceneRect())
    scale = 2400.0 / source.width()
    render(scene, source, scale)
    render(bare, source, scale)
    render_ours, render_base = paired_ms(
        lambda: render(scene, source, scale), lambda: render(bare, source, scale)
    )

    # One drag step on 5,000 cards, in a shown 1400x900 view at 100 %.
    five = make_board(50)
    big = our_scene(five)
    view = BoardView(big)
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    view.show_top_left()
    app.processEvents()
    objective = big.cards[five.objectives()[1].id]
    drag_ours = drag_step_ms(view, objective)
    drag_ours_paint = drag_step_ms(view, objective, repaint=True)
    big_bare = build_bare(bare_specs(big))
    bare_view = QGraphicsView(big_bare)
    bare_view.setRenderHints(view.renderHints())
    bare_view.resize(1400, 900)
    bare_view.show()
    app.processEvents()
    bare_view.centerOn(view.visible_rect().center())
    app.processEvents()
    # The bare card standing where the dragged objective stands (specs list lanes, then cards).
    target = big_bare.cards[len(big.lanes) + list(big.cards).index(objective.entity_id)]  # type: ignore[attr-defined]
    drag_base = drag_step_ms(bare_view, target)
    drag_base_paint = drag_step_ms(bare_view, target, repaint=True)
    view.close()
    bare_view.close()

    # Memory, each in a fresh process so that nothing measured above is still on the heap.
    memory = float(
        subprocess.run([sys.executable, __file__, "--rss"], capture_output=True, text=True, check=True).stdout
    )
    bare_memory = float(
        subprocess.run(
            [sys.executable, __file__, "--rss-bare"], capture_output=True, text=True, check=True
        ).stdout
    )

    print(
        f"okrworkshop canvas vs bare Qt items (same positions, sizes, texts, font); {cards} cards + 10 lanes"
    )
    print(f"main-thread CPU time; medians of {RUNS} alternating runs; drag: median of 300 mouse moves")
    print(f"{'measure':<46}{'okrworkshop':>12}{'bare Qt':>10}{'ratio':>8}{'target':>12}")
    rows = [
        ("board build, 1,000 cards (ms)", build_ours, build_base, "<= 1.5x"),
        (f"full-board render at {scale:.2f}x, 1,000 cards (ms)", render_ours, render_base, "<= 1.3x"),
        ("drag step, 5,000 cards (ms)", drag_ours, drag_base, "< 1 ms"),
        ("drag step + repaint, 5,000 cards (ms)", drag_ours_paint, drag_base_paint, "-"),
        ("RSS, window on 1,000 cards (MB)", memory, bare_memory, "< 150 MB"),
    ]
    for name, ours, base, goal in rows:
        print(f"{name:<46}{ours:>12.3f}{base:>10.3f}{ours / base:>8.2f}{goal:>12}")
    print(
        "RSS: okrworkshop = whole main window (docks, checker run); bare Qt = a QGraphicsView of the bare items"
    )
    return 0


def rss_of_window() -> float:
    """RSS of a process showing the main window on a 1,000-card workshop, checked."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from okrworkshop.canvas.document import Document
    from okrworkshop.storage import write_okrw
    from okrworkshop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        path = write_okrw(make_board(10), Path(folder) / "bench.okrw")
        window = MainWindow(Document.open(path))
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        if window.live is not None:
            window.live.run()
        window.view.fit_board()
        app.processEvents()
        memory = rss_mb()
        window.close()
    return memory


def rss_of_bare() -> float:
    """RSS of a process showing the bare items of the same board in a plain view."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from okrworkshop.canvas.style import load_fonts

    load_fonts()
    specs = bare_specs(our_scene(make_board(10)))
    gc.collect()
    scene = build_bare(specs)
    view = QGraphicsView(scene)
    view.resize(1600, 1000)
    view.show()
    view.fitInView(scene.itemsBoundingRect())
    app.processEvents()
    return rss_mb()


if __name__ == "__main__":
    if sys.argv[1:] == ["--rss"]:
        print(rss_of_window())
    elif sys.argv[1:] == ["--rss-bare"]:
        print(rss_of_bare())
    else:
        sys.exit(main())
