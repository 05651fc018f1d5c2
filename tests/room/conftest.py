"""Fixtures of the room's tests: a workshop file from a case, served for real on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from okrworkshop.cases import load_case
from okrworkshop.storage import write_okrw


@pytest.fixture
def room_file(tmp_path: Path) -> Path:
    """Mijoté (three squads) in French, without the reference OKRs: the teams start empty."""
    board = load_case("mijote").new_board("fr", reference=False)
    return write_okrw(board, tmp_path / "salle.okrw")


@pytest.fixture
def served(room_file: Path) -> Iterator[Any]:
    """The headless room on the workshop file, listening on 127.0.0.1 (a free port)."""
    from okrworkshop.room.host import open_file_host
    from okrworkshop.room.server import RoomServer

    host = open_file_host(room_file)
    server = RoomServer(host, "127.0.0.1", 0)
    server.start()
    server.host = host  # type: ignore[attr-defined]
    yield server
    server.stop()
    host.close()


def join(base: str, code: str, name: str = "Léa") -> Any:
    """An httpx client that joined the room (cookie set) and got its CSRF token."""
    import httpx

    client = httpx.Client(base_url=base, follow_redirects=False, timeout=10)
    response = client.post("/join", data={"code": code, "name": name})
    assert response.status_code == 303 and response.headers["location"] == "/p", response.text
    state = client.get("/api/state").json()
    client.headers["X-CSRF-Token"] = state["csrf"]
    return client
