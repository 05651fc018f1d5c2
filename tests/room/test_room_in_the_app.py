"""The room opened from the app: participants' changes are undo steps on the shared screen's board."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from okrworkshop.storage import read_okrw
from tests.room.conftest import join


@pytest.fixture
def app_window(room_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from okrworkshop.canvas.document import Document
    from okrworkshop.ui.main_window import MainWindow

    monkeypatch.setenv("OKRWORKSHOP_ROOM_HOST", "127.0.0.1")
    window = MainWindow(Document.open(room_file))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window
    window.close_room()
    window.close()


def post_and_wait(qtbot: Any, client: httpx.Client, path: str, body: Any) -> httpx.Response:
    """Send from a worker thread while the Qt thread runs (the app carries the change out)."""
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(client.post, path, json=body)
        qtbot.waitUntil(future.done, timeout=15000)
        return future.result()


def test_a_participants_change_is_an_undo_step_named_after_the_team(
    app_window: Any, qtbot: Any, room_file: Path
) -> None:
    app_window.window_actions["room"].trigger()
    server = app_window.room_server
    assert server is not None and server.address.host == "127.0.0.1"
    dock = app_window.room_dock
    assert dock.isVisible() and dock.code_label.text() == server.room.join_code
    image = dock.qr.grab().toImage()
    dark = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).value() < 60
    )
    assert dark > 50  # a QR code is drawn, not a blank square

    team = app_window.document.board.teams()[0]
    client = join(server.address.base, server.room.join_code, "Léa")
    assert post_and_wait(qtbot, client, "/api/team", {"team": team.id}).status_code == 200
    steps = app_window.document.undo_stack.count()
    started = time.perf_counter()
    answer = post_and_wait(
        qtbot, client, "/api/changes", {"op": "add", "kind": "objective", "title": "Faire cuisiner"}
    )
    assert answer.status_code == 200, answer.text
    card_id = answer.json()["id"]
    qtbot.waitUntil(lambda: card_id in app_window.scene.cards, timeout=5000)
    print(
        f"\nparticipant's change on the shared screen after {1000 * (time.perf_counter() - started):.0f} ms"
    )
    stack = app_window.document.undo_stack
    assert stack.count() == steps + 1
    assert stack.undoText().startswith(f"{team.name}")
    assert "Faire cuisiner" in stack.undoText()
    assert card_id in {o.id for o in read_okrw(room_file).objectives()}
    # The facilitator undoes it: gone from the board, the file and the participant's page.
    stack.undo()
    assert card_id not in {o.id for o in read_okrw(room_file).objectives()}
    qtbot.waitUntil(lambda: server.host.snapshot().lanes[team.id]["objectives"] == [], timeout=5000)
    state = client.get("/api/state").json()
    assert state["lane"]["objectives"] == []


def test_closing_the_window_closes_the_room(app_window: Any, qtbot: Any) -> None:
    app_window.window_actions["room"].trigger()
    base = app_window.room_server.address.base
    assert httpx.get(base + "/", timeout=5).status_code == 200
    app_window.close()
    QApplication.processEvents()
    with pytest.raises(httpx.TransportError):
        httpx.get(base + "/", timeout=2)


def test_the_vote_on_the_shared_screen_parks_the_rest_in_one_undo_step(
    app_window: Any, qtbot: Any, room_file: Path
) -> None:
    app_window.window_actions["room"].trigger()
    server = app_window.room_server
    team = app_window.document.board.teams()[0]
    writer = join(server.address.base, server.room.join_code, "W")
    post_and_wait(qtbot, writer, "/api/team", {"team": team.id})
    ids = [
        post_and_wait(qtbot, writer, "/api/changes", {"op": "add", "kind": "objective", "title": t}).json()[
            "id"
        ]
        for t in ("Un", "Deux", "Trois")
    ]
    dock = app_window.room_dock
    dock.present_box.setCurrentIndex(dock.present_box.findData(team.id))
    dock.open_vote_button.click()
    assert server.room.vote is not None and set(server.room.vote.card_ids) == set(ids)
    voter = join(server.address.base, server.room.join_code, "V")
    for card in (ids[2], ids[2], ids[0]):
        assert post_and_wait(qtbot, voter, "/api/vote", {"card": card, "delta": 1}).status_code == 200
    qtbot.waitUntil(lambda: dock.chart.rows[:1] == [("Trois", 2)], timeout=5000)
    dock.keep.setValue(2)
    steps = app_window.document.undo_stack.count()
    dock.close_vote_button.click()
    qtbot.waitUntil(lambda: app_window.document.undo_stack.count() == steps + 1, timeout=5000)
    board = read_okrw(room_file)
    assert [o.title for o in board.objectives(team.id)] == ["Un", "Trois"]
    parking = next(t for t in board.teams() if t.name == "Parking")
    assert [o.title for o in board.objectives(parking.id)] == ["Deux"]
    app_window.document.undo_stack.undo()
    assert [o.title for o in read_okrw(room_file).objectives(team.id)] == ["Un", "Deux", "Trois"]


def test_the_dock_pauses_one_team_then_everyone(app_window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    app_window.window_actions["room"].trigger()
    server, dock = app_window.room_server, app_window.room_dock
    first, second = app_window.document.board.teams()[:2]
    client = join(server.address.base, server.room.join_code, "L")
    post_and_wait(qtbot, client, "/api/team", {"team": first.id})
    add = {"op": "add", "kind": "objective", "title": "Pendant la présentation"}
    item = next(
        dock.team_locks.item(i)
        for i in range(dock.team_locks.count())
        if dock.team_locks.item(i).text() == first.name
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert server.room.locked_teams() == {first.id}
    assert post_and_wait(qtbot, client, "/api/changes", add).status_code == 423
    item = next(
        dock.team_locks.item(i)
        for i in range(dock.team_locks.count())
        if dock.team_locks.item(i).text() == first.name
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    assert post_and_wait(qtbot, client, "/api/changes", add).status_code == 200
    dock.lock_all.setChecked(True)
    assert post_and_wait(qtbot, client, "/api/changes", add).status_code == 423
    assert second.id not in server.room.locked_teams() and server.room.is_locked(second.id)
