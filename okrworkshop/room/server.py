"""Serving a room: uvicorn in its own thread, on the address the facilitator chose.

The server thread runs its own asyncio loop; the board stays with its host (the app's Qt thread,
or the headless command). ``RoomServer.start()`` returns once the socket listens, so the join URL
printed or shown is already reachable; ``stop()`` closes every page's connection and the socket.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass

import uvicorn

from okrworkshop.room.app import create_room
from okrworkshop.room.host import RoomHost
from okrworkshop.room.state import Room


def lan_address() -> str:
    """This machine's address on the room's network (IPv4), or 127.0.0.1 when it has none.

    Read from the machine's own name resolution: nothing is sent on the network to find it.
    """
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        return "127.0.0.1"
    for info in infos:
        address = str(info[4][0])
        if not address.startswith("127."):
            return address
    return "127.0.0.1"


def addresses() -> list[str]:
    """The IPv4 addresses this machine answers on (LAN first, loopback last), for the facilitator."""
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if address not in found and not address.startswith("127."):
            found.append(address)
    return [*found, "127.0.0.1"]


@dataclass(frozen=True, slots=True)
class Address:
    host: str
    port: int

    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


class RoomServer:
    """One opening of the room: a :class:`Room`, its app and the thread serving it."""

    def __init__(self, host: RoomHost, address: str | None = None, port: int = 0) -> None:
        self.host = host
        self.room = Room()
        self.app = create_room(host, self.room)
        self._address = address or lan_address()
        self._port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.address: Address | None = None

    @property
    def join_url(self) -> str:
        assert self.address is not None, "the room is not open"
        return f"{self.address.base}/join?code={self.room.join_code}"

    def start(self, timeout: float = 10.0) -> Address:
        """Listen (port 0: a free one) and serve in a background thread."""
        family = socket.AF_INET6 if ":" in self._address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self._address, self._port))
        except OSError as exc:
            sock.close()
            raise OSError(f"cannot listen on {self._address}:{self._port} ({exc.strerror or exc})") from None
        sock.listen(128)
        bound = sock.getsockname()
        self.address = Address(self._address, int(bound[1]))
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            ws="websockets-sansio",
            lifespan="on",
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        self._server = server
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="okrworkshop-room", daemon=True
        )
        self._thread = thread
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise OSError("the room's server did not start")
            time.sleep(0.01)
        return self.address

    def stop(self) -> None:
        """Close the room: pages are told, the socket closes, the thread ends."""
        self.room.close()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = self._thread = None
