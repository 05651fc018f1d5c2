"""Every file okrworkshop writes gets the user's normal permissions (issue 10, item 6).

Writers build their output beside the target and move it in; the temporary file is private
(0600) and SQLite creates files 0644 whatever the umask, so without care an export ends up
unreadable by the colleague it is for, or wider than the user asked. A new output gets
``0666 & ~umask``; a replaced one keeps the mode it had.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from okrworkshop.cli import main
from okrworkshop.storage import WorkshopFile, write_okrw


@pytest.fixture(params=[0o022, 0o002, 0o077], ids=["umask-022", "umask-002", "umask-077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_cli_writer_follows_the_umask(
    tmp_path: Path, rich_board: object, umask: int, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_okrw(rich_board, tmp_path / "source.okrw")  # type: ignore[arg-type]
    expected = 0o666 & ~umask
    assert _mode(source) == expected
    out = {name: tmp_path / name for name in ("out.csv", "out.json", "out.okrw", "out.pdf", "tiles.pdf")}
    out |= {name: tmp_path / name for name in ("out.png", "new.okrw")}
    runs = [
        ["convert", str(source), str(out["out.csv"])],
        ["convert", str(source), str(out["out.json"])],
        ["convert", str(out["out.json"]), str(out["out.okrw"])],
        ["poster", str(source), "-o", str(out["out.pdf"])],
        ["poster", str(source), "-o", str(out["tiles.pdf"]), "--tile", "A4"],
        ["poster", str(source), "-o", str(out["out.png"]), "--dpi", "10"],
        ["new", "--case", "mijote", "-o", str(out["new.okrw"])],
    ]
    for args in runs:
        assert main(args) == 0, (args, capsys.readouterr().err)
    capsys.readouterr()
    modes = {name: oct(_mode(path)) for name, path in out.items()}
    assert modes == dict.fromkeys(out, oct(expected))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_save_a_copy_follows_the_umask(tmp_path: Path, rich_board: object, umask: int) -> None:
    opened = WorkshopFile.create(tmp_path / "open.okrw", rich_board)  # type: ignore[arg-type]
    try:
        copy = opened.save_copy(tmp_path / "copy.okrw")
    finally:
        opened.close()
    assert oct(_mode(tmp_path / "open.okrw")) == oct(0o666 & ~umask)
    assert oct(_mode(copy)) == oct(0o666 & ~umask)


def test_a_replaced_output_keeps_its_mode(tmp_path: Path, rich_board: object, umask: int) -> None:
    source = write_okrw(rich_board, tmp_path / "source.okrw")  # type: ignore[arg-type]
    for suffix in (".csv", ".json", ".okrw", ".pdf"):
        target = tmp_path / f"shared{suffix}"
        target.write_bytes(b"old")
        target.chmod(0o640)
        verb = (
            ["poster", str(source), "-o", str(target)]
            if suffix == ".pdf"
            else ["convert", str(source), str(target)]
        )
        assert main([*verb, "--force"]) == 0
        assert oct(_mode(target)) == oct(0o640), suffix
