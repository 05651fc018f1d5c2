"""The room on the shared screen: a big QR code and join code, who is in, locks, and the live vote.

The dock shows what the room needs from the facilitator; every board change it starts (closing a
vote that parks cards) goes through the room host as one undo command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.model import Objective, Team

if TYPE_CHECKING:
    from okrworkshop.room.server import RoomServer


def tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("RoomDock", text, None, count)


class QrCode(QWidget):
    """A QR code drawn square by square (segno's matrix), as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: tuple[tuple[int, ...], ...] = ()
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        import segno

        code = segno.make(text, error="m", micro=False)
        self._matrix = tuple(tuple(row) for row in code.matrix)
        self.setAccessibleName(tr("QR code to join: %1").replace("%1", text))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self._matrix:
            return
        modules = len(self._matrix) + 8  # four modules of quiet zone on each side
        side = min(self.width(), self.height())
        unit = side / modules
        left = (self.width() - side) / 2 + 4 * unit
        top = (self.height() - side) / 2 + 4 * unit
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + x * unit, top + y * unit, unit + 0.5, unit + 0.5))
        painter.end()


class VoteChart(QWidget):
    """The live tally, most dots first: one bar per card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.setMinimumHeight(120)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows
        self.setMinimumHeight(max(120, 34 * len(rows) + 10))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.rows:
            return
        most = max(1, max(n for _, n in self.rows))
        font = QFont(self.font())
        font.setPointSizeF(max(10.0, font.pointSizeF() * 1.2))
        painter.setFont(font)
        label_width = self.width() * 0.55
        for index, (title, dots) in enumerate(self.rows):
            top = 6 + index * 34
            painter.setPen(QColor("#1f2933"))
            metrics = painter.fontMetrics()
            shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(label_width) - 8)
            painter.drawText(QRectF(6, top, label_width - 8, 28), int(Qt.AlignmentFlag.AlignVCenter), shown)
            width = (self.width() - label_width - 50) * dots / most
            painter.fillRect(QRectF(label_width, top + 4, max(2.0, width), 20), QColor("#2b6cb0"))
            painter.drawText(
                QRectF(label_width + width + 6, top, 44, 28), int(Qt.AlignmentFlag.AlignVCenter), str(dots)
            )
        painter.end()


class RoomDock(QDockWidget):
    """What the shared screen shows while the room is open (see the module docstring)."""

    def __init__(self, server: RoomServer, window: Any) -> None:
        super().__init__(tr("The room"), window)
        self.setObjectName("room_dock")
        self.server = server
        self.window_ = window
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.qr = QrCode(body)
        self.code_label = QLabel(body)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.code_label.font())
        big.setPointSizeF(big.pointSizeF() * 3)
        big.setBold(True)
        big.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.code_label.setFont(big)
        self.url_label = QLabel(body)
        self.url_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.people_label = QLabel(body)
        self.people = QListWidget(body)
        self.people.setAccessibleName(tr("Participants"))
        self.people.setMaximumHeight(120)
        remove = QPushButton(tr("Remove the selected participant"), body)
        remove.clicked.connect(self._remove_selected)
        self.lock_all = QCheckBox(tr("Pause writing for everyone"), body)
        self.lock_all.toggled.connect(lambda on: self._room_call(lambda: self.server.room.lock(None, on)))
        self.team_locks = QListWidget(body)
        self.team_locks.setAccessibleName(tr("Pause writing for these teams"))
        self.team_locks.setToolTip(tr("Tick a team to pause its writing (its pages stay readable)"))
        self.team_locks.setMaximumHeight(100)
        self.team_locks.itemChanged.connect(self._team_lock_changed)
        present_row = QHBoxLayout()
        self.present_box = QComboBox(body)
        self.present_box.setAccessibleName(tr("Team every page follows"))
        self.present_box.activated.connect(self._present)
        present_row.addWidget(QLabel(tr("Pages follow:"), body))
        present_row.addWidget(self.present_box, 1)
        vote_row = QHBoxLayout()
        self.dots = QSpinBox(body)
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        self.dots.setPrefix(tr("dots: "))
        self.open_vote_button = QPushButton(tr("Vote on the objectives"), body)
        self.open_vote_button.clicked.connect(self.open_vote)
        vote_row.addWidget(self.dots)
        vote_row.addWidget(self.open_vote_button, 1)
        close_row = QHBoxLayout()
        self.keep = QSpinBox(body)
        self.keep.setRange(0, 50)
        self.keep.setValue(3)
        self.keep.setPrefix(tr("keep: "))
        self.close_vote_button = QPushButton(tr("Close the vote, park the others"), body)
        self.close_vote_button.clicked.connect(self.close_vote)
        close_row.addWidget(self.keep)
        close_row.addWidget(self.close_vote_button, 1)
        self.chart = VoteChart(body)
        for widget in (self.qr, self.code_label, self.url_label, self.people_label, self.people, remove):
            layout.addWidget(widget)
        layout.addWidget(self.lock_all)
        layout.addWidget(QLabel(tr("Pause writing for these teams:"), body))
        layout.addWidget(self.team_locks)
        layout.addLayout(present_row)
        layout.addLayout(vote_row)
        layout.addLayout(close_row)
        layout.addWidget(self.chart)
        layout.addStretch(0)
        self.setWidget(body)
        self.qr.set_text(server.join_url)
        self.code_label.setText(server.room.join_code)
        self.code_label.setAccessibleName(tr("Join code"))
        self.url_label.setText(server.join_url.split("?", 1)[0].replace("/join", ""))
        self._seen = -1
        self._poll = QTimer(self)
        self._poll.setInterval(250)
        self._poll.timeout.connect(self.refresh)
        self._poll.start()
        self.refresh()

    # Facilitator controls run on the room's state; the pages are told at once.
    def _room_call(self, action: Any) -> None:
        action()
        self.server.app.state.announce()
        self.refresh()

    def _remove_selected(self) -> None:
        item = self.people.currentItem()
        if item is not None:
            participant_id = str(item.data(Qt.ItemDataRole.UserRole))
            self._room_call(lambda: self.server.room.remove(participant_id))

    def _team_lock_changed(self, item: QListWidgetItem) -> None:
        team_id = str(item.data(Qt.ItemDataRole.UserRole))
        locked = item.checkState() == Qt.CheckState.Checked
        if locked != (team_id in self.server.room.locked_teams()):
            self._room_call(lambda: self.server.room.lock(team_id, locked))

    def _present(self, index: int) -> None:
        team_id = self.present_box.itemData(index)
        self._room_call(lambda: self.server.room.present(team_id or None))

    def open_vote(self) -> None:
        """A vote on the objectives of the team every page follows, or on every objective."""
        board = self.window_.document.board
        team_id = self.present_box.currentData()
        objectives = board.objectives(team_id) if team_id else board.all(Objective)
        if not objectives:
            self.window_.statusBar().showMessage(tr("There is no objective to vote on yet."), 5000)
            return
        self._room_call(lambda: self.server.room.open_vote([o.id for o in objectives], self.dots.value()))

    def close_vote(self) -> None:
        """Close the vote; keep the top ones and move the others to the parking lot (one undo step)."""
        room = self.server.room
        if room.vote is None:
            return
        tally = room.close_vote()
        keep = self.keep.value()
        self.server.host.park([c for c, _ in tally[:keep]], [c for c, _ in tally])
        self.server.app.state.announce()
        self.refresh()

    def refresh(self) -> None:
        room = self.server.room
        if room.version == self._seen:
            return
        self._seen = room.version
        people = room.participants()
        self.people_label.setText(tr("%n participant(s) in the room", len(people)))
        teams = {t.id: t.name for t in self.window_.document.board.all(Team)}
        self.people.clear()
        for person in people:
            label = person.name or tr("(no name)")
            if person.team_id in teams:
                label += f" — {teams[person.team_id]}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
        locked = room.locked_teams()
        self.team_locks.blockSignals(True)
        self.team_locks.clear()
        for team_id, name in teams.items():
            lock_item = QListWidgetItem(name)
            lock_item.setData(Qt.ItemDataRole.UserRole, team_id)
            lock_item.setFlags(lock_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            lock_item.setCheckState(Qt.CheckState.Checked if team_id in locked else Qt.CheckState.Unchecked)
            self.team_locks.addItem(lock_item)
        self.team_locks.blockSignals(False)
        current = self.present_box.currentData()
        self.present_box.blockSignals(True)
        self.present_box.clear()
        self.present_box.addItem(tr("— their own team —"), None)
        for team_id, name in teams.items():
            self.present_box.addItem(name, team_id)
        index = self.present_box.findData(room.presenting if room.presenting else current)
        self.present_box.setCurrentIndex(max(0, index))
        self.present_box.blockSignals(False)
        vote = room.vote
        titles = {o.id: o.title for o in self.window_.document.board.all(Objective)}
        self.chart.set_rows([(titles.get(c, "?"), n) for c, n in vote.tally()] if vote else [])
        self.close_vote_button.setEnabled(vote is not None and vote.open)
