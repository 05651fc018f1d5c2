"""The main window: the board in the centre, the palette, the inspector and the findings around it.

Menus and toolbar come from the action table in :mod:`okrworkshop.ui.actions`. The workshop is
saved as it changes (the document's file writes every gesture), so closing never asks to save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas import style
from okrworkshop.canvas.coaching import apply_rewrite
from okrworkshop.canvas.commands import FitLanes
from okrworkshop.canvas.document import Document
from okrworkshop.canvas.items import (
    CardItem,
    InitiativeItem,
    KeyResultItem,
    LaneItem,
    NoteItem,
    ObjectiveItem,
)
from okrworkshop.canvas.live_checker import CheckerLike, LiveChecker, default_checker
from okrworkshop.canvas.scene import BoardScene
from okrworkshop.canvas.view import BoardView
from okrworkshop.errors import InputError
from okrworkshop.model import Board, Entity, Team, Workshop
from okrworkshop.palette import team_colour
from okrworkshop.paths import safe_file_stem, user_data_dir
from okrworkshop.ui.actions import build_actions, build_menus, build_toolbar
from okrworkshop.ui.clipboard_actions import ClipboardActions
from okrworkshop.ui.find_bar import FindBar, matching_cards
from okrworkshop.ui.findings_dock import FindingsPanel, summary_text
from okrworkshop.ui.followup_actions import FollowUpActions
from okrworkshop.ui.inspector import Inspector
from okrworkshop.ui.palette_dock import PaletteList
from okrworkshop.ui.room_actions import RoomActions
from okrworkshop.ui.session import (
    RecentWorkshop,
    clear_recent,
    recent_view,
    recent_workshops,
    remember_workshop,
    remember_workshop_folder,
    same_file,
    save_window,
    workshop_folder,
)
from okrworkshop.ui.workshop_flow import WorkshopFlow

APP_NAME = "OKR Workshop"


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def card_label(entity: Entity | None, limit: int = 48) -> str:
    """A card's text, shortened for lists."""
    if entity is None:
        return ""
    text = str(getattr(entity, "title", None) or getattr(entity, "name", None) or getattr(entity, "text", ""))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MainWindow(WorkshopFlow, ClipboardActions, RoomActions, FollowUpActions, QMainWindow):
    """The app's window on one open workshop document."""

    def __init__(
        self,
        document: Document,
        make_checker: Callable[[Board], CheckerLike] = default_checker,
        parent: QWidget | None = None,
        keeps_session: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        #: False for a window opened only to be rendered (``--screenshot``): it leaves the
        #: trainer's session alone (recent workshops, the one reopened next, window geometry).
        self.keeps_session = keeps_session
        self.make_checker = make_checker
        self.document: Document | None = None
        self.scene: BoardScene | None = None
        self.view: BoardView | None = None
        self.live: LiveChecker | None = None
        self._matches: list[str] = []
        self._match = 0
        self.undo_group = QUndoGroup(self)
        made = {
            "undo": self.undo_group.createUndoAction(self, tr("&Undo")),
            "redo": self.undo_group.createRedoAction(self, tr("&Redo")),
        }
        self.window_actions = build_actions(self, made=made)
        self.menus = build_menus(self, self.window_actions)
        self.toolbar = build_toolbar(self, self.window_actions)
        self._build_recent_menu()
        self._build_centre()
        self._build_docks()
        self._build_flow()
        self._build_status()
        self.window_actions["snap"].setChecked(True)
        self.set_document(document)

    # ================================================================== layout
    def _build_centre(self) -> None:
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.query_changed.connect(self._find)
        self.find_bar.step.connect(self._find_step)
        self.find_bar.closed.connect(lambda: self.view.setFocus() if self.view else None)
        centre = QWidget()
        self._centre_layout = QVBoxLayout(centre)
        self._centre_layout.setContentsMargins(0, 0, 0, 0)
        self._centre_layout.setSpacing(0)
        self._centre_layout.addWidget(self.find_bar)
        self.setCentralWidget(centre)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.palette_list = PaletteList()
        self.palette_list.kind_activated.connect(self.add_kind)
        self.inspector = Inspector()
        self.findings = FindingsPanel()
        self.findings.entity_chosen.connect(self.show_card)
        self.findings.rewrite_requested.connect(self._apply_rewrite)
        self.palette_dock = self._dock(
            tr("Cards"), "dock_palette", self.palette_list, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector_dock = self._dock(
            tr("Inspector"), "dock_inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.findings_dock = self._dock(
            tr("Findings"), "dock_findings", self.findings, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.splitDockWidget(self.inspector_dock, self.findings_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.palette_dock], [150], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector_dock], [360], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector_dock, self.findings_dock], [45, 55], Qt.Orientation.Vertical)

    def _build_recent_menu(self) -> None:
        """*File → Recent workshops*, under *Open…*; filled afresh each time it opens."""
        self.recent_menu = QMenu(tr("&Recent workshops"), self)
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.setToolTipsVisible(True)
        self.menus["file"].insertMenu(self.window_actions["new_from_case"], self.recent_menu)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()

    def _build_status(self) -> None:
        self.summary_label = QLabel()
        self.summary_label.setObjectName("status_summary")
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("status_zoom")
        self.statusBar().addPermanentWidget(self.summary_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

    # ================================================================ document
    def set_document(self, document: Document, view: RecentWorkshop | None = None) -> None:
        """Show ``document`` (the previous one is closed: it is already saved).

        ``view`` (the zoom and centre remembered for it) puts the board back as the trainer left
        it; without it, a window already on screen shows the whole board.
        """
        self.remember_view()
        old_document, old_view, old_live = self.document, self.view, self.live
        self.close_room()  # the room serves one workshop: another one closes it
        self.document = document
        self.scene = BoardScene(document, self)
        self.view = BoardView(self.scene)
        self.view.setObjectName("board_view")
        self._centre_layout.insertWidget(0, self.view, 1)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        try:
            self.live = LiveChecker(document, self.make_checker, parent=self)
        except ImportError as exc:  # the rule engine is missing from this installation
            self.live = None
            self.statusBar().showMessage(tr("The checker is not available: %1").replace("%1", str(exc)))
        if self.live is not None:
            self.scene.checker = self.live.checker
            self.live.findings_changed.connect(self._on_findings)
        self.scene.selectionChanged.connect(self._on_selection)
        self.scene.message.connect(self.statusBar().showMessage)
        document.refused.connect(
            lambda text: self.statusBar().showMessage(tr("Not done: %1").replace("%1", text), 8000)
        )
        document.workshop_changed.connect(lambda *_: self._update_title())
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.setFocus()
        self.inspector.set_document(document)
        self._update_title()
        self._show_zoom(self.view.zoom())
        self.view.show_top_left()
        if self.isVisible():  # a workshop opened or created in the window: show all of it
            board_view = self.view
            QTimer.singleShot(0, lambda: self.show_view(view) if board_view is self.view else None)
        if old_view is not None:
            self._centre_layout.removeWidget(old_view)
            old_view.deleteLater()
        if old_live is not None:
            old_live.deleteLater()
        if old_document is not None:
            self.undo_group.removeStack(old_document.undo_stack)
            old_document.close()
        self._on_selection()
        if document.path is not None and self.keeps_session:
            remember_workshop(document.path)
        self.fill_recent_menu()
        self._flow_follow(document)
        if self.live is not None:
            self.live.schedule_full()

    # ============================================================ the session
    def show_view(self, view: RecentWorkshop | None = None) -> None:
        """Show the board at the zoom and centre of ``view``, or the whole board without it."""
        if self.view is None:
            return
        if view is None or view.zoom is None:
            self.view.fit_board()
            return
        self.view.set_zoom(view.zoom)
        if view.centre is not None:
            self.view.centerOn(QPointF(*view.centre))

    def remember_view(self) -> None:
        """Note the open workshop, with its zoom and the board's point in the middle of the view."""
        if self.document is None or self.document.path is None or self.view is None:
            return
        if not self.keeps_session:
            return
        zoom = self._zoom_before_presenting if getattr(self, "presenting", False) else self.view.zoom()
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        remember_workshop(self.document.path, zoom, (centre.x(), centre.y()))

    def fill_recent_menu(self) -> None:
        """List the recent workshops (a file since moved or deleted shows greyed), then *Clear list*."""
        menu = self.recent_menu
        menu.clear()
        entries = recent_workshops()
        home = Path.home()
        for number, entry in enumerate(entries, start=1):
            folder = entry.path.parent
            shown_folder = (
                "~/" + folder.relative_to(home).as_posix() if folder.is_relative_to(home) else str(folder)
            )
            name = entry.path.name.replace("&", "&&")
            label = f"&{number} {name} — {shown_folder.replace('&', '&&')}"
            action = menu.addAction(label)
            action.setObjectName("action_recent")
            action.setData(str(entry.path))
            if entry.exists():
                action.setToolTip(str(entry.path))
                action.triggered.connect(lambda _checked=False, path=entry.path: self.open_recent(path))
            else:
                action.setText(tr("%1 (not found)").replace("%1", label))
                action.setToolTip(tr("%1 is no longer there").replace("%1", str(entry.path)))
                action.setEnabled(False)
        if not entries:
            empty = menu.addAction(tr("No recent workshops"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(tr("&Clear list"))
        clear.setObjectName("action_clear_recent")
        clear.setEnabled(bool(entries))
        clear.triggered.connect(self.clear_recent_workshops)

    def open_recent(self, path: str | Path) -> bool:
        """Reopen a recent workshop as it was left (zoom and place on the board)."""
        path = Path(path)
        if not path.is_file():
            self.statusBar().showMessage(tr("%1 is no longer there").replace("%1", str(path)), 10000)
            self.fill_recent_menu()
            return False
        if (
            self.document is not None
            and self.document.path is not None
            and same_file(self.document.path, path)
        ):
            return True  # already open
        return self.open_path(path, resume=True)

    def clear_recent_workshops(self) -> None:
        clear_recent()
        self.fill_recent_menu()
        self.statusBar().showMessage(tr("The list of recent workshops is empty"), 5000)

    def _update_title(self) -> None:
        if self.document is None:
            return
        title = self.document.board.workshop.title or tr("Untitled workshop")
        path = self.document.path
        self.setWindowTitle(" — ".join([title, *([path.name] if path else []), APP_NAME]))

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")

    def _on_findings(self, changed: set[str], full: bool) -> None:
        if self.scene is None or self.live is None or self.document is None:
            return
        self.scene.apply_findings(changed, full)
        checker = self.live.checker
        findings = checker.findings()
        board = self.document.board
        labels = {f.entity_id: card_label(board.find(f.entity_id)) for f in findings if f.entity_id}
        self.findings.show_findings(findings, checker.summary(), labels)
        self.summary_label.setText(summary_text(checker.summary()))

    def _apply_rewrite(self, card_id: str, title: str, key_result: str) -> None:
        if self.scene is not None:
            if self.view is not None:
                self.view.setFocus()
            apply_rewrite(self.scene, card_id, title, key_result or None)

    def _on_selection(self) -> None:
        if self.scene is None:
            return
        ids = self.scene.selected_ids()
        self.inspector.show_entity(ids[0] if len(ids) == 1 else None, len(ids))
        cards = any(isinstance(i, CardItem) for i in self.scene.selectedItems())
        for name in ("copy", "cut", "duplicate"):
            self.window_actions[name].setEnabled(cards)
        self.window_actions["delete"].setEnabled(bool(ids))

    def show_card(self, entity_id: str) -> None:
        """Select a card (or lane) and bring it into view."""
        if self.scene is None or self.view is None:
            return
        items = self.scene.select_ids([entity_id])
        if items:
            self.view.centre_on_item(items[0])

    # ================================================================== files
    def _ask_error(self, title: str, error: InputError) -> None:
        QMessageBox.warning(self, title, error.line())

    def new_workshop(self) -> None:
        """Start an empty workshop with one team, kept in the data folder until saved as a copy."""
        from okrworkshop.storage import WorkshopFile

        language = self.document.board.workshop.language if self.document else "fr"
        board = Board(Workshop(title=tr("New workshop"), language=language))
        board.add(Team(tr("Team 1"), colour=team_colour(0), width=1200.0, height=420.0))
        try:
            opened = WorkshopFile.create_untitled(board)
        except InputError as exc:
            self._ask_error(tr("Cannot create a workshop"), exc)
            return
        self.set_document(Document(opened.board, opened))
        self.statusBar().showMessage(tr("New workshop saved in %1").replace("%1", str(opened.path)), 8000)

    def open_workshop(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Open a workshop"),
            str(workshop_folder()),
            tr("Workshops (*.okrw);;Drafts (*.json *.csv);;All files (*)"),
        )
        if path:
            remember_workshop_folder(path)
            self.open_path(path)

    def open_path(self, path: str | Path, resume: bool = False) -> bool:
        """Open a ``.okrw`` workshop; a ``.json``/``.csv`` draft is imported as a new workshop.

        With ``resume``, the board shows as it was last left (zoom, place); else all of it.
        """
        from okrworkshop.storage import WorkshopFile

        path = Path(path)
        try:
            if path.suffix.lower() == ".okrw":
                document = Document.open(path)
            else:
                from okrworkshop.files import read_board

                opened = WorkshopFile.create_untitled(read_board(path))
                document = Document(opened.board, opened)
                self.statusBar().showMessage(tr("Imported as %1").replace("%1", str(opened.path)), 8000)
        except InputError as exc:
            self._ask_error(tr("Cannot open this file"), exc)
            return False
        self.set_document(document, recent_view(path) if resume else None)
        self.tell_if_recovered()
        return True

    def tell_if_recovered(self) -> None:
        """Say once that the workshop just opened was recovered after a crash, and where the copy is."""
        recovered_from = self.document.file.recovered_from if self.document and self.document.file else None
        if recovered_from is not None:
            QMessageBox.information(
                self,
                tr("Workshop recovered"),
                tr(
                    "This workshop was left unfinished when the app stopped unexpectedly. It has been "
                    "recovered to its last saved change; the file as it was found is kept in %1."
                ).replace("%1", recovered_from.name),
            )

    def suggested_copy_path(self) -> Path:
        """Where *Save a copy as* proposes to write: the folder last used (else Documents) and the
        workshop's title as the name (never the open file itself)."""
        assert self.document is not None
        current = self.document.path
        fallback = current.stem if current is not None else tr("Workshop")
        stem = safe_file_stem(self.document.board.workshop.title, fallback)
        # A workshop the trainer named and placed has its copy beside it, unless a folder was
        # chosen in these dialogs since; an untitled one (in the app's data folder) goes to Documents.
        placed = current is not None and not current.parent.resolve().is_relative_to(
            user_data_dir().resolve()
        )
        folder = workshop_folder(current.parent if placed and current is not None else None)
        target = folder / f"{stem}.okrw"
        if current is not None and target.resolve() == current.resolve():
            target = folder / f"{stem} {tr('copy')}.okrw"
        return target

    def save_copy_as(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save a copy as"),
            str(self.suggested_copy_path()),
            tr("Workshop (*.okrw);;JSON draft (*.json);;CSV (*.csv)"),
        )
        if path:
            remember_workshop_folder(path)
            self.save_copy_to(path)

    def save_copy_to(self, path: str | Path) -> bool:
        """Write a copy of the workshop; the file dialog already asked before replacing a file."""
        assert self.document is not None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".okrw")
        try:
            if target.suffix.lower() == ".okrw" and self.document.file is not None:
                self.document.file.save_copy(target, replace=True)
            else:
                from okrworkshop.files import write_board

                write_board(self.document.board, target, replace=True)
        except InputError as exc:
            self._ask_error(tr("Cannot save a copy"), exc)
            return False
        except OSError as exc:
            self._ask_error(tr("Cannot save a copy"), InputError(target, exc.strerror or str(exc)))
            return False
        self.statusBar().showMessage(tr("Saved a copy as %1").replace("%1", str(target)), 8000)
        return True

    def export(self) -> None:
        if self.document is None:
            return
        from okrworkshop.ui.export_dialog import show_export_dialog

        path = self.document.path
        name = self.document.board.workshop.title or (path.stem if path else tr("Workshop"))
        self.export_dialog = show_export_dialog(self, self.document.board, name)
        self.export_dialog.exported.connect(
            lambda target: self.statusBar().showMessage(
                tr("Exported to %1").replace("%1", str(target)), 10000
            )
        )

    # =================================================================== edit
    def undo(self) -> None:
        self.undo_group.undo()

    def redo(self) -> None:
        self.undo_group.redo()

    def delete(self) -> None:
        if self.scene is not None:
            self.scene.interactions.delete_selected()

    def fit_lanes(self) -> None:
        """Grow the lanes that their cards overflow (one undo step)."""
        if self.scene is None or self.document is None:
            return
        board, needed = self.document.board, self.scene.lane_needs()
        if self.document.execute(lambda: FitLanes(board, needed)) is None:
            self.statusBar().showMessage(tr("Every lane already holds its cards"), 5000)

    def select_all(self) -> None:
        if self.scene is not None:
            self.scene.select_ids(list(self.scene.cards))

    def open_find(self) -> None:
        self.find_bar.open_bar()

    def _find(self, query: str) -> None:
        if self.scene is None or self.document is None:
            return
        self._matches = matching_cards(self.document.board, query, self.scene.interactions.card_order())
        self._match = 0
        if self._matches:
            self.scene.select_ids(self._matches)
            self._centre_match()
        elif query.strip():
            self.scene.clearSelection()
        self.find_bar.show_count(self._match, len(self._matches))

    def _find_step(self, forward: bool) -> None:
        if not self._matches:
            return
        self._match = (self._match + (1 if forward else -1)) % len(self._matches)
        self._centre_match()
        self.find_bar.show_count(self._match, len(self._matches))

    def _centre_match(self) -> None:
        if self.scene is None or self.view is None:
            return
        item = self.scene.item_for(self._matches[self._match])
        if item is not None:
            self.view.centerOn(item)

    # =================================================================== view
    def zoom_in(self) -> None:
        if self.view:
            self.view.zoom_in()

    def zoom_out(self) -> None:
        if self.view:
            self.view.zoom_out()

    def zoom_fit(self) -> None:
        if self.view:
            self.view.fit_board()

    def zoom_actual(self) -> None:
        if self.view:
            self.view.actual_size()

    def toggle_snap(self, on: bool) -> None:
        if self.scene is not None:
            self.scene.snap_enabled = bool(on)

    # ================================================================ palette
    def add_kind(self, kind: str) -> str | None:
        """Add a card of ``kind`` where the selection says (palette double-click or Enter)."""
        if self.scene is None or self.view is None or self.document is None:
            return None
        scene, board = self.scene, self.document.board
        selected = scene.selectedItems()
        target: Any = None
        pos = self.view.visible_rect().center()
        if kind == "objective":
            lane = next((i for i in selected if isinstance(i, LaneItem)), None)
            card = next((i for i in selected if isinstance(i, (ObjectiveItem, NoteItem))), None)
            if lane is None and card is not None and card.entity.team_id in scene.lanes:
                lane = scene.lanes[card.entity.team_id]
            if lane is None:
                lane = scene.lane_at(pos) or next(iter(scene.lanes.values()), None)
            if lane is None:
                self.statusBar().showMessage(tr("Add a team first: objectives belong to a team"), 8000)
                return None
            right = max(
                (o.x + style.CARD_WIDTH for o in board.objectives(lane.entity_id)), default=lane.pos().x()
            )
            pos = QPointF(
                right + style.LANE_PADDING + style.CARD_WIDTH / 2, lane.pos().y() + style.LANE_HEADER + 40
            )
            target = lane
        elif kind in ("key_result", "initiative"):
            wanted = ObjectiveItem if kind == "key_result" else KeyResultItem
            child = KeyResultItem if kind == "key_result" else InitiativeItem
            target = next((i for i in selected if isinstance(i, wanted)), None)
            if target is None:
                stacked = next((i for i in selected if isinstance(i, child)), None)
                target = stacked.parentItem() if stacked is not None else None
            if target is None:
                what = tr("an objective") if kind == "key_result" else tr("a key result")
                self.statusBar().showMessage(tr("Select %1 first").replace("%1", what), 8000)
                return None
            pos = target.mapToScene(target.rect.bottomLeft()) + QPointF(10, 100)
        elif kind == "team":
            target = next((i for i in selected if isinstance(i, LaneItem)), None)
        else:
            target = scene.lane_at(pos) or "board"
        new_id = scene.interactions.add_from_palette(kind, target, pos)
        if new_id is not None:
            item = scene.item_for(new_id)
            scene.select_ids([new_id])
            if item is not None:
                self.view.centre_on_item(item)
                if isinstance(item, (CardItem, LaneItem)):
                    scene.interactions.start_editing(item, fresh=True)
        return new_id

    # ================================================================ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        # Every change is already in the file: nothing to ask.
        self.remember_view()
        # The projector's full screen is not a layout; a rendered window keeps no session.
        if not getattr(self, "presenting", False) and self.keeps_session:
            save_window(self)
        self.close_room()
        if self.live is not None:
            self.live.stop()
        if self.scene is not None:
            self.scene.interactions.cancel()
        if self.document is not None:
            self.document.close()
        event.accept()
