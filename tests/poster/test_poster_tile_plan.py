"""Tile plans at their limits, and the print file's structure (forms, metadata).

Limits worked out in millimetres: A4 less its 12 mm margins leaves a 186 × 273 mm window, so an
overlap must stay under half the short side, 93 mm; A3's window is 273 × 396 mm (under 136.5 mm).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject
from tile_oracle import Recorder, pt

from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop
from okrworkshop.poster import PosterOptions, TilingError, plan_tiles, sheet, write_poster
from okrworkshop.poster.paper import Sheet
from okrworkshop.poster.quality import NO_CHECKER
from okrworkshop.poster.tiles import _as_form, _assembly_map, draw_tile_sources


def test_an_overlap_of_half_the_short_window_side_is_refused_just_under_it_works() -> None:
    with pytest.raises(TilingError, match=r"overlap 93 mm is too large for A4 \(keep it under 93 mm\)"):
        plan_tiles(sheet("A1"), "A4", 93)
    assert plan_tiles(sheet("A1"), "A4", 92.9).overlap_mm == 92.9
    # 70 mm: under half of 186 mm, though a third of it would not be
    assert plan_tiles(sheet("A1"), "A4", 70).count > 0
    with pytest.raises(TilingError, match=r"keep it under 136 mm"):  # 136.5, printed to the mm
        plan_tiles(sheet("A0"), "A3", 140)


@pytest.mark.parametrize(("excess", "extra"), [(0.4e-6, 0), (0.6e-6, 1)])
def test_a_poster_a_millionth_of_a_step_over_n_windows_still_takes_n(excess: float, extra: int) -> None:
    """Sizes converted from millimetres land a hair off an exact multiple: the sheet count is
    rounded to a millionth of a step before it is rounded up."""
    window, overlap = pt(273), pt(10)  # landscape A4's window across
    step = window - overlap
    width = overlap + (4 + excess) * step
    grid = plan_tiles(Sheet("custom", width, 100.0), "A4", 10)
    assert grid.tile.landscape and grid.rows == 1
    assert grid.cols == 4 + extra


def _board() -> Board:
    board = Board(Workshop(title="Atelier des tuiles", language="fr", facilitator="Zoé"))
    team = board.add(Team("Équipe"))
    objective = board.add(Objective(team.id, "Devenir la boulangerie préférée du quartier"))
    board.add(KeyResult(objective.id, "Passer le NPS de 30 à 45", baseline=30, target=45))
    return board


def test_the_tiled_file_keeps_the_posters_metadata_and_its_forms_are_form_xobjects(tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    write_poster(_board(), out, PosterOptions(paper="A2"), tile="A4", quality=NO_CHECKER)
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    assert (meta.title, meta.author, meta.subject) == ("Atelier des tuiles", "Zoé", "OKR poster A2")
    forms = reader.pages[1]["/Resources"]["/XObject"]
    for name in ("/OkrPoster", "/OkrLabels"):
        form = forms[name]
        # a form's /Type is optional, but when present it must say XObject
        assert (form["/Type"], form["/Subtype"]) == ("/XObject", "/Form"), name


def test_a_page_of_several_content_streams_cannot_become_a_form() -> None:
    writer = PdfWriter()
    page = PageObject.create_blank_page(writer, 100, 100)
    streams = []
    for data in (b"0 0 m 10 10 l S", b"5 5 m 20 20 l S"):
        stream = DecodedStreamObject()
        stream.set_data(data)
        streams.append(writer._add_object(stream))
    page[NameObject("/Contents")] = ArrayObject(streams)
    with pytest.raises(TilingError, match=r"^a page to share must have exactly one content stream$"):
        _as_form(page)
    # and one stream does
    single = PdfReader(io.BytesIO(_one_page_pdf())).pages[0]
    assert _as_form(single).get_object()["/Subtype"] == "/Form"


def _one_page_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(100, 100))
    canvas.line(0, 0, 10, 10)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _plain(calls: list[tuple[str, tuple[object, ...], dict[str, object]]]) -> list[object]:
    """Calls without the text objects (each run hands out its own)."""
    return [(n, tuple(a for a in args if not isinstance(a, Recorder)), kw) for n, args, kw in calls]


def test_the_tile_sources_are_the_titled_map_then_the_label_sheet() -> None:
    grid = plan_tiles(sheet("A2"), "A4", 10)
    canvas = Recorder()
    draw_tile_sources(canvas, grid, "Atelier", "fr")  # type: ignore[arg-type]
    names = [c[0] for c in canvas.calls]
    assert names.count("showPage") == 2 and names[-1] == "showPage"
    first = names.index("showPage")
    alone = Recorder()
    _assembly_map(alone, grid, "Atelier", "fr")  # type: ignore[arg-type]
    assert _plain(canvas.calls[:first]) == _plain(alone.calls)
    assert ("text.textLine", ("Plan d’assemblage — Atelier",), {}) in canvas.calls[:first]
    # the label sheet: a page of rows × cols sheets
    assert canvas.calls[first + 1] == (
        "setPageSize",
        ((grid.cols * grid.tile.width, grid.rows * grid.tile.height),),
        {},
    )
