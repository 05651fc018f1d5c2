"""Exact geometry of a tiled print: the grid, each sheet's tags, clip, marks and glue guides.

Every expected figure is worked out here in millimetres from A4 (210 × 297 mm), the 12 mm margin
and the overlap; text widths come from reportlab (tile_oracle). Tolerances only absorb the two or
three decimals the PDF operators carry.

The grid used throughout: with overlap o, a (530 − 2o) × (780 − 2o) mm poster on portrait A4. The
window is 186 × 273 mm; each further sheet adds 186 − o across and 273 − o down, so 3 × 3 sheets
cover (558 − 2o) × (819 − 2o) mm, 28 × 39 mm more than the poster, and two would not; landscape A4
needs 2 × 5 = 10 for o = 0, 10 and 40. The grid is centred: it starts 14 mm left of and 19.5 mm
above the poster. With o = 40 mm: a 450 × 700 mm poster, steps of 146 and 233 mm.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from tile_oracle import (
    ASCENT,
    CLEARANCE_MM,
    DESCENT,
    MARGIN_MM,
    TEXT,
    OperatorsLike,
    Recorder,
    assert_calls,
    assert_operators,
    pt,
    segment,
    text_width,
)

from okrworkshop.poster import plan_tiles
from okrworkshop.poster.fonts import BOLD, REGULAR
from okrworkshop.poster.paper import Sheet
from okrworkshop.poster.tiles import Tag, TileGrid, _assembly_map, _label_sheet, sheet_operators, tags

WINDOW_MM = (186.0, 273.0)  # A4 less 12 mm each side
NAME_HEIGHT = 12 * 1.25 + 3  # a 12 pt line and 3 pt of padding (1.5 above, 1.5 below)
ARROW_HEIGHT = 9 * 1.25 + 3
ARROWS = {"↑": (-1, 0), "↓": (1, 0), "←": (0, -1), "→": (0, 1)}


def _poster(width_mm: float, height_mm: float) -> Sheet:
    return Sheet("custom", pt(width_mm), pt(height_mm))


def _grid(overlap_mm: float = 40.0) -> TileGrid:
    return plan_tiles(_poster(530 - 2 * overlap_mm, 780 - 2 * overlap_mm), "A4", overlap_mm)


def test_the_grid_of_a_450_by_700_mm_poster_with_40_mm_overlap() -> None:
    grid = _grid()
    assert not grid.tile.landscape and (grid.rows, grid.cols) == (3, 3)
    assert grid.margin == pytest.approx(pt(12))
    assert grid.overlap == pytest.approx(pt(40)) and grid.overlap_mm == 40.0
    assert (grid.window_width, grid.window_height) == pytest.approx((pt(186), pt(273)))
    assert (grid.origin_x, grid.origin_y) == pytest.approx((pt(-14), pt(-19.5)))
    assert grid.window(2, 1) == pytest.approx((pt(-14 + 146), pt(-19.5 + 2 * 233), pt(186), pt(273)))


def test_a_poster_smaller_than_a_window_is_one_centred_sheet() -> None:
    grid = plan_tiles(_poster(100, 100), "A4", 10)
    assert not grid.tile.landscape and (grid.rows, grid.cols) == (1, 1)  # a tie: the poster's way
    # one window, 186 × 273 mm, centred on 100 × 100 mm
    assert (grid.origin_x, grid.origin_y) == pytest.approx((pt(-43), pt(-86.5)))


def test_a_landscape_poster_prefers_landscape_tiles_on_a_tie() -> None:
    grid = plan_tiles(_poster(100, 90), "A4", 10)
    assert grid.tile.landscape and grid.count == 1


# --------------------------------------------------------------------------- tags
def _box(text: str, size: float, bold: bool) -> tuple[float, float]:
    """A tag's box: the text with 3 pt either side; a 1.25 line with 1.5 pt above and below."""
    return text_width(text, size, bold) + 6, size * 1.25 + 3


def _names(row: int, col: int) -> str:
    return f"{chr(ord('A') + row)}{col + 1}"  # rows A, B, C …; columns 1, 2, 3 …


def _expected_tags(row: int, col: int, rows: int, cols: int, overlap_mm: float) -> list[Tag]:
    """Each tag is centred across the overlap strip along its edge (the strip the neighbour
    repeats), unless that leaves less than 1.5 pt to the window's edge: then it sits 1.5 pt in.
    The name is in the top-left corner; each arrow in the middle of its edge."""
    left, bottom = pt(MARGIN_MM), pt(MARGIN_MM)
    right, top = pt(MARGIN_MM + WINDOW_MM[0]), pt(MARGIN_MM + WINDOW_MM[1])
    middle_x, middle_y = pt(MARGIN_MM + WINDOW_MM[0] / 2), pt(MARGIN_MM + WINDOW_MM[1] / 2)
    strip = pt(overlap_mm)

    def near(extent: float) -> float:
        centred = (strip - extent) / 2
        return centred if centred >= 1.5 else 1.5

    name = _names(row, col)
    nw, nh = _box(name, 12, True)
    found = [Tag(name, left + near(nw), top - near(nh) - nh, nw, nh, 12.0, True)]
    for arrow, (dr, dc) in ARROWS.items():
        if not (0 <= row + dr < rows and 0 <= col + dc < cols):
            continue
        text = f"{arrow} {_names(row + dr, col + dc)}"
        tw, th = _box(text, 9, False)
        x, y = {
            "↑": (middle_x - tw / 2, top - near(th) - th),
            "↓": (middle_x - tw / 2, bottom + near(th)),
            "←": (left + near(tw), middle_y - th / 2),
            "→": (right - near(tw) - tw, middle_y - th / 2),
        }[arrow]
        found.append(Tag(text, x, y, tw, th, 9.0, False))
    return found


def _assert_tags(got: list[Tag], want: list[Tag]) -> None:
    assert [(t.text, t.size, t.bold) for t in got] == [(t.text, t.size, t.bold) for t in want]
    for g, w in zip(got, want, strict=True):
        assert (g.x, g.y, g.width, g.height) == pytest.approx((w.x, w.y, w.width, w.height), abs=1e-9), g.text


def test_with_a_wide_overlap_every_tag_is_centred_in_its_strip() -> None:
    """40 mm of overlap: the strips are wide enough to centre every tag in them."""
    grid = _grid(40)
    found = {t.text.split()[0]: t for t in tags(grid, 1, 1)}
    assert set(found) == {"B2", "↑", "↓", "←", "→"}
    centre = {k: (t.x + t.width / 2, t.y + t.height / 2) for k, t in found.items()}
    # strips: 12–52 mm from the left and bottom paper edges, 158–198 mm and 245–285 mm
    assert centre["B2"] == pytest.approx((pt(32), pt(265)))
    assert centre["↑"] == pytest.approx((pt(105), pt(265)))  # the middle of A4's width
    assert centre["↓"] == pytest.approx((pt(105), pt(32)))
    assert centre["←"] == pytest.approx((pt(32), pt(148.5)))  # the middle of A4's height
    assert centre["→"] == pytest.approx((pt(178), pt(148.5)))
    assert (found["B2"].width, found["B2"].height) == pytest.approx((text_width("B2", 12, True) + 6, 18))
    assert (found["→"].width, found["→"].height) == pytest.approx((text_width("→ B3", 9) + 6, 14.25))


def test_with_no_overlap_every_tag_sits_1_5_pt_inside_the_window() -> None:
    grid = _grid(0)
    assert (grid.rows, grid.cols) == (3, 3)
    found = {t.text.split()[0]: t for t in tags(grid, 1, 1)}
    assert (found["B2"].x, found["B2"].y + found["B2"].height) == pytest.approx((pt(12) + 1.5, pt(285) - 1.5))
    assert found["↑"].y + found["↑"].height == pytest.approx(pt(285) - 1.5)
    assert found["↓"].y == pytest.approx(pt(12) + 1.5)
    assert found["←"].x == pytest.approx(pt(12) + 1.5)
    assert found["→"].x + found["→"].width == pytest.approx(pt(198) - 1.5)


@pytest.mark.parametrize("overlap_mm", [0.0, 10.0, 40.0])
def test_every_sheet_has_its_name_and_an_arrow_to_each_neighbour_it_has(overlap_mm: float) -> None:
    grid = _grid(overlap_mm)
    assert (grid.rows, grid.cols) == (3, 3)
    for row in range(3):
        for col in range(3):
            _assert_tags(tags(grid, row, col), _expected_tags(row, col, 3, 3, overlap_mm))


def test_a_10_mm_overlap_centres_some_tags_and_floors_others() -> None:
    """10 mm (28.35 pt): the name (about 24 pt wide) and the arrows' 14.25 pt height fit the
    strip with room to spare; the side arrows (about 32 pt wide) do not, and sit 1.5 pt in."""
    strip = pt(10)
    assert (strip - _box("A1", 12, True)[0]) / 2 > 1.5
    assert (strip - ARROW_HEIGHT) / 2 > 1.5
    assert (strip - _box("← B1", 9, False)[0]) / 2 < 1.5
    found = {t.text.split()[0]: t for t in tags(_grid(10), 1, 1)}
    assert found["B2"].x + found["B2"].width / 2 == pytest.approx(pt(17))
    assert found["↓"].y + found["↓"].height / 2 == pytest.approx(pt(17))
    assert found["←"].x == pytest.approx(pt(12) + 1.5)


# ------------------------------------------------------------------ sheet operators
def _sheet_expected(row: int, col: int, overlap_mm: float = 40.0) -> list[str | float]:
    """The operators of sheet (row, col) of the 3 × 3 grid, from the millimetre plan."""
    o = overlap_mm
    x_mm = -14 + col * (186 - o)  # the window's left edge on the poster (top-left origin)
    y_mm = -19.5 + row * (273 - o)
    bottom_mm = (780 - 2 * o) - y_mm - 273  # the window's bottom edge, from the poster's bottom
    ops: list[str | float] = ["q", pt(12), pt(12), pt(186), pt(273), "re", "W", "n"]
    ops += [1, 0, 0, 1, pt(12 - x_mm), pt(12 - bottom_mm), "cm", "/OkrPoster", "Do", "Q"]
    # the sheet's cell of the label sheet: cells laid out like the sheets, row 0 at the top
    ops += ["q", 0, 0, pt(210), pt(297), "re", "W", "n"]
    ops += [1, 0, 0, 1, -pt(210 * col), -pt(297 * (2 - row)), "cm", "/OkrLabels", "Do", "Q"]
    # cut marks: from 2 pt outside each window corner out to the clearance line, 8 mm from the edge
    ops += ["q", 0, "G", 0.5, "w"]
    for cx, out_x in ((12, 8), (198, 202)):
        for cy, out_y in ((12, 8), (285, 289)):
            sx = -2 if cx == 12 else 2
            sy = -2 if cy == 12 else 2
            ops += segment(pt(cx) + sx, pt(cy), pt(out_x), pt(cy))
            ops += segment(pt(cx), pt(cy) + sy, pt(cx), pt(out_y))
    ops += ["S", "Q"]
    # glue guides where each neighbour's edge falls: o in from the shared edge, in both margins
    guides_x = ([12 + o] if col > 0 else []) + ([198 - o] if col < 2 else [])
    guides_y = ([12 + o] if row < 2 else []) + ([285 - o] if row > 0 else [])
    guides: list[str | float] = []
    for gx in guides_x:
        guides += segment(pt(gx), pt(12) - 2, pt(gx), pt(8))
    for gx in guides_x:
        guides += segment(pt(gx), pt(285) + 2, pt(gx), pt(289))
    for gy in guides_y:
        guides += segment(pt(12) - 2, pt(gy), pt(8), pt(gy))
    for gy in guides_y:
        guides += segment(pt(198) + 2, pt(gy), pt(202), pt(gy))
    if guides:
        ops += ["q", 0.45, "G", 0.5, "w", "[2", "2]", 0, "d", *guides, "S", "Q"]
    return ops


def test_the_clearance_line_is_where_the_marks_end() -> None:
    assert 12 - CLEARANCE_MM == 4  # the marks' 2 pt gap plus their length fill these 4 mm


def test_the_middle_sheet_draws_its_window_cell_marks_and_four_guides() -> None:
    expected = _sheet_expected(1, 1)
    # written out for this sheet: the window starts at (132, 213.5) mm on the poster, its bottom
    # edge 213.5 mm above the poster's; the cell is the label sheet's middle one
    assert expected[8:14] == [1, 0, 0, 1, pt(-120), pt(-201.5)]
    assert expected[30:32] == [-pt(210), -pt(297)]
    assert_operators(sheet_operators(_grid(), 1, 1), expected)


@pytest.mark.parametrize("overlap_mm", [0.0, 10.0, 40.0])
def test_every_sheet_of_the_grid_draws_its_own_window_and_guides(overlap_mm: float) -> None:
    grid = _grid(overlap_mm)
    assert (grid.rows, grid.cols) == (3, 3)
    for row in range(3):
        for col in range(3):
            assert_operators(sheet_operators(grid, row, col), _sheet_expected(row, col, overlap_mm))


def test_a_corner_sheet_has_guides_only_towards_its_neighbours() -> None:
    expected = _sheet_expected(0, 0)
    tail = expected[expected.index("d") + 1 : -2]
    # right neighbour: x = 158 mm; lower neighbour: y = 52 mm
    assert tail == [
        *segment(pt(158), pt(12) - 2, pt(158), pt(8)),
        *segment(pt(158), pt(285) + 2, pt(158), pt(289)),
        *segment(pt(12) - 2, pt(52), pt(8), pt(52)),
        *segment(pt(198) + 2, pt(52), pt(202), pt(52)),
    ]
    assert_operators(sheet_operators(_grid(), 0, 0), expected)


def test_a_single_sheet_has_no_glue_guides() -> None:
    grid = plan_tiles(_poster(100, 100), "A4", 10)
    ops = sheet_operators(grid, 0, 0)
    assert ops.count("\n") == 2 and " d " not in ops
    # the window (−43, −86.5) mm on a 100 mm poster: its bottom edge is 86.5 mm below the poster's
    assert_operators(
        ops.splitlines()[0],
        [
            "q",
            pt(12),
            pt(12),
            pt(186),
            pt(273),
            "re",
            "W",
            "n",
            1,
            0,
            0,
            1,
            pt(55),
            pt(98.5),
            "cm",
            "/OkrPoster",
            "Do",
            "Q",
        ],
    )


# ------------------------------------------------------------------- label sheet
def test_the_label_sheet_prints_every_sheets_tags_place_and_hint_where_its_sheet_shows_them() -> None:
    """One page of 3 × 3 A4 cells (630 × 891 mm): row 0's cells at the top. In each cell, the
    tags' white boxes, their text 3 pt in from the box's left with the baseline 1.5 pt + 0.3 em
    above its bottom; the sheet's place centred over the window with the capitals' tops on the
    clearance line (8 mm from the top); the gluing hint centred, its descenders on the clearance
    line 8 mm from the bottom."""
    grid = _grid(40)
    canvas = Recorder()
    _label_sheet(canvas, grid, "fr")  # type: ignore[arg-type]
    cells = [(row, col, pt(210 * col), pt(297 * (2 - row))) for row in range(3) for col in range(3)]
    found = {(row, col): _expected_tags(row, col, 3, 3, 40) for row, col, _x, _y in cells}
    boxes: list[str | float] = ["q", 1, "g", 0.35, "G", 0.6, "w"]
    for row, col, cx, cy in cells:
        for t in found[row, col]:
            boxes += [cx + t.x, cy + t.y, t.width, t.height, "re"]
    boxes += ["B", "Q"]
    expected: list[tuple[str, tuple[Any, ...]]] = [
        ("setPageSize", ((pt(630), pt(891)),)),
        ("addLiteral", ("0 g",)),
        ("addLiteral", (OperatorsLike(boxes),)),
        ("beginText", ()),
        ("text.setFont", (BOLD, 12.0)),
    ]
    for strong, font, size in ((True, BOLD, 12.0), (False, REGULAR, 9.0)):
        if not strong:
            expected.append(("text.setFont", (font, size)))
        for row, col, cx, cy in cells:
            for t in found[row, col]:
                if t.bold == strong:
                    expected.append(("text.setTextOrigin", (cx + t.x + 3, cy + t.y + 1.5 + size * 0.3)))
                    expected.append(("text.textOut", (t.text,)))
    expected.append(("text.setFont", (REGULAR, 7.0)))
    for row, col, cx, cy in cells:
        place = f"Feuille {_names(row, col)} — ligne {row + 1} sur 3, colonne {col + 1} sur 3"
        x = cx + pt(12) + (pt(186) - text_width(place, 7)) / 2
        expected += [
            ("text.setTextOrigin", (x, cy + pt(297 - CLEARANCE_MM) - ASCENT / 1000 * 7)),
            ("text.textOut", (place,)),
        ]
    expected.append(("text.setFont", (REGULAR, 6.5)))
    for row, col, cx, cy in cells:
        line = f"Couper le long des repères\u202f; chevauchement de 40\u00a0mm avec la feuille suivante   ·   {_names(row, col)}"
        x = cx + pt(12) + (pt(186) - text_width(line, 6.5)) / 2
        expected += [
            ("text.setTextOrigin", (x, cy + pt(CLEARANCE_MM) - DESCENT / 1000 * 6.5)),
            ("text.textOut", (line,)),
        ]
    expected.append(("drawText", (TEXT,)))
    assert_calls(canvas.calls, expected)


# ------------------------------------------------------------------- assembly map
LEADING = 1.22  # the poster's line spacing, in ems
NOTE = "Print every sheet at 100 % (actual size, not “fit to page”): the bar below measures 10 cm."


@dataclass(frozen=True)
class MapCase:
    """A grid as planned in millimetres, and the map page it goes on."""

    page_mm: tuple[float, float]
    poster_mm: tuple[float, float]
    origin_mm: tuple[float, float]  # the first window's top-left corner on the poster
    step_mm: tuple[float, float]  # window less overlap
    rows: int
    cols: int
    hint: str
    window_mm: tuple[float, float] = WINDOW_MM


def _map_expected(
    case: MapCase, title: str = "Tiles"
) -> tuple[list[tuple[str, tuple[Any, ...]]], float, float]:
    """The map's calls, its scale and its label size. Margins 15 mm; the heading (16 pt bold) and
    the hint (9 pt, 4 pt lower) each fit one line here, checked first; the scale bar block
    (10 cm × 5 pt bar 12 pt above the bottom margin, the note 6 pt over it, 10 pt of room) sits at
    the bottom; the grid and poster fill what is left between, centred across, at the top."""
    pw, ph = pt(case.page_mm[0]), pt(case.page_mm[1])
    m, width = pt(15), pt(case.page_mm[0] - 30)
    heading = f"Assembly map — {title}"
    for text, size, bold in ((heading, 16, True), (case.hint, 9, False), (NOTE, 9, True)):
        assert text_width(text, size, bold) <= width, text
    calls: list[tuple[str, tuple[Any, ...]]] = [
        ("setPageSize", ((pw, ph),)),
        ("setFillColorRGB", (0, 0, 0)),
        ("beginText", (m, ph - m - 16.0)),
        ("text.setFont", (BOLD, 16.0, 16 * LEADING)),
        ("text.textLine", (heading,)),
        ("text.setFont", (REGULAR, 9.0, 9 * LEADING)),
        ("text.moveCursor", (0, 4)),
        ("text.textLine", (case.hint,)),
        ("drawText", (TEXT,)),
    ]
    # the scale bar: ten 1 cm steps, dark ones first, then the outline
    bar_y, step = m + 12, pt(10)
    dark = [v for i in range(0, 10, 2) for v in (m + i * step, bar_y, step, 5.0, "re")]
    light = [v for i in range(1, 10, 2) for v in (m + i * step, bar_y, step, 5.0, "re")]
    bar = [
        "q",
        0,
        "g",
        *dark,
        "f",
        1,
        "g",
        *light,
        "f",
        0,
        "G",
        0.5,
        "w",
        m,
        bar_y,
        pt(100),
        5.0,
        "re",
        "S",
        "Q",
    ]
    calls += [("addLiteral", (OperatorsLike(bar),)), ("beginText", ()), ("text.setFont", (REGULAR, 8.0))]
    for cm, mark in ((0, "0"), (5, "5\u00a0cm"), (10, "10\u00a0cm")):
        calls += [
            ("text.setTextOrigin", (m + pt(10 * cm) - text_width(mark, 8) / 2, m + 2)),
            ("text.textOut", (mark,)),
        ]
    calls += [
        ("text.setFont", (BOLD, 9.0, 9 * LEADING)),
        ("text.setTextOrigin", (m, bar_y + 5 + 6)),
        ("text.textOut", (NOTE,)),
        ("drawText", (TEXT,)),
    ]
    bar_room = 12 + 5 + 6 + 9 * LEADING + 10
    top = ph - m - 16 * LEADING - 9 * LEADING - 16
    # what the map shows: the poster and every window
    (ox, oy), (sx, sy), (ww, wh) = case.origin_mm, case.step_mm, case.window_mm
    poster_w, poster_h = case.poster_mm
    left, upper = min(ox, 0), min(oy, 0)
    right = max(ox + (case.cols - 1) * sx + ww, poster_w)
    lower = max(oy + (case.rows - 1) * sy + wh, poster_h)
    scale = min(width / pt(right - left), (top - m - bar_room) / pt(lower - upper))
    x0 = m + (width - pt(right - left) * scale) / 2 - pt(left) * scale
    y0 = top - pt(poster_h - upper) * scale
    calls += [
        (
            "addLiteral",
            (OperatorsLike(["q", scale, 0, 0, scale, x0, y0, "cm", "/OkrPoster", "Do", "Q"], 0.001),),
        ),
        ("setStrokeColorRGB", (0, 0, 0)),
        ("setLineWidth", (0.8,)),
        ("rect", (x0, y0, pt(poster_w) * scale, pt(poster_h) * scale), {"stroke": 1, "fill": 0}),  # type: ignore[list-item]
    ]
    # each window framed, a white box (0.7 em a character, plus 0.6 em; 1.5 em tall) at its centre
    size = min(max(pt(ww) * scale * 0.22, 6.0), 14.0)
    frames: list[str | float] = []
    boxes: list[str | float] = []
    names: list[tuple[str, float, float]] = []
    for row in range(case.rows):
        for col in range(case.cols):
            x, y = ox + col * sx, oy + row * sy
            px, py = x0 + pt(x) * scale, y0 + pt(poster_h - y - wh) * scale
            frames += [px, py, pt(ww) * scale, pt(wh) * scale, "re"]
            name = _names(row, col)
            cx, cy = px + pt(ww) * scale / 2, py + pt(wh) * scale / 2
            box = size * (0.7 * len(name) + 0.6)
            boxes += [cx - box / 2, cy - 0.75 * size, box, 1.5 * size, "re"]
            names.append((name, cx - text_width(name, size, True) / 2, cy - 0.36 * size))
    shapes = ["q", 0.75, 0.1, 0.1, "RG", 0.6, "w", *frames, "S", 1, "g", *boxes, "f", "Q"]
    calls += [
        ("addLiteral", (OperatorsLike(shapes),)),
        ("beginText", ()),
        ("text.setFont", (BOLD, size)),
        ("addLiteral", ("0.75 0.1 0.1 rg",)),
    ]
    for name, x, y in names:
        calls += [("text.setTextOrigin", (x, y)), ("text.textOut", (name,))]
    calls.append(("drawText", (TEXT,)))
    return calls, scale, size


def _map_calls(grid: TileGrid) -> list[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    canvas = Recorder()
    _assembly_map(canvas, grid, "Tiles", "en")  # type: ignore[arg-type]
    return canvas.calls


def test_the_map_of_a_3_by_3_grid_is_as_tall_as_the_page_allows() -> None:
    case = MapCase(
        (210, 297),
        (450, 700),
        (-14, -19.5),
        (146, 233),
        3,
        3,
        "9 sheets of A4, 3 rows × 3 columns, 40\u00a0mm overlap. Poster custom portrait.",
    )
    expected, scale, size = _map_expected(case)
    # the grid spans 478 × 739 mm; 180 mm across allows 0.377, the height about 0.318
    assert scale == pytest.approx((pt(267) - 16 * LEADING - 9 * LEADING - 16 - 33 - 9 * LEADING) / pt(739))
    assert scale < 180 / 478 and size == 14.0  # 186 mm × 0.318 × 0.22 is 37 pt: capped
    assert_calls(_map_calls(_grid(40)), expected)


def test_the_map_of_a_wide_landscape_poster_is_as_wide_as_the_page_allows() -> None:
    """A 365 × 190 mm poster with 10 mm overlap: 3 × 1 portrait sheets (landscape would take
    2 × 2); the map page lies like the poster, the grid (538 × 273 mm) fills its 267 mm width."""
    grid = plan_tiles(_poster(365, 190), "A4", 10)
    assert not grid.tile.landscape and (grid.rows, grid.cols) == (1, 3)
    case = MapCase(
        (297, 210),
        (365, 190),
        (-86.5, -41.5),
        (176, 263),
        1,
        3,
        "3 sheets of A4, 1 rows × 3 columns, 10\u00a0mm overlap. Poster custom landscape.",
    )
    expected, scale, size = _map_expected(case)
    assert scale == pytest.approx(267 / 538) and size == 14.0
    assert_calls(_map_calls(grid), expected)


def test_the_map_of_a_10_by_10_grid_sizes_its_labels_to_the_windows() -> None:
    """A 1750 × 2620 mm poster, 10 mm overlap: 10 × 10 portrait sheets covering 1770 × 2640 mm
    (landscape would take 7 × 15). Scale about 0.089: the labels are 22 % of a window's width."""
    grid = plan_tiles(_poster(1750, 2620), "A4", 10)
    assert not grid.tile.landscape and (grid.rows, grid.cols) == (10, 10)
    case = MapCase(
        (210, 297),
        (1750, 2620),
        (-10, -10),
        (176, 263),
        10,
        10,
        "100 sheets of A4, 10 rows × 10 columns, 10\u00a0mm overlap. Poster custom portrait.",
    )
    expected, scale, size = _map_expected(case)
    assert 6 < size < 14 and size == pytest.approx(pt(186) * scale * 0.22)
    assert_calls(_map_calls(grid), expected)


def test_the_labels_of_a_very_tall_grid_keep_6_pt() -> None:
    """A 300 × 4600 mm poster, 10 mm overlap: 2 × 18 portrait sheets covering 362 × 4744 mm
    (landscape: 2 × 27). Scale about 0.05: 22 % of a window would be under 6 pt."""
    grid = plan_tiles(_poster(300, 4600), "A4", 10)
    assert not grid.tile.landscape and (grid.rows, grid.cols) == (18, 2)
    case = MapCase(
        (210, 297),
        (300, 4600),
        (-31, -72),
        (176, 263),
        18,
        2,
        "36 sheets of A4, 18 rows × 2 columns, 10\u00a0mm overlap. Poster custom portrait.",
    )
    expected, scale, size = _map_expected(case)
    assert pt(186) * scale * 0.22 < 6 and size == 6.0
    assert_calls(_map_calls(grid), expected)


def _lines(calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]], name: str) -> list[str]:
    return [args[0] for n, args, _kw in calls if n == name]


WIDTH = pt(180)  # the map's text width on portrait A4: 210 mm less two 15 mm margins


def test_a_heading_just_under_the_text_width_stays_on_one_line_just_over_it_wraps() -> None:
    """The heading wraps at the page's width less its margins, not at any other width: a title
    468–510 pt wide (over 210 − 45 mm, under 210 − 30 mm) keeps one line; 510–595 pt (under the
    full page) takes two, each within the margins."""
    grid = _grid(40)
    one, two = "Boulangerie Dupain — premier tour", "Boulangerie Dupain — premier tour du matin"
    assert pt(165) < text_width(f"Assembly map — {one}", 16, True) <= WIDTH
    assert WIDTH < text_width(f"Assembly map — {two}", 16, True) < pt(210)
    for title, count in ((one, 1), (two, 2)):
        canvas = Recorder()
        _assembly_map(canvas, grid, title, "en")  # type: ignore[arg-type]
        heading = _lines(canvas.calls, "text.textLine")[:-1]  # the last line is the hint
        assert len(heading) == count and " ".join(heading) == f"Assembly map — {title}"
        assert all(text_width(line, 16, True) <= WIDTH for line in heading)


def test_the_hint_wraps_at_the_text_width_too() -> None:
    one, two = "Grand mur du hall principal de l’usine", "Grand mur du hall principal de l’usine de Nantes"
    for name, count in ((one, 1), (two, 2)):
        poster = Sheet(name, pt(450), pt(700))
        grid = plan_tiles(poster, "A4", 40)
        hint = f"9 sheets of A4, 3 rows × 3 columns, 40\u00a0mm overlap. Poster {name} portrait."
        assert (
            (pt(165) < text_width(hint, 9) <= WIDTH)
            if count == 1
            else (WIDTH < text_width(hint, 9) < pt(210))
        )
        canvas = Recorder()
        _assembly_map(canvas, grid, "Tiles", "en")  # type: ignore[arg-type]
        lines = _lines(canvas.calls, "text.textLine")[1:]
        assert len(lines) == count and " ".join(lines) == hint
        assert all(text_width(line, 9) <= WIDTH for line in lines)


def test_a_long_heading_shrinks_to_10_pt_and_no_further() -> None:
    """A title too long for 40 pt of height even at 10 pt keeps 10 pt (and its full height)."""
    title = " ".join(["Boulangerie Dupain, premier tour de la journée"] * 10)
    assert text_width(f"Assembly map — {title}", 10, True) > 3 * WIDTH  # 4 lines or more of 12.2 pt > 40
    canvas = Recorder()
    _assembly_map(canvas, _grid(40), title, "en")  # type: ignore[arg-type]
    assert ("text.setFont", (BOLD, 10.0, 10 * LEADING), {}) in canvas.calls


def test_a_hint_too_long_for_30_pt_shrinks_to_7_pt_and_no_further() -> None:
    name = " ".join(["Grand mur du hall principal"] * 20)
    assert text_width(name, 7) > 3 * WIDTH  # 4 lines or more of 8.54 pt > 30
    canvas = Recorder()
    _assembly_map(canvas, plan_tiles(Sheet(name, pt(450), pt(700)), "A4", 40), "Tiles", "en")  # type: ignore[arg-type]
    assert ("text.setFont", (REGULAR, 7.0, 7 * LEADING), {}) in canvas.calls


NOTE_FR = (
    "Imprimer chaque feuille à 100\u202f% (taille réelle, sans «\u202fajuster à la page\u202f»)\u202f: "
    "la barre ci-dessous mesure 10\u00a0cm."
)


def test_the_french_map_says_the_overlap_the_french_way_and_its_note_takes_two_lines() -> None:
    """7.5 mm is « 7,5 mm »; the French note is wider than 180 mm at 9 pt: it wraps where the next
    word would cross the margin, and its first line sits one leading above the second, whose
    baseline is 6 pt over the bar (the bar's top is 15 mm + 12 + 5 pt up)."""
    grid = plan_tiles(_poster(490 - 15, 740 - 15), "A4", 7.5)
    assert not grid.tile.landscape and (grid.rows, grid.cols) == (3, 3)
    canvas = Recorder()
    _assembly_map(canvas, grid, "Atelier", "fr")  # type: ignore[arg-type]
    hint = "9 feuilles A4, 3 lignes × 3 colonnes, chevauchement 7,5\u00a0mm. Affiche custom portrait."
    assert _lines(canvas.calls, "text.textLine") == ["Plan d’assemblage — Atelier", hint]
    first, second = NOTE_FR.removesuffix(" mesure 10\u00a0cm."), "mesure 10\u00a0cm."
    assert text_width(first, 9, True) <= WIDTH < text_width(f"{first} mesure", 9, True)
    origins = [args for n, args, _ in canvas.calls if n == "text.setTextOrigin"]
    outs = _lines(canvas.calls, "text.textOut")
    at = outs.index(first)
    assert outs[at : at + 2] == [first, second]
    bar_top = pt(15) + 12 + 5
    assert origins[at] == pytest.approx((pt(15), bar_top + 6 + 9 * LEADING))
    assert origins[at + 1] == pytest.approx((pt(15), bar_top + 6))


def test_the_french_map_of_a_landscape_poster_says_paysage() -> None:
    grid = plan_tiles(_poster(700, 450), "A4", 40)
    canvas = Recorder()
    _assembly_map(canvas, grid, "Atelier", "fr")  # type: ignore[arg-type]
    hint = _lines(canvas.calls, "text.textLine")[-1]
    assert hint.endswith("Affiche custom paysage.")


def test_the_french_label_sheet_says_the_overlap_the_french_way() -> None:
    canvas = Recorder()
    _label_sheet(canvas, plan_tiles(_poster(475, 725), "A4", 7.5), "fr")  # type: ignore[arg-type]
    hint = "Couper le long des repères\u202f; chevauchement de 7,5\u00a0mm avec la feuille suivante"
    assert f"{hint}   ·   A1" in _lines(canvas.calls, "text.textOut")
