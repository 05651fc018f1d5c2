"""Tiled printing: sheet counts and sizes, labels, marks, the map, and one shared content stream."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from okrworkshop.model import Board
from okrworkshop.poster import PosterOptions, TilingError, plan_tiles, sheet, write_poster
from okrworkshop.poster.quality import NO_CHECKER
from okrworkshop.poster.tiles import FORM_NAME, sheet_label, tags

A4 = (595, 842)
A3 = (842, 1191)


@pytest.mark.parametrize(
    ("tile", "rows", "cols", "size"),
    [("A4", 5, 5, A4), ("A3", 5, 3, (A3[1], A3[0]))],  # A3 lies landscape: 15 sheets instead of 16
)
def test_a0_tiles_count_and_size(
    board: Board, tmp_path: Path, poppler: Any, tile: str, rows: int, cols: int, size: tuple[int, int]
) -> None:
    out = tmp_path / "tiles.pdf"
    result = write_poster(board, out, PosterOptions(paper="A0"), tile=tile, quality=NO_CHECKER)
    assert result.grid is not None
    assert (result.grid.rows, result.grid.cols) == (rows, cols)
    sizes = poppler.sizes(out)
    assert poppler.info(out)["Pages"] == str(rows * cols + 1) == str(result.pages)
    tile_sizes = {(round(w), round(h)) for w, h in sizes[1:]}
    assert tile_sizes == {size}
    # the assembly map (page 1) is a sheet of the same paper, upright like the poster
    assert (round(sizes[0][0]), round(sizes[0][1])) == (min(size), max(size))


def test_sheets_cover_the_poster_with_the_overlap() -> None:
    poster = sheet("A0", landscape=True)
    grid = plan_tiles(poster, "A4", overlap_mm=15)
    first = grid.window(0, 0)
    last = grid.window(grid.rows - 1, grid.cols - 1)
    assert first[0] <= 0 and first[1] <= 0
    assert last[0] + last[2] >= poster.width and last[1] + last[3] >= poster.height
    right_of_first = grid.window(0, 1)
    below_first = grid.window(1, 0)
    overlap = 15 / 25.4 * 72
    assert first[0] + first[2] - right_of_first[0] == pytest.approx(overlap)
    assert first[1] + first[3] - below_first[1] == pytest.approx(overlap)
    # one sheet fewer in either direction would not cover the poster
    assert (grid.cols - 1) * (grid.window_width - grid.overlap) + grid.overlap < poster.width
    assert (grid.rows - 1) * (grid.window_height - grid.overlap) + grid.overlap < poster.height


def test_zero_overlap_and_bad_overlaps() -> None:
    assert plan_tiles(sheet("A1"), "A4", overlap_mm=0).count > 0
    with pytest.raises(TilingError, match="0 mm or more"):
        plan_tiles(sheet("A1"), "A4", overlap_mm=-1)
    with pytest.raises(TilingError, match="too large"):
        plan_tiles(sheet("A1"), "A4", overlap_mm=120)
    with pytest.raises(TilingError, match="A4 or A3"):
        plan_tiles(sheet("A1"), "A5", overlap_mm=10)


def test_sheet_labels() -> None:
    assert [sheet_label(0, 0), sheet_label(1, 2), sheet_label(25, 0), sheet_label(26, 3)] == [
        "A1",
        "B3",
        "Z1",
        "AA4",
    ]


def test_every_sheet_is_labelled_and_the_map_names_them(board: Board, tmp_path: Path, poppler: Any) -> None:
    out = tmp_path / "tiles.pdf"
    result = write_poster(board, out, PosterOptions(paper="A1"), tile="A4", overlap_mm=12, quality=NO_CHECKER)
    grid = result.grid
    assert grid is not None
    map_text = poppler.text(out, 1)
    assert "Plan d’assemblage" in map_text
    assert f"{grid.count} feuilles A4" in map_text
    for page, (row, col) in enumerate(((r, c) for r in range(grid.rows) for c in range(grid.cols)), start=2):
        label = sheet_label(row, col)
        assert label in map_text
        text = poppler.text(out, page)
        expected = f"Feuille {label} — ligne {row + 1} sur {grid.rows}, colonne {col + 1} sur {grid.cols}"
        assert expected in text
        assert poppler.squeeze("chevauchement de 12 mm") in poppler.squeeze(text)


def test_tiles_share_one_content_stream(board: Board, tmp_path: Path) -> None:
    from pypdf import PdfReader

    poster = tmp_path / "poster.pdf"
    tiles = tmp_path / "tiles.pdf"
    write_poster(board, poster, PosterOptions(paper="A0"), quality=NO_CHECKER)
    result = write_poster(board, tiles, PosterOptions(paper="A0"), tile="A4", quality=NO_CHECKER)
    reader = PdfReader(tiles)
    forms = {page["/Resources"]["/XObject"].raw_get(f"/{FORM_NAME}").idnum for page in reader.pages}
    assert len(forms) == 1  # every sheet and the map draw the same form object
    form = reader.pages[1]["/Resources"]["/XObject"][f"/{FORM_NAME}"]
    assert form["/Subtype"] == "/Form"
    poster_stream = PdfReader(poster).pages[0].get_contents()
    assert poster_stream is not None
    assert form.get_data() == poster_stream.get_data()
    # each sheet's own content is only the clip, the Do and its marks and labels
    for page in reader.pages[1:]:
        own = page.get_contents()
        assert own is not None and len(own.get_data()) < 3000
    # 26 pages cost little more than the poster itself
    assert tiles.stat().st_size < poster.stat().st_size + 40_000
    assert result.pages == 26


def _render(path: Path, page: int, dpi: int, out: Path) -> Image.Image:
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
            str(path),
            str(out),
        ],
        check=True,
    )
    return Image.open(f"{out}.png").convert("L")


def _difference(part: Image.Image, image: Image.Image, x: int, y: int) -> float:
    """Mean grey-level difference between ``part`` and the same-sized crop of ``image`` at (x, y)."""
    crop = image.crop((x, y, x + part.width, y + part.height))
    return float(ImageStat.Stat(ImageChops.difference(part, crop)).mean[0])


def test_a_sheet_shows_exactly_its_window_of_the_poster(board: Board, tmp_path: Path) -> None:
    poster, tiles = tmp_path / "poster.pdf", tmp_path / "tiles.pdf"
    write_poster(board, poster, PosterOptions(paper="A2"), quality=NO_CHECKER)
    result = write_poster(board, tiles, PosterOptions(paper="A2"), tile="A4", quality=NO_CHECKER)
    grid = result.grid
    assert grid is not None and grid.rows >= 2 and grid.cols >= 2
    dpi = 72
    f = dpi / 72
    whole = _render(poster, 1, dpi, tmp_path / "whole")
    for row, col in ((0, 0), (1, 1)):
        x, y, w, h = grid.window(row, col)
        page = 2 + row * grid.cols + col
        sheet_image = _render(tiles, page, dpi, tmp_path / f"sheet{page}")
        # the inside of the window, minus a pixel of antialiasing at its edge
        left, top = max(x, 0.0), max(y, 0.0)
        right, bottom = min(x + w, grid.poster.width), min(y + h, grid.poster.height)
        sx, sy = round((grid.margin + left - x) * f) + 1, round((grid.margin + top - y) * f) + 1
        # the poster's pixels that land on the sheet's pixels from (sx, sy): the window starts a
        # fraction of a pixel off the grid, so the poster is resampled at that fraction
        dx, dy = sx - (grid.margin - x) * f, sy - (grid.margin - y) * f
        size = (round((right - left) * f) - 2, round((bottom - top) * f) - 2)
        from_poster = whole.transform(
            size, Image.Transform.AFFINE, (1, 0, dx, 0, 1, dy), resample=Image.Resampling.BILINEAR
        )
        # the sheet's own tags (its name, arrows to its neighbours) cover a little of the window:
        # blank them out of both pictures
        draw_sheet, draw_part = ImageDraw.Draw(sheet_image), ImageDraw.Draw(from_poster)
        for tag in tags(grid, row, col):
            box = (
                tag.x * f - 2,
                (grid.tile.height - tag.y - tag.height) * f - 2,
                (tag.x + tag.width) * f + 2,
                (grid.tile.height - tag.y) * f + 2,
            )
            draw_sheet.rectangle(box, fill=255)
            draw_part.rectangle((box[0] - sx, box[1] - sy, box[2] - sx, box[3] - sy), fill=255)
        assert ImageStat.Stat(from_poster).stddev[0] > 5  # the window is not blank: the test compares content
        aligned = _difference(from_poster, sheet_image, sx, sy)
        assert aligned < 6.0, (row, col, aligned)
        # and the comparison is sharp: one pixel off already differs clearly
        assert (
            min(
                _difference(from_poster, sheet_image, sx + 1, sy),
                _difference(from_poster, sheet_image, sx, sy + 1),
            )
            > 2 * aligned
        )


def test_cut_marks_sit_at_the_window_corners(board: Board, tmp_path: Path) -> None:
    tiles = tmp_path / "tiles.pdf"
    result = write_poster(board, tiles, PosterOptions(paper="A2"), tile="A4", quality=NO_CHECKER)
    grid = result.grid
    assert grid is not None
    dpi = 144
    f = dpi / 72
    image = _render(tiles, 2, dpi, tmp_path / "sheet")
    m, w, h = grid.margin, grid.window_width, grid.window_height
    for cx, cy in ((m, m), (m + w, m), (m, m + h), (m + w, m + h)):
        outward = -1 if cx == m else 1
        # a dark horizontal mark in the margin, beside the corner, outside the window
        xs = sorted((cx + outward * 4, cx + outward * (m * 0.6)))
        strip = image.crop((round(xs[0] * f), round(cy * f) - 2, round(xs[1] * f), round(cy * f) + 2))
        assert strip.getextrema()[0] < 120, (cx, cy)
