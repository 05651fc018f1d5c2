"""``okrworkshop poster`` run for real in a subprocess: outputs, warnings, exit codes, no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from okrworkshop.interchange import board_to_dict, write_json
from okrworkshop.model import Board, Round, Snapshot

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "okrworkshop", "poster", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture
def draft(board: Board, tmp_path: Path) -> Path:
    path = tmp_path / "atelier.json"
    write_json(board, path)
    return path


def test_poster_from_json_with_a_warning_per_missing_glyph(draft: Path, tmp_path: Path, poppler: Any) -> None:
    result = run(str(draft), "-o", "poster.pdf", "--paper", "A1", "--landscape", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "wrote poster.pdf (1 page A1 landscape)" in result.stdout
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 1
    assert warnings[0].startswith("okrworkshop poster: warning: teams[0].objectives[1].key_results[0]")
    assert "U+1F680 ROCKET" in warnings[0]
    [(width, height)] = poppler.sizes(tmp_path / "poster.pdf")
    assert (round(width), round(height)) == (2384, 1684)
    assert 'R&D <50% > "x"' in poppler.text(tmp_path / "poster.pdf")


def test_tiles_from_an_okrw_file(board: Board, tmp_path: Path, poppler: Any) -> None:
    from okrworkshop.storage import write_okrw

    source = tmp_path / "atelier.okrw"
    write_okrw(board, source)
    before = source.read_bytes()
    result = run(str(source), "-o", "tiles.pdf", "--tile", "a4", "--overlap", "15", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "25 A4 sheets (5 × 5) + assembly map" in result.stdout
    assert poppler.info(tmp_path / "tiles.pdf")["Pages"] == "26"
    assert source.read_bytes() == before  # reading the workshop left it untouched


def test_png_output_with_its_dpi(draft: Path, tmp_path: Path) -> None:
    from PIL import Image

    result = run(str(draft), "-o", "poster.png", "--paper", "A3", "--dpi", "50", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "poster.png") as image:
        assert image.size == (round(841.89 * 50 / 72), round(1190.55 * 50 / 72))
        assert round(image.info["dpi"][0]) == 50


def test_snapshot_and_round_in_the_header(board: Board, tmp_path: Path, poppler: Any) -> None:
    first = board.add(Round("Tour 1"))
    kept = board_to_dict(board)
    board.add(Snapshot("Fin du tour 1", json.dumps(kept), round_id=first.id))
    source = tmp_path / "atelier.json"
    write_json(board, source)
    result = run(str(source), "-o", "snap.pdf", "--snapshot", "Fin du tour 1", "--paper", "A3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = poppler.squeeze(poppler.text(tmp_path / "snap.pdf"))
    assert poppler.squeeze("Instantané : Fin du tour 1") in text
    assert poppler.squeeze("Tour : Tour 1") in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.json", "-o", "p.pdf"], "missing.json: no such file"),
        (["atelier.json", "-o", "p.docx"], "p.docx: the poster is written as .pdf"),
        (["atelier.json", "-o", "atelier.json"], "the poster is written as .pdf"),
        (["atelier.json", "-o", "no/such/folder/p.pdf"], "does not exist"),
        (["atelier.json", "-o", "p.pdf", "--overlap", "5"], "--overlap goes with --tile"),
        (["atelier.json", "-o", "p.pdf", "--tile", "A4", "--overlap", "200"], "too large"),
        (["atelier.json", "-o", "p.png", "--dpi", "2000"], "DPI must be between"),
        (["atelier.json", "-o", "p.pdf", "--paper", "A5"], "invalid choice"),
        (["atelier.json", "-o", "p.pdf", "--snapshot", "nope"], "no snapshot named 'nope'"),
        (["atelier.json", "-o", "p.pdf", "--round", "nope"], "no round named 'nope'"),
        (["atelier.json", "-o", "p.pdf", "--date", "demain"], "--date must look like"),
        (["broken.json", "-o", "p.pdf"], "broken.json"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(draft: Path, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "broken.json").write_text(
        '{"format": "okrworkshop/v1", "teams": [{"name": 3}]}', encoding="utf-8"
    )
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "p.pdf").exists() and not (tmp_path / "p.png").exists()


def test_the_input_is_never_overwritten(draft: Path, tmp_path: Path) -> None:
    # a PDF output cannot be the input by extension, but a link to it can
    link = tmp_path / "link.pdf"
    link.symlink_to(draft)
    before = draft.read_bytes()
    result = run(str(draft), "-o", str(link), cwd=tmp_path)
    assert result.returncode == 2
    assert "is the workshop being read" in result.stderr
    assert draft.read_bytes() == before


@pytest.mark.parametrize("name", ["poster.pdf", "poster.png"])
def test_an_existing_poster_is_kept_without_force(draft: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    out.write_bytes(b"old poster")
    result = run(str(draft), "-o", name, "--paper", "A3", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"okrworkshop: {name}: already exists (use --force to replace it)\n"
    assert result.stdout == ""
    assert out.read_bytes() == b"old poster"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["atelier.json", name])


def test_an_existing_poster_is_replaced_with_force(draft: Path, tmp_path: Path, poppler: Any) -> None:
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"old poster")
    result = run(str(draft), "-o", "poster.pdf", "--paper", "A3", "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert poppler.info(out)["Pages"] == "1"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".okrw-")]  # no temporary left


def test_headless_and_light(tmp_path: Path, draft: Path) -> None:
    """The poster command never loads Qt; importing the poster package loads no PDF library."""
    code = f"""
import sys
import okrworkshop.poster, okrworkshop.exports, okrworkshop.exports.csv_format, okrworkshop.exports.png
heavy = [m for m in ("reportlab", "pypdf", "PIL") if m in sys.modules]
assert not heavy, heavy
from okrworkshop.cli import main
assert main(["poster", {str(draft)!r}, "-o", {str(tmp_path / "p.pdf")!r}, "--tile", "A3"]) == 0
assert "PySide6" not in sys.modules, "Qt was imported"
assert "reportlab" in sys.modules and "pypdf" in sys.modules
print("ok")
"""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
