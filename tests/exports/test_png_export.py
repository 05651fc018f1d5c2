"""PNG export: the poster's own layout drawn by Pillow, at a chosen DPI stored in the file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from okrworkshop.exports.png import ImageSizeError, export_png, image_size, render_image
from okrworkshop.model import Board, Note
from okrworkshop.poster import PosterOptions, layout_poster, write_poster
from okrworkshop.poster.quality import NO_CHECKER


@pytest.mark.parametrize(("paper", "dpi"), [("A3", 72), ("A2", 96), ("A3", 200)])
def test_size_and_dpi_are_in_the_file(rich_board: Board, tmp_path: Path, paper: str, dpi: int) -> None:
    out = tmp_path / "board.png"
    export_png(rich_board, out, PosterOptions(paper=paper), dpi=dpi, quality=NO_CHECKER)
    sheet = layout_poster(rich_board, PosterOptions(paper=paper), NO_CHECKER).sheet
    with Image.open(out) as image:
        assert image.format == "PNG"
        assert image.size == (round(sheet.width * dpi / 72), round(sheet.height * dpi / 72))
        assert tuple(round(v) for v in image.info["dpi"]) == (dpi, dpi)


@pytest.mark.parametrize(("layout", "most"), [("board", 4.0), ("wall", 6.0)])
def test_the_png_shows_what_the_pdf_shows(
    rich_board: Board, tmp_path: Path, layout: str, most: float
) -> None:
    # the wall layout's larger type has more edges, where the two rasterisers' anti-aliasing differs
    options = PosterOptions(paper="A3", landscape=True, layout=layout)
    pdf = tmp_path / "poster.pdf"
    write_poster(rich_board, pdf, options, quality=NO_CHECKER)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-singlefile", "-png", str(pdf), str(tmp_path / "pdf")], check=True
    )
    from_pdf = Image.open(tmp_path / "pdf.png").convert("L")
    from_png = render_image(layout_poster(rich_board, options, NO_CHECKER), dpi=50).convert("L")
    assert from_png.size == from_pdf.size
    same = ImageStat.Stat(ImageChops.difference(from_pdf, from_png)).mean[0]
    shifted = ImageStat.Stat(ImageChops.difference(from_pdf, ImageChops.offset(from_png, 4, 4))).mean[0]
    assert same < most, same
    assert shifted > 1.5 * same  # the comparison can tell a misplaced drawing


def test_card_colours_come_from_the_palette(rich_board: Board, tmp_path: Path) -> None:
    layout = layout_poster(rich_board, PosterOptions(paper="A2"), NO_CHECKER)
    image = render_image(layout, dpi=40)
    f = 40 / 72
    for note in rich_board.all(Note):
        x, y, w, h = layout.card_boxes[note.id]
        pixel = image.getpixel((round((x + w * 0.85) * f), round((y + h * 0.85) * f)))
        expected = tuple(int(note.colour[i : i + 2], 16) for i in (1, 3, 5))
        assert pixel == expected, (note.text, pixel, expected)


def test_impossible_sizes_are_refused(rich_board: Board, tmp_path: Path) -> None:
    layout = layout_poster(rich_board, PosterOptions(paper="A0"), NO_CHECKER)
    with pytest.raises(ImageSizeError, match="lower DPI"):
        image_size(layout, 600)
    with pytest.raises(ImageSizeError, match="between 10 and 600"):
        image_size(layout, 5)
    out = tmp_path / "big.png"
    with pytest.raises(ImageSizeError):
        export_png(rich_board, out, PosterOptions(paper="A0"), dpi=600, quality=NO_CHECKER)
    assert not out.exists()
