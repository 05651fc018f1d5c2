"""Team lanes by mouse: resize by the edge, reorder by the header, nest onto another lane."""

from __future__ import annotations

from typing import Any

from canvas_driver import drag, drop_mime, reopened, scene_centre, snapshot
from PySide6.QtCore import QPointF
from PySide6.QtTest import QTest

from okrworkshop.canvas.drops import palette_mime
from okrworkshop.model import Team


def test_dragging_the_bottom_edge_resizes_and_pushes_lanes_below(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    before = snapshot(board)
    sales = scene.lanes["team-sales"]
    edge = sales.mapToScene(QPointF(600, sales.rect.height() - 2))
    drag(view, [edge, edge + QPointF(0, 101)])
    assert board.get("team-sales").height == 560.0  # type: ignore[union-attr]
    assert board.get("team-support").y == 600.0  # type: ignore[union-attr]
    assert board.get("obj-delight").y == 670.0  # type: ignore[union-attr]
    assert scene.lanes["team-support"].pos().y() == 600.0
    assert scene.cards["obj-delight"].pos().y() == 670.0
    assert reopened(document.path) == snapshot(board)
    assert document.undo_stack.undoText() == "Resize team lane"
    document.undo_stack.undo()
    assert snapshot(board) == before
    assert scene.lanes["team-support"].pos().y() == 500.0


def test_dragging_a_header_below_another_lane_reorders(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    before = snapshot(board)
    sales, support = scene.lanes["team-sales"], scene.lanes["team-support"]
    header = sales.mapToScene(QPointF(300, 20))
    low_in_support = support.mapToScene(QPointF(300, support.rect.height() - 30))
    drag(view, [header, low_in_support])
    assert [t.id for t in board.teams()] == ["team-support", "team-sales"]
    assert board.get("team-support").y == 0.0  # type: ignore[union-attr]
    assert board.get("team-sales").y == 460.0  # type: ignore[union-attr]
    assert board.get("obj-grow").y == 70.0 + 460.0  # type: ignore[union-attr]
    assert reopened(document.path) == snapshot(board)
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_dropping_a_header_in_the_middle_of_a_lane_nests(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    support, sales = scene.lanes["team-support"], scene.lanes["team-sales"]
    drag(
        view, [support.mapToScene(QPointF(300, 20)), sales.mapToScene(QPointF(700, sales.rect.height() / 2))]
    )
    nested = board.get("team-support")
    assert isinstance(nested, Team) and nested.parent_id == "team-sales" and nested.x == 40.0
    assert document.undo_stack.undoText() == "Nest team under Sales"
    # The header says where it belongs.
    assert "Sales" in scene.lanes["team-support"].meta.text


def test_a_lane_cannot_be_nested_in_its_own_sub_team(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    support, sales = scene.lanes["team-support"], scene.lanes["team-sales"]
    drag(
        view, [support.mapToScene(QPointF(300, 20)), sales.mapToScene(QPointF(700, sales.rect.height() / 2))]
    )
    before = snapshot(board)
    sales_header = scene.lanes["team-sales"].mapToScene(QPointF(300, 20))
    inside_support = scene.lanes["team-support"].mapToScene(
        QPointF(700, scene.lanes["team-support"].rect.height() / 2)
    )
    drag(view, [sales_header, inside_support])
    assert snapshot(board) == before


def test_palette_team_dropped_on_a_lane_goes_after_it(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    before = snapshot(board)
    sales = scene.lanes["team-sales"]
    assert drop_mime(view, palette_mime("team"), sales.mapToScene(QPointF(900, 300)))
    teams = board.teams()
    assert teams[0].id == "team-sales" and teams[2].id == "team-support"
    new = teams[1]
    assert new.name == "Team 3" and new.y == 500.0
    assert board.get("team-support").y == 500.0 + new.height + 40.0  # type: ignore[union-attr]
    editor = scene.interactions.editor
    assert editor is not None
    editor.setPlainText("Marketing")
    editor.finish(keep=True)
    assert board.get(new.id).name == "Marketing"  # type: ignore[union-attr]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_palette_note_lands_in_the_lane_or_on_the_free_board(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    assert drop_mime(view, palette_mime("note"), scene.lanes["team-support"].mapToScene(QPointF(900, 200)))
    scene.interactions.editor.finish(keep=True)
    in_lane = board.notes("team-support")
    assert len(in_lane) == 1
    assert drop_mime(view, palette_mime("note"), QPointF(1300, 200))
    scene.interactions.editor.finish(keep=True)
    assert len([n for n in board.notes() if n.team_id is None]) == 1


def test_escape_on_a_dropped_card_takes_it_and_its_step_away(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    before, steps = snapshot(board), document.undo_stack.count()
    assert drop_mime(view, palette_mime("note"), scene.lanes["team-support"].mapToScene(QPointF(900, 200)))
    assert len(board.notes("team-support")) == 1
    assert document.undo_stack.count() == steps + 1
    scene.interactions.editor.finish(keep=False)  # what Escape does
    assert snapshot(board) == before
    assert document.undo_stack.count() == steps
    assert not document.undo_stack.canRedo()


def test_title_typed_on_a_new_card_is_part_of_the_step_that_made_it(view: Any, document: Any) -> None:
    from okrworkshop.canvas.interactions import TYPING_DEADLINE_MS

    scene, board = view.board_scene, document.board
    before, steps = snapshot(board), document.undo_stack.count()
    assert drop_mime(view, palette_mime("key_result"), scene_centre(scene.cards["obj-public"]))
    editor = scene.interactions.editor
    editor.setPlainText("Bids from 4 to 12")
    # Committed by the deadline even without a pause or Enter.
    QTest.qWait(TYPING_DEADLINE_MS + 100)
    (new,) = [k for k in board.key_results("obj-public") if k.id != "kr-tenders"]
    assert new.title == "Bids from 4 to 12"
    assert document.undo_stack.count() == steps + 1
    editor.finish(keep=True)
    assert document.undo_stack.count() == steps + 1
    after = snapshot(board)
    document.undo_stack.undo()
    assert snapshot(board) == before
    document.undo_stack.redo()
    assert snapshot(board) == after


def lane_bottom(lane: Any) -> float:
    return float(lane.pos().y() + lane.rect.height())


def card_bottom(card: Any) -> float:
    return float(card.mapRectToScene(card.rect).bottom())


def test_lane_grows_with_each_key_result_added_in_the_same_step(view: Any, document: Any) -> None:
    from okrworkshop.canvas.commands import AddCard
    from okrworkshop.model import KeyResult

    scene, board = view.board_scene, document.board
    delight, lane = scene.cards["obj-delight"], scene.lanes["team-support"]
    states = [snapshot(board)]
    heights = [board.get("team-support").height]  # type: ignore[union-attr]
    for n in range(6):
        steps = document.undo_stack.count()
        document.execute(
            lambda n=n: AddCard(
                board, KeyResult("obj-delight", f"Second-line reply time from {n + 9} to {n} hours")
            )
        )
        assert document.undo_stack.count() == steps + 1
        assert lane_bottom(lane) >= card_bottom(delight)  # nothing sticks out
        states.append(snapshot(board))
        heights.append(board.get("team-support").height)  # type: ignore[union-attr]
    assert heights[-1] > heights[0]  # it did have to grow
    assert board.get("team-sales").height == 460.0  # type: ignore[union-attr]
    for n in range(6, 0, -1):  # each undo takes the card and the growth it caused
        document.undo_stack.undo()
        assert snapshot(board) == states[n - 1]
    for n in range(1, 7):
        document.undo_stack.redo()
        assert snapshot(board) == states[n]


def test_lane_grows_as_a_card_is_written(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    lane, card = scene.lanes["team-sales"], scene.cards["obj-public"]
    before, steps = snapshot(board), document.undo_stack.count()
    scene.select_ids(["obj-public"])
    editor = scene.interactions.start_editing(card)
    editor.setPlainText("Win the public sector " * 40)
    editor.finish(keep=True)
    assert lane_bottom(lane) >= card_bottom(card) > 460.0
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_fit_lanes_grows_a_lane_its_cards_overflow(view: Any, document: Any) -> None:
    from okrworkshop.canvas.commands import FitLanes, ResizeLane

    scene, board = view.board_scene, document.board
    # Resizing a lane by hand may leave cards out; Ctrl+L (FitLanes) tidies.
    assert document.execute(lambda: ResizeLane(board, "team-support", 1200.0, 150.0)) is not None
    delight = scene.cards["obj-delight"]
    lane = scene.lanes["team-support"]
    bottom = card_bottom(delight)
    assert bottom > lane_bottom(lane)  # overflowing
    before = snapshot(board)
    needed = scene.lane_needs()
    assert needed["team-sales"][1] <= board.get("team-sales").height  # type: ignore[union-attr]
    assert document.execute(lambda: FitLanes(board, needed)) is not None
    assert lane_bottom(lane) >= bottom + 20
    assert board.get("team-sales").height == 460.0  # type: ignore[union-attr]
    # Fitting again changes nothing.
    assert document.execute(lambda: FitLanes(board, scene.lane_needs())) is None
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_lane_context_menu_recolours_nests_and_deletes(view: Any, document: Any) -> None:
    from okrworkshop.canvas.context_menu import build_menu

    scene, board = view.board_scene, document.board
    before = snapshot(board)
    lane = scene.lanes["team-support"]
    menu = build_menu(scene, lane, lane.mapToScene(QPointF(100, 20)), view)
    assert menu is not None
    entries = {a.text(): a for a in menu.actions()}
    colours = entries["Colour"].menu().actions()
    colours[3].trigger()
    assert board.get("team-support").colour == colours[3].text()  # type: ignore[union-attr]
    nest = {a.text(): a for a in entries["Part of"].menu().actions()}
    assert "Support" not in nest  # not inside itself
    nest["Sales"].trigger()
    assert board.get("team-support").parent_id == "team-sales"  # type: ignore[union-attr]
    menu = build_menu(scene, scene.lanes["team-support"], QPointF(0, 0), view)
    {a.text(): a for a in menu.actions()}["Delete team"].trigger()
    assert "team-support" not in board and "obj-delight" not in board
    for _ in range(3):
        document.undo_stack.undo()
    assert snapshot(board) == before


def test_card_and_link_context_menus(view: Any, document: Any) -> None:
    from okrworkshop.canvas.context_menu import build_menu

    scene, board = view.board_scene, document.board
    menu = build_menu(scene, scene.arrows["obj-delight"], QPointF(0, 0), view)
    {a.text(): a for a in menu.actions()}["Remove alignment"].trigger()
    assert board.get("obj-delight").aligned_to is None  # type: ignore[union-attr]
    menu = build_menu(scene, scene.cards["kr-nps"], QPointF(0, 0), view)
    {a.text(): a for a in menu.actions()}["Delete"].trigger()
    assert "kr-nps" not in board
    menu = build_menu(scene, scene.cards["obj-public"], QPointF(0, 0), view)
    {a.text(): a for a in menu.actions()}["Edit text"].trigger()
    assert scene.interactions.editor is not None
