"""Starting the app: ``okrworkshop [FILE]`` and ``okrworkshop --screenshot OUT.png [FILE]``.

First window first: the workshop is read without the ORM (:mod:`okrworkshop.storage.reading`),
the window paints its board, and only then, from a zero-timer after that first paint, the first
check runs (the rule engine loads then; the badges appear when it ends) and what writing needs
loads (SQLAlchemy: :meth:`Document.load_writer`). The poster code loads on export only.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from okrworkshop.errors import InputError


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication  # Qt only once the app starts (not for --help)

    return QCoreApplication.translate("Launch", text)


def _application() -> object:
    """The running QApplication, or a new one (headless for screenshots when no display is set)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("okrworkshop")
        app.setApplicationDisplayName("OKR Workshop")
        app.setOrganizationName("okrworkshop")
        from okrworkshop.ui.i18n import install_language, preferred_language

        install_language(preferred_language())
    from okrworkshop.canvas.style import load_fonts

    load_fonts()
    return app


def _apply_zoom(window: object, zoom: str | None) -> None:
    view = window.view  # type: ignore[attr-defined]
    if zoom is None:
        view.actual_size()
        view.show_top_left()
    elif zoom == "fit":
        view.fit_board()
    else:
        try:
            factor = float(zoom.rstrip("%")) / 100.0
        except ValueError:
            raise InputError(None, f"zoom must be 'fit' or a percentage like 50%, not {zoom!r}") from None
        view.set_zoom(factor)
        view.show_top_left()


def run_gui(
    path: str | None,
    screenshot: str | None = None,
    size: tuple[int, int] = (1600, 1000),
    zoom: str | None = None,
    select: str | None = None,
) -> int:
    """Open the app on ``path`` and run it; without ``path``, on the workshop left open last time
    (see :func:`start_window`).

    With ``screenshot``, render the main window at ``size`` pixels (whatever the screen) to that
    PNG and return 0 at once (the bundled demo without ``path``, whatever was open last, so that
    the pictures are the same everywhere); a bad file then raises :class:`InputError` (one line for the CLI)
    instead of showing a dialog. ``zoom`` is ``"fit"`` (the whole board) or a percentage
    (``"50%"``); by default the board shows at 100 % from its top-left corner. ``select`` names
    a card by its draft path (``teams[0].objectives[0].key_results[1]``) to show selected, with
    its details in the inspector (screenshots for the documentation).
    """
    if screenshot is not None and "QT_QPA_PLATFORM" not in os.environ:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            # Offscreen renders at exactly the asked size, with or without a display.
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = _application()
    from PySide6.QtWidgets import QMessageBox

    if screenshot is not None:
        window = _make_window(path, size, keeps_session=False)
        _notice_if_recovered(window)
        if select is not None:
            _select(window, select)
        return _screenshot(window, Path(screenshot), size, zoom)
    try:
        window = open_window(path, size, zoom) if path is not None else start_window(size)
    except InputError as exc:
        QMessageBox.critical(None, "OKR Workshop", exc.line())
        return 2
    if select is not None:
        _select(window, select)
    window.tell_if_recovered()  # type: ignore[attr-defined]
    return int(app.exec())  # type: ignore[attr-defined]


def _notice_if_recovered(window: object) -> None:
    """Headless (--screenshot): say on stderr, in one line, that the file was recovered after a crash."""
    workshop_file = window.document.file  # type: ignore[attr-defined]
    if workshop_file is not None and workshop_file.recovered_from is not None:
        from okrworkshop.cli import notice
        from okrworkshop.storage.recovery import recovery_notice

        notice(recovery_notice(workshop_file.path, workshop_file.recovered_from))


def _make_window(path: str | None, size: tuple[int, int], keeps_session: bool = True) -> object:
    """The main window on ``path`` (the demo if None); without ``keeps_session`` (``--screenshot``:
    rendered once) it leaves the trainer's session as it was."""
    from okrworkshop.canvas.document import Document
    from okrworkshop.collector import collector_paused
    from okrworkshop.ui.main_window import MainWindow

    with collector_paused():  # every row read and every card item made stay (see the module)
        if path is None:
            from okrworkshop.demo import open_demo

            opened = open_demo()  # read once: checked and loaded in one go
            document = Document(opened.board, opened)
        else:
            document = Document.open(path)
        window = MainWindow(document, keeps_session=keeps_session)
    window.resize(*size)
    return window


def open_window(path: str | None, size: tuple[int, int] = (1600, 1000), zoom: str | None = None) -> object:
    """Show the app's window on ``path`` (the demo workshop if None), as the app starts it: with
    the size, place and docks the window had when last closed (``size`` the first time), and the
    whole board in view unless ``zoom`` says otherwise; what writing needs loads right after the
    board's first paint.

    Raises :class:`InputError` when the file cannot be used. The QApplication must exist.
    """
    from okrworkshop.ui.session import last_workshop, same_file

    last = last_workshop()
    window = _make_window(path, size)
    same = last is not None and window.document.path is not None and same_file(last, window.document.path)  # type: ignore[attr-defined]
    _show_restored(window, same_workshop=same)
    _apply_zoom(window, "fit" if zoom is None else zoom)
    return window


def _after_first_paint(window: object) -> None:
    """Right after the board's first paint: the first check (its badges appear when it ends),
    then what writing needs (the ORM), each from its own zero-timer so the window repaints between."""
    from PySide6.QtCore import QTimer

    live, document = window.live, window.document  # type: ignore[attr-defined]
    if live is not None and live.pending:
        live.run()
    if document is not None:
        QTimer.singleShot(0, document.load_writer)


def after_first_paint(widget: object, then: Callable[[], object]) -> None:
    """Call ``then`` from a zero-timer once ``widget`` has painted for the first time (or at once
    from the event loop if it is already gone)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, then)
                self.deleteLater()
            return False

    watcher = _FirstPaint(widget)  # type: ignore[arg-type]
    widget.installEventFilter(watcher)  # type: ignore[attr-defined]


def start_window(size: tuple[int, int] = (1600, 1000)) -> object:
    """Show the app's window as a bare ``okrworkshop`` starts it: on the workshop left open last
    time, zoomed and scrolled as it was left; on the demo workshop the first time, or when that
    file is gone or can no longer be opened (the status bar then says so).

    Never asks anything: no dialog opens, whatever the state of the last file.
    """
    from okrworkshop.demo import DEMO_FILE_NAME
    from okrworkshop.paths import user_data_dir
    from okrworkshop.ui.session import last_workshop, recent_view, same_file

    last = last_workshop()
    notice = None
    window = None
    if last is not None and last.is_file():
        try:
            window = _make_window(str(last), size)
        except InputError as exc:
            notice = tr("The last workshop could not be reopened (%1): here is the demo workshop.").replace(
                "%1", exc.line()
            )
    elif last is not None and not same_file(
        last, user_data_dir() / DEMO_FILE_NAME
    ):  # a lost demo: made afresh
        notice = (
            tr("The last workshop, %1, is no longer in %2: here is the demo workshop.")
            .replace("%1", last.name)
            .replace("%2", str(last.parent))
        )
    if window is None:
        window = _make_window(None, size)
        resumed = None
    else:
        resumed = recent_view(last) if last is not None else None
    _show_restored(window, same_workshop=resumed is not None)
    window.show_view(resumed)  # type: ignore[attr-defined]
    if notice is not None:
        window.statusBar().showMessage(notice, 30000)  # type: ignore[attr-defined]
    return window


def _show_restored(window: object, same_workshop: bool = False) -> None:
    """Show ``window`` with the geometry and docks it had when last closed, if it was.

    The docks a workshop brings (a case's brief) show on another workshop than the last one.
    """
    from PySide6.QtWidgets import QApplication

    from okrworkshop.ui.session import restore_window

    if restore_window(window) and not same_workshop:  # type: ignore[arg-type]
        window._flow_follow(window.document)  # type: ignore[attr-defined]
    window._show_timer_when_running()  # type: ignore[attr-defined]
    after_first_paint(window.view.viewport(), lambda: _after_first_paint(window))  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    QApplication.processEvents()  # the view has its final size before it is zoomed or scrolled


def _select(window: object, path: str) -> None:
    from okrworkshop.model import card_paths

    by_path = {p: i for i, p in card_paths(window.document.board).items()}  # type: ignore[attr-defined]
    if path not in by_path:
        raise InputError(None, f"no card at {path!r}")
    window.scene.select_ids([by_path[path]])  # type: ignore[attr-defined]


def _screenshot(window: object, target: Path, size: tuple[int, int], zoom: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    window.setFixedSize(*size)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    QApplication.processEvents()
    _apply_zoom(window, zoom)
    live = window.live  # type: ignore[attr-defined]
    if live is not None:
        live.run()
    QApplication.processEvents()
    image = window.grab()  # type: ignore[attr-defined]
    if target.parent and not target.parent.exists():
        window.close()  # type: ignore[attr-defined]
        raise InputError(target, f"folder {str(target.parent)!r} does not exist")
    saved = image.save(str(target), "PNG")
    window.close()  # type: ignore[attr-defined]
    if not saved:
        raise InputError(target, "could not write the PNG file")
    return 0
