"""Real mouse and drag-and-drop gestures on the canvas: the model, the file on disk, and undo."""

from __future__ import annotations

from typing import Any

from canvas_driver import (
    click,
    double_click,
    drag,
    drop_mime,
    reopened,
    scene_centre,
    scene_point,
    snapshot,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from okrworkshop.canvas.drops import palette_mime
from okrworkshop.model import KeyResult, Note, Objective


def _scene(view: Any) -> Any:
    return view.board_scene


def test_palette_objective_dropped_on_a_lane_creates_it_there(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    support = scene.lanes["team-support"]
    target = support.pos() + QPointF(700, 200)
    assert drop_mime(view, palette_mime("objective"), target, through=[QPointF(600, 300)])
    made = [o for o in board.objectives("team-support") if o.id != "obj-delight"]
    assert len(made) == 1
    objective = made[0]
    assert objective.team_id == "team-support"
    # Snapped to the grid, horizontally centred on the drop point, below the lane header.
    assert objective.x % 10 == 0 and objective.y % 10 == 0
    assert abs(objective.x + 130 - target.x()) <= 10
    assert support.pos().y() + 56 <= objective.y <= target.y()
    assert scene.cards[objective.id].isSelected()
    assert reopened(document.path) == snapshot(board)
    # The new card is open for typing straight away; kept, one undo takes it away.
    assert scene.interactions.editor is not None
    scene.interactions.editor.finish(keep=True)
    document.undo_stack.undo()
    assert snapshot(board) == before
    assert reopened(document.path) == before


def test_palette_key_result_needs_an_objective(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    empty_spot = scene.lanes["team-support"].pos() + QPointF(900, 300)
    said: list[str] = []
    scene.message.connect(said.append)
    assert not drop_mime(view, palette_mime("key_result"), empty_spot)
    assert snapshot(board) == before
    assert said == ["Drop a key result on an objective"]  # once, while over the lane
    # Dropped between the first and second key results of "Grow": it goes in at index 1.
    grow = scene.cards["obj-grow"]
    first, second = grow.key_result_items()[:2]
    between = QPointF(
        scene_centre(first).x(),
        (first.mapToScene(first.rect.bottomLeft()).y() + second.mapToScene(second.rect.topLeft()).y()) / 2,
    )
    assert drop_mime(view, palette_mime("key_result"), between)
    titles = [k.id for k in board.key_results("obj-grow")]
    assert titles[0] == "kr-arr" and titles[2:] == ["kr-churn", "kr-nps"]
    assert [k.order for k in board.key_results("obj-grow")] == [0.0, 1.0, 2.0, 3.0]
    scene.interactions.editor.finish(keep=True)
    assert reopened(document.path) == snapshot(board)
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_key_result_dragged_onto_another_objective_moves_there(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    churn = scene.cards["kr-churn"]
    public = scene.cards["obj-public"]
    start = scene_point(churn, 40, 10)
    # Drop under the only key result of "Win the public sector".
    end = public.mapToScene(QPointF(130, public.rect.height() - 4))
    drag(view, [start, end])
    moved = board.get("kr-churn")
    assert isinstance(moved, KeyResult)
    assert moved.objective_id == "obj-public"
    assert [k.id for k in board.key_results("obj-public")] == ["kr-tenders", "kr-churn"]
    assert [k.id for k in board.key_results("obj-grow")] == ["kr-arr", "kr-nps"]
    assert [k.order for k in board.key_results("obj-grow")] == [0.0, 1.0]
    # The initiative travelled with its key result, on screen too.
    assert board.get("ini-call").key_result_id == "kr-churn"  # type: ignore[union-attr]
    assert churn.parentItem() is public
    assert scene.cards["ini-call"].parentItem() is churn
    assert reopened(document.path) == snapshot(board)
    assert document.undo_stack.undoText() == "Move key result to another objective"
    document.undo_stack.undo()
    assert snapshot(board) == before
    assert churn.parentItem() is scene.cards["obj-grow"]
    assert reopened(document.path) == before


def test_key_result_reordered_within_its_objective(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    nps, arr = scene.cards["kr-nps"], scene.cards["kr-arr"]
    drag(view, [scene_point(nps, 30, 8), scene_point(arr, 30, 3)])
    assert [k.id for k in board.key_results("obj-grow")] == ["kr-nps", "kr-arr", "kr-churn"]
    # On screen too: the stack follows the model's order.
    ys = [i.pos().y() for i in scene.cards["obj-grow"].key_result_items()]
    assert ys == sorted(ys) and scene.cards["obj-grow"].key_result_items()[0] is nps
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_rubber_band_and_ctrl_click_select_then_one_drag_moves_all(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    grow, public, note = scene.cards["obj-grow"], scene.cards["obj-public"], scene.cards["note-finance"]
    # Rubber band from empty lane space around the two objectives' tops.
    drag(view, [QPointF(15, 62), QPointF(700, 120)])
    selected = {i.entity_id for i in scene.selectedItems()}
    assert {"obj-grow", "obj-public"} <= selected
    assert "team-sales" not in selected  # lanes are not rubber-band material
    click(view, scene_point(note, 20, 20), Qt.KeyboardModifier.ControlModifier)
    assert note.isSelected() and grow.isSelected() and public.isSelected()
    drag(view, [scene_point(grow, 100, 15), scene_point(grow, 100, 15) + QPointF(43, 28)])
    assert (board.get("obj-grow").x, board.get("obj-grow").y) == (70.0, 100.0)  # type: ignore[union-attr]
    assert (board.get("obj-public").x, board.get("obj-public").y) == (440.0, 100.0)  # type: ignore[union-attr]
    assert (board.get("note-finance").x, board.get("note-finance").y) == (840.0, 110.0)  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Move 3 cards"
    assert reopened(document.path) == snapshot(board)
    document.undo_stack.undo()
    assert snapshot(board) == before
    assert (grow.pos().x(), grow.pos().y()) == (30.0, 70.0)


def test_objective_dragged_to_another_lane_changes_team(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    public = scene.cards["obj-public"]
    start = scene_point(public, 100, 12)
    drag(view, [start, start + QPointF(300, 540)])
    moved = board.get("obj-public")
    assert isinstance(moved, Objective) and moved.team_id == "team-support"
    assert document.undo_stack.undoText() == "Move objective to Support"
    assert reopened(document.path) == snapshot(board)
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_note_dropped_on_an_objective_becomes_its_key_result(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    note = scene.cards["note-finance"]
    public = scene.cards["obj-public"]
    drag(view, [scene_point(note, 30, 30), public.mapToScene(QPointF(130, public.rect.height() - 5))])
    converted = board.get("note-finance")
    assert isinstance(converted, KeyResult)
    assert converted.objective_id == "obj-public" and converted.title == "Ask finance for the churn data"
    assert [k.id for k in board.key_results("obj-public")] == ["kr-tenders", "note-finance"]
    assert reopened(document.path) == snapshot(board)
    document.undo_stack.undo()
    assert isinstance(board.get("note-finance"), Note)
    assert snapshot(board) == before


def test_link_drawn_from_the_handle_records_alignment(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    public = scene.cards["obj-public"]
    arr = scene.cards["kr-arr"]
    handle = public.mapToScene(public.link_handle().center())
    drag(view, [handle, scene_centre(arr)])
    assert board.get("obj-public").aligned_to == "kr-arr"  # type: ignore[union-attr]
    assert "obj-public" in scene.arrows
    arrow = scene.arrows["obj-public"]
    assert arrow.target_id == "kr-arr"
    assert reopened(document.path) == snapshot(board)
    assert document.undo_stack.undoText() == "Align objective"
    document.undo_stack.undo()
    assert snapshot(board) == before
    assert "obj-public" not in scene.arrows


def test_alt_drag_links_and_a_loop_is_refused(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    grow, delight = scene.cards["obj-grow"], scene.cards["obj-delight"]
    before = snapshot(board)
    # "Delight" already serves a key result of "Grow": aligning "Grow" to "Delight" would loop.
    drag(view, [scene_point(grow, 60, 20), scene_point(delight, 60, 20)], Qt.KeyboardModifier.AltModifier)
    assert snapshot(board) == before
    assert document.undo_stack.count() == 0
    # Alt-drag from "Public" onto "Grow" links them.
    public = scene.cards["obj-public"]
    drag(view, [scene_point(public, 60, 20), scene_point(grow, 60, 20)], Qt.KeyboardModifier.AltModifier)
    assert board.get("obj-public").aligned_to == "obj-grow"  # type: ignore[union-attr]


def test_in_place_edit_with_double_click_enter_keeps_escape_cancels(
    view: Any, document: Any, qtbot: Any
) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    tenders = scene.cards["kr-tenders"]
    double_click(view, scene_point(tenders, 30, 8))
    editor = scene.interactions.editor
    assert editor is not None and editor.toPlainText() == "Tenders won from 1 to 5"
    QTest.keyClicks(view, "Tenders won from 1 to 7")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert scene.interactions.editor is None
    assert board.get("kr-tenders").title == "Tenders won from 1 to 7"  # type: ignore[union-attr]
    assert reopened(document.path) == snapshot(board)
    assert document.undo_stack.undoText() == "Edit key result"
    # Enter on the selected card opens the editor again; Escape leaves the model alone.
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert scene.interactions.editor is not None
    QTest.keyClicks(view, "Something else")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert scene.interactions.editor is None
    assert board.get("kr-tenders").title == "Tenders won from 1 to 7"  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_lane_renamed_in_place(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    lane = scene.lanes["team-support"]
    double_click(view, lane.mapToScene(QPointF(40, 15)))
    assert scene.interactions.editor is not None
    QTest.keyClicks(view, "Customer care")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert board.get("team-support").name == "Customer care"  # type: ignore[union-attr]
    assert document.undo_stack.undoText() == "Rename team"


def test_in_place_typing_is_committed_live_and_escape_takes_it_back(
    view: Any, document: Any, qtbot: Any
) -> None:
    from okrworkshop.canvas.interactions import TYPING_PAUSE_MS

    board, scene = document.board, _scene(view)
    before = snapshot(board)
    public = scene.cards["obj-public"]
    double_click(view, scene_point(public, 60, 14))
    QTest.keyClicks(view, "Win the north")
    qtbot.wait(TYPING_PAUSE_MS + 100)
    assert board.get("obj-public").title == "Win the north"  # type: ignore[union-attr]
    assert reopened(document.path) == snapshot(board)  # saved as it is typed
    QTest.keyClicks(view, " region")
    qtbot.wait(TYPING_PAUSE_MS + 100)
    assert board.get("obj-public").title == "Win the north region"  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert snapshot(board) == before
    assert document.undo_stack.count() == 0
    # Typed, paused, then Enter: one undo step with the final text.
    double_click(view, scene_point(public, 60, 14))
    QTest.keyClicks(view, "Win the north")
    qtbot.wait(TYPING_PAUSE_MS + 100)
    QTest.keyClicks(view, " again")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert board.get("obj-public").title == "Win the north again"  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_cards_dropped_where_they_cannot_go_go_back_and_say_why(view: Any, document: Any) -> None:
    board, scene = document.board, _scene(view)
    before = snapshot(board)
    said: list[str] = []
    scene.message.connect(said.append)
    # A key result let go over the bare lane (no objective under it).
    churn = scene.cards["kr-churn"]
    drag(view, [scene_point(churn, 40, 10), scene.lanes["team-support"].mapToScene(QPointF(900, 300))])
    assert said == ["Drop a key result on an objective"]
    # An initiative let go over an objective's header (no key result under it).
    call = scene.cards["ini-call"]
    drag(view, [scene_point(call, 30, 6), scene_point(scene.cards["obj-public"], 100, 10)])
    assert said[-1] == "Drop an initiative on a key result"
    # An objective let go below every lane, on the empty board.
    public = scene.cards["obj-public"]
    start = scene_point(public, 100, 12)
    below = scene.lanes["team-support"].mapToScene(QPointF(300, 500))
    assert scene.lane_at(below) is None
    drag(view, [start, below])
    assert said[-1] == "Drop an objective on a team lane"
    assert (public.pos().x(), public.pos().y()) == (400.0, 70.0)  # back in its place on screen
    assert snapshot(board) == before
    assert reopened(document.path) == before
    assert document.undo_stack.count() == 0
