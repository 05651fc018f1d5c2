"""The room's HTTP API against a real server on 127.0.0.1: joining, writing, refusals, voting.

Every assertion on a participant's change reads the workshop file back from disk, as a crash
right after the answer would leave it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from okrworkshop.model import KeyResult, Objective
from okrworkshop.storage import read_okrw
from tests.room.conftest import join


def base(server: Any) -> str:
    return server.address.base


def team_id(path: Path, name: str) -> str:
    return next(t.id for t in read_okrw(path).teams() if t.name == name)


def choose(client: httpx.Client, team: str) -> None:
    assert client.post("/api/team", json={"team": team}).status_code == 200


def test_nobody_gets_in_without_the_code(served: Any) -> None:
    anonymous = httpx.Client(base_url=base(served), follow_redirects=False)
    assert anonymous.get("/api/state").status_code == 401
    assert anonymous.get("/api/board").status_code == 401
    assert anonymous.post("/api/changes", json={"op": "add"}).status_code == 401
    wrong = anonymous.post(
        "/join", data={"code": "AAAAAA" if served.room.join_code != "AAAAAA" else "BBBBBB"}
    )
    assert wrong.status_code == 303 and wrong.headers["location"] == "/?error=bad-code"
    assert "okrw_room" not in wrong.cookies
    forged = httpx.Client(base_url=base(served), cookies={"okrw_room": "eyJ4Ijoxfq.forged"})
    assert forged.get("/api/state").status_code == 401
    # The code as people type it from the screen: lower case, spaces.
    code = served.room.join_code
    typed = anonymous.post("/join", data={"code": f" {code[:3].lower()} {code[3:].lower()} "})
    assert typed.status_code == 303 and typed.headers["location"] == "/p"


def test_a_participant_adds_a_key_result_and_it_is_in_the_file(served: Any, room_file: Path) -> None:
    client = join(base(served), served.room.join_code)
    atlas = team_id(room_file, read_okrw(room_file).teams()[0].name)
    choose(client, atlas)
    done = client.post(
        "/api/changes", json={"op": "add", "kind": "objective", "title": "Faire cuisiner les familles"}
    )
    assert done.status_code == 200, done.text
    objective_id = done.json()["id"]
    done = client.post(
        "/api/changes",
        json={
            "op": "add",
            "kind": "key_result",
            "parent": objective_id,
            "title": "Passer de 20 % à 35 % de recettes cuisinées",
        },
    )
    assert done.status_code == 200, done.text
    board = read_okrw(room_file)
    objective = board.get(objective_id)
    assert isinstance(objective, Objective) and objective.team_id == atlas
    assert [k.title for k in board.key_results(objective_id)] == [
        "Passer de 20 % à 35 % de recettes cuisinées"
    ]
    state = client.get("/api/state").json()
    (card,) = state["lane"]["objectives"]
    assert card["title"] == "Faire cuisiner les familles"
    assert card["key_results"][0]["id"] == done.json()["id"]


def test_the_checker_speaks_on_each_card_with_the_coach_rewrite(served: Any, room_file: Path) -> None:
    client = join(base(served), served.room.join_code)
    choose(client, read_okrw(room_file).teams()[0].id)
    objective = client.post(
        "/api/changes", json={"op": "add", "kind": "objective", "title": "Lancer l'appli mobile"}
    )
    state = client.get("/api/state").json()
    (card,) = state["lane"]["objectives"]
    assert card["id"] == objective.json()["id"]
    rules = {f["rule"] for f in card["findings"]}
    assert "objective-is-task" in rules
    task = next(f for f in card["findings"] if f["rule"] == "objective-is-task")
    assert task["message"] and task["severity"] in ("warning", "error")
    assert all("rewrite" in f for f in card["findings"])


def test_edit_move_and_delete_stay_in_the_participants_team(served: Any, room_file: Path) -> None:
    teams = read_okrw(room_file).teams()
    mine, theirs = (
        join(base(served), served.room.join_code, "A"),
        join(base(served), served.room.join_code, "B"),
    )
    choose(mine, teams[0].id)
    choose(theirs, teams[1].id)
    first = mine.post("/api/changes", json={"op": "add", "kind": "objective", "title": "Un"}).json()["id"]
    second = mine.post("/api/changes", json={"op": "add", "kind": "objective", "title": "Deux"}).json()["id"]
    assert mine.post("/api/changes", json={"op": "move", "id": second, "direction": "up"}).status_code == 200
    assert [o.id for o in read_okrw(room_file).objectives(teams[0].id)] == [second, first]
    refused = theirs.post("/api/changes", json={"op": "edit", "id": first, "title": "Pris"})
    assert refused.status_code == 400 and refused.json()["error"] == "other-team"
    assert theirs.post("/api/changes", json={"op": "delete", "id": first}).json()["error"] == "other-team"
    assert (
        mine.post("/api/changes", json={"op": "edit", "id": first, "title": "Un, mieux dit"}).status_code
        == 200
    )
    kr = mine.post(
        "/api/changes", json={"op": "add", "kind": "key_result", "parent": first, "title": "KR"}
    ).json()["id"]
    assert mine.post("/api/changes", json={"op": "delete", "id": first}).status_code == 200
    board = read_okrw(room_file)
    assert first not in board and kr not in board and board.get(second).title == "Deux"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"op": "add", "kind": "objective", "title": "x" * 501}, "too-long"),
        ({"op": "add", "kind": "objective", "title": "   "}, "empty-title"),
        ({"op": "add", "kind": "objective", "title": 42}, "bad-request"),
        ({"op": "add", "kind": "objective", "title": "\ud800"}, "bad-request"),
        ({"op": "add", "kind": "team", "title": "x"}, "bad-request"),
        ({"op": "add", "kind": "key_result", "parent": "nope", "title": "x"}, "gone"),
        ({"op": "shell", "cmd": "rm -rf /"}, "bad-request"),
        (["not", "an", "object"], "bad-request"),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(
    served: Any, room_file: Path, change: Any, error: str
) -> None:
    client = join(base(served), served.room.join_code)
    choose(client, read_okrw(room_file).teams()[0].id)
    before = room_file.read_bytes()
    answer = client.post(
        "/api/changes", content=json.dumps(change), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code in (400, 404)
    assert answer.json()["error"] == error and answer.json()["message"]
    assert room_file.read_bytes() == before


def test_title_of_exactly_the_limit_is_accepted(served: Any, room_file: Path) -> None:
    client = join(base(served), served.room.join_code)
    choose(client, read_okrw(room_file).teams()[0].id)
    assert (
        client.post("/api/changes", json={"op": "add", "kind": "objective", "title": "x" * 500}).status_code
        == 200
    )


def test_markup_is_text(served: Any, room_file: Path) -> None:
    client = join(base(served), served.room.join_code)
    choose(client, read_okrw(room_file).teams()[0].id)
    title = '<img src=x onerror="alert(1)"> & <b>gras</b>'
    client.post("/api/changes", json={"op": "add", "kind": "objective", "title": title})
    assert client.get("/api/state").json()["lane"]["objectives"][0]["title"] == title
    page = client.get("/p")
    assert page.status_code == 200 and "onerror" not in page.text  # the page fills itself in as text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_state_changes_need_the_csrf_token(served: Any, room_file: Path) -> None:
    client = join(base(served), served.room.join_code)
    del client.headers["X-CSRF-Token"]
    answer = client.post("/api/team", json={"team": read_okrw(room_file).teams()[0].id})
    assert answer.status_code == 403 and answer.json()["error"] == "bad-csrf"
    client.headers["X-CSRF-Token"] = "0" * 64
    assert client.post("/api/team", json={"team": read_okrw(room_file).teams()[0].id}).status_code == 403


def test_locks_present_mode_and_removal(served: Any, room_file: Path) -> None:
    teams = read_okrw(room_file).teams()
    client = join(base(served), served.room.join_code)
    choose(client, teams[0].id)
    add = {"op": "add", "kind": "objective", "title": "Pendant la pause"}
    served.room.lock(teams[0].id)
    assert client.post("/api/changes", json=add).status_code == 423
    assert client.get("/api/state").json()["locked"] is True
    served.room.lock(teams[0].id, locked=False)
    served.room.lock(None)  # everyone
    assert client.post("/api/changes", json=add).status_code == 423
    served.room.lock(None, locked=False)
    assert client.post("/api/changes", json=add).status_code == 200
    served.room.present(teams[1].id)
    state = client.get("/api/state").json()
    assert state["presenting"] == teams[1].id and state["lane"]["team_id"] == teams[1].id and state["locked"]
    served.room.present(None)
    (participant,) = served.room.participants()
    served.room.remove(participant.id)
    assert client.get("/api/state").status_code == 403
    assert client.post("/api/changes", json=add).status_code == 403


def test_a_burst_of_changes_is_slowed_down(served: Any, room_file: Path) -> None:
    from okrworkshop.room.state import RATE_BURST

    served.room.rate_per_second = 0.0  # no refill during the test: only the burst counts
    client = join(base(served), served.room.join_code)
    choose(client, read_okrw(room_file).teams()[0].id)
    codes = [
        client.post("/api/changes", json={"op": "add", "kind": "objective", "title": f"O{i}"}).status_code
        for i in range(RATE_BURST + 5)
    ]
    assert codes[:RATE_BURST] == [200] * RATE_BURST  # a burst of exactly the allowance passes
    assert codes[RATE_BURST:] == [429] * 5


def test_api_board_is_the_v1_interchange(served: Any, room_file: Path) -> None:
    from okrworkshop.interchange import board_from_dict

    client = join(base(served), served.room.join_code)
    choose(client, read_okrw(room_file).teams()[0].id)
    client.post("/api/changes", json={"op": "add", "kind": "objective", "title": "Visible de tous"})
    data = client.get("/api/board").json()
    assert data["format"] == "okrworkshop/v1"
    again = board_from_dict(data)
    assert "Visible de tous" in {o.title for o in again.objectives()}


def test_dot_vote_keeps_the_top_and_parks_the_rest_in_one_step(served: Any, room_file: Path) -> None:
    teams = read_okrw(room_file).teams()
    writer = join(base(served), served.room.join_code)
    choose(writer, teams[0].id)
    ids = [
        writer.post("/api/changes", json={"op": "add", "kind": "objective", "title": t}).json()["id"]
        for t in ("Alpha", "Bravo", "Charlie", "Delta")
    ]
    served.room.open_vote(ids, dots=3)
    voters = [join(base(served), served.room.join_code, f"V{i}") for i in range(3)]
    # Bravo 5 dots, Delta 3, Alpha 1, Charlie 0.
    for voter, picks in zip(voters, ([1, 1, 3], [1, 1, 3], [1, 0, 3]), strict=True):
        for index in picks:
            assert voter.post("/api/vote", json={"card": ids[index], "delta": 1}).status_code == 200
    assert voters[0].post("/api/vote", json={"card": ids[2], "delta": 1}).json()["error"] == "no-dots-left"
    assert voters[0].post("/api/vote", json={"card": ids[3], "delta": -1}).status_code == 200
    assert voters[0].post("/api/vote", json={"card": ids[0], "delta": 1}).status_code == 200
    state = voters[1].get("/api/state").json()["vote"]
    assert [(c["title"], c["dots"]) for c in state["cards"]] == [
        ("Bravo", 5),
        ("Alpha", 2),
        ("Delta", 2),
        ("Charlie", 0),
    ]
    key = {"X-Facilitator-Key": served.room.facilitator_key}
    facilitator = httpx.Client(base_url=base(served))
    assert facilitator.post("/api/facilitator/vote/close", json={"keep": 2}).status_code == 401
    closed = facilitator.post("/api/facilitator/vote/close", json={"keep": 2}, headers=key)
    assert closed.status_code == 200, closed.text
    board = read_okrw(room_file)
    parking = next(t for t in board.teams() if t.name == "Parking")
    assert [o.title for o in board.objectives(teams[0].id)] == ["Alpha", "Bravo"]
    assert sorted(o.title for o in board.objectives(parking.id)) == ["Charlie", "Delta"]


def test_headless_command_prints_the_join_url_first(room_file: Path) -> None:
    import subprocess
    import sys

    child = subprocess.Popen(
        [sys.executable, "-m", "okrworkshop", "room", str(room_file), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = child.stdout.readline().strip()  # type: ignore[union-attr]
        assert first.startswith("http://127.0.0.1:") and "/join?code=" in first
        client = httpx.Client(follow_redirects=False, timeout=10)
        assert client.get(first).status_code == 303
    finally:
        child.terminate()
        child.wait(timeout=20)
    assert child.returncode == 0
    assert KeyResult  # the file is still a workshop: it reopens
    read_okrw(room_file)


def test_headless_command_refuses_bad_input_in_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    for args, expected in (
        ([str(tmp_path)], "is a folder"),
        ([str(tmp_path / "x.json")], ".okrw"),
        ([str(tmp_path / "missing.okrw")], "missing.okrw"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "okrworkshop", "room", *args, "--host", "127.0.0.1", "--port", "0"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2 and expected in done.stderr and done.stderr.count("\n") == 1, done.stderr
