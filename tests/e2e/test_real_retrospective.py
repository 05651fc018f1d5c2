"""The follow-up by a trainer's hand on the real window: a check-in (Ctrl+K), the retrospective (F7),
a score typed over, a card dropped, and the next quarter opened — real pointer and keyboard."""

from __future__ import annotations

from typing import Any

from realinput import global_point, item_point, pump, wait_until, widget_centre

from okrworkshop.model import KeyResult, Objective
from okrworkshop.storage import read_okrw


def _active(window: Any) -> None:
    window.activateWindow()
    wait_until(window.isActiveWindow, what=f"{window.objectName()} active")


def test_check_in_score_drop_and_prepare_the_next_quarter(app: Any) -> None:
    window = app.open()
    app.real.key("ctrl+0")
    pump(0.1)
    view = window.view
    app.real.click(item_point(view, window.scene.cards["kr-tenders"], 0.5, 0.2))
    wait_until(lambda: window.scene.selected_ids() == ["kr-tenders"], what="the key result selected")
    # The weekly check-in: Ctrl+K, type the value, record.
    app.real.key("ctrl+k")
    wait_until(lambda: getattr(window, "check_in_dialog", None) is not None, what="the check-in open")
    dialog = window.check_in_dialog
    wait_until(dialog.isActiveWindow, what="the check-in active")
    wait_until(dialog.value.hasFocus, what="the value field focused")
    app.real.type("3")
    app.real.click(widget_centre(dialog.record_button))
    wait_until(
        lambda: window.document.board.typed("kr-tenders", KeyResult).current == 3,
        what="the check-in recorded",
    )
    app.real.key("Escape")
    wait_until(lambda: not dialog.isVisible(), what="the check-in closed")
    _active(window)
    # The retrospective of the selected card's team.
    app.real.key("F7")
    wait_until(lambda: window.retrospective_dialog is not None, what="the retrospective open")
    retro = window.retrospective_dialog
    wait_until(retro.isActiveWindow, what="the retrospective active")
    assert retro.team_id() == "team-sales"
    spin = retro.score_cells["kr-tenders"].spin
    assert spin.text() == "0.5"  # 1 -> 5 at 3: computed from progress
    app.real.click(widget_centre(spin.lineEdit()))
    app.real.key("ctrl+a")
    app.real.type("0.6")
    app.real.key("Return")
    wait_until(
        lambda: window.document.board.typed("kr-tenders", KeyResult).score == 0.6, what="the score set"
    )
    assert read_okrw(app.path).typed("kr-tenders", KeyResult).score == 0.6
    # Drop the public-sector objective: open its list and choose the last entry.
    box = retro.decisions["obj-public"]
    app.real.click(widget_centre(box))
    pump(0.3)
    app.real.key("End")
    app.real.key("Return")
    wait_until(
        lambda: window.document.board.typed("obj-public", Objective).decision == "drop", what="dropped"
    )
    # Ctrl+Z in the retrospective takes the decision back, Ctrl+Y puts it again.
    app.real.click(global_point(retro.cards.viewport(), retro.cards.viewport().rect().bottomLeft() + _up(12)))
    app.real.key("ctrl+z")
    wait_until(lambda: window.document.board.typed("obj-public", Objective).decision == "", what="undone")
    app.real.key("ctrl+y")
    wait_until(lambda: window.document.board.typed("obj-public", Objective).decision == "drop", what="redone")
    old_path = app.path
    app.real.click(widget_centre(retro.prepare))
    wait_until(lambda: window.document.path != old_path, what="the next quarter opened")
    new = window.document.board
    assert window.document.path.name == "Test workshop — 2027-Q2.okrw"
    assert "Win the public sector" not in [o.title for o in new.objectives()]
    tenders = [k for k in new.key_results() if k.title.startswith("Tenders")]
    assert tenders == []  # it went with its objective
    arr = next(k for k in new.key_results() if k.title.startswith("ARR"))
    assert (arr.current, arr.score, new.check_ins(arr.id)) == (None, None, [])
    assert read_okrw(old_path).typed("obj-public", Objective).decision == "drop"


def _up(pixels: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(12, -pixels)
