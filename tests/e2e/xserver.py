"""A private X server for the real-input tests: Xvfb on a display number of its own, a window manager.

Xvfb picks a free display itself and writes its number to a pipe (``-displayfd``), so runs in
parallel never share a display. Openbox gives windows keyboard focus the way a desktop does.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from dataclasses import dataclass, field

SCREEN = (1600, 1000)


class XServerError(RuntimeError):
    """The X server or one of its tools is missing or did not start."""


@dataclass
class XServer:
    display: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["DISPLAY"] = self.display
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def stop_window_manager(self) -> None:
        """Stop everything but the server, which ends by itself when the app's connection closes
        (stopping it under a live QApplication would make Qt abort the process)."""
        self._stop(self.processes[1:])
        del self.processes[1:]

    def stop(self) -> None:
        self._stop(self.processes)
        self.processes.clear()

    @staticmethod
    def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        raise XServerError(f"{tool} is not installed (scripts/setup installs it)")
    return found


def start_x_server(window_manager: bool = True, timeout: float = 20.0) -> XServer:
    """Start Xvfb (and openbox) and return once clients can connect."""
    xvfb = _require("Xvfb")
    _require("xdotool")
    read_end, write_end = os.pipe()
    width, height = SCREEN
    process = subprocess.Popen(
        # -terminate: the server ends when its last client goes (the test process, at its very end).
        [
            xvfb,
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-terminate",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + timeout
    try:
        while not number.endswith(b"\n"):
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise XServerError("Xvfb did not start")
            chunk = os.read(read_end, 16)
            if not chunk:
                process.kill()
                raise XServerError("Xvfb did not report its display")
            number += chunk
    finally:
        os.close(read_end)
    server = XServer(f":{number.decode().strip()}", [process])
    # A first client that stays until the end (with -terminate, the server would end as soon as
    # a passing client such as xdotool left it alone); it also tells when the window manager is up.
    spy = subprocess.Popen(
        [_require("xprop"), "-root", "-spy"],
        env=server.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    server.processes.append(spy)
    if window_manager:
        openbox = _require("openbox")
        server.processes.append(
            subprocess.Popen(
                [openbox, "--sm-disable"],
                env=server.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        assert spy.stdout is not None
        seen = b""
        while not seen.startswith(b"_NET_SUPPORTING_WM_CHECK"):
            ready, _, _ = select.select([spy.stdout], [], [], max(0.0, deadline - time.monotonic()))
            line = spy.stdout.readline() if ready else b""
            if not line:
                server.stop()
                raise XServerError("openbox did not start")
            seen = line
    return server
