"""Tiles a person can assemble, measured on the printed pages in millimetres.

Positions come from poppler (``pdftotext -bbox``: word boxes, points from the page's top-left
corner) and from pages rendered with ``pdftoppm``; nothing is read back from the tiling code
except which sheet is which.
"""

from __future__ import annotations

import math
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PIL import Image

from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop
from okrworkshop.poster import PosterOptions, plan_tiles, sheet, write_poster
from okrworkshop.poster.paper import Sheet, mm
from okrworkshop.poster.quality import NO_CHECKER
from okrworkshop.poster.tiles import TileGrid, sheet_label

MM = 25.4 / 72  # millimetres per point
Word = tuple[float, float, float, float, str]  # x0, y0, x1, y1 (points, top-left origin), text


def _plain_board() -> Board:
    """Cards whose words cannot be taken for a sheet's name or an arrow."""
    board = Board(Workshop(title="Tiles", language="fr"))
    team = board.add(Team("Atelier", colour="#4e79a7"))
    for index in range(3):
        objective = board.add(Objective(team.id, f"Objectif numéro {index}", order=index))
        board.add(
            KeyResult(objective.id, "Faire passer le nombre de clients de 10 à 20", baseline=10, target=20)
        )
    return board


def _words(pdf: Path, page: int) -> list[Word]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    body = out[out.index("<html") :].replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    words = []
    for word in ElementTree.fromstring(body).iter("word"):
        x0, y0, x1, y1 = (float(word.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax"))
        words.append((x0, y0, x1, y1, word.text or ""))
    return words


def _render(pdf: Path, page: int, dpi: int, out: Path) -> Image.Image:
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            "-png",
            str(pdf),
            str(out),
        ],
        check=True,
    )
    return Image.open(f"{out}.png").convert("L")


@pytest.fixture(scope="module")
def tiled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, TileGrid]:
    out = tmp_path_factory.mktemp("tiles") / "tiles.pdf"
    result = write_poster(_plain_board(), out, PosterOptions(paper="A1"), tile="A4", quality=NO_CHECKER)
    assert result.grid is not None and result.grid.rows >= 3 and result.grid.cols >= 3
    return out, result.grid


def _page(grid: TileGrid, row: int, col: int) -> int:
    return 2 + row * grid.cols + col  # the map is page 1


def test_nothing_prints_within_8_mm_of_the_paper_edge(tiled: tuple[Path, TileGrid], tmp_path: Path) -> None:
    pdf, grid = tiled
    dpi = 150
    band = math.floor(8 / 25.4 * dpi) - 1  # 8 mm, less a pixel of antialiasing
    pages = [1, _page(grid, 0, 0), _page(grid, 1, 1), _page(grid, grid.rows - 1, grid.cols - 1)]
    for page in pages:
        image = _render(pdf, page, dpi, tmp_path / f"page{page}")
        w, h = image.size
        for strip in ((0, 0, w, band), (0, h - band, w, h), (0, 0, band, h), (w - band, 0, w, h)):
            assert image.crop(strip).getextrema()[0] == 255, (page, strip)
        # and the sheet is not blank: the marks are there, just inside that line
        inner = image.crop((band, band, w - band, h - band))
        assert inner.getextrema()[0] < 100


def _inside_window(word: Word, grid: TileGrid) -> bool:
    m = grid.margin
    return (
        m <= word[0] and word[2] <= grid.tile.width - m and m <= word[1] and word[3] <= grid.tile.height - m
    )


def test_each_sheet_names_itself_and_its_neighbours_inside_the_printed_area(
    tiled: tuple[Path, TileGrid],
) -> None:
    pdf, grid = tiled
    m, o = grid.margin, grid.overlap
    width, height = grid.tile.width, grid.tile.height
    row, col = 1, 1
    words = _words(pdf, _page(grid, row, col))
    own = [w for w in words if w[4] == sheet_label(row, col) and _inside_window(w, grid)]
    # the name, in the window's top-left corner, within the strips the neighbours repeat
    assert own, "the sheet's name must print inside the window (it survives the scissors)"
    name = min(own, key=lambda w: w[0] + w[1])
    assert (name[0] - m) * MM <= o * MM and (name[1] - m) * MM <= o * MM
    expected = {
        "↑": (sheet_label(row - 1, col), "top"),
        "↓": (sheet_label(row + 1, col), "bottom"),
        "←": (sheet_label(row, col - 1), "left"),
        "→": (sheet_label(row, col + 1), "right"),
    }
    for arrow, (neighbour, side) in expected.items():
        marks = [w for w in words if w[4] == arrow and _inside_window(w, grid)]
        assert len(marks) == 1, arrow
        mark = marks[0]
        # the neighbour's name follows its arrow on the same line
        after = [
            w for w in words if w[4] == neighbour and abs(w[1] - mark[1]) < 1 and 0 < w[0] - mark[2] < 12
        ]
        assert after, (arrow, neighbour)
        gap_mm = {
            "top": mark[1] - m,
            "bottom": height - m - mark[3],
            "left": mark[0] - m,
            "right": width - m - after[0][2],
        }[side] * MM
        # inside the window, within the overlap strip along that edge
        assert 0 <= gap_mm <= o * MM, (side, gap_mm)
        middle = (mark[0] + after[0][2]) / 2 if side in ("top", "bottom") else (mark[1] + mark[3]) / 2
        centre = width / 2 if side in ("top", "bottom") else height / 2
        assert abs(middle - centre) * MM < 5, (side, middle)


def test_a_corner_sheet_points_only_to_the_neighbours_it_has(tiled: tuple[Path, TileGrid]) -> None:
    pdf, grid = tiled
    words = [w[4] for w in _words(pdf, _page(grid, 0, 0)) if _inside_window(w, grid)]
    assert "↓" in words and "→" in words
    assert "↑" not in words and "←" not in words


def test_the_map_says_print_at_100_and_its_scale_bar_measures_10_cm(
    tiled: tuple[Path, TileGrid], tmp_path: Path
) -> None:
    pdf, _grid = tiled
    text = " ".join(w[4] for w in _words(pdf, 1))
    assert "100\u202f%" in text or "100 %" in text
    assert "10\u00a0cm" in text or "10 cm" in text
    # measure the bar on the rendered map: 100 pixels per centimetre
    dpi = 254
    image = _render(pdf, 1, dpi, tmp_path / "map")
    words = _words(pdf, 1)
    zero = next(w for w in words if w[4] == "0" and w[1] > image.height / dpi * 72 * 0.8)
    ten = next(w for w in words if w[4] == "10" and abs(w[1] - zero[1]) < 1)
    unit = next(w for w in words if w[4] == "cm" and abs(w[1] - zero[1]) < 1 and w[0] > ten[2])
    ten_label = (ten[0], ten[1], unit[2], unit[3])  # "10 cm", centred under the bar's end
    # the bar stands just above its figures: scan a row through it for the dark extent
    row = round((zero[1] - 6) / 72 * dpi)
    pixels = [image.getpixel((x, row)) for x in range(image.width)]
    dark = [x for x, value in enumerate(pixels) if value < 128]
    assert dark, "no bar above the scale's figures"
    length_mm = (dark[-1] - dark[0] + 1) / dpi * 25.4
    assert length_mm == pytest.approx(100.0, abs=0.3)
    # the figures sit under the bar's ends
    assert abs((zero[0] + zero[2]) / 2 / 72 * dpi - dark[0]) < 10  # within 1 mm
    assert abs((ten_label[0] + ten_label[2]) / 2 / 72 * dpi - dark[-1]) < 10


# ----------------------------------------------------- exact multiples (issue 16)
def _poster(width: float, height: float) -> Sheet:
    return Sheet("custom", width, height)


@pytest.mark.parametrize("count", [2, 3, 5])
@pytest.mark.parametrize("overlap_mm", [0.0, 10.0, 7.5])
def test_a_poster_exactly_n_windows_long_takes_n_sheets(count: int, overlap_mm: float) -> None:
    """n windows repeating the overlap cover n × (window − overlap) + overlap: exactly that much
    poster takes n sheets, a hair more takes n + 1, a hair less still n."""
    tile = sheet("A4", landscape=True)
    window = tile.width - 2 * mm(12.0)
    overlap = mm(overlap_mm)
    exact = count * (window - overlap) + overlap
    # short enough that one landscape row holds it: the landscape plan is the cheaper one
    height = 100.0
    for width, expected in ((exact, count), (exact - 0.05, count), (exact + 0.05, count + 1)):
        grid = plan_tiles(_poster(width, height), "A4", overlap_mm)
        assert grid.tile.landscape and grid.rows == 1
        assert grid.cols == expected, (width, exact)
    # the same along the height, in portrait
    portrait = sheet("A4")
    window_h = portrait.height - 2 * mm(12.0)
    exact_h = count * (window_h - overlap) + overlap
    for length, expected in ((exact_h, count), (exact_h + 0.05, count + 1)):
        grid = plan_tiles(_poster(100.0, length), "A4", overlap_mm)
        assert not grid.tile.landscape and grid.cols == 1
        assert grid.rows == expected, (length, exact_h)


def test_every_iso_poster_takes_the_fewest_sheets_that_cover_it() -> None:
    """One sheet fewer in either direction would leave poster uncovered (and none is spare)."""
    for paper in ("A0", "A1", "A2", "A3"):
        for landscape in (False, True):
            poster = sheet(paper, landscape)
            for tile in ("A4", "A3"):
                grid = plan_tiles(poster, tile, 10.0)
                step_w, step_h = grid.window_width - grid.overlap, grid.window_height - grid.overlap
                assert (grid.cols - 1) * step_w + grid.overlap < poster.width or grid.cols == 1
                assert grid.cols * step_w + grid.overlap >= poster.width - 1e-6
                assert (grid.rows - 1) * step_h + grid.overlap < poster.height or grid.rows == 1
                assert grid.rows * step_h + grid.overlap >= poster.height - 1e-6
