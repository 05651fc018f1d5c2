"""The app's launch, timed from the process's start: first paint, writer loaded, badges shown.

``BENCH_T0=<perf_counter of the parent> python benchmarks/first_paint.py OUT.png [FILE.okrw]`` runs
the launch as ``okrworkshop FILE`` does (:func:`okrworkshop.ui.launch.open_window`: the file read
without the ORM, the window shown, the writer loaded from a zero-timer after the first paint, the
rules on the checker's first run), and prints one line on stdout: seconds from ``BENCH_T0`` (the
parent's clock, CLOCK_MONOTONIC like ours) to the board's first paint, to the ORM writer being
loaded, and to the first check's badges; then it paints the window into ``OUT.png`` and exits.
``bare_window.py`` prints its own first paint the same way (see ``bench_startup.py``).
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    t0 = float(os.environ.get("BENCH_T0", time.perf_counter()))
    out, path = argv[0], (argv[1] if len(argv) > 1 else None)
    from PySide6.QtCore import QEvent, QObject, QTimer

    from okrworkshop.ui import launch

    app = launch._application()
    marks: dict[str, float] = {}

    class Paints(QObject):
        """The first paint of the board's viewport. Watched on the whole application from before
        the window exists: ``open_window`` shows the window and lets it paint before it returns."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and "paint" not in marks
                and type(watched.parent()).__name__ == "BoardView"
            ):
                marks["paint"] = time.perf_counter() - t0
                marks["orm_at_paint"] = float("sqlalchemy" in sys.modules)
                marks["rules_at_paint"] = float("okrworkshop.rules" in sys.modules)
            return False

    paints = Paints()
    app.installEventFilter(paints)  # type: ignore[attr-defined]
    window = launch.open_window(path)
    live = window.live  # type: ignore[attr-defined]

    def done() -> None:
        # (getattr: a checkout from before the launch sequence loads both before the first paint)
        if "paint" not in marks or live.pending or not getattr(live.checker, "loaded", True):
            QTimer.singleShot(5, done)
            return
        if getattr(window.document.file, "writer_loaded", True):  # type: ignore[attr-defined]
            marks.setdefault("writer", time.perf_counter() - t0)
        else:
            QTimer.singleShot(5, done)
            return
        ok = window.grab().save(out, "PNG")  # type: ignore[attr-defined]
        print(" ".join(f"{k}={v:.4f}" for k, v in marks.items()), flush=True)
        app.exit(0 if ok else 1)  # type: ignore[attr-defined]

    live.findings_changed.connect(lambda *_: marks.setdefault("badges", time.perf_counter() - t0))
    QTimer.singleShot(0, done)
    return int(app.exec())  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
