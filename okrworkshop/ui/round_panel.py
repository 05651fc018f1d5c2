"""The rounds dock: start and end the workshop's timed rounds, keep and use snapshots of the board.

The dock follows a :class:`~okrworkshop.canvas.document.Document` and drives a
:class:`~okrworkshop.ui.round_timer.RoundTimer`. Every change it makes is an undo command
(:mod:`okrworkshop.canvas.round_commands`), so rounds, snapshots and the state of each round are
in the workshop file and come back when it is reopened; a round still running then resumes its
countdown by the wall clock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.document import Document
from okrworkshop.canvas.round_commands import (
    AddRound,
    DeleteRound,
    DeleteSnapshot,
    EditRound,
    EndRound,
    RenameSnapshot,
    RestoreSnapshot,
    StartRound,
    TakeSnapshot,
)
from okrworkshop.errors import InputError
from okrworkshop.model import Board, Round, Snapshot
from okrworkshop.ui.round_dialogs import CompareDialog, InstructionsDialog, RoundEditor, child_items
from okrworkshop.ui.round_timer import RoundTimer
from okrworkshop.ui.table_fit import WordFitColumns
from okrworkshop.workflow.rounds import (
    clock_time,
    end_snapshot_name,
    manual_snapshot_name,
    now_iso,
    remaining_seconds,
    round_number,
    round_state,
    running_round,
)
from okrworkshop.workflow.snapshots import board_of, compare

ID_ROLE = Qt.ItemDataRole.UserRole


class RoundsDock(QDockWidget):
    """Rounds (title, minutes, state) with Start/End, and the snapshots kept, with what to do with them."""

    def __init__(
        self,
        document: Document | None,
        timer: RoundTimer,
        parent: QWidget | None = None,
        now: Callable[[], str] = now_iso,
    ) -> None:
        """Follow ``document`` (None: an empty, disabled dock until :meth:`set_document`)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rounds and snapshots"))
        self.setObjectName("rounds_dock")
        self.document: Document | None = None
        self.timer = timer
        self._now = now
        #: The dialogs last opened (window-modal, answered in slots).
        self.instructions_dialog: InstructionsDialog | None = None
        self.round_editor: RoundEditor | None = None
        self.rename_dialog: QInputDialog | None = None
        self.compare_dialog: CompareDialog | None = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self._heading(self.tr("Rounds")))
        self.rounds_view = self._tree([self.tr("#"), self.tr("Round"), self.tr("Minutes"), self.tr("State")])
        # Titles wrap between words; numbers, minutes and states stay whole, at any dock width.
        self.rounds_fit = WordFitColumns(self.rounds_view, main=1, whole=(0, 2, 3))
        self.rounds_view.itemSelectionChanged.connect(self._update_buttons)
        self.rounds_view.itemDoubleClicked.connect(lambda *_: self.edit_round())
        layout.addWidget(self.rounds_view, 3)
        self.start_button = QPushButton(self.tr("Start…"), body)
        self.end_button = QPushButton(self.tr("End round"), body)
        self.add_round_button = QPushButton(self.tr("Add…"), body)
        self.edit_round_button = QPushButton(self.tr("Edit…"), body)
        self.delete_round_button = QPushButton(self.tr("Delete"), body)
        self.snapshot_button = QPushButton(self.tr("Take snapshot now"), body)
        self.start_button.setToolTip(self.tr("Show the round's instructions, then start its countdown"))
        self.end_button.setToolTip(self.tr("End the running round and keep a snapshot of the board"))
        layout.addLayout(
            self._grid(
                [self.start_button, self.end_button, self.snapshot_button],
                [self.add_round_button, self.edit_round_button, self.delete_round_button],
            )
        )

        layout.addWidget(self._heading(self.tr("Snapshots")))
        self.snapshots_view = self._tree([self.tr("Name"), self.tr("Time"), self.tr("Round")])
        self.snapshots_fit = WordFitColumns(self.snapshots_view, main=0, whole=(1,))
        self.snapshots_view.itemSelectionChanged.connect(self._update_buttons)
        self.snapshots_view.itemDoubleClicked.connect(lambda *_: self.compare_snapshot())
        layout.addWidget(self.snapshots_view, 2)
        self.compare_button = QPushButton(self.tr("Compare…"), body)
        self.restore_button = QPushButton(self.tr("Restore"), body)
        self.rename_button = QPushButton(self.tr("Rename…"), body)
        self.delete_snapshot_button = QPushButton(self.tr("Delete"), body)
        self.export_button = QPushButton(self.tr("Export as poster…"), body)
        self.compare_button.setToolTip(self.tr("Cards added, changed and removed since this snapshot"))
        self.restore_button.setToolTip(self.tr("Put the board back as it was (can be undone)"))
        layout.addLayout(
            self._grid(
                [self.compare_button, self.restore_button, self.export_button],
                [self.rename_button, self.delete_snapshot_button],
            )
        )
        self.message_label = QLabel(body)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.message_label)
        self.setWidget(body)

        self.start_button.clicked.connect(self.start_round)
        self.end_button.clicked.connect(self.end_round)
        self.snapshot_button.clicked.connect(self.take_snapshot)
        self.add_round_button.clicked.connect(self.add_round)
        self.edit_round_button.clicked.connect(self.edit_round)
        self.delete_round_button.clicked.connect(self.delete_round)
        self.compare_button.clicked.connect(self.compare_snapshot)
        self.restore_button.clicked.connect(self.restore_snapshot)
        self.rename_button.clicked.connect(self.rename_snapshot)
        self.delete_snapshot_button.clicked.connect(self.delete_snapshot)
        self.export_button.clicked.connect(self.export_snapshot)
        timer.end_requested.connect(self.end_round)
        self._stale = False
        self.set_document(document)

    def set_document(self, document: Document | None) -> None:
        """Follow another document (the window opened another file); None empties the dock."""
        if self.document is not None:
            for signal, slot in self._connections(self.document):
                signal.disconnect(slot)
        # Without a document the dock shows an empty board, disabled, rather than None checks
        # in every slot.
        self.document = document if document is not None else Document(Board())
        for signal, slot in self._connections(self.document):
            signal.connect(slot)
        body = self.widget()
        if body is not None:
            body.setEnabled(document is not None)
        self.message_label.clear()
        self.refresh()
        self._sync_timer()

    def _connections(self, document: Document) -> list[tuple[Any, Callable[..., object]]]:
        # Rebuild the lists once per gesture, and only for gestures touching rounds or snapshots
        # (typing on a card commits too, and the dock need not follow that).
        return [
            (document.entity_added, self._note_change),
            (document.entity_removed, self._note_change),
            (document.entity_updated, self._note_update),
            (document.committed, self._refresh_if_stale),
            (document.reloaded, self._on_reloaded),
            (document.refused, self.message_label.setText),
        ]

    @property
    def _document(self) -> Document:
        assert self.document is not None  # set in __init__, never None afterwards
        return self.document

    @property
    def board(self) -> Board:
        """The board of the document followed."""
        return self._document.board

    # ------------------------------------------------------------------ building
    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        return tree

    @staticmethod
    def _grid(*rows: list[QPushButton]) -> QGridLayout:
        grid = QGridLayout()
        for r, buttons in enumerate(rows):
            for c, button in enumerate(buttons):
                grid.addWidget(button, r, c)
        return grid

    # ------------------------------------------------------------------ showing
    def state_text(self, round_: Round) -> str:
        """The state with a sign, so it reads without colour: ○ to do, ▶ running, ✓ done."""
        return {
            "todo": "○ " + self.tr("to do"),
            "running": "▶ " + self.tr("running"),
            "done": "✓ " + self.tr("done"),
        }[round_state(round_)]

    def refresh(self) -> None:
        """Rebuild both lists from the board, keeping the selection where it was."""
        board = self.board
        selected_round = self.selected_round_id()
        selected_snapshot = self.selected_snapshot_id()
        rounds = board.rounds()
        self.rounds_view.clear()
        for number, round_ in enumerate(rounds, start=1):
            item = QTreeWidgetItem(
                self.rounds_view,
                [
                    str(number),
                    round_.title,
                    str(max(1, round(round_.duration_s / 60))),
                    self.state_text(round_),
                ],
            )
            item.setData(0, ID_ROLE, round_.id)
            item.setToolTip(1, round_.instructions)
            if round_state(round_) == "running":
                for column in range(4):
                    font = item.font(column)
                    font.setBold(True)
                    item.setFont(column, font)
        if selected_round is None or board.find(selected_round) is None:
            # The next round to run is the one the trainer most likely wants.
            upcoming = next((r for r in rounds if round_state(r) == "todo"), None)
            selected_round = upcoming.id if upcoming else None
        self._select(self.rounds_view, selected_round)

        titles = {r.id: r.title for r in rounds}
        self.snapshots_view.clear()
        for snapshot in board.snapshots():
            item = QTreeWidgetItem(
                self.snapshots_view,
                [snapshot.name, clock_time(snapshot.created_at), titles.get(snapshot.round_id or "", "")],
            )
            item.setData(0, ID_ROLE, snapshot.id)
        self._select(self.snapshots_view, selected_snapshot)
        self._update_buttons()

    @staticmethod
    def _select(view: QTreeWidget, entity_id: str | None) -> None:
        for item in child_items(view.invisibleRootItem()):
            if item.data(0, ID_ROLE) == entity_id:
                view.setCurrentItem(item)
                return

    def select_round(self, round_id: str) -> None:
        """Make ``round_id`` the selected round (keyboard control of the rounds)."""
        for index in range(self.rounds_view.topLevelItemCount()):
            item = self.rounds_view.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == round_id:
                self.rounds_view.setCurrentItem(item)
                item.setSelected(True)
                return

    def selected_round_id(self) -> str | None:
        item = self.rounds_view.currentItem()
        return item.data(0, ID_ROLE) if item is not None and item.isSelected() else None

    def selected_snapshot_id(self) -> str | None:
        item = self.snapshots_view.currentItem()
        return item.data(0, ID_ROLE) if item is not None and item.isSelected() else None

    def _update_buttons(self) -> None:
        board = self.board
        running = running_round(board)
        round_id = self.selected_round_id()
        has_round = round_id is not None and board.find(round_id) is not None
        self.start_button.setEnabled(has_round and running is None)
        self.end_button.setEnabled(running is not None)
        self.edit_round_button.setEnabled(has_round)
        self.delete_round_button.setEnabled(has_round and (running is None or running.id != round_id))
        has_snapshot = self.selected_snapshot_id() is not None
        for button in (
            self.compare_button,
            self.restore_button,
            self.rename_button,
            self.delete_snapshot_button,
            self.export_button,
        ):
            button.setEnabled(has_snapshot)

    def _note_change(self, entity: object) -> None:
        if isinstance(entity, (Round, Snapshot)):
            self._stale = True

    def _note_update(self, _before: object, after: object, _fields: object) -> None:
        self._note_change(after)

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
            self._sync_timer()  # an undone start stops the countdown, an undone end resumes it

    def _on_reloaded(self) -> None:
        self.refresh()
        self._sync_timer()

    def _sync_timer(self) -> None:
        """The timer runs exactly while a round does; a round found running (a file reopened
        mid-round, an end undone) counts down from where the wall clock says it is."""
        running = running_round(self.board)
        if running is None:
            if self.timer.countdown is not None:
                self.timer.stop()
        elif self.timer.countdown is None:
            used = running.duration_s - remaining_seconds(running)
            self.timer.start(running.duration_s, running.title, elapsed_s=used)

    # ------------------------------------------------------------------ rounds
    def start_round(self) -> None:
        """Show the selected round's instructions; the countdown starts when the trainer says so."""
        round_id = self.selected_round_id()
        board = self.board
        round_ = board.find(round_id)
        if not isinstance(round_, Round) or running_round(board) is not None:
            return
        self.instructions_dialog = InstructionsDialog(self, round_, round_number(board, round_.id))
        self.instructions_dialog.accepted.connect(lambda: self._begin(round_.id))
        self.instructions_dialog.open()

    def _begin(self, round_id: str) -> None:
        board = self.board
        command = self._document.execute(lambda: StartRound(board, round_id, self._now()))
        if command is not None:
            round_ = board.typed(round_id, Round)
            self.timer.start(round_.duration_s, round_.title)
            self.message_label.clear()
            arrived = getattr(command, "arrived", 0)
            if arrived:
                # A follow-up case's week of data came with the round (undo takes it back).
                self.message_label.setText(self.tr("%n check-in(s) arrived with this round.", "", arrived))

    def end_round(self) -> None:
        """End the running round and keep the board as "Tour 2 — fin" / "Round 2 — end"."""
        board = self.board
        running = running_round(board)
        if running is None:
            return
        name = end_snapshot_name(board, running.id)
        if self._document.execute(lambda: EndRound(board, running.id, self._now(), name)) is not None:
            self.timer.stop()
            self.message_label.clear()

    def add_round(self) -> None:
        self.round_editor = RoundEditor(self)
        self.round_editor.accepted.connect(self._add_from_editor)
        self.round_editor.open()

    def _add_from_editor(self) -> None:
        editor = self.round_editor
        if editor is None:
            return
        board = self.board
        command = self._document.execute(
            lambda: AddRound(
                board, editor.title_edit.text(), editor.duration_s, editor.instructions_edit.toPlainText()
            )
        )
        if command is not None:
            self._select(self.rounds_view, command.round_id)  # type: ignore[attr-defined]

    def edit_round(self) -> None:
        round_ = self.board.find(self.selected_round_id())
        if not isinstance(round_, Round):
            return
        self.round_editor = RoundEditor(self, round_)
        self.round_editor.accepted.connect(self._edit_from_editor)
        self.round_editor.open()

    def _edit_from_editor(self) -> None:
        editor = self.round_editor
        if editor is None or editor.round_id is None:
            return
        board, round_id = self.board, editor.round_id
        self._document.execute(
            lambda: EditRound(
                board,
                round_id,
                editor.title_edit.text(),
                editor.duration_s,
                editor.instructions_edit.toPlainText(),
            )
        )

    def delete_round(self) -> None:
        round_id = self.selected_round_id()
        if round_id is not None:
            board = self.board
            self._document.execute(lambda: DeleteRound(board, round_id))

    # --------------------------------------------------------------- snapshots
    def _selected_snapshot(self) -> Snapshot | None:
        found = self.board.find(self.selected_snapshot_id())
        return found if isinstance(found, Snapshot) else None

    def take_snapshot(self) -> None:
        """Keep the board now, tied to the running round if there is one."""
        board = self.board
        taken_at = self._now()
        running = running_round(board)
        command = self._document.execute(
            lambda: TakeSnapshot(
                board, manual_snapshot_name(board, taken_at), taken_at, running.id if running else None
            )
        )
        if command is not None:
            self._select(self.snapshots_view, command.snapshot_id)  # type: ignore[attr-defined]

    def compare_snapshot(self) -> None:
        snapshot = self._selected_snapshot()
        if snapshot is None:
            return
        try:
            kept = board_of(snapshot)
        except InputError as exc:
            self.message_label.setText(exc.line())
            return
        self.compare_dialog = CompareDialog(self, snapshot.name, compare(kept, self.board))
        self.compare_dialog.show()

    def restore_snapshot(self) -> None:
        """Put the board back as the snapshot kept it, as one undoable step."""
        snapshot = self._selected_snapshot()
        if snapshot is None:
            return
        board = self.board
        try:
            command = RestoreSnapshot(board, snapshot.id)
        except InputError as exc:
            self.message_label.setText(exc.line())
            return
        self._document.push(command)

    def rename_snapshot(self) -> None:
        snapshot = self._selected_snapshot()
        if snapshot is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename snapshot"))
        dialog.setLabelText(self.tr("New name:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(snapshot.name)
        snapshot_id = snapshot.id
        board = self.board
        dialog.textValueSelected.connect(
            lambda name: self._document.execute(lambda: RenameSnapshot(board, snapshot_id, name))
        )
        self.rename_dialog = dialog
        dialog.open()

    def delete_snapshot(self) -> None:
        snapshot = self._selected_snapshot()
        if snapshot is not None:
            board, snapshot_id = self.board, snapshot.id
            self._document.execute(lambda: DeleteSnapshot(board, snapshot_id))

    def export_snapshot(self) -> None:
        """Open the poster export on the board the snapshot kept."""
        snapshot = self._selected_snapshot()
        if snapshot is None:
            return
        try:
            kept = board_of(snapshot)
        except InputError as exc:
            self.message_label.setText(exc.line())
            return
        # The export dialog pulls in the poster machinery: load it only when asked for.
        from okrworkshop.ui.export_dialog import show_export_dialog

        title = self.board.workshop.title
        suggested = f"{title} — {snapshot.name}" if title else snapshot.name
        show_export_dialog(self, kept, suggested)
