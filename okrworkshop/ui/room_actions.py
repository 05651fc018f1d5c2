"""Workshop → Open the room: the main window's side of the room (start, show, close).

The server and its heavy imports (Starlette, uvicorn) load only when the room is opened.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox


def tr(text: str) -> str:
    return QCoreApplication.translate("RoomActions", text)


#: Where the room listens when the facilitator has not chosen (tests set 127.0.0.1).
HOST_VARIABLE = "OKRWORKSHOP_ROOM_HOST"


class RoomActions:
    """Mixed into the main window: ``toggle_room`` is the *Open the room* action's callback."""

    room_server: Any = None
    room_dock: Any = None
    room_host: Any = None

    def toggle_room(self, on: bool) -> None:
        if on:
            self.open_room()
        else:
            self.close_room()

    def open_room(self, address: str | None = None, port: int = 0) -> bool:
        """Start the room on ``address`` (default: this machine's LAN address) and show its dock."""
        window: Any = self
        if self.room_server is not None:
            return True
        from okrworkshop.room.server import RoomServer
        from okrworkshop.ui.room_dock import RoomDock
        from okrworkshop.ui.room_host import QtRoomHost

        host = QtRoomHost(window.document, window)
        server = RoomServer(host, address or os.environ.get(HOST_VARIABLE) or None, port)
        try:
            server.start()
        except OSError as exc:
            QMessageBox.warning(window, tr("The room could not open"), str(exc))
            self._room_checked(False)
            return False
        self.room_server, self.room_host = server, host
        self.room_dock = RoomDock(server, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.room_dock)
        self.room_dock.show()
        self.room_dock.raise_()
        window.statusBar().showMessage(tr("The room is open: %1").replace("%1", server.join_url), 10000)
        self._room_checked(True)
        return True

    def close_room(self) -> None:
        """Close the room: every page is told, the server stops (participants' work is in the file)."""
        window: Any = self
        server, dock = self.room_server, self.room_dock
        self.room_server = self.room_dock = self.room_host = None
        if server is not None:
            server.stop()
        if dock is not None:
            window.removeDockWidget(dock)
            dock.deleteLater()
        self._room_checked(False)

    def _room_checked(self, on: bool) -> None:
        action = getattr(self, "window_actions", {}).get("room")
        if action is not None and action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
