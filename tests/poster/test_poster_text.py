"""Font measuring, printable text and wrapping: what makes "nothing cut, nothing lost" true."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrworkshop.poster.fonts import BOLD, REGULAR, Face, FontError, face, printable, read_face
from okrworkshop.poster.labels import counted, long_date, number
from okrworkshop.poster.paper import sheet
from okrworkshop.poster.text import LEADING, fit, wrap

SAMPLES = [
    "Hello World",
    'R&D <50% > "x"',
    "éèêàçœ « bonjour » ’…€ 45\u202f%",
    "WAVAV\u00a0x",
    "Straße ÆØÅ ΑΒΓ Ж",
]


@pytest.mark.parametrize("name", [REGULAR, BOLD])
def test_widths_are_exactly_what_reportlab_measures(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics

    from okrworkshop.poster.pdf import register_fonts

    register_fonts()
    measured = face(name)
    for text in SAMPLES:
        for size in (7.5, 12, 33.3):
            assert measured.width(text, size) == pytest.approx(
                pdfmetrics.stringWidth(text, name, size), abs=1e-9
            )


def test_iso_sizes() -> None:
    a0 = sheet("A0")
    assert (round(a0.width), round(a0.height)) == (2384, 3370)
    assert a0.width == pytest.approx(841 / 25.4 * 72)
    landscape = sheet("a3", landscape=True)
    assert (round(landscape.width), round(landscape.height)) == (1191, 842)
    assert landscape.landscape
    with pytest.raises(ValueError, match="unknown paper size"):
        sheet("B2")


def test_printable_keeps_what_the_font_has() -> None:
    faces = (face(REGULAR), face(BOLD))
    text = "« Café » : 10\u202f000\u00a0€ – œuf ’ …\nligne 2"
    assert printable(text, faces) == (text, [])


def test_missing_characters_become_a_visible_box_and_are_reported() -> None:
    faces = (face(REGULAR), face(BOLD))
    cleaned, missing = printable("Go 🚀 now 👩\u200d💻!", faces)
    assert cleaned.count("□") == 3
    assert "Go □ now" in cleaned
    assert [m.describe() for m in missing] == ["U+1F680 ROCKET", "U+1F469 WOMAN", "U+1F4BB PERSONAL COMPUTER"]


def test_tabs_and_control_characters() -> None:
    cleaned, missing = printable("a\tb\x07c\r\nd", (face(REGULAR),))
    assert cleaned == "a bc\nd"
    assert missing == []


def test_narrow_no_break_space_falls_back_when_a_font_lacks_it() -> None:
    regular = face(REGULAR)
    widths = {code: w for code, w in regular.widths.items() if code != 0x202F}
    lacking = dataclasses.replace(regular, widths=widths)
    cleaned, missing = printable("45\u202f%", (lacking,))
    assert cleaned == "45\u00a0%"
    assert missing == []


def test_a_file_that_is_not_a_truetype_font(tmp_path: Path) -> None:
    bad = tmp_path / "font.ttf"
    bad.write_bytes(b"not a font at all, sorry")
    with pytest.raises(FontError, match="not a TrueType font"):
        read_face("Bad", bad)
    with pytest.raises(FontError):
        read_face("Missing", tmp_path / "missing.ttf")


def test_wrap_breaks_at_spaces_and_keeps_line_breaks() -> None:
    regular = face(REGULAR)
    lines = wrap("un deux trois quatre\ncinq", regular, 10, regular.width("un deux trois", 10) + 0.01)
    assert lines == ["un deux trois", "quatre", "cinq"]


def test_no_break_spaces_hold_words_together() -> None:
    regular = face(REGULAR)
    width = regular.width("passer à 45\u202f%", 10) + 0.01
    lines = wrap("passer à 45\u202f%", regular, 10, width - 1)
    assert "45\u202f%" in lines[-1]


def test_a_word_wider_than_the_line_breaks_after_a_hyphen_or_anywhere() -> None:
    regular = face(REGULAR)
    width = regular.width("abcdefghij", 10)
    assert wrap("abcdefghij-klmnopqrst", regular, 10, width * 1.5) == ["abcdefghij-", "klmnopqrst"]
    pieces = wrap("x" * 50, regular, 10, width)
    assert "".join(pieces) == "x" * 50
    assert all(regular.width(p, 10) <= width for p in pieces)


def test_fit_shrinks_to_the_minimum_then_grows() -> None:
    regular = face(REGULAR)
    short = fit("Court", regular, 100, 30, 12, 8)
    assert short.size == 12 and short.lines == ("Court",)
    medium_text = "un texte un peu plus long que la carte"
    medium = fit(medium_text, regular, 100, 2 * 12 * LEADING, 12, 8)
    assert 8 <= medium.size < 12
    assert medium.height <= 2 * 12 * LEADING
    long_text = " ".join(["beaucoup trop de texte"] * 20)
    grown = fit(long_text, regular, 100, 30, 12, 8)
    assert grown.size == 8
    assert grown.height > 30
    assert " ".join(grown.lines) == long_text


words = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzéèàçœ’«»&<>\"'%€-/0123456789\u00a0\u202f")),
    min_size=1,
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(words, max_size=12), min_size=1, max_size=4),
    st.floats(min_value=20, max_value=400),
    st.floats(min_value=6, max_value=30),
)
def test_wrapping_loses_nothing_and_stays_in_the_width(
    paragraphs: list[list[str]], width: float, size: float
) -> None:
    regular = face(REGULAR)
    text = "\n".join(" ".join(p) for p in paragraphs)
    lines = wrap(text, regular, size, width)
    for line in lines:
        # a line is never wider than asked, unless it is a single character that cannot be split
        assert regular.width(line, size) <= width + 1e-6 or len(line) == 1
    assert re.sub(r"[ \n]", "", "".join(lines)) == re.sub(r"[ \n]", "", text)
    assert len(lines) >= text.count("\n") + 1


def test_french_numbers_and_dates() -> None:
    assert number(4.5, "fr") == "4,5"
    assert number(10000, "fr") == "10\u202f000"
    assert number(10000, "en") == "10,000"
    assert number(-0.25, "en") == "-0.25"
    assert long_date("2027-03-05", "fr") == "5\u00a0mars\u00a02027"
    assert long_date("2027-03-05", "en") == "5\u00a0March\u00a02027"
    assert long_date("bientôt", "fr") == "bientôt"
    assert counted("fr", "error", 1) == "1 erreur"
    assert counted("fr", "error", 0) == "0 erreur"
    assert counted("en", "error", 0) == "0 errors"


# ---------------------------------------------------------------- linear wrapping (issue 10)
def _break_word_before(word: str, measured: Face, size: float, width: float) -> list[str]:
    """The quadratic splitting the poster used before (it measured what was left at each line)."""
    pieces: list[str] = []
    rest = word
    while measured.width(rest, size) > width:
        total, cut, scale = 0.0, len(rest), size / 1000.0
        for index, char in enumerate(rest):
            total += measured.widths.get(ord(char), measured.default_width) * scale
            if total > width:
                cut = max(1, index)
                break
        soft = max(rest.rfind(c, 0, cut) for c in "-/\\_.,")
        if soft >= cut // 2 and soft + 1 < len(rest):
            cut = soft + 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


_WORDY = st.text(st.sampled_from("abcWMi-/\\_.,é€🙂0"), min_size=1, max_size=400)


@settings(max_examples=200, deadline=None)
@given(word=_WORDY, size=st.sampled_from([6.0, 9.5, 14.0, 33.3]), width=st.floats(5.0, 400.0))
def test_long_words_break_exactly_as_before(word: str, size: float, width: float) -> None:
    measured = face(REGULAR)
    lines = wrap(word, measured, size, width)
    expected = (
        _break_word_before(word, measured, size, width) if measured.width(word, size) > width else [word]
    )
    assert lines == expected


def test_a_very_long_word_breaks_as_before_and_is_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Breaking a word measured what was left of it at each line: 40,000 characters took 12 s."""
    measured = face(REGULAR)
    word = ("Rechtsschutzversicherungsgesellschaften-" * 500)[:20_000] + "x" * 20_000
    expected = _break_word_before(word, measured, 10.0, 120.0)
    counted = {"characters": 0}
    original = Face.width

    def counting(self: Face, text: str, size: float) -> float:
        counted["characters"] += len(text)
        return original(self, text, size)

    monkeypatch.setattr(Face, "width", counting)
    assert wrap(word, measured, 10.0, 120.0) == expected
    # Measured whole once, then each piece: about twice its length, not once per line.
    assert counted["characters"] <= 3 * len(word), counted
