"""First window first: the board paints before the ORM and the rules load; they follow at once.

The launch reads the workshop without SQLAlchemy, paints, then loads the writer from a zero-timer;
the rule engine loads on the checker's first run, whose badges appear when it ends. Editing works
from the first gesture whatever has loaded by then.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

from okrworkshop.storage import read_okrw

REPO = Path(__file__).resolve().parents[2]

_LAUNCH = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QGraphicsView
from okrworkshop.ui import launch

app = launch._application()
seen = {}
window = None

class Paints(QObject):
    # The board's first paint, wherever it happens (open_window shows and settles the window).

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen and isinstance(watched.parent(), QGraphicsView):
            seen["orm"] = "sqlalchemy" in sys.modules
            seen["rules"] = "okrworkshop.rules" in sys.modules
            files = [w.document.file for w in app.topLevelWidgets() if hasattr(w, "document")]
            seen["writer"] = any(f.writer_loaded for f in files)
        return False

paints = Paints()
app.installEventFilter(paints)
window = launch.open_window(sys.argv[1])

def finish():
    if not seen or window.live.pending or not window.document.file.writer_loaded:
        QTimer.singleShot(10, finish)
        return
    badges = sum(len(window.live.checker.findings_for(i)) for i in window.scene.cards)
    print(seen["orm"], seen["rules"], seen["writer"], "sqlalchemy" in sys.modules,
          window.live.checker.loaded, badges > 0)
    app.exit(0)

QTimer.singleShot(0, finish)
app.exec()
"""


def test_the_board_paints_before_the_orm_and_the_rules_load(workshop_path: Path) -> None:
    """(In a process of its own: this one has loaded everything long ago.)"""
    before = hashlib.sha256(workshop_path.read_bytes()).hexdigest()
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCH, str(workshop_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    at_paint_orm, at_paint_rules, at_paint_writer, orm_after, checked, badges = done.stdout.split()
    assert (at_paint_orm, at_paint_rules, at_paint_writer) == ("False", "False", "False"), done.stderr
    assert (orm_after, checked, badges) == ("True", "True", "True"), done.stderr
    # Loading the writer writes nothing: viewing leaves the file byte-identical.
    assert hashlib.sha256(workshop_path.read_bytes()).hexdigest() == before


def test_an_edit_before_anything_has_loaded_is_saved(workshop_path: Path, qtbot: Any) -> None:
    from okrworkshop.canvas.commands import ChangeCardFields
    from okrworkshop.canvas.document import Document
    from okrworkshop.ui.main_window import MainWindow

    window = MainWindow(Document.open(workshop_path))
    qtbot.addWidget(window)
    document = window.document
    assert document is not None and window.live is not None
    assert not document.file.writer_loaded  # type: ignore[union-attr]
    assert not window.live.checker.loaded  # type: ignore[attr-defined]
    assert window.live.checker.findings() == []
    objective = document.board.objectives()[0]
    document.execute(lambda: ChangeCardFields(document.board, objective.id, {"title": "Tout de suite"}))
    assert read_okrw(workshop_path).get(objective.id).title == "Tout de suite"  # type: ignore[union-attr]
    window.live.run()
    assert window.live.checker.loaded  # type: ignore[attr-defined]
    assert window.live.checker.summary() == window.live.checker._load().summary()  # type: ignore[attr-defined]
    document.undo_stack.undo()
    assert read_okrw(workshop_path).get(objective.id).title == objective.title  # type: ignore[union-attr]
    window.close()
