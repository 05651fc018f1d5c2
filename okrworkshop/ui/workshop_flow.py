"""The training side of the main window: case studies, rounds and timer, reveal, presenter mode,
interface language. A mixin of :class:`~okrworkshop.ui.main_window.MainWindow`, whose action table
calls these methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMessageBox, QWidget

from okrworkshop.canvas import style
from okrworkshop.errors import InputError
from okrworkshop.model import Round
from okrworkshop.ui.case_brief import CaseBriefDock
from okrworkshop.ui.i18n import install_language, preferred_language, remember_language
from okrworkshop.ui.round_panel import RoundsDock
from okrworkshop.ui.round_timer import RoundTimer

if TYPE_CHECKING:
    from okrworkshop.canvas.document import Document

#: Height of the timer strip above the board: normal, and in presenter mode.
TIMER_HEIGHT = 200
PRESENTER_TIMER_HEIGHT = 280
#: Windows alive after a language switch rebuilt them (the old one is deleted on close).
_open_windows: list[QMainWindow] = []


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopFlow", text)


class WorkshopFlow:
    """Docks and commands of the workshop flow (mixed into the main window)."""

    # Provided by MainWindow.
    document: Document | None
    window_actions: dict[str, Any]
    make_checker: Any

    def _build_flow(self) -> None:
        window = self._window()
        self.presenting = False
        self._docks_before_presenting: list[QDockWidget] = []
        self._docks_in_front: list[QDockWidget] = []
        self._zoom_before_presenting = 1.0
        self.round_timer = RoundTimer()
        self.round_timer.setObjectName("round_timer")
        self.timer_dock = QDockWidget(tr("Timer"), window)
        self.timer_dock.setObjectName("dock_timer")
        self.timer_dock.setWidget(self.round_timer)
        self.timer_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.timer_dock.setMinimumHeight(TIMER_HEIGHT)
        self.timer_dock.setMaximumHeight(TIMER_HEIGHT)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.timer_dock)
        self.timer_dock.hide()
        self.round_timer.state_changed.connect(self._show_timer_when_running)
        self.brief_dock = CaseBriefDock(None, window)
        self.brief_dock.setObjectName("dock_brief")
        self.rounds_dock = RoundsDock(None, self.round_timer, window)
        self.rounds_dock.setObjectName("dock_rounds")
        for dock, action in ((self.brief_dock, "show_brief"), (self.rounds_dock, "show_rounds")):
            window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
            dock.setMinimumWidth(380)
            dock.hide()
            dock.visibilityChanged.connect(lambda visible, a=action: self._sync_check(a, visible))
        # The brief and the rounds share the left column under the card palette, as tabs.
        window.tabifyDockWidget(self.brief_dock, self.rounds_dock)
        self.findings.rule_off_requested.connect(self.switch_rule_off)  # type: ignore[attr-defined]
        language = preferred_language()
        self.window_actions["language_fr"].setChecked(language == "fr")
        self.window_actions["language_en"].setChecked(language == "en")

    def _window(self) -> QMainWindow:
        assert isinstance(self, QMainWindow)
        return self

    def _flow_follow(self, document: Document) -> None:
        """Called by the window when it shows another document."""
        self.brief_dock.set_document(document)
        self.rounds_dock.set_document(document)
        if document.board.workshop.case_id and not self.presenting:
            self.brief_dock.show()
            if document.board.rounds():
                self.rounds_dock.show()
            self.brief_dock.raise_()
            self._window().resizeDocks([self.brief_dock], [460], Qt.Orientation.Horizontal)

    def _sync_check(self, action: str, on: bool, force: bool = False) -> None:
        item = self.window_actions[action]
        if item.isChecked() != on and (force or not self.presenting):
            item.blockSignals(True)
            item.setChecked(on)
            item.blockSignals(False)

    def _show_timer_when_running(self) -> None:
        self.timer_dock.setVisible(self.round_timer.countdown is not None)

    # ================================================================ commands
    def new_from_case(self) -> None:
        """Start a workshop from a bundled (or the trainer's own) case study."""
        from okrworkshop.canvas.document import Document
        from okrworkshop.storage import WorkshopFile
        from okrworkshop.ui.case_dialog import choose_case_board

        board = choose_case_board(self._window(), preferred_language())
        if board is None:
            return
        try:
            opened = WorkshopFile.create_untitled(board)
        except InputError as exc:
            QMessageBox.warning(self._window(), tr("Cannot create the workshop"), exc.line())
            return
        self.set_document(Document(opened.board, opened))  # type: ignore[attr-defined]
        self.rounds_dock.show()

    def edit_workshop_settings(self) -> None:
        """Title, period, facilitator, language of the cards; the checker's profile, thresholds, rules."""
        from okrworkshop.ui.workshop_settings import WorkshopSettingsDialog

        if self.document is None:
            return
        dialog = WorkshopSettingsDialog(self.document, self._window())
        self.settings_dialog = dialog
        if dialog.exec() == WorkshopSettingsDialog.DialogCode.Accepted:
            dialog.apply()
        dialog.deleteLater()

    def switch_rule_off(self, rule_id: str) -> None:
        from okrworkshop.ui.workshop_settings import switch_rule_off

        if self.document is not None:
            switch_rule_off(self.document, rule_id, tr("Switch off rule %1").replace("%1", rule_id))

    def toggle_brief(self, on: bool) -> None:
        self._bring_or_close(self.brief_dock, "show_brief", on)

    def toggle_rounds(self, on: bool) -> None:
        self._bring_or_close(self.rounds_dock, "show_rounds", on)

    def _bring_or_close(self, dock: QDockWidget, action: str, on: bool) -> None:
        """F2/F3: a closed dock opens in front; one open behind another tab comes to the front;
        only a dock already in front closes. (The menu's check mark says "in front".)"""
        if self.presenting:  # docks are away for the room: the key only says what comes back
            dock.setVisible(on)
            return
        if dock.isHidden():
            dock.show()
            dock.raise_()
        elif dock_in_front(dock):
            dock.hide()
        else:
            dock.raise_()
        self._sync_check(action, not dock.isHidden())

    def show_reveal(self) -> None:
        """Show the case's reference OKRs beside the teams' drafts, with progress round by round."""
        from okrworkshop.ui.reveal_view import RevealDialog

        if self.document is None:
            return
        dialog = RevealDialog(self._window(), self.document)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.presenting:
            dialog.showMaximized()
        else:
            dialog.show()
        self.reveal_dialog = dialog

    # ================================================ rounds from the keyboard
    def start_next_round(self) -> None:
        """Start the selected round, or the first one not yet played (its instructions first)."""
        from okrworkshop.workflow.rounds import round_state, running_round

        if self.document is None or running_round(self.document.board) is not None:
            return
        board = self.document.board
        selected = board.find(self.rounds_dock.selected_round_id())
        if not (isinstance(selected, Round) and round_state(selected) == "todo"):
            todo = next((r for r in board.rounds() if round_state(r) == "todo"), None)
            if todo is None:
                return
            self.rounds_dock.select_round(todo.id)
        self.rounds_dock.start_round()

    def end_current_round(self) -> None:
        self.rounds_dock.end_round()

    def pause_timer(self) -> None:
        self.round_timer.toggle_pause()

    def add_timer_minute(self) -> None:
        self.round_timer.add_time(60)

    # ========================================================== presenter mode
    def toggle_presenter(self, on: bool) -> None:
        """Full screen for the projector: no docks, high-contrast cards with their findings named,
        key results at least 24 px high on that screen (a part of the board at a time when the
        whole cannot be shown that large; see :mod:`okrworkshop.canvas.presenter`), timer on top."""
        window = self._window()
        if on == self.presenting:
            return
        # Set first: docks hidden for the projector keep their menu check marks.
        self.presenting = on
        view = getattr(self, "view", None)
        scene = getattr(self, "scene", None)
        if on:
            self._docks_before_presenting = [
                d for d in window.findChildren(QDockWidget) if d.isVisible() and d is not self.timer_dock
            ]
            self._docks_in_front = [d for d in self._docks_before_presenting if dock_in_front(d)]
            for dock in self._docks_before_presenting:
                dock.hide()
            self.toolbar.hide()  # type: ignore[attr-defined]
            window.menuBar().hide()
            window.statusBar().hide()
            style.set_theme("high_contrast")
            if scene is not None:
                scene.set_finding_labels(True)
            if view is not None:
                self._zoom_before_presenting = view.zoom()
            self.timer_dock.setMaximumHeight(PRESENTER_TIMER_HEIGHT)
            self.timer_dock.setMinimumHeight(PRESENTER_TIMER_HEIGHT)
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
            if view is not None:
                # the zoom follows the screen the window is on, once it is there at full size
                view.start_presenting()
        else:
            style.set_theme("normal")
            if view is not None:
                view.stop_presenting()
            if scene is not None:
                scene.set_finding_labels(False)
            self.timer_dock.setMinimumHeight(TIMER_HEIGHT)
            self.timer_dock.setMaximumHeight(TIMER_HEIGHT)
            if getattr(self, "_was_maximized", False):
                window.showMaximized()
            else:
                window.showNormal()
            window.menuBar().show()
            self.toolbar.show()  # type: ignore[attr-defined]
            window.statusBar().show()
            for dock in self._docks_before_presenting:
                dock.show()
            for dock in self._docks_in_front:  # the same tabs in front as before
                dock.raise_()
            if view is not None:
                view.set_zoom(self._zoom_before_presenting)
        self._sync_check("presenter", on, force=True)
        self._show_timer_when_running()
        if scene is not None:
            scene.update()
        if view is not None:
            view.viewport().update()
            view.setFocus()

    def leave_presenter(self) -> None:
        if self.presenting:
            self.toggle_presenter(False)

    # ================================================================ language
    def use_french(self, on: bool) -> None:
        self._switch_language("fr", on)

    def use_english(self, on: bool) -> None:
        self._switch_language("en", on)

    def _switch_language(self, language: str, on: bool) -> None:
        if not on:  # a language is unchecked only by choosing the other one
            self._sync_check(f"language_{language}", language == preferred_language())
            return
        if language == preferred_language():
            return
        remember_language(language)
        install_language(language)
        self.rebuild_window()

    def rebuild_window(self) -> QMainWindow:
        """A new window on the same open workshop, built in the language now installed.

        Every widget then reads its texts afresh; the workshop itself is untouched (it is saved).
        """
        old = self._window()
        document = self.document
        live = getattr(self, "live", None)
        if live is not None:
            live.stop()
        self.document = None  # the new window takes the open workshop over
        window_class: Any = type(old)
        new = window_class(document, self.make_checker)
        new.setGeometry(old.geometry())
        new.restoreState(old.saveState())  # the docks stay where the trainer put them
        if self.presenting:
            new.toggle_presenter(True)  # type: ignore[attr-defined]
        else:
            new.show()
        _open_windows.append(new)
        old.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        old.close()
        if old in _open_windows:
            _open_windows.remove(old)
        app = QApplication.instance()
        if app is not None:
            app.setProperty("main_window", new)
        return new


def dock_in_front(dock: QDockWidget) -> bool:
    """Whether ``dock`` is open and seen: not closed, not behind another dock's tab."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def main_window_of(widget: QWidget) -> QMainWindow | None:
    found = widget.window()
    return found if isinstance(found, QMainWindow) else None
