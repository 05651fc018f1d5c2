"""Every command of the main window, in one declarative table: menus and toolbar are built from it.

An entry names the action, its text, its shortcut (a ``QKeySequence.StandardKey`` where the
platform has one, so that Mac users get Cmd and Windows users Ctrl), an icon, the window method it
calls, the menu it sits in and whether the toolbar shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from okrworkshop.model.value import Value
from okrworkshop.ui.icons import drawn_icon

Shortcut = QKeySequence.StandardKey | str | None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` without translating it yet."""
    return text


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class ActionSpec(Value):
    """One window command."""

    id: str
    text: str  # source text, translated in context "actions"
    shortcut: Shortcut
    icon: str  # a freedesktop icon name (the style's icon stands in where the theme has none)
    callback: str  # the main window's method name
    menu: str  # "file", "edit", "view"
    toolbar: bool = False
    checkable: bool = False
    separator_before: bool = False
    #: Keys that also trigger the command, on every platform (besides the standard key's own).
    also: tuple[str, ...] = ()


StandardKey = QKeySequence.StandardKey

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("actions", "&New workshop"),
        StandardKey.New,
        "document-new",
        "new_workshop",
        "file",
        True,
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("actions", "&Open…"),
        StandardKey.Open,
        "document-open",
        "open_workshop",
        "file",
        True,
    ),
    ActionSpec(
        "new_from_case",
        QT_TRANSLATE_NOOP("actions", "New workshop from a &case study…"),
        "Ctrl+Shift+N",
        "folder-new",
        "new_from_case",
        "file",
        True,
    ),
    ActionSpec(
        "save_copy",
        QT_TRANSLATE_NOOP("actions", "Save a &copy as…"),
        StandardKey.SaveAs,
        "document-save-as",
        "save_copy_as",
        "file",
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("actions", "&Export poster…"),
        "Ctrl+E",
        "document-print",
        "export",
        "file",
        True,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("actions", "&Quit"),
        StandardKey.Quit,
        "application-exit",
        "close",
        "file",
        separator_before=True,
        also=("Ctrl+Q",),  # Windows has no standard key to quit
    ),
    ActionSpec(
        "undo", QT_TRANSLATE_NOOP("actions", "&Undo"), StandardKey.Undo, "edit-undo", "undo", "edit", True
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        StandardKey.Redo,
        "edit-redo",
        "redo",
        "edit",
        True,
        also=("Ctrl+Y", "Ctrl+Shift+Z"),
    ),
    ActionSpec(
        "cut",
        QT_TRANSLATE_NOOP("actions", "Cu&t"),
        StandardKey.Cut,
        "edit-cut",
        "cut",
        "edit",
        separator_before=True,
    ),
    ActionSpec("copy", QT_TRANSLATE_NOOP("actions", "&Copy"), StandardKey.Copy, "edit-copy", "copy", "edit"),
    ActionSpec(
        "paste", QT_TRANSLATE_NOOP("actions", "&Paste"), StandardKey.Paste, "edit-paste", "paste", "edit"
    ),
    ActionSpec(
        "duplicate", QT_TRANSLATE_NOOP("actions", "&Duplicate"), "Ctrl+D", "edit-copy", "duplicate", "edit"
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("actions", "De&lete"),
        StandardKey.Delete,
        "edit-delete",
        "delete",
        "edit",
        True,
    ),
    ActionSpec(
        "fit_lanes",
        QT_TRANSLATE_NOOP("actions", "Fit &lanes to their cards"),
        "Ctrl+L",
        "view-grid",
        "fit_lanes",
        "edit",
    ),
    ActionSpec(
        "select_all",
        QT_TRANSLATE_NOOP("actions", "Select &all"),
        StandardKey.SelectAll,
        "edit-select-all",
        "select_all",
        "edit",
        separator_before=True,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("actions", "&Find…"),
        StandardKey.Find,
        "edit-find",
        "open_find",
        "edit",
        True,
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("actions", "Zoom &in"),
        StandardKey.ZoomIn,
        "zoom-in",
        "zoom_in",
        "view",
        True,
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("actions", "Zoom &out"),
        StandardKey.ZoomOut,
        "zoom-out",
        "zoom_out",
        "view",
        True,
    ),
    ActionSpec(
        "zoom_fit",
        QT_TRANSLATE_NOOP("actions", "&Fit board"),
        "Ctrl+0",
        "zoom-fit-best",
        "zoom_fit",
        "view",
        True,
    ),
    ActionSpec(
        "zoom_actual",
        QT_TRANSLATE_NOOP("actions", "&Actual size"),
        "Ctrl+1",
        "zoom-original",
        "zoom_actual",
        "view",
    ),
    ActionSpec(
        "snap",
        QT_TRANSLATE_NOOP("actions", "&Snap to grid"),
        "Ctrl+G",
        "view-grid",
        "toggle_snap",
        "view",
        checkable=True,
        separator_before=True,
    ),
)

WORKSHOP_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "workshop_settings",
        QT_TRANSLATE_NOOP("actions", "Workshop &settings…"),
        "F6",
        "document-properties",
        "edit_workshop_settings",
        "workshop",
    ),
    ActionSpec(
        "show_brief",
        QT_TRANSLATE_NOOP("actions", "Case &brief"),
        "F2",
        "help-about",
        "toggle_brief",
        "workshop",
        checkable=True,
        separator_before=True,
    ),
    ActionSpec(
        "show_rounds",
        QT_TRANSLATE_NOOP("actions", "&Rounds and snapshots"),
        "F3",
        "view-list-details",
        "toggle_rounds",
        "workshop",
        checkable=True,
    ),
    ActionSpec(
        "start_round",
        QT_TRANSLATE_NOOP("actions", "&Start the next round…"),
        "Ctrl+Shift+R",
        "media-playback-start",
        "start_next_round",
        "workshop",
        separator_before=True,
    ),
    ActionSpec(
        "pause_timer",
        QT_TRANSLATE_NOOP("actions", "&Pause or resume the timer"),
        "Ctrl+Shift+P",
        "media-playback-pause",
        "pause_timer",
        "workshop",
    ),
    ActionSpec(
        "add_minute",
        QT_TRANSLATE_NOOP("actions", "Give &one more minute"),
        "Ctrl+Shift+M",
        "list-add",
        "add_timer_minute",
        "workshop",
    ),
    ActionSpec(
        "end_round",
        QT_TRANSLATE_NOOP("actions", "&End the round and keep a snapshot"),
        "Ctrl+Shift+E",
        "media-playback-stop",
        "end_current_round",
        "workshop",
    ),
    ActionSpec(
        "check_in",
        QT_TRANSLATE_NOOP("actions", "&Check in the key result…"),
        "Ctrl+K",
        "view-task",
        "check_in",
        "workshop",
        separator_before=True,
    ),
    ActionSpec(
        "retrospective",
        QT_TRANSLATE_NOOP("actions", "Re&trospective of the quarter…"),
        "F7",
        "view-statistics",
        "show_retrospective",
        "workshop",
    ),
    ActionSpec(
        "reveal",
        QT_TRANSLATE_NOOP("actions", "Re&veal the reference OKRs…"),
        "F4",
        "view-reveal",
        "show_reveal",
        "workshop",
        separator_before=True,
    ),
    ActionSpec(
        "room",
        QT_TRANSLATE_NOOP("actions", "Open the &room (participants' devices)"),
        "Ctrl+Shift+O",
        "network-wireless",
        "toggle_room",
        "workshop",
        checkable=True,
    ),
    ActionSpec(
        "presenter",
        QT_TRANSLATE_NOOP("actions", "Presenter &mode"),
        "F11",
        "view-fullscreen",
        "toggle_presenter",
        "workshop",
        toolbar=True,
        checkable=True,
    ),
    ActionSpec(
        "language_fr",
        QT_TRANSLATE_NOOP("actions", "Interface in &French"),
        None,
        "preferences-desktop-locale",
        "use_french",
        "view",
        checkable=True,
        separator_before=True,
    ),
    ActionSpec(
        "language_en",
        QT_TRANSLATE_NOOP("actions", "Interface in &English"),
        None,
        "preferences-desktop-locale",
        "use_english",
        "view",
        checkable=True,
    ),
)
ACTIONS = ACTIONS + WORKSHOP_ACTIONS

MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("actions", "&View")),
    ("workshop", QT_TRANSLATE_NOOP("actions", "&Workshop")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def icon(name: str, widget: QWidget) -> QIcon:
    """The theme's icon ``name``, else a drawn stand-in, else no icon."""
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    return drawn_icon(name) or QIcon()


def build_actions(
    window: QMainWindow, specs: Sequence[ActionSpec] = ACTIONS, made: dict[str, QAction] | None = None
) -> dict[str, QAction]:
    """Create (or complete, for actions given in ``made``) the window's actions from ``specs``.

    Undo and redo come from the undo group (they show what they would undo); they are passed in
    ``made`` and get their shortcut and icon here.
    """
    actions: dict[str, QAction] = dict(made or {})
    for spec in specs:
        action = actions.get(spec.id)
        if action is None:
            action = QAction(tr(spec.text), window)
            callback: Callable[..., object] = getattr(window, spec.callback)
            if spec.checkable:
                action.setCheckable(True)
                action.toggled.connect(callback)
            else:
                action.triggered.connect(lambda _checked=False, c=callback: c())
            actions[spec.id] = action
        action.setObjectName(f"action_{spec.id}")
        if spec.shortcut is not None:
            # Every binding the platform has for a standard key (Redo: Ctrl+Shift+Z and maybe
            # Ctrl+Y), the first one shown in the menu; then the table's own extra keys.
            keys = (
                QKeySequence.keyBindings(spec.shortcut)
                if isinstance(spec.shortcut, QKeySequence.StandardKey)
                else [QKeySequence(spec.shortcut)]
            )
            for extra in spec.also:
                if QKeySequence(extra) not in keys:
                    keys.append(QKeySequence(extra))
            action.setShortcuts(keys)
        action.setIcon(icon(spec.icon, window))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = action.text().replace("&", "").rstrip("…")
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        window.addAction(action)
    return actions


def build_menus(
    window: QMainWindow, actions: dict[str, QAction], specs: Sequence[ActionSpec] = ACTIONS
) -> dict[str, QMenu]:
    """The menu bar, one menu per entry of :data:`MENUS`, in table order."""
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        menu = window.menuBar().addMenu(tr(title))
        menu.setObjectName(f"menu_{key}")
        menus[key] = menu
    for spec in specs:
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(actions[spec.id])
    return menus


def build_toolbar(
    window: QMainWindow, actions: dict[str, QAction], specs: Sequence[ActionSpec] = ACTIONS
) -> QToolBar:
    """The main toolbar: the table's toolbar actions, grouped by menu."""
    toolbar = window.addToolBar(tr("Main"))
    toolbar.setObjectName("toolbar_main")
    toolbar.setMovable(False)
    last_menu = None
    for spec in specs:
        if not spec.toolbar:
            continue
        if last_menu is not None and spec.menu != last_menu:
            toolbar.addSeparator()
        toolbar.addAction(actions[spec.id])
        last_menu = spec.menu
    return toolbar
