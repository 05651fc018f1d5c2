"""The vector poster, checked the way a print shop would: pdfinfo sizes, pdftotext contents."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective
from okrworkshop.palette import SEVERITY_COLOURS
from okrworkshop.poster import PosterOptions, Quality, write_poster
from okrworkshop.poster.quality import NO_CHECKER
from okrworkshop.poster.shapes import Circle, Polygon, Rect, Text

ISO_POINTS = {"A0": (2384, 3370), "A1": (1684, 2384), "A2": (1191, 1684), "A3": (842, 1191)}


@pytest.mark.parametrize("paper", ["A0", "A1", "A2", "A3"])
@pytest.mark.parametrize("landscape", [False, True])
def test_page_is_the_exact_iso_size(
    board: Board, tmp_path: Path, poppler: Any, paper: str, landscape: bool
) -> None:
    out = tmp_path / "poster.pdf"
    result = write_poster(board, out, PosterOptions(paper=paper, landscape=landscape), quality=NO_CHECKER)
    assert poppler.info(out)["Pages"] == "1"
    assert result.pages == 1
    width, height = ISO_POINTS[paper]
    if landscape:
        width, height = height, width
    [(measured_w, measured_h)] = poppler.sizes(out)
    assert (round(measured_w), round(measured_h)) == (width, height)


def _text_in_box(out: Path, box: tuple[float, float, float, float]) -> str:
    """What pdftotext reads inside one box of the page (points, top-left origin)."""
    x, y, w, h = (int(v) for v in box)
    args = [
        "pdftotext",
        "-enc",
        "UTF-8",
        "-r",
        "72",
        "-x",
        str(x),
        "-y",
        str(y),
        "-W",
        str(w + 2),
        "-H",
        str(h + 2),
    ]
    return subprocess.run([*args, str(out), "-"], capture_output=True, text=True, check=True).stdout


def test_every_card_prints_its_own_text_inside_its_box(board: Board, tmp_path: Path, poppler: Any) -> None:
    out = tmp_path / "poster.pdf"
    result = write_poster(board, out, PosterOptions(paper="A1"), quality=NO_CHECKER)
    texts = {e.id: e.title for e in board.all(Objective) + board.all(KeyResult) + board.all(Initiative)}
    texts.update({n.id: n.text for n in board.all(Note)})
    assert set(texts) <= set(result.layout.card_boxes)
    for entity_id, text in texts.items():
        inside = poppler.squeeze(_text_in_box(out, result.layout.card_boxes[entity_id]))
        assert poppler.squeeze(text.replace("🚀", "□")) in inside, (text, inside)


def test_markup_accents_and_french_spaces_print_literally(
    board: Board, tmp_path: Path, poppler: Any, texts: SimpleNamespace
) -> None:
    out = tmp_path / "poster.pdf"
    write_poster(board, out, PosterOptions(paper="A2"), quality=NO_CHECKER)
    text = poppler.text(out)
    assert texts.markup in text  # R&D <50% > "x", as typed
    assert "Labo <R&D>" in text
    assert "Atelier « R&D » — tour 1" in text
    assert "Zoé Ñúñez" in text
    assert poppler.squeeze("Deuxième machine <à> café & « R&D »") in poppler.squeeze(text)
    assert poppler.squeeze(texts.french) in poppler.squeeze(text)


def test_one_embedded_ttf_and_the_narrow_no_break_space(board: Board, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "poster.pdf"
    write_poster(board, out, PosterOptions(paper="A2"), quality=NO_CHECKER)
    fonts = PdfReader(out).pages[0]["/Resources"]["/Font"]
    names = sorted(str(f.get_object()["/BaseFont"]).split("+")[-1] for f in fonts.values())
    assert names == ["DejaVuSans", "DejaVuSans-Bold"]  # no Helvetica, nothing else
    # DejaVu has U+202F, so French figures ("10 000 €", "45 %") print it as itself
    maps = b"".join(f.get_object()["/ToUnicode"].get_object().get_data() for f in fonts.values())
    assert b"<202F>" in maps.upper()


def test_long_words_and_long_text_wrap_and_grow_the_card(
    board: Board, tmp_path: Path, poppler: Any, texts: SimpleNamespace
) -> None:
    out = tmp_path / "poster.pdf"
    result = write_poster(board, out, PosterOptions(paper="A0"), quality=NO_CHECKER)
    text = poppler.squeeze(poppler.text(out))
    assert poppler.squeeze(texts.long_word) in text
    assert poppler.squeeze(texts.long_text) in text
    # the long objective's head grew well beyond a short one's instead of losing text
    boxes = result.layout.card_boxes
    long_objective = next(o for o in board.objectives() if o.title == texts.long_text)
    short_objective = next(o for o in board.objectives() if o.title == texts.markup)

    def head_height(objective: Objective) -> float:
        first_kr = board.key_results(objective.id)[0]
        return boxes[first_kr.id][1] - boxes[objective.id][1]

    assert head_height(long_objective) > 2.5 * head_height(short_objective)


def test_missing_glyphs_are_replaced_visibly_and_reported(
    board: Board, tmp_path: Path, poppler: Any, texts: SimpleNamespace
) -> None:
    out = tmp_path / "poster.pdf"
    result = write_poster(board, out, PosterOptions(paper="A2"), quality=NO_CHECKER)
    assert "Lancer la fusée □ avant l’été" in poppler.text(out)
    rocket = [w for w in result.warnings if "U+1F680" in w]
    assert len(rocket) == 1
    assert "ROCKET" in rocket[0] and "□" in rocket[0]
    assert rocket[0].startswith("teams[0].objectives[1].key_results[0]")
    assert texts.emoji[:10] in rocket[0]


def test_header_and_footer(board: Board, tmp_path: Path, poppler: Any) -> None:
    out = tmp_path / "poster.pdf"
    options = PosterOptions(paper="A1", round_name="Tour 2", date="2027-03-05", note="Salle Lumière")
    write_poster(board, out, options, quality=Quality({}, {"error": 1, "warning": 3, "info": 0}))
    text = poppler.squeeze(poppler.text(out))
    for expected in (
        "Atelier « R&D » — tour 1",
        "Cas : labo",
        "Tour : Tour 2",
        "Date : 5 mars 2027",
        "Période : 2027-T1",
        "Animation : Zoé Ñúñez",
        "Vérificateur : 1 erreur · 3 avertissements · 0 info",
        "Salle Lumière",
        "aligné sur",
        "Résultat clé",
    ):
        assert poppler.squeeze(expected) in text, expected


def test_english_labels_on_request(board: Board, tmp_path: Path, poppler: Any) -> None:
    out = tmp_path / "poster.pdf"
    write_poster(
        board,
        out,
        PosterOptions(paper="A2", language="en"),
        quality=Quality({}, {"error": 0, "warning": 0, "info": 0}),
    )
    text = poppler.text(out)
    assert "Case study: labo" in text
    assert "Checker: no finding" in text


def test_without_a_checker_the_footer_says_so(board: Board, tmp_path: Path, poppler: Any) -> None:
    out = tmp_path / "poster.pdf"
    write_poster(board, out, PosterOptions(paper="A3", language="en"), quality=NO_CHECKER)
    assert "Checker: not run" in poppler.text(out)


def test_badges_show_count_and_shape_by_severity(board: Board, tmp_path: Path) -> None:
    kr = board.key_results()[0]
    objective = board.objectives()[0]
    quality = Quality(
        {objective.id: {"error": 2}, kr.id: {"warning": 1, "info": 3}}, {"error": 2, "warning": 1, "info": 3}
    )
    result = write_poster(board, tmp_path / "poster.pdf", PosterOptions(paper="A1"), quality=quality)
    boxes = result.layout.card_boxes

    def inside(x: float, y: float, entity_id: str) -> bool:
        bx, by, bw, bh = boxes[entity_id]
        return bx <= x <= bx + bw and by <= y <= by + bh

    shapes = result.layout.shapes
    # (the key results' confidence dots are circles too, in the confidence colours)
    circles = [
        s
        for s in shapes
        if isinstance(s, Circle) and s.fill in SEVERITY_COLOURS.values() and inside(s.cx, s.cy, objective.id)
    ]
    triangles = [
        s
        for s in shapes
        if isinstance(s, Polygon) and s.fill == SEVERITY_COLOURS["warning"] and inside(*s.points[1], kr.id)
    ]
    squares = [
        s
        for s in shapes
        if isinstance(s, Rect) and s.fill == SEVERITY_COLOURS["info"] and inside(s.x, s.y, kr.id)
    ]
    assert [c.fill for c in circles] == [SEVERITY_COLOURS["error"]]
    assert len(triangles) == 1 and len(squares) == 1
    counts = [
        s.lines[0] for s in shapes if isinstance(s, Text) and s.centred and inside(s.x, s.y + s.size, kr.id)
    ]
    assert sorted(counts) == ["1", "3"]


def test_pdf_metadata_names_the_workshop(board: Board, tmp_path: Path, poppler: Any) -> None:
    out = tmp_path / "poster.pdf"
    write_poster(board, out, PosterOptions(paper="A3"), quality=NO_CHECKER)
    info = poppler.info(out)
    assert info["Title"] == "Atelier « R&D » — tour 1"
    assert info["Author"] == "Zoé Ñúñez"
    assert info["Creator"] == "okrworkshop"


def test_the_real_checker_fills_the_footer_and_the_badges(tmp_path: Path, poppler: Any) -> None:
    from okrworkshop.demo import demo_board
    from okrworkshop.rules import check_board, summarize

    board = demo_board()
    findings = check_board(board)
    summary = summarize(findings)
    assert sum(summary.values()) > 0  # the demo has things to say something about
    out = tmp_path / "demo.pdf"
    result = write_poster(board, out, PosterOptions(paper="A1"))  # no quality given: the checker runs
    text = poppler.squeeze(poppler.text(out))
    assert poppler.squeeze(f"{summary['warning']} avertissement") in text
    badge_counts = [
        int(s.lines[0])
        for s in result.layout.shapes
        if isinstance(s, Text)
        and s.centred
        and s.lines[0].isdigit()
        and s.y < result.layout.sheet.height * 0.9
    ]
    on_cards = [f for f in findings if f.entity_id is not None]
    assert sum(badge_counts) == len(on_cards)


def test_a_missing_glyph_in_a_field_is_reported_with_the_field(
    board: Board, tmp_path: Path, poppler: Any
) -> None:
    objective = board.objectives()[0]
    board.update(objective.id, owner="Léa 🙂", description="Pour de vrai ✅ cette fois")
    out = tmp_path / "poster.pdf"
    result = write_poster(board, out, PosterOptions(paper="A2"), quality=NO_CHECKER)
    owner = [w for w in result.warnings if w.startswith("teams[0].objectives[0] owner ")]
    assert len(owner) == 1 and "U+1F642 SLIGHTLY SMILING FACE" in owner[0]
    assert any(w.startswith("teams[0].objectives[0] description ") for w in result.warnings)
    text = poppler.squeeze(poppler.text(out))
    assert poppler.squeeze("Resp. : Léa □") in text
