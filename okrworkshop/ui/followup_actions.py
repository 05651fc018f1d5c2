"""The main window's follow-up commands: check in the selected key result, the retrospective."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from okrworkshop.model import Initiative, KeyResult, Team


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class FollowUpActions:
    """Mixed into the main window (which provides ``document``, ``scene`` and the status bar)."""

    document: Any
    scene: Any
    retrospective_dialog: Any = None

    def selected_key_result(self) -> KeyResult | None:
        """The key result selected on the board (or the one holding the selected initiative)."""
        if self.scene is None or self.document is None:
            return None
        ids = self.scene.selected_ids()
        if len(ids) != 1:
            return None
        entity = self.document.board.find(ids[0])
        if isinstance(entity, Initiative):
            entity = self.document.board.find(entity.key_result_id)
        return entity if isinstance(entity, KeyResult) else None

    def check_in(self) -> Any:
        """Open the check-in of the selected key result (returns the dialog, None if none is selected)."""
        from okrworkshop.ui.check_in_dialog import CheckInDialog

        kr = self.selected_key_result()
        if kr is None:
            self.statusBar().showMessage(tr("Select a key result to check it in."), 6000)  # type: ignore[attr-defined]
            return None
        dialog = CheckInDialog(self.document, kr.id, self)  # type: ignore[arg-type]
        dialog.setModal(True)
        dialog.show()
        dialog.value.setFocus()
        self.check_in_dialog = dialog
        return dialog

    def selected_team_id(self) -> str | None:
        """The team of the selected card or lane (None when nothing of a team is selected)."""
        if self.scene is None or self.document is None:
            return None
        ids = self.scene.selected_ids()
        if not ids:
            return None
        board = self.document.board
        entity = board.find(ids[0])
        team = entity if isinstance(entity, Team) else board.team_of(ids[0])
        return team.id if team is not None else None

    def show_retrospective(self) -> Any:
        """Open the retrospective of the selected card's team (the first team if none is selected)."""
        from okrworkshop.ui.retrospective import RetrospectiveDialog

        if self.document is None:
            return None
        old = getattr(self, "retrospective_dialog", None)
        if old is not None:
            old.close()
        dialog = RetrospectiveDialog(self.document, self.selected_team_id(), self)  # type: ignore[arg-type]
        dialog.prepare_requested.connect(self.prepare_next_quarter)
        # Undo and redo work from the dialog too (the window's own actions, so one history).
        for name in ("undo", "redo"):
            dialog.addAction(self.window_actions[name])  # type: ignore[attr-defined]
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.team.setFocus()
        self.retrospective_dialog = dialog
        return dialog

    def prepare_next_quarter(self) -> Path | None:
        """Write the next quarter's workshop next to this one (kept and adjusted cards) and open it."""
        from okrworkshop.errors import InputError
        from okrworkshop.storage import write_okrw
        from okrworkshop.ui.retrospective import free_path
        from okrworkshop.workflow.next_quarter import file_stem, next_quarter_board

        if self.document is None:
            return None
        board, carried = next_quarter_board(self.document.board)
        folder = self.document.path.parent if self.document.path else Path.cwd()
        path = free_path(folder, file_stem(board.workshop.title))
        try:
            write_okrw(board, path)
        except InputError as exc:
            QMessageBox.warning(self, tr("Cannot prepare the next quarter"), exc.line())  # type: ignore[arg-type]
            return None
        dialog = getattr(self, "retrospective_dialog", None)
        if dialog is not None:
            dialog.close()
            self.retrospective_dialog = None
        if not self.open_path(path):  # type: ignore[attr-defined]
            return None
        message = (
            tr(
                "Next quarter prepared in %1 — carried over: objectives %2, key results %3 (to adjust: %4); dropped cards left out: %5."
            )
            .replace("%1", path.name)
            .replace("%2", str(carried.objectives))
            .replace("%3", str(carried.key_results))
            .replace("%4", str(carried.to_adjust))
            .replace("%5", str(carried.dropped))
        )
        self.statusBar().showMessage(message, 15000)  # type: ignore[attr-defined]
        return path
