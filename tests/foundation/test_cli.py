"""The command line: exit codes, one-line errors, untouched inputs, and no Qt when headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from okrworkshop import __version__
from okrworkshop.files import read_board, write_board
from okrworkshop.interchange import board_to_dict
from okrworkshop.model import Board


def okrworkshop(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "okrworkshop", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
        timeout=120,
    )


def test_version() -> None:
    result = okrworkshop("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"okrworkshop {__version__}"


def test_convert_json_to_okrw_and_back(tmp_path: Path, rich_board: Board) -> None:
    source = write_board(rich_board, tmp_path / "draft.json")
    result = okrworkshop("convert", str(source), str(tmp_path / "w.okrw"))
    assert (result.returncode, result.stderr) == (0, "")
    result = okrworkshop("convert", str(tmp_path / "w.okrw"), str(tmp_path / "again.json"))
    assert result.returncode == 0
    assert board_to_dict(read_board(tmp_path / "again.json")) == board_to_dict(rich_board)


def _bad_json(tmp_path: Path) -> list[str]:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "okrworkshop/v1", "teams": [{"name": "T", "objectives": [{"owner": "x"}]}]}')
    return ["convert", str(path), str(tmp_path / "out.okrw")]


def _not_a_workshop(tmp_path: Path) -> list[str]:
    path = tmp_path / "photo.okrw"
    path.write_bytes(b"\x89PNG\r\n" + bytes(200))
    return ["convert", str(path), str(tmp_path / "out.json")]


def _existing_output(tmp_path: Path) -> list[str]:
    (tmp_path / "in.json").write_text('{"format": "okrworkshop/v1"}')
    (tmp_path / "out.json").write_text("précieux")
    return ["convert", str(tmp_path / "in.json"), str(tmp_path / "out.json")]


def _same_file(tmp_path: Path) -> list[str]:
    (tmp_path / "in.json").write_text('{"format": "okrworkshop/v1"}')
    return ["convert", str(tmp_path / "in.json"), str(tmp_path / "in.json"), "--force"]


@pytest.mark.parametrize(
    ("make_args", "expected"),
    [
        (lambda p: ["convert", str(p / "missing.json"), str(p / "x.okrw")], "missing.json: no such file"),
        (_bad_json, "teams[0].objectives[0]: missing required field 'title'"),
        (_not_a_workshop, "not an SQLite database"),
        (_existing_output, "already exists"),
        (_same_file, "is the input file"),
        (lambda p: ["convert", str(p)], "required: OUT"),
        (lambda p: ["convert", "a.txt", str(p / "b.json")], "unknown file type '.txt'"),
        (lambda p: ["--size", "huge", "--screenshot", str(p / "x.png")], "--size must look like"),
        (lambda p: [str(p / "draft.json")], "the app opens .okrw"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_is_touched(
    tmp_path: Path, make_args, expected: str
) -> None:  # type: ignore[no-untyped-def]
    args = make_args(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    result = okrworkshop(*args)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert sorted(tmp_path.iterdir()) == sorted(before)


def test_headless_commands_never_load_qt(tmp_path: Path, rich_board: Board) -> None:
    source = write_board(rich_board, tmp_path / "w.okrw")
    code = (
        "import sys\n"
        "from okrworkshop.cli import main\n"
        f"assert main(['convert', {str(source)!r}, {str(tmp_path / 'w.json')!r}]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'okrworkshop.ui', 'okrworkshop.canvas')))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("folder_name", ["drafts", "drafts.okrw", "drafts.json"])
@pytest.mark.parametrize(
    "command",
    [
        lambda d, p: ["convert", str(d), str(p / "out.json")],
        lambda d, p: ["check", str(d)],
        lambda d, p: ["poster", str(d), "-o", str(p / "out.pdf")],
        lambda d, p: [str(d)],
        lambda d, p: ["convert", str(p / "in.json"), str(d), "--force"],
    ],
    ids=["convert-in", "check", "poster", "app", "convert-out"],
)
def test_a_folder_is_named_as_a_folder(tmp_path: Path, folder_name: str, command) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / folder_name
    folder.mkdir()
    (tmp_path / "in.json").write_text('{"format": "okrworkshop/v1"}')
    result = okrworkshop(*command(folder, tmp_path))
    assert result.returncode == 2
    assert result.stderr == f"okrworkshop: {folder}: is a folder, not a file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder_name, "in.json"])
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("name", ["out.png.txt", "out", "out.pn", "out.png.", "png", "out.jpg"])
def test_screenshot_refuses_a_name_not_ending_in_png(tmp_path: Path, name: str) -> None:
    result = okrworkshop("--screenshot", str(tmp_path / name))
    assert result.returncode == 2
    assert result.stderr == (
        f"okrworkshop: {tmp_path / name}: --screenshot writes a PNG image: give a name ending in .png\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_screenshot_takes_png_in_capitals(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "okrworkshop",
            "--screenshot",
            str(tmp_path / "Shot.PNG"),
            "--size",
            "400x300",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "Shot.PNG").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_convert_says_what_it_wrote(tmp_path: Path, rich_board: Board) -> None:
    source = write_board(rich_board, tmp_path / "draft.json")
    target = tmp_path / "atelier.okrw"
    result = okrworkshop("convert", str(source), str(target))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"wrote {target} (workshop file: 3 teams, 3 objectives, 3 key results)\n"
    result = okrworkshop("convert", str(target), str(tmp_path / "atelier.csv"))
    assert result.stdout.splitlines() == [
        f"wrote {tmp_path / 'atelier.csv'} (CSV: 3 teams, 3 objectives, 3 key results)"
    ]
    one = Board()
    from okrworkshop.model import KeyResult, Objective, Team

    team = one.add(Team("Solo"))
    objective = one.add(Objective(team.id, "Un seul"))
    one.add(KeyResult(objective.id, "De 1 à 2"))
    write_board(one, tmp_path / "one.json")
    result = okrworkshop("convert", str(tmp_path / "one.json"), str(tmp_path / "one.okrw"))
    assert (
        result.stdout == f"wrote {tmp_path / 'one.okrw'} (workshop file: 1 team, 1 objective, 1 key result)\n"
    )


def test_only_the_program_itself_skips_the_last_collections(tmp_path: Path, rich_board: Board) -> None:
    """``okrworkshop VERB`` freezes the collector as it exits; a caller's process is left alone."""
    import gc

    from okrworkshop.cli import main

    source = write_board(rich_board, tmp_path / "draft.json")
    assert main(["convert", str(source), str(tmp_path / "w.okrw")]) == 0
    assert gc.get_freeze_count() == 0
    script = (
        "import gc, sys\n"
        "from okrworkshop.cli import main\n"
        "sys.argv[1:] = ['check', sys.argv[1]]\n"
        "code = main()\n"
        "print(code, gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(source)], capture_output=True, text=True)
    code, frozen = done.stdout.split()[-2:]
    assert (code in ("0", "1"), frozen) == (True, "True"), done.stderr
