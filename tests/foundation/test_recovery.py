"""A workshop left by a crash (a hot rollback journal) opens with its last committed state.

Every CLI verb and the app recover it the way SQLite would, after keeping the file and its journal
as found (``NAME.recovered-<time>.okrw.bak`` and ``…bak-journal``), and say so once.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from crash_files import UNCOMMITTED_TITLE, crash_mid_transaction, journal_of

from okrworkshop.cli import main
from okrworkshop.errors import InputError
from okrworkshop.files import read_board
from okrworkshop.interchange import board_to_dict
from okrworkshop.model import Board
from okrworkshop.storage import WorkshopFile, read_okrw, write_okrw


def _crashed(tmp_path: Path, board: Board, name: str = "atelier.okrw") -> tuple[Path, bytes, bytes]:
    path = write_okrw(board, tmp_path / name)
    crash_mid_transaction(path)
    return path, path.read_bytes(), journal_of(path).read_bytes()


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.recovered-*{path.suffix}.bak*"))


def _assert_recovered(path: Path, board: Board, file_bytes: bytes, journal_bytes: bytes) -> None:
    """The file holds the last committed state, passes integrity_check; the backup is byte-exact."""
    assert not journal_of(path).exists()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert board_to_dict(read_board(path)) == board_to_dict(board)
    backups = _backups(path)
    assert [p.name.endswith(".bak") for p in backups] == [True, False]
    assert backups[1].name == backups[0].name + "-journal"
    assert backups[0].read_bytes() == file_bytes
    assert backups[1].read_bytes() == journal_bytes


@pytest.mark.parametrize(
    "verb",
    [
        ["check"],
        ["check", "--format", "json"],
        ["convert", "{out}.json"],
        ["convert", "{out}.csv"],
        ["convert", "{out}.okrw"],
        ["poster", "-o", "{out}.pdf"],
    ],
)
def test_every_verb_recovers_a_crashed_file_and_says_so_once(
    tmp_path: Path, rich_board: Board, verb: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    clean = write_okrw(rich_board, tmp_path / "clean.okrw")
    out = str(tmp_path / "out")
    args = [verb[0], "{path}", *verb[1:]]
    expected = main([a.format(path=clean, out=out + "-clean") for a in args])
    usual = capsys.readouterr().err.splitlines()  # the poster's own warnings about this board

    path, file_bytes, journal_bytes = _crashed(tmp_path, rich_board)
    assert main([a.format(path=path, out=out) for a in args]) == expected
    output = capsys.readouterr()
    lines = [line for line in output.err.splitlines() if line not in usual]
    assert len(lines) == 1, output.err
    assert "atelier.okrw" in lines[0] and "crash" in lines[0] and _backups(path)[0].name in lines[0]
    assert "Traceback" not in output.err
    _assert_recovered(path, rich_board, file_bytes, journal_bytes)

    # Once recovered, the file is an ordinary file again: no message, no change, no new copy.
    before = path.read_bytes()
    assert main([a.format(path=path, out=out + "-again") for a in args]) == expected
    assert capsys.readouterr().err.splitlines() == usual
    assert path.read_bytes() == before
    assert len(_backups(path)) == 2


def test_the_open_file_knows_it_was_recovered(tmp_path: Path, rich_board: Board) -> None:
    path, file_bytes, journal_bytes = _crashed(tmp_path, rich_board)
    opened = WorkshopFile.open(path)
    try:
        assert opened.recovered_from is not None
        assert opened.recovered_from == _backups(path)[0]
        assert all(o.title != UNCOMMITTED_TITLE for o in opened.board.objectives())
        assert board_to_dict(opened.board) == board_to_dict(rich_board)
    finally:
        opened.close()
    _assert_recovered(path, rich_board, file_bytes, journal_bytes)
    again = WorkshopFile.open(path)
    assert again.recovered_from is None
    again.close()


def test_a_file_still_being_written_by_another_program_is_not_touched(
    tmp_path: Path, rich_board: Board
) -> None:
    """A journal is only hot when no one holds the file: a live writer's journal is left alone."""
    path = write_okrw(rich_board, tmp_path / "live.okrw")
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("PRAGMA cache_size = 1")
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE objective SET title = 'in progress'")
        assert journal_of(path).exists()
        assert board_to_dict(read_okrw(path)) == board_to_dict(rich_board)
        assert _backups(path) == []
        writer.execute("ROLLBACK")
    finally:
        writer.close()


def test_a_read_only_crashed_file_is_refused_untouched(tmp_path: Path, rich_board: Board) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write a read-only file")
    path, file_bytes, journal_bytes = _crashed(tmp_path, rich_board)
    path.chmod(stat.S_IRUSR)
    with pytest.raises(InputError) as caught:
        read_okrw(path)
    assert "crash" in caught.value.line() and "read-only" in caught.value.line()
    assert path.read_bytes() == file_bytes and journal_of(path).read_bytes() == journal_bytes
    assert _backups(path) == []


def test_another_programs_crashed_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.okrw"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE objective (title TEXT)")
        db.execute("CREATE TABLE note (id, text, team_id, colour, x, y)")
        db.execute("INSERT INTO objective VALUES ('a')")
    crash_mid_transaction(path)
    file_bytes, journal_bytes = path.read_bytes(), journal_of(path).read_bytes()
    with pytest.raises(InputError) as caught:
        read_okrw(path)
    assert "another application" in caught.value.line()
    assert path.read_bytes() == file_bytes and journal_of(path).read_bytes() == journal_bytes
    assert _backups(path) == []


def test_the_app_recovers_and_tells_the_user_once(
    tmp_path: Path, rich_board: Board, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from okrworkshop.canvas.document import Document
    from okrworkshop.ui.main_window import MainWindow

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append("WARNING " + text))
    first = write_okrw(rich_board, tmp_path / "first.okrw")
    window = MainWindow(Document.open(first))
    qtbot.addWidget(window)
    path, file_bytes, journal_bytes = _crashed(tmp_path, rich_board)
    assert window.open_path(path)
    assert len(told) == 1 and _backups(path)[0].name in told[0], told
    assert window.document.path == path
    assert board_to_dict(window.document.board) == board_to_dict(rich_board)
    window.document.close()
    _assert_recovered(path, rich_board, file_bytes, journal_bytes)
    assert window.open_path(first) and window.open_path(path)
    assert len(told) == 1
    window.close()


def test_the_screenshot_verb_recovers_and_says_so_in_one_line(tmp_path: Path, rich_board: Board) -> None:
    import subprocess

    path, file_bytes, journal_bytes = _crashed(tmp_path, rich_board)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "okrworkshop",
            "--screenshot",
            str(tmp_path / "s.png"),
            "--size",
            "400x300",
            str(path),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "crash" in line]
    assert len(lines) == 1 and _backups(path)[0].name in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    _assert_recovered(path, rich_board, file_bytes, journal_bytes)


def test_the_room_verb_recovers_and_says_so_in_one_line(tmp_path: Path, rich_board: Board) -> None:
    import subprocess

    path, file_bytes, journal_bytes = _crashed(tmp_path, rich_board)
    room = subprocess.Popen(
        [sys.executable, "-m", "okrworkshop", "room", str(path), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert room.stdout is not None
        assert room.stdout.readline().startswith("http")  # the join URL: the room is up
    finally:
        room.terminate()
        _out, err = room.communicate(timeout=60)
    lines = [line for line in err.splitlines() if "crash" in line]
    assert len(lines) == 1 and _backups(path)[0].name in lines[0], err
    assert "Traceback" not in err
    _assert_recovered(path, rich_board, file_bytes, journal_bytes)


def test_the_app_s_light_open_knows_it_was_recovered_and_its_writer_too(
    tmp_path: Path, rich_board: Board
) -> None:
    from okrworkshop.storage.lazy_file import LazyWorkshopFile

    path, _, _ = _crashed(tmp_path, rich_board)
    with LazyWorkshopFile.open(path) as opened:
        assert opened.recovered_from is not None and opened.recovered_from == _backups(path)[0]
        assert opened.load_writer().recovered_from == opened.recovered_from  # the writer tells the same
    with LazyWorkshopFile.open(path) as again:
        assert again.recovered_from is None  # recovered once: a plain open now
        assert again.load_writer().recovered_from is None
