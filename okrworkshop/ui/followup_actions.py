"""The main window's follow-up commands: check in the selected key result, the retrospective."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from okrworkshop.model import Initiative, KeyResult


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class FollowUpActions:
    """Mixed into the main window (which provides ``document``, ``scene`` and the status bar)."""

    document: Any
    scene: Any

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
