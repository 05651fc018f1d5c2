"""The bare baseline of the start-up benchmark: a PySide6 window showing a board's cards, nothing else.

``python benchmarks/bare_window.py BOARD.json OUT.png [WxH] [fit]`` reads an ``okrworkshop/v1``
file with plain :mod:`json` (no okrworkshop import), puts one rounded rectangle with its text in a
``QGraphicsView`` per lane, objective, key result, initiative and note, at the board's positions
where it has them (stacked below their objective otherwise), shows the window, paints it into a
PNG and exits: the least a Qt program showing the same cards costs, as a whole process.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QMainWindow,
)

CARD_WIDTH = 260.0


def _card(scene: QGraphicsScene, x: float, y: float, text: str, height: float = 70.0) -> None:
    rect = QGraphicsRectItem(QRectF(0, 0, CARD_WIDTH, height))
    rect.setPos(x, y)
    rect.setBrush(QColor("#ffffff"))
    scene.addItem(rect)
    label = QGraphicsTextItem()
    label.setPlainText(text)
    label.setTextWidth(CARD_WIDTH - 20)
    label.setParentItem(rect)
    label.setPos(10, 8)


def build(scene: QGraphicsScene, data: dict[str, Any]) -> int:
    cards = 0
    for t, team in enumerate(data.get("teams", [])):
        ty = float(team.get("y", t * 560.0))
        lane = QGraphicsRectItem(QRectF(0, 0, float(team.get("width", 1200)), float(team.get("height", 420))))
        lane.setPos(float(team.get("x", 0.0)), ty)
        lane.setBrush(QColor("#f4f4f4"))
        scene.addItem(lane)
        scene.addText(team["name"]).setPos(float(team.get("x", 0.0)) + 10, ty + 8)
        for o, objective in enumerate(team.get("objectives", [])):
            x, y = float(objective.get("x", 20 + o * 300.0)), float(objective.get("y", ty + 60))
            _card(scene, x, y, objective["title"])
            cards += 1
            for k, kr in enumerate(objective.get("key_results", [])):
                _card(scene, x + 10, y + 80 + k * 60, kr["title"], 54)
                cards += 1
                for i, initiative in enumerate(kr.get("initiatives", [])):
                    title = initiative if isinstance(initiative, str) else initiative["title"]
                    _card(scene, x + 30, y + 120 + k * 60 + i * 24, title, 22)
                    cards += 1
    for n, note in enumerate(data.get("notes", [])):
        _card(scene, float(note.get("x", 2000 + n * 170)), float(note.get("y", 0)), note["text"], 150)
        cards += 1
    return cards


def main(argv: list[str]) -> int:
    source, out = argv[0], argv[1]
    width, height = (int(v) for v in (argv[2] if len(argv) > 2 else "1600x1000").split("x"))
    fit = len(argv) > 3 and argv[3] == "fit"
    app = QApplication(sys.argv[:1])
    with open(source, encoding="utf-8") as handle:
        data = json.load(handle)
    scene = QGraphicsScene()
    build(scene, data)
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    window = QMainWindow()
    window.setCentralWidget(view)
    window.setFixedSize(width, height)
    painted: list[float] = []
    if "BENCH_T0" in os.environ:  # bench_startup.py: say when the view first painted
        from PySide6.QtCore import QEvent, QObject

        class Paints(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and not painted:
                    painted.append(time.perf_counter() - float(os.environ["BENCH_T0"]))
                return False

        paints = Paints(view.viewport())
        view.viewport().installEventFilter(paints)
    window.show()
    app.processEvents()
    if fit:
        view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    app.processEvents()
    ok = window.grab().save(out, "PNG")
    if painted:
        print(f"paint={painted[0]:.4f}", flush=True)
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
