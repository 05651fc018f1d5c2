"""The main window: action table, menus, undo texts, inspector, findings, find, clipboard, files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from canvas_driver import click, double_click, drag, reopened, scene_point, snapshot
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from okrworkshop.canvas.commands import EditCardText
from okrworkshop.ui.actions import ACTIONS, MENUS
from okrworkshop.ui.fields import TYPING_PAUSE_MS, parse_number


def test_menus_and_toolbar_come_from_the_action_table(window: Any) -> None:
    menus = {key: window.menus[key] for key, _ in MENUS}
    for spec in ACTIONS:
        action = window.window_actions[spec.id]
        assert action in menus[spec.menu].actions()
        assert (action in window.toolbar.actions()) == spec.toolbar
        if spec.id not in ("undo", "redo"):
            assert callable(getattr(window, spec.callback))
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            # The platform's keys first (the menu shows the first), then the table's own extra keys.
            bindings = QKeySequence.keyBindings(spec.shortcut)
            assert action.shortcuts()[: len(bindings)] == bindings
        for extra in spec.also:
            assert QKeySequence(extra) in action.shortcuts()
    for needed in (
        "new",
        "open",
        "save_copy",
        "undo",
        "redo",
        "delete",
        "copy",
        "paste",
        "duplicate",
        "select_all",
        "zoom_in",
        "zoom_out",
        "zoom_fit",
        "find",
    ):
        assert needed in window.window_actions


def test_title_names_the_workshop_and_the_file(window: Any, workshop_path: Path) -> None:
    assert "Test workshop" in window.windowTitle()
    assert workshop_path.name in window.windowTitle()


def test_undo_text_shows_in_the_edit_menu(window: Any) -> None:
    view, scene = window.view, window.scene
    grow = scene.cards["obj-grow"]
    start = scene_point(grow, 100, 15)
    drag(view, [start, start + QPointF(50, 40)])
    assert window.window_actions["undo"].text() == "&Undo Move card"
    assert window.window_actions["undo"] in window.menus["edit"].actions()
    window.window_actions["undo"].trigger()
    assert window.window_actions["redo"].text() == "&Redo Move card"


def test_selecting_a_card_shows_it_in_the_inspector_and_edits_are_undoable(window: Any, qtbot: Any) -> None:
    board, view, scene = window.document.board, window.view, window.scene
    before = snapshot(board)
    click(view, scene_point(scene.cards["kr-churn"], 30, 8))
    page = window.inspector.pages[type(board.get("kr-churn"))]
    assert window.inspector.stack.currentWidget() is page
    assert page.fields["title"].toPlainText() == "Churn from 4% to 2%"
    assert page.fields["baseline"].text() == "4"
    assert page.fields["direction"].currentData() == "decrease"
    baseline = page.fields["baseline"]
    baseline.setFocus()
    baseline.selectAll()
    QTest.keyClicks(baseline, "4,5")
    QTest.keyClick(baseline, Qt.Key.Key_Return)
    assert board.get("kr-churn").baseline == 4.5  # type: ignore[union-attr]
    assert reopened(window.document.path) == snapshot(board)
    assert window.document.undo_stack.count() == 1
    # Confidence steps of one session are one undo step.
    confidence = page.fields["confidence"]
    confidence.setFocus()
    for _ in range(3):
        QTest.keyClick(confidence, Qt.Key.Key_Up)
    assert board.get("kr-churn").confidence == 2  # type: ignore[union-attr]
    assert window.document.undo_stack.count() == 2
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert snapshot(board) == before
    assert page.fields["baseline"].text() == "4"


def test_typing_a_title_commits_live_in_one_undo_step(window: Any, qtbot: Any) -> None:
    board, view, scene = window.document.board, window.view, window.scene
    click(view, scene_point(scene.cards["obj-public"], 100, 12))
    title = window.inspector.pages[type(board.get("obj-public"))].fields["title"]
    title.setFocus()
    title.selectAll()
    QTest.keyClicks(title, "Win five")
    qtbot.wait(TYPING_PAUSE_MS + 150)
    assert board.get("obj-public").title == "Win five"  # type: ignore[union-attr]
    QTest.keyClicks(title, " public tenders")
    qtbot.wait(TYPING_PAUSE_MS + 150)
    assert board.get("obj-public").title == "Win five public tenders"  # type: ignore[union-attr]
    assert window.document.undo_stack.count() == 1
    assert scene.cards["obj-public"].title.text == "Win five public tenders"


def test_team_page_nests_a_team(window: Any) -> None:
    board, view, scene = window.document.board, window.view, window.scene
    click(view, scene.lanes["team-support"].mapToScene(QPointF(300, 20)))
    page = window.inspector.pages[type(board.get("team-support"))]
    assert window.inspector.stack.currentWidget() is page
    parent = page.fields["parent_id"]
    assert parent.findData("team-support") == -1  # not inside itself
    parent.setCurrentIndex(parent.findData("team-sales"))
    parent.activated.emit(parent.currentIndex())
    assert board.get("team-support").parent_id == "team-sales"  # type: ignore[union-attr]


def test_findings_dock_lists_and_shows_the_card(window: Any, qtbot: Any) -> None:
    board = window.document.board
    window.document.execute(lambda: EditCardText(board, "kr-csat", "Launch the new help centre"))
    qtbot.waitUntil(lambda: not window.live.pending, timeout=3000)
    tree = window.findings.tree
    ours = [r for r in window.findings.rows() if r.data(Qt.ItemDataRole.UserRole) == "kr-csat"]
    assert ours, "the task-like key result is listed"
    assert "Launch the new help centre" in ours[0].text()
    window.view.centerOn(QPointF(-300, -300))
    rect = tree.visualItemRect(ours[0])
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    item = window.scene.cards["kr-csat"]
    assert window.scene.selectedItems() == [item]
    assert window.view.visible_rect().contains(item.mapToScene(item.rect.center()))
    assert window.scene.cards["kr-csat"].counts != (0, 0, 0)
    assert window.summary_label.text() == window.findings.summary.text()


def test_find_bar_selects_matches_ignoring_accents(window: Any) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    QTest.keyClicks(window.find_bar.field, "CHÛRN")
    assert set(window.scene.selected_ids()) == {"kr-churn", "note-finance"}
    assert window.find_bar.count.text() == "1 of 2"
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == "2 of 2"
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_copy_paste_and_duplicate(window: Any) -> None:
    board, scene = window.document.board, window.scene
    before = snapshot(board)
    scene.select_ids(["obj-grow"])
    assert window.copy()
    pasted = window.paste()
    assert len(pasted) == 1 + 3 + 1  # the objective, its key results, the initiative
    new = board.get(pasted[0])
    assert new.title == "Grow recurring revenue" and (new.x, new.y) == (60.0, 100.0)  # type: ignore[union-attr]
    assert [k.title for k in board.key_results(new.id)] == [k.title for k in board.key_results("obj-grow")]
    assert scene.selected_ids() == [new.id]
    assert window.document.undo_stack.undoText() == "Paste"
    window.document.undo_stack.undo()
    assert snapshot(board) == before
    # A key result pasted with an objective selected goes into that objective.
    scene.select_ids(["kr-nps"])
    window.copy()
    scene.select_ids(["obj-delight"])
    window.paste()
    assert [k.title for k in board.key_results("obj-delight")][-1] == "NPS from 20 to 40"
    scene.select_ids(["note-finance"])
    duplicated = window.duplicate()
    assert board.get(duplicated[0]).text == "Ask finance for the churn data"  # type: ignore[union-attr]


def test_palette_double_click_adds_to_the_selection(window: Any) -> None:
    board, scene = window.document.board, window.scene
    scene.select_ids(["obj-public"])
    new_id = window.add_kind("key_result")
    assert new_id is not None and board.get(new_id).objective_id == "obj-public"  # type: ignore[union-attr]
    scene.interactions.editor.finish(keep=False)
    scene.select_ids(["team-support"])
    new_id = window.add_kind("objective")
    assert board.get(new_id).team_id == "team-support"  # type: ignore[union-attr]
    scene.interactions.editor.finish(keep=False)
    scene.clearSelection()
    assert window.add_kind("initiative") is None  # needs a key result
    palette = window.palette_list
    assert [palette.kind_at(r) for r in range(palette.count())] == [
        "objective",
        "key_result",
        "initiative",
        "note",
        "team",
    ]


def test_select_all_and_delete(window: Any) -> None:
    board = window.document.board
    window.window_actions["select_all"].trigger()
    assert len(window.scene.selectedItems()) == len(window.scene.cards)
    window.window_actions["delete"].trigger()
    assert not board.objectives() and not board.notes()
    assert len(board.teams()) == 2  # lanes were not selected
    window.window_actions["undo"].trigger()
    assert len(board.key_results()) == 5


def test_save_a_copy_in_each_format(window: Any, tmp_path: Path) -> None:
    from okrworkshop.files import read_board

    assert window.save_copy_to(tmp_path / "copy.okrw")
    assert snapshot(read_board(tmp_path / "copy.okrw")) == snapshot(window.document.board)
    assert window.save_copy_to(tmp_path / "draft.json")
    assert {o.title for o in read_board(tmp_path / "draft.json").objectives()} == {
        o.title for o in window.document.board.objectives()
    }


def test_new_workshop_and_importing_a_draft(window: Any, tmp_path: Path) -> None:
    old_path = window.document.path
    window.new_workshop()
    assert window.document.path != old_path and window.document.path.exists()
    assert [t.name for t in window.document.board.teams()] == ["Team 1"]
    assert "New workshop" in window.windowTitle()
    window.save_copy_to(tmp_path / "draft.json")
    assert window.open_path(tmp_path / "draft.json")
    assert window.document.path.suffix == ".okrw" and window.document.path.parent != tmp_path
    assert (tmp_path / "draft.json").exists()


def test_an_unusable_file_is_reported_not_raised(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "broken.okrw"
    bad.write_bytes(b"not a database at all")
    before = window.document
    assert not window.open_path(bad)
    assert shown and "broken.okrw" in shown[0]
    assert window.document is before
    assert bad.read_bytes() == b"not a database at all"


def test_viewing_and_closing_leaves_the_file_untouched(workshop_path: Path, qtbot: Any) -> None:
    from okrworkshop.canvas.document import Document
    from okrworkshop.ui.main_window import MainWindow

    original = workshop_path.read_bytes()
    main = MainWindow(Document.open(workshop_path))
    qtbot.addWidget(main)
    main.show()
    main.view.fit_board()
    main.view.zoom_in()
    main.scene.select_ids(["obj-grow"])
    qtbot.waitUntil(lambda: main.live is None or not main.live.pending, timeout=3000)
    assert main.close()  # never asks
    assert workshop_path.read_bytes() == original
    assert sorted(p.name for p in workshop_path.parent.iterdir()) == [workshop_path.name]


def test_parse_number_reads_french_and_english() -> None:
    assert parse_number("4,5") == 4.5
    assert parse_number("1 850") == 1850
    assert parse_number("1\u202f850,25") == 1850.25
    assert parse_number("-3.5") == -3.5
    assert parse_number("  ") is None
    with pytest.raises(ValueError):
        parse_number("12 k€")


def test_findings_follow_typing_on_the_card_within_a_second(window: Any, qtbot: Any) -> None:
    """Typing a task-like key result on the card: its badge and the findings list react while typing."""
    import time

    view, scene = window.view, window.scene
    tenders = scene.cards["kr-tenders"]
    qtbot.waitUntil(lambda: not window.live.pending, timeout=3000)
    counts_before = tenders.counts
    double_click(view, scene_point(tenders, 30, 8))
    QTest.keyClicks(view, "Organise the kick-off meeting")
    typed = time.monotonic()

    def task_warning_listed() -> bool:
        warnings = [f for f in window.live.checker.findings_for("kr-tenders") if f.rule == "kr-is-task"]
        listed = [
            r.text() for r in window.findings.rows() if r.data(Qt.ItemDataRole.UserRole) == "kr-tenders"
        ]
        return bool(warnings) and any(warnings[0].message in text for text in listed)

    assert not task_warning_listed()
    qtbot.waitUntil(task_warning_listed, timeout=1500)
    assert time.monotonic() - typed < 1.5
    assert scene.interactions.editor is not None  # still typing: nothing waited for Enter
    assert tenders.counts[1] >= 1 and tenders.counts != counts_before
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tenders.counts == counts_before, timeout=1500)
    assert window.document.board.get("kr-tenders").title == "Tenders won from 1 to 5"


def test_keyboard_shortcuts_reach_the_board_but_not_while_editing(window: Any, qtbot: Any) -> None:
    board, view, scene = window.document.board, window.view, window.scene
    view.setFocus()
    click(view, scene_point(scene.cards["kr-nps"], 30, 8))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "kr-nps" not in board
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "kr-nps" in board
    # While a card's text is edited, Delete and Ctrl+Z belong to the text.
    click(view, scene_point(scene.cards["kr-nps"], 30, 8))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert scene.interactions.editor is not None
    QTest.keyClick(view, Qt.Key.Key_End)
    QTest.keyClick(view, Qt.Key.Key_Backspace)
    QTest.keyClick(view, Qt.Key.Key_Home)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "kr-nps" in board
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert board.get("kr-nps").title == "PS from 20 to 4"  # type: ignore[union-attr]


def test_quitting_after_a_copy_does_not_crash(tmp_path: Path) -> None:
    """Qt crashes at exit while the clipboard holds the app's data, unless the app takes it back."""
    import subprocess
    import sys

    code = (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from okrworkshop.canvas.document import Document\n"
        "from okrworkshop.demo import demo_board\n"
        "from okrworkshop.ui.main_window import MainWindow\n"
        "window = MainWindow(Document(demo_board()))\n"
        "window.scene.select_ids([window.document.board.objectives()[0].id])\n"
        "assert window.copy()\n"
        "print('copied')\n"
    )
    env = {**os.environ, "OKRWORKSHOP_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.stdout.strip() == "copied", result.stderr
    assert result.returncode == 0, result.stderr


def test_a_csv_with_a_value_a_workshop_cannot_hold_is_refused_before_anything_is_made(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Imported, this file once became an untitled workshop whose saved colour "rouge" then made
    # it refuse to open at the next start.
    from PySide6.QtWidgets import QMessageBox

    from okrworkshop.paths import user_data_dir

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    csv_file = tmp_path / "équipes.csv"
    csv_file.write_text(
        "type;team;title;colour\nteam;;Ventes;rouge\nobjective;Ventes;Grandir;\n", encoding="utf-8"
    )
    made_before = sorted(user_data_dir().rglob("*.okrw"))
    before = window.document
    assert not window.open_path(csv_file)
    assert shown == [
        (
            "Cannot open this file",
            f"{csv_file}: line 2, column colour: must be a colour like '#4e79a7', not 'rouge'",
        )
    ]
    assert window.document is before
    assert sorted(user_data_dir().rglob("*.okrw")) == made_before
