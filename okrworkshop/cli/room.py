"""``okrworkshop room FILE.okrw [--host H] [--port P]``: serve the workshop to participants' devices.

The first line of stdout is the join URL (the join code is in it); the second gives the key of the
facilitator's API (locks, present mode, votes: ``docs/room.md``). Every participant's change is
committed to the file at once. Serves until interrupted (Ctrl+C), then closes the room.
"""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from typing import Any

from okrworkshop.cli import notice
from okrworkshop.errors import InputError
from okrworkshop.storage import SUFFIX


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.okrw", help="the workshop to serve")
    parser.add_argument(
        "--host", default=None, help="address to listen on (default: this machine's LAN address)"
    )
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    if path.suffix.lower() != SUFFIX:
        raise InputError(path, f"the room serves {SUFFIX} workshop files (convert a .json or .csv first)")
    if not 0 <= args.port <= 65535:
        raise InputError(None, f"--port {args.port} is out of range (0 to 65535)")
    from okrworkshop.room.host import open_file_host
    from okrworkshop.room.server import RoomServer

    host = open_file_host(path, notify=notice)
    server = RoomServer(host, args.host, args.port)
    try:
        server.start()
    except OSError as exc:
        host.close()
        raise InputError(None, str(exc)) from None
    print(server.join_url, flush=True)
    print(f"facilitator key: {server.room.facilitator_key}", flush=True)
    stop = threading.Event()

    def interrupted(_signum: int, _frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    try:
        stop.wait()
    finally:
        server.stop()
        host.close()
    return 0
