"""The PNG renderer against pages drawn by hand: each shape's pixels where geometry puts them
(at 72 dpi one point is one pixel; at 144 dpi, two), colours, see-through overlays, dashes,
text inside the width the layout measured, and the size limits in their words."""

from __future__ import annotations

from pathlib import Path

import pytest

from okrworkshop.exports.png import MAX_PIXELS, ImageSizeError, _dashes, image_size, png_bytes, render_image
from okrworkshop.poster.fonts import BOLD, REGULAR, face
from okrworkshop.poster.layout import PosterLayout
from okrworkshop.poster.paper import Sheet
from okrworkshop.poster.shapes import Circle, Line, Polygon, Rect, Shape, Text

WHITE = (255, 255, 255)


def page(*shapes: Shape, width: float = 200, height: float = 100) -> PosterLayout:
    return PosterLayout(Sheet("test", width, height), list(shapes), [])


def test_a_filled_rectangle_covers_its_box_and_nothing_else() -> None:
    image = render_image(page(Rect(20, 10, 60, 30, fill="#ff0000")), dpi=72)
    assert image.size == (200, 100)
    assert image.getpixel((50, 25)) == (255, 0, 0)
    assert image.getpixel((21, 11)) == (255, 0, 0) and image.getpixel((79, 39)) == (255, 0, 0)
    for outside in ((18, 25), (82, 25), (50, 8), (50, 42)):
        assert image.getpixel(outside) == WHITE, outside


def test_a_stroked_rectangle_has_its_outline_in_its_width_and_a_white_inside() -> None:
    image = render_image(page(Rect(20, 20, 100, 50, stroke="#0000ff", line_width=4)), dpi=72)
    assert image.getpixel((21, 45)) == (0, 0, 255)  # on the left edge, within 4 px
    assert image.getpixel((70, 22)) == (0, 0, 255)  # top edge
    assert image.getpixel((70, 45)) == WHITE  # no fill
    assert image.getpixel((30, 45)) == WHITE  # further in than the line's width


def test_no_stroke_is_drawn_for_a_line_width_of_zero() -> None:
    image = render_image(page(Rect(20, 20, 100, 50, fill="#00ff00", stroke="#000000", line_width=0)), dpi=72)
    assert image.getpixel((20, 45)) == (0, 255, 0)  # the edge pixel is the fill, not black


def test_a_rounded_rectangle_leaves_its_corners_white() -> None:
    image = render_image(page(Rect(20, 20, 100, 60, fill="#000000", radius=20)), dpi=72)
    assert image.getpixel((21, 21)) == WHITE  # the corner, outside the quarter circle
    assert image.getpixel((40, 40)) == (0, 0, 0)  # the quarter circle's centre
    assert image.getpixel((70, 21)) == (0, 0, 0)  # the straight top edge


def test_a_radius_larger_than_the_box_is_cut_to_half_its_side() -> None:
    image = render_image(page(Rect(20, 20, 40, 40, fill="#000000", radius=500)), dpi=72)
    # A 40 x 40 box with radius 20 is a disc of radius 20 centred at (40, 40).
    assert image.getpixel((40, 40)) == (0, 0, 0)
    assert image.getpixel((40, 22)) == (0, 0, 0)
    assert image.getpixel((23, 23)) == WHITE


def test_a_disc_and_a_triangle_are_where_their_points_say() -> None:
    image = render_image(
        page(
            Circle(50, 50, 20, fill="#123456"),
            Polygon(((120, 10), (190, 10), (120, 80)), fill="#abcdef"),
        ),
        dpi=72,
    )
    assert image.getpixel((50, 50)) == (0x12, 0x34, 0x56)
    assert image.getpixel((50, 32)) == (0x12, 0x34, 0x56)
    assert image.getpixel((65, 65)) == WHITE  # outside the disc (distance 21.2)
    assert image.getpixel((130, 20)) == (0xAB, 0xCD, 0xEF)
    assert image.getpixel((180, 70)) == WHITE  # the other side of the hypotenuse


def test_the_dpi_scales_every_shape() -> None:
    image = render_image(
        page(Rect(20, 10, 60, 30, fill="#ff0000"), Circle(150, 50, 10, fill="#0000ff")), dpi=144
    )
    assert image.size == (400, 200)
    assert image.getpixel((100, 50)) == (255, 0, 0)  # (50, 25) points
    assert image.getpixel((158, 50)) == (255, 0, 0)  # 79 points: inside (it ends at 80)
    assert image.getpixel((162, 50)) == WHITE  # 81 points: outside
    assert image.getpixel((42, 22)) == (255, 0, 0) and image.getpixel((38, 22)) == WHITE  # 21 / 19 points
    assert image.getpixel((300, 100)) == (0, 0, 255)
    assert image.getpixel((300, 82)) == (0, 0, 255)  # 9 points from the centre: inside at 2x


def test_a_solid_line_has_its_width() -> None:
    image = render_image(page(Line(((10, 50), (190, 50)), colour="#ff00ff", width=6)), dpi=72)
    assert image.getpixel((100, 50)) == (255, 0, 255)
    assert image.getpixel((100, 48)) == (255, 0, 255)
    assert image.getpixel((100, 44)) == WHITE


def test_a_thin_line_is_still_one_pixel_wide() -> None:
    image = render_image(page(Line(((10, 50), (190, 50)), colour="#000000", width=0.1)), dpi=72)
    assert image.getpixel((100, 50)) == (0, 0, 0)


def test_a_dashed_line_alternates_ink_and_gaps() -> None:
    image = render_image(page(Line(((0, 50), (200, 50)), colour="#000000", width=2, dash=(10, 10))), dpi=72)
    # Dashes on [0, 10], [20, 30], ... : their middles are ink, the gaps' middles white.
    for start in range(0, 200, 20):
        assert image.getpixel((start + 5, 50)) == (0, 0, 0), start
        assert image.getpixel((start + 15, 50)) == WHITE, start


def test_dashes_cut_each_segment_of_a_polyline() -> None:
    assert _dashes([(0, 0), (10, 0)], 4, 2) == [[(0.0, 0.0), (4.0, 0.0)], [(6.0, 0.0), (10.0, 0.0)]]
    # A dash never runs past the segment's end; a vertical segment after it starts again.
    assert _dashes([(0, 0), (5, 0), (5, 3)], 4, 2) == [
        [(0.0, 0.0), (4.0, 0.0)],
        [(5.0, 0.0), (5.0, 3.0)],
    ]
    assert _dashes([(0, 0), (0, 0)], 4, 2) == []  # a point has nothing to dash
    # A diagonal of length 10 (6, 8): the dash ends at 40 % and the next starts at 60 %.
    assert _dashes([(0, 0), (6, 8)], 4, 2) == [
        [(0.0, 0.0), (2.4000000000000004, 3.2)],
        [(3.5999999999999996, 4.8), (6.0, 8.0)],
    ]


def test_see_through_shapes_blend_with_what_lies_under_them() -> None:
    image = render_image(
        page(
            Rect(0, 0, 100, 100, fill="#0000ff"),
            Polygon(((50, 0), (150, 0), (150, 100), (50, 100)), fill="#ff0000", alpha=0.5),
            Line(((160, 10), (160, 90)), colour="#000000", width=10, alpha=0.25),
        ),
        dpi=72,
    )
    assert image.getpixel((25, 50)) == (0, 0, 255)  # blue alone
    red, green, blue = image.getpixel((75, 50))  # half red over blue
    assert (abs(red - 128) <= 1, green, abs(blue - 127) <= 1) == (True, 0, True)
    red, green, blue = image.getpixel((120, 50))  # half red over white
    assert (red, abs(green - 127) <= 1, abs(blue - 127) <= 1) == (255, True, True)
    assert all(abs(c - 191) <= 1 for c in image.getpixel((160, 50)))  # a quarter black over white


def test_an_opaque_shape_after_see_through_ones_is_drawn_over_them() -> None:
    image = render_image(
        page(
            Polygon(((0, 0), (100, 0), (100, 100), (0, 100)), fill="#ff0000", alpha=0.5),
            Rect(25, 25, 50, 50, fill="#00ff00"),
        ),
        dpi=72,
    )
    assert image.getpixel((50, 50)) == (0, 255, 0)
    assert image.getpixel((10, 10)) != WHITE  # the overlay was drawn before it


def ink_columns(image: object) -> list[int]:
    width, height = image.size  # type: ignore[attr-defined]
    pixels = image.load()  # type: ignore[attr-defined]
    return [x for x in range(width) if any(pixels[x, y] != WHITE for y in range(height))]


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize(("size", "dpi"), [(6, 72), (9, 72), (11, 72), (14, 72), (8, 50), (6, 30), (30, 72)])
def test_a_line_of_text_stays_inside_the_width_the_layout_measured(bold: bool, size: float, dpi: int) -> None:
    # Hinting rounds small glyphs' advances (and small sizes) to whole pixels: drawn as is, this
    # line overflows its measured width by 2 to 23 pixels at these sizes (measured with the
    # shrinking switched off), and a single proportional shrink still overflowed by up to 9.
    line = "Réduire le délai de livraison de 48 h à 24 h pour les familles"
    measured = face(BOLD if bold else REGULAR).width(line, size)
    text = Text(10, 10, (line,), size, size * 1.2, colour="#000000", bold=bold)
    image = render_image(page(text, width=measured + 60, height=40), dpi=dpi)
    columns = ink_columns(image)
    assert columns, "the text is drawn"
    scale = dpi / 72
    assert columns[0] >= 10 * scale - 1
    assert columns[-1] <= (10 + measured * 1.01) * scale + 1  # the renderer allows 1 %
    # Not shrunk much more than whole-pixel sizes force (5 px is a sixth narrower than 6 px).
    assert columns[-1] - columns[0] >= measured * scale * 0.75


def test_text_lines_stand_one_leading_apart_and_centred_text_is_centred() -> None:
    size, leading = 20.0, 40.0
    image = render_image(
        page(Text(100, 10, ("Haut", "", "Bas"), size, leading, centred=True), height=140), dpi=72
    )
    pixels = image.load()
    rows = [y for y in range(image.size[1]) if any(pixels[x, y] != WHITE for x in range(image.size[0]))]
    # The first line's ink sits within its 20-point line; the empty second line draws nothing;
    # the third's ink starts two leadings (80 points) lower.
    first = [y for y in rows if y < 10 + leading]
    third = [y for y in rows if y >= 10 + 2 * leading]
    assert first and third and not [y for y in rows if 10 + leading <= y < 10 + 2 * leading]
    assert abs((third[0] - first[0]) - 2 * leading) <= 2
    columns = ink_columns(image)
    assert abs((columns[0] + columns[-1]) / 2 - 100) <= 2


def test_a_text_colour_is_the_texts_own() -> None:
    image = render_image(page(Text(10, 10, ("MMMM",), 40, 48, colour="#cc0000")), dpi=72)
    colours = {c for _, c in image.getcolors(maxcolors=100_000)}
    assert (0xCC, 0, 0) in colours


@pytest.mark.parametrize(
    ("dpi", "problem"),
    [
        (9.99, "DPI must be between 10 and 600, not 9.99"),
        (600.01, "DPI must be between 10 and 600, not 600.01"),
        (0, "DPI must be between 10 and 600, not 0"),
    ],
)
def test_a_dpi_out_of_range_is_refused_in_words(dpi: float, problem: str) -> None:
    with pytest.raises(ImageSizeError) as refused:
        image_size(page(), dpi)
    assert str(refused.value) == problem


def test_dpi_bounds_are_accepted_and_sizes_round_to_whole_pixels() -> None:
    assert image_size(page(), 10) == (28, 14)  # 200 pt x 10/72 = 27.8 -> 28; 13.9 -> 14
    assert image_size(page(), 600) == (1667, 833)  # 1666.7 -> 1667; 833.3 -> 833
    assert image_size(page(width=1, height=1), 10) == (1, 1)  # never less than one pixel


def test_a_dpi_of_zero_or_less_is_refused_when_rendering_a_preview() -> None:
    with pytest.raises(ImageSizeError, match=r"^DPI must be more than 0, not 0$"):
        render_image(page(), 0)
    with pytest.raises(ImageSizeError, match=r"^DPI must be more than 0, not -1$"):
        render_image(page(), -1)
    assert render_image(page(), 1).size == (3, 1)  # a preview below the export range is fine


def test_an_image_over_the_pixel_budget_is_refused_with_the_largest_dpi_that_fits() -> None:
    # 72 000 x 72 000 points at 10 dpi: 10 000 x 10 000 = 10^8 pixels, within 1.5 x 10^8.
    big = page(width=72_000, height=72_000)
    assert image_size(big, 10) == (10_000, 10_000)
    # At 13 dpi: 13 000 x 13 000 = 1.69 x 10^8, over; at most sqrt(1.5e8 / 1.69e8) x 13 = 12.2.
    with pytest.raises(ImageSizeError) as refused:
        image_size(big, 13)
    assert str(refused.value) == "test at 13 dpi would be 13000 × 13000 pixels; use a lower DPI (at most 12)"


def test_the_pixel_budget_at_its_exact_boundary() -> None:
    assert MAX_PIXELS == 150_000_000
    # At 72 dpi a point is a pixel: 15 000 x 10 000 is the budget exactly, one row more is over.
    assert image_size(page(width=15_000, height=10_000), 72) == (15_000, 10_000)
    with pytest.raises(ImageSizeError, match=r"15000 × 10001 pixels; use a lower DPI \(at most 71\)$"):
        image_size(page(width=15_000, height=10_001), 72)


def test_the_png_file_holds_its_dpi_and_its_pixels() -> None:
    import io

    from PIL import Image

    data = png_bytes(page(Rect(20, 10, 60, 30, fill="#ff0000")), dpi=144)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG" and image.size == (400, 200)
        assert tuple(round(d) for d in image.info["dpi"]) == (144, 144)
        assert image.convert("RGB").getpixel((100, 50)) == (255, 0, 0)
    with pytest.raises(ImageSizeError, match="between 10 and 600"):
        png_bytes(page(), 5)


def test_shapes_away_from_the_origin_and_at_twice_the_resolution() -> None:
    image = render_image(
        page(
            Polygon(((120, 10), (190, 10), (120, 80)), fill="#abcdef"),
            Line(((110, 90), (190, 90)), colour="#00ff00", width=3),
        ),
        dpi=144,
    )
    assert image.getpixel((250, 30)) == (0xAB, 0xCD, 0xEF)  # (125, 15) points
    assert image.getpixel((250, 100)) == (0xAB, 0xCD, 0xEF)  # (125, 50): lower down, still inside
    assert image.getpixel((230, 30)) == WHITE  # 115 points: left of the triangle
    assert image.getpixel((370, 150)) == WHITE  # (185, 75): beyond the hypotenuse
    assert image.getpixel((300, 180)) == (0, 255, 0)  # (150, 90)
    # 3 points are 6 pixels, 178 to 183 (Pillow centres an even width below the middle row).
    assert [image.getpixel((300, y)) == (0, 255, 0) for y in range(176, 186)] == [False, False] + [
        True
    ] * 6 + [False, False]
    assert image.getpixel((215, 180)) == WHITE  # 107.5 points: before the line starts


def test_a_thin_line_is_exactly_one_pixel_wide() -> None:
    image = render_image(page(Line(((10, 50), (190, 50)), colour="#000000", width=0.1)), dpi=72)
    column = [image.getpixel((100, y)) for y in range(45, 56)]
    assert column.count((0, 0, 0)) == 1


def test_dashes_away_from_the_origin_scale_with_the_resolution() -> None:
    # Dashes of 12 points with gaps of 4, from x = 20: ink on [20, 32], [36, 48], ... in points.
    image = render_image(page(Line(((20, 50), (180, 50)), colour="#000000", width=4, dash=(12, 4))), dpi=144)
    for start in range(20, 180, 16):
        assert image.getpixel((2 * start + 12, 100)) == (0, 0, 0), start  # 6 points into the dash
        assert image.getpixel((2 * start + 28, 100)) == WHITE, start  # in the 4-point gap (14 in)
        assert image.getpixel((2 * start + 12, 97)) == (0, 0, 0), start  # 4 points are 8 pixels thick
    assert image.getpixel((2 * 10, 100)) == WHITE  # nothing before the line starts


def test_dashes_of_a_segment_that_does_not_start_at_zero() -> None:
    assert _dashes([(10, 5), (20, 5)], 4, 2) == [[(10.0, 5.0), (14.0, 5.0)], [(16.0, 5.0), (20.0, 5.0)]]
    assert _dashes([(3, 10), (3, 0)], 4, 2) == [[(3.0, 10.0), (3.0, 6.0)], [(3.0, 4.0), (3.0, 0.0)]]


def test_an_outline_thinner_than_a_point_is_still_drawn() -> None:
    image = render_image(page(Rect(20, 20, 100, 50, stroke="#0000ff", line_width=0.5)), dpi=72)
    assert image.getpixel((20, 45)) == (0, 0, 255)
    assert image.getpixel((22, 45)) == WHITE


def test_a_rounded_rectangle_keeps_its_outline() -> None:
    image = render_image(
        page(Rect(20, 20, 100, 60, fill="#ffffff", stroke="#ff0000", line_width=3, radius=10)), dpi=72
    )
    assert image.getpixel((70, 21)) == (255, 0, 0)  # the top edge, 3 pixels thick
    assert image.getpixel((70, 25)) == WHITE
    assert image.getpixel((21, 21)) == WHITE  # the rounded corner


@pytest.mark.parametrize(("width", "height"), [(120, 40), (40, 120)])
def test_a_radius_too_large_is_cut_to_half_the_shorter_side(width: float, height: float) -> None:
    image = render_image(
        page(Rect(10, 10, width, height, fill="#000000", radius=500), width=200, height=200), dpi=72
    )
    # Radius 20 (half of 40): the corner pixel one point in is white, the pixel at the end of
    # the straight edge 20 points in is black; a radius of 60 would leave that one white too.
    assert image.getpixel((11, 11)) == WHITE
    if width > height:
        assert image.getpixel((10 + 22, 11)) == (0, 0, 0)
        assert image.getpixel((10 + width / 2, 10 + height / 2)) == (0, 0, 0)
    else:
        assert image.getpixel((11, 10 + 22)) == (0, 0, 0)


def test_a_small_radius_still_rounds_the_corner() -> None:
    image = render_image(page(Rect(10, 10, 50, 50, fill="#000000", radius=1)), dpi=288)
    assert image.getpixel((40, 40)) == WHITE  # the corner pixel of a 4-pixel radius
    assert image.getpixel((44, 44)) == (0, 0, 0)


def test_the_opacity_is_the_shapes_own_to_the_unit() -> None:
    # 0.7 of 255 is 178.5, which rounds to 178: black at 178/255 over white leaves 255 - 178.
    image = render_image(page(Line(((10, 50), (190, 50)), colour="#000000", width=10, alpha=0.7)), dpi=72)
    assert image.getpixel((100, 50)) == (77, 77, 77)


def test_bold_text_is_drawn_in_the_bold_face() -> None:
    def ink_width(bold: bool) -> int:
        image = render_image(page(Text(10, 10, ("Mmmm Wwww",), 30, 36, bold=bold), width=400), dpi=72)
        columns = ink_columns(image)
        return columns[-1] - columns[0]

    regular, bold = ink_width(False), ink_width(True)
    assert bold > regular * 1.05
    measured = face(BOLD).width("Mmmm Wwww", 30)
    assert abs(bold - measured) <= measured * 0.03


@pytest.mark.parametrize(
    ("size", "dpi", "bold"),
    [
        (9, 72, False),
        (6, 72, False),
        (8.5, 72, False),
        (11, 50, True),
        (8, 72, True),
        (14, 72, True),
        (8, 50, False),
    ],
)
def test_a_widened_line_is_drawn_at_the_largest_quarter_pixel_size_that_fits(
    size: float, dpi: int, bold: bool
) -> None:
    from okrworkshop.exports.png import _font

    line = "Réduire le délai de livraison de 48 h à 24 h pour les familles"
    pixels = size * dpi / 72
    allowed = face(BOLD if bold else REGULAR).width(line, pixels) * 1.01
    # The oracle: every quarter-pixel size from the text's own down, the first whose line fits.
    best = next(
        s / 4 for s in range(round(pixels * 4), 3, -1) if _font(bold, s / 4).getlength(line) <= allowed
    )
    expected = _font(bold, best).getlength(line)
    image = render_image(
        page(Text(10, 10, (line,), size, size * 1.2, bold=bold), width=size * 50, height=40), dpi=dpi
    )
    columns = ink_columns(image)
    assert abs((columns[-1] - columns[0]) - expected) <= 2


def test_an_exported_image_keeps_the_wall_layout_on_one_sheet(tmp_path: Path) -> None:
    from okrworkshop.exports.png import export_png
    from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop
    from okrworkshop.poster import PosterOptions, layout_poster
    from okrworkshop.poster.quality import NO_CHECKER

    board = Board(Workshop(title="Grand atelier"))
    for t in range(10):
        team = board.add(Team(f"Équipe {t}", order=float(t)))
        for o in range(3):
            objective = board.add(Objective(team.id, f"Objectif {t}.{o} pour la saison", order=float(o)))
            for k in range(3):
                board.add(KeyResult(objective.id, f"Passer l'indicateur {k} de 10 à 20", order=float(k)))
    options = PosterOptions(paper="A3")
    assert layout_poster(board, options, NO_CHECKER).total > 1  # printed, it takes several sheets
    layout = export_png(board, tmp_path / "slide.png", options, dpi=30, quality=NO_CHECKER)
    assert layout.total == 1
    cards = {c.id for c in board.all(Objective) + board.all(KeyResult)}
    assert cards <= set(layout.card_boxes)


def test_an_exported_image_shows_the_findings_it_is_given(tmp_path: Path) -> None:
    from okrworkshop.exports.png import export_png
    from okrworkshop.model import Board, Objective, Team, Workshop
    from okrworkshop.poster import PosterOptions
    from okrworkshop.poster.quality import NO_CHECKER, assess

    board = Board(Workshop(title="A", language="fr"))
    team = board.add(Team("Ventes"))
    board.add(Objective(team.id, "Mettre en place le CRM"))
    options = PosterOptions(paper="A3")
    given = export_png(board, tmp_path / "a.png", options, dpi=30, quality=NO_CHECKER)
    own = export_png(board, tmp_path / "b.png", options, dpi=30)
    assert given.findings == []  # the quality it was given: no checker
    assert own.findings == layout_findings(board, options, assess(board))
    assert own.findings  # "Mettre en place le CRM" is a task: the panel lists it


def layout_findings(board: object, options: object, quality: object) -> list[tuple[str, str, str]]:
    from okrworkshop.poster import layout_poster

    return layout_poster(board, options, quality).findings  # type: ignore[arg-type]
