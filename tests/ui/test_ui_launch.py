"""Starting the app for a screenshot: the PNG at the asked size, bad files as one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from okrworkshop.errors import InputError
from okrworkshop.ui.launch import run_gui

REPO = Path(__file__).resolve().parents[2]


def test_screenshot_renders_the_window_at_the_asked_size(
    workshop_path: Path, tmp_path: Path, qapp: Any
) -> None:
    original = workshop_path.read_bytes()
    out = tmp_path / "shot.png"
    assert run_gui(str(workshop_path), screenshot=str(out), size=(1200, 760)) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 760)
    # Not a blank picture: the lanes' colours are in it.
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 7) for y in range(0, 760, 7)}
    assert len(colours) > 20
    assert workshop_path.read_bytes() == original


def test_screenshot_of_the_whole_board(workshop_path: Path, tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "overview.png"
    assert run_gui(str(workshop_path), screenshot=str(out), size=(900, 700), zoom="fit") == 0
    assert QImage(str(out)).width() == 900


def test_screenshot_of_a_bad_file_raises_one_line(tmp_path: Path, qapp: Any) -> None:
    bad = tmp_path / "bad.okrw"
    bad.write_text("hello")
    with pytest.raises(InputError) as caught:
        run_gui(str(bad), screenshot=str(tmp_path / "x.png"))
    assert "bad.okrw" in caught.value.line() and "\n" not in caught.value.line()
    assert not (tmp_path / "x.png").exists()


def test_the_demo_opens_without_a_file(tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "demo.png"
    assert run_gui(None, screenshot=str(out), size=(800, 600)) == 0
    data = Path(os.environ["OKRWORKSHOP_DATA_DIR"])
    assert any(p.suffix == ".okrw" for p in data.iterdir())


def test_cli_screenshot_in_a_fresh_process(workshop_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "okrworkshop",
            "--screenshot",
            str(out),
            "--size",
            "1000x700",
            str(workshop_path),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).size().width() == 1000
    bad = tmp_path / "bad.okrw"
    bad.write_text("hello")
    done = subprocess.run(
        [sys.executable, "-m", "okrworkshop", "--screenshot", str(out), str(bad)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_a_screenshot_leaves_the_trainers_session_alone(
    workshop_path: Path, tmp_path: Path, qapp: Any
) -> None:
    from PySide6.QtCore import QSettings

    from okrworkshop.ui import session

    before = workshop_path.with_name("before.okrw")
    before.write_bytes(workshop_path.read_bytes())
    session.remember_workshop(before, 0.5, (3.0, 4.0))
    kept = {key: QSettings().value(key) for key in QSettings().allKeys()}
    assert run_gui(str(workshop_path), screenshot=str(tmp_path / "s.png"), size=(700, 500)) == 0
    assert run_gui(None, screenshot=str(tmp_path / "d.png"), size=(700, 500)) == 0
    # Neither the file rendered nor the demo becomes a recent workshop or the one reopened next,
    # and the 700 x 500 render is not kept as the window's size.
    assert {key: QSettings().value(key) for key in QSettings().allKeys()} == kept
    assert session.last_workshop() == before.resolve()
    assert [e.path for e in session.recent_workshops()] == [before.resolve()]
