"""A trainer's hand on the real window: palette drops, typing, moves, links, undo, export, quit, reopen.

Every test drives the app with the real pointer and keyboard (xdotool on the suite's own X server),
then checks the model and the workshop file as a fresh reader opens it after quitting.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from canvas_driver import snapshot
from PySide6.QtCore import QPoint
from realinput import (
    card_point,
    empty_board_points,
    item_point,
    palette_path,
    palette_point,
    pump,
    wait_until,
    widget_centre,
)

from okrworkshop.model import Initiative, KeyResult, Note, Objective, Team
from okrworkshop.storage import read_okrw


def entry_point(window: Any) -> tuple[int, int]:
    """Where the drag comes into the board: a point over empty board near its left edge."""
    points = list(empty_board_points(window.view))
    assert points, "no empty board at the view's left edge"
    return points[len(points) // 2]


def new_ids(window: Any, before: set[str], kind: type) -> list[str]:
    return [e.id for e in window.document.board.all(kind) if e.id not in before]


def ids(window: Any, kind: type) -> set[str]:
    return {e.id for e in window.document.board.all(kind)}


def drop_from_palette(app: Any, kind: str, target: tuple[int, int]) -> None:
    window = app.window
    app.real.drag(palette_path(window, kind, entry_point(window), target))


KINDS = {
    "objective": Objective,
    "key_result": KeyResult,
    "initiative": Initiative,
    "note": Note,
    "team": Team,
}


def on_board(window: Any, point: tuple[int, int]) -> tuple[int, int]:
    """``point``, checked to be inside the board view on screen."""
    viewport = window.view.viewport()
    assert viewport.rect().contains(viewport.mapFromGlobal(QPoint(*point))), f"{point} is off the board view"
    return point


def open_fitted(app: Any) -> Any:
    """Open the window and show the whole board (Ctrl+0), as a person does to see the drop target."""
    window = app.open()
    app.real.key("ctrl+0")
    return window


def target_for(window: Any, kind: str) -> tuple[tuple[int, int], dict[str, Any]]:
    """Where a card of ``kind`` is dropped, and what the new card's fields must then be."""
    point, fields = _target_for(window, kind)
    return on_board(window, point), fields


def _target_for(window: Any, kind: str) -> tuple[tuple[int, int], dict[str, Any]]:
    scene, view = window.scene, window.view
    if kind == "objective":
        lane = scene.lanes["team-support"]
        return card_point(view, lane, 700, 200), {"team_id": "team-support"}
    if kind == "key_result":
        objective = scene.cards["obj-public"]
        return card_point(view, objective, 120, 20), {"objective_id": "obj-public"}
    if kind == "initiative":
        key_result = scene.cards["kr-tenders"]
        return item_point(view, key_result), {"key_result_id": "kr-tenders"}
    if kind == "note":
        lane = scene.lanes["team-sales"]
        return card_point(view, lane, 900, 330), {"team_id": "team-sales"}
    lane = scene.lanes["team-support"]
    return card_point(view, lane, 600, lane.rect.height() + 80), {}


@pytest.mark.parametrize("kind", list(KINDS))
def test_palette_drop_across_empty_board_lands_and_takes_the_typed_title(app: Any, kind: str) -> None:
    window = open_fitted(app)
    before = ids(window, KINDS[kind])
    target, fields = target_for(window, kind)
    drop_from_palette(app, kind, target)
    added = new_ids(window, before, KINDS[kind])
    assert len(added) == 1, f"the {kind} dropped from the palette did not land"
    entity = window.document.board.get(added[0])
    for name, value in fields.items():
        assert getattr(entity, name) == value
    # The keys typed right after the drop write the new card's text.
    app.real.type("Written by hand")
    app.real.key("Return")
    text_field = "name" if kind == "team" else "text" if kind == "note" else "title"
    assert getattr(window.document.board.get(added[0]), text_field) == "Written by hand"
    left = app.quit()
    assert app.reopened() == left["board"]
    assert getattr(read_okrw(app.path).get(added[0]), text_field) == "Written by hand"


def test_typed_text_reaches_the_file_within_a_second_without_enter(app: Any) -> None:
    window = open_fitted(app)
    before = ids(window, KeyResult)
    target, _ = target_for(window, "key_result")
    drop_from_palette(app, "key_result", target)
    added = new_ids(window, before, KeyResult)
    assert len(added) == 1
    app.real.type("Tenders answered from 3 to 9")
    pump(1.1)
    on_disk = read_okrw(app.path).get(added[0])
    assert isinstance(on_disk, KeyResult)
    assert on_disk.title == "Tenders answered from 3 to 9"
    app.real.key("Return")
    left = app.quit()
    assert app.reopened() == left["board"]


def test_escape_on_a_new_card_removes_it_and_leaves_no_undo_step(app: Any) -> None:
    window = open_fitted(app)
    board_before = snapshot(window.document.board)
    steps_before = window.document.undo_stack.count()
    target, _ = target_for(window, "objective")
    drop_from_palette(app, "objective", target)
    assert len(ids(window, Objective)) == 4, "the objective did not land"
    app.real.type("Half a tho")
    app.real.key("Escape")
    assert snapshot(window.document.board) == board_before
    assert window.document.undo_stack.count() == steps_before
    left = app.quit()
    assert left["board"] == board_before
    assert app.reopened() == board_before


def test_palette_double_click_opens_the_new_card_for_typing(app: Any) -> None:
    window = open_fitted(app)
    objective = window.scene.cards["obj-public"]
    app.real.click(card_point(window.view, objective, 120, 20))
    assert window.scene.selected_ids() == ["obj-public"]
    before = ids(window, KeyResult)
    app.real.click(palette_point(window, "key_result"), repeat=2)
    added = new_ids(window, before, KeyResult)
    assert len(added) == 1
    app.real.type("Bids sent from 4 to 12")
    app.real.key("Return")
    key_result = window.document.board.get(added[0])
    assert (key_result.objective_id, key_result.title) == ("obj-public", "Bids sent from 4 to 12")
    assert len(ids(window, KeyResult)) == len(before) + 1  # Enter did not add a second card
    left = app.quit()
    assert app.reopened() == left["board"]


def test_key_result_dragged_to_another_objective(app: Any) -> None:
    window = open_fitted(app)
    view = window.view
    arr = window.scene.cards["kr-arr"]
    public = window.scene.cards["obj-public"]
    start = item_point(view, arr, 0.3, 0.5)
    end = item_point(view, public, 0.5, 0.7)
    app.real.drag([start, (start[0] + 6, start[1] + 4), (start[0] + 60, start[1] + 80), end])
    board = window.document.board
    assert board.get("kr-arr").objective_id == "obj-public"
    assert [k.id for k in board.key_results("obj-grow")] == ["kr-churn", "kr-nps"]
    left = app.quit()
    assert app.reopened() == left["board"]
    assert read_okrw(app.path).get("kr-arr").objective_id == "obj-public"


def test_objective_dragged_to_another_lane(app: Any) -> None:
    window = open_fitted(app)
    view = window.view
    public = window.scene.cards["obj-public"]
    support = window.scene.lanes["team-support"]
    start = card_point(view, public, 60, 12)
    end = card_point(view, support, 700, 120)
    app.real.drag([start, (start[0] + 5, start[1] + 5), end])
    board = window.document.board
    assert board.get("obj-public").team_id == "team-support"
    left = app.quit()
    assert app.reopened() == left["board"]
    assert read_okrw(app.path).get("obj-public").team_id == "team-support"


def test_alignment_link_drawn_from_the_handle(app: Any) -> None:
    window = open_fitted(app)
    view = window.view
    delight = window.scene.cards["obj-delight"]
    handle = delight.link_handle().center()
    start = card_point(view, delight, handle.x(), handle.y())
    end = item_point(view, window.scene.cards["kr-nps"])
    app.real.drag([start, (start[0] + 4, start[1] - 6), end])
    assert window.document.board.get("obj-delight").aligned_to == "kr-nps"
    left = app.quit()
    assert app.reopened() == left["board"]
    assert read_okrw(app.path).get("obj-delight").aligned_to == "kr-nps"


def test_undo_and_redo_by_keyboard(app: Any) -> None:
    window = open_fitted(app)
    original = snapshot(window.document.board)
    target, _ = target_for(window, "note")
    drop_from_palette(app, "note", target)
    app.real.type("Parking lot")
    app.real.key("Return")
    done = snapshot(window.document.board)
    assert done != original
    app.real.key("ctrl+z")
    assert snapshot(window.document.board) == original
    assert snapshot(read_okrw(app.path)) == original
    app.real.key("ctrl+y")
    assert snapshot(window.document.board) == done
    app.real.key("ctrl+z")
    assert snapshot(window.document.board) == original
    app.real.key("ctrl+shift+z")
    assert snapshot(window.document.board) == done
    left = app.quit()
    assert left["board"] == done
    assert app.reopened() == done


def test_export_dialog_writes_a_pdf(app: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from okrworkshop.ui.export_dialog import ExportDialog

    window = open_fitted(app)
    original = snapshot(window.document.board)
    app.real.key("ctrl+e")

    def dialog() -> Any:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()]
        return found[0] if found else None

    wait_until(dialog, what="the export dialog")
    export = dialog()
    wait_until(export.isActiveWindow, what="the export dialog active")
    target = tmp_path / "poster by hand.pdf"
    app.real.click(widget_centre(export.path_edit))
    app.real.key("ctrl+a")
    app.real.type(str(target))
    app.real.click(widget_centre(export.export_button))
    wait_until(target.exists, timeout=30, what="the PDF written")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "Pages:" in info.stdout
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Grow recurring revenue" in " ".join(text.split())
    # The dialog says where it wrote, offers Open and Show in folder; Close (a real click) ends it.
    wait_until(lambda: export.status_label.text().startswith("Written: poster by hand.pdf"), what="the note")
    assert export.open_button.isVisible() and export.folder_button.isVisible()
    close = export.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    app.real.click(widget_centre(close))
    wait_until(lambda: dialog() is None, what="the dialog closed")
    assert snapshot(window.document.board) == original
    left = app.quit()
    assert app.reopened() == left["board"] == original


def test_quit_and_reopen_shows_the_whole_board(app: Any) -> None:
    window = open_fitted(app)
    target, _ = target_for(window, "note")
    drop_from_palette(app, "note", target)
    app.real.type("Kept after quitting")
    app.real.key("Return")
    left = app.quit()
    assert app.reopened() == left["board"]
    window = app.open()
    assert snapshot(window.document.board) == left["board"]
    texts = [n.text for n in window.document.board.all(Note)]
    assert "Kept after quitting" in texts
    # Opened, the view fits the board: every lane and card is in sight.
    visible = window.view.visible_rect()
    for item in [*window.scene.lanes.values(), *window.scene.cards.values()]:
        assert visible.contains(item.sceneBoundingRect()), item
    app.quit()


def test_quit_then_a_bare_start_brings_the_last_workshop_back_with_its_edits_and_zoom(app: Any) -> None:
    window = open_fitted(app)
    fitted = window.view.zoom()
    target, _ = target_for(window, "note")
    drop_from_palette(app, "note", target)
    app.real.type("Back tomorrow")
    app.real.key("Return")
    app.real.key("ctrl+minus", "ctrl+minus")  # zoomed out by hand
    zoom = window.view.zoom()
    assert zoom < fitted * 0.9
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    size = window.size()
    left = app.quit()
    assert app.reopened() == left["board"]

    window = app.start()  # no file named: the last workshop, not the demo
    assert window.document.path.resolve() == app.path.resolve()
    assert snapshot(window.document.board) == left["board"]
    assert "Back tomorrow" in [n.text for n in window.document.board.all(Note)]
    assert window.view.zoom() == pytest.approx(zoom)
    assert window.zoom_label.text() == f"{zoom * 100:.0f} %"
    back = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(back.x() - centre.x()) < 3 and abs(back.y() - centre.y()) < 3
    assert window.size() == size
    assert window.statusBar().currentMessage() == ""  # nothing to report: the file was there
    app.real.key("ctrl+minus")  # the window takes the keys at once
    assert window.view.zoom() < zoom
    left = app.quit()
    assert app.reopened() == left["board"]
