"""reportlab's fonts from the user's cache: the same font as reportlab's own parse, or a new parse.

The oracle is reportlab itself: a font read back from the cache must hold every attribute that
``TTFont(name, path)`` gives, and subset, measure and split text exactly as that font does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from okrworkshop.poster import pdf_fonts
from okrworkshop.poster.fonts import BOLD, REGULAR, font_path

TEXT = "Passer le NPS de 32 à 45\u202f% — « Café » œuf ΑΒΓ Ж €"


def _own(name: str) -> TTFont:
    return TTFont(name, str(font_path(name)))


def _attributes(font: TTFont) -> dict[str, Any]:
    kept = {k: v for k, v in vars(font).items() if k not in ("face", "state", "encoding")}
    return {**kept, "encoding": type(font.encoding), "state": type(font.state)}


def _face_attributes(face: TTFontFace) -> dict[str, Any]:
    return {k: v for k, v in vars(face).items() if k != "_pdfScale"}


def _parse_counter(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = pdf_fonts._parse_face

    def counting(path: Path) -> TTFontFace:
        parsed.append(path)
        return real(path)

    monkeypatch.setattr(pdf_fonts, "_parse_face", counting)
    return parsed


@pytest.mark.parametrize("name", [REGULAR, BOLD])
def test_a_font_from_the_cache_is_reportlabs_own_font(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _parse_counter(monkeypatch)
    first = pdf_fonts.ttf_font(name, font_path(name))
    again = pdf_fonts.ttf_font(name, font_path(name))
    assert parsed == [font_path(name)]  # the second came from the record the first wrote
    own = _own(name)
    expected = _face_attributes(own.face)  # before any subsetting moves the parser's cursor (_pos)
    for font in (first, again):
        assert _attributes(font) == _attributes(own)
        assert _face_attributes(font.face) == expected
    for font in (first, again):
        for units in (0, 1, 2048, -431, 1234.5):
            assert font.face._pdfScale(units) == own.face._pdfScale(units)
        assert [type(font.face.name), font.face.name.ustr] == [type(own.face.name), own.face.name.ustr]
        assert font.stringWidth(TEXT, 33.3) == own.stringWidth(TEXT, 33.3)
        glyphs = sorted({ord(c) for c in TEXT} | {32})
        assert font.face.makeSubset(glyphs) == own.face.makeSubset(glyphs)


def test_a_poster_made_from_the_cache_is_byte_for_byte_the_same(tmp_path: Path) -> None:
    """Same drawing, invariant PDF output: the cached fonts change nothing in the file."""
    from reportlab.pdfgen.canvas import Canvas

    def pdf(fonts: dict[str, TTFont]) -> bytes:
        target = tmp_path / "p.pdf"
        canvas = Canvas(str(target), invariant=1)
        for name, font in fonts.items():
            font.fontName = f"{name}-probe"
            from reportlab.pdfbase import pdfmetrics

            pdfmetrics.registerFont(font)
            canvas.setFont(font.fontName, 20)
            canvas.drawString(40, 400 if name == REGULAR else 300, TEXT)
        canvas.save()
        return target.read_bytes()

    own = pdf({name: _own(name) for name in (REGULAR, BOLD)})
    pdf_fonts.ttf_font(REGULAR, font_path(REGULAR))  # writes the records
    pdf_fonts.ttf_font(BOLD, font_path(BOLD))
    cached = pdf({name: pdf_fonts.ttf_font(name, font_path(name)) for name in (REGULAR, BOLD)})
    assert cached == own


def _copy_font(tmp_path: Path) -> Path:
    copy = tmp_path / "font.ttf"
    copy.write_bytes(font_path(REGULAR).read_bytes())
    return copy


def test_a_font_file_changed_since_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _parse_counter(monkeypatch)
    font = _copy_font(tmp_path)
    pdf_fonts.ttf_font("Probe", font)
    stat = font.stat()
    os.utime(font, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))  # one nanosecond later
    pdf_fonts.ttf_font("Probe", font)
    pdf_fonts.ttf_font("Probe", font)  # the record was rewritten for the new date
    assert len(parsed) == 2


def test_another_reportlab_or_record_format_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = _parse_counter(monkeypatch)
    font = _copy_font(tmp_path)
    pdf_fonts.ttf_font("Probe", font)
    monkeypatch.setattr(pdf_fonts, "RECORD_FORMAT", pdf_fonts.RECORD_FORMAT + 1)
    pdf_fonts.ttf_font("Probe", font)
    assert len(parsed) == 2
    import reportlab

    monkeypatch.setattr(reportlab, "Version", reportlab.Version + ".1")
    pdf_fonts.ttf_font("Probe", font)
    assert len(parsed) == 3
    assert pdf_fonts.cache_path("Probe").name.endswith(f"{reportlab.Version}.face")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"",
        lambda data: b"\x00garbage" * 10,
        lambda data: __import__("marshal").dumps(["not", "a", "record"]),
        lambda data: __import__("marshal").dumps({"key": None}),
    ],
    ids=["truncated", "empty", "garbage", "a-list", "no-key"],
)
def test_a_damaged_record_is_parsed_again_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: Any
) -> None:
    parsed = _parse_counter(monkeypatch)
    font = _copy_font(tmp_path)
    pdf_fonts.ttf_font("Probe", font)
    record = pdf_fonts.cache_path("Probe")
    record.write_bytes(damage(record.read_bytes()))
    rebuilt = pdf_fonts.ttf_font("Probe", font)
    assert _face_attributes(rebuilt.face) == _face_attributes(TTFontFace(str(font)))
    pdf_fonts.ttf_font("Probe", font)
    assert len(parsed) == 2  # parsed for the damaged record, then read from the rewritten one


def test_a_cache_that_cannot_be_written_only_costs_a_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = _parse_counter(monkeypatch)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("OKRWORKSHOP_DATA_DIR", str(blocker))
    font = _copy_font(tmp_path)
    first = pdf_fonts.ttf_font("Probe", font)
    second = pdf_fonts.ttf_font("Probe", font)
    assert len(parsed) == 2
    assert _face_attributes(first.face) == _face_attributes(second.face)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["font.ttf", "not-a-folder"]


def test_the_cache_lives_in_the_users_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from okrworkshop.paths import user_cache_dir

    monkeypatch.delenv("OKRWORKSHOP_DATA_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert user_cache_dir() == tmp_path / "xdg" / "okrworkshop"
    assert pdf_fonts.cache_path(REGULAR).parent == user_cache_dir() / "fonts"
    assert not user_cache_dir().exists()  # nothing is made until a font is kept
