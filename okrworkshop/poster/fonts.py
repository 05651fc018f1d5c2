"""The one font of okrworkshop (DejaVu Sans), measured without any PDF or imaging library.

The poster layout must measure text exactly as the PDF renderer will draw it, and the PNG
renderer must follow the same layout, so widths come from the TTF's own tables (``cmap`` for
which characters exist, ``hmtx`` for advance widths), read here with :mod:`struct`. reportlab
measures TTF text the same way (advance widths, no kerning), so what is measured here is what
prints. Importing this module costs nothing; a face is read on first use and cached.

Text is made printable by :func:`printable`: characters the font lacks are replaced by a visible
□ and reported (never silently dropped); the French narrow no-break space (U+202F) falls back
to a normal no-break space in a font without it.
"""

from __future__ import annotations

import struct
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from okrworkshop.model.value import Value
from okrworkshop.paths import asset

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FONT_FILES: dict[str, tuple[str, str]] = {
    REGULAR: ("fonts", "DejaVuSans.ttf"),
    BOLD: ("fonts", "DejaVuSans-Bold.ttf"),
}

#: Printed in place of a character the font cannot draw.
REPLACEMENT = "□"
#: Characters with a stand-in that reads the same when the font lacks them.
FALLBACKS: dict[str, str] = {
    "\u202f": "\u00a0",  # narrow no-break space -> no-break space (French « » : ; ! ?)
    "\u2007": "\u00a0",  # figure space
    "\u2009": " ",  # thin space
    "\u2011": "-",  # non-breaking hyphen
    "\u2212": "-",  # minus sign
}


def _invisible(char: str) -> bool:
    """Invisible by design (joiners, variation selectors, bidi marks): printing a □ for one of
    these would show what is not there, so a font's lack of them is not worth a report."""
    code = ord(char)
    return unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


class FontError(ValueError):
    """The font file is missing or is not a TrueType font this module can read."""


@dataclass(frozen=True, slots=True, eq=False)  # compared (and cached) by identity
class Face:
    """Advance widths (in 1/1000 em, as reportlab keeps them) and vertical metrics of one TTF."""

    name: str
    path: Path
    widths: dict[int, float]
    default_width: float
    ascent: float
    descent: float

    def has_glyph(self, char: str) -> bool:
        return ord(char) in self.widths

    def width(self, text: str, size: float) -> float:
        """The advance width of ``text`` at ``size`` points (characters without glyph count as □)."""
        widths = self.widths
        default = self.default_width
        return sum(widths.get(ord(c), default) for c in text) * size / 1000.0


def _table_directory(data: bytes) -> dict[bytes, tuple[int, int]]:
    if len(data) < 12:
        raise FontError("file too short for a TrueType font")
    version, count = struct.unpack_from(">IH", data, 0)
    if version not in (0x00010000, 0x74727565):  # 1.0 or 'true'
        raise FontError("not a TrueType font (CFF/OpenType-PS and collections are not supported)")
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = (offset, length)
    for needed in (b"head", b"hhea", b"hmtx", b"cmap", b"maxp"):
        if needed not in tables:
            raise FontError(f"TrueType table {needed.decode()!r} is missing")
    return tables


def _char_to_glyph(data: bytes, cmap_offset: int) -> dict[int, int]:
    """Unicode code point -> glyph index, from the best Unicode subtable (format 12, else 4)."""
    _version, count = struct.unpack_from(">HH", data, cmap_offset)
    subtables: dict[tuple[int, int], int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap_offset + 4 + 8 * i)
        subtables[(platform, encoding)] = cmap_offset + offset
    mapping: dict[int, int] = {}
    full = subtables.get((3, 10)) or subtables.get((0, 4)) or subtables.get((0, 6))
    if full is not None and struct.unpack_from(">H", data, full)[0] == 12:
        (groups,) = struct.unpack_from(">I", data, full + 12)
        for g in range(groups):
            start, end, glyph = struct.unpack_from(">III", data, full + 16 + 12 * g)
            for code in range(start, end + 1):
                mapping[code] = glyph + code - start
        return mapping
    bmp = subtables.get((3, 1)) or subtables.get((0, 3)) or subtables.get((0, 1)) or subtables.get((0, 0))
    if bmp is None or struct.unpack_from(">H", data, bmp)[0] != 4:
        raise FontError("no Unicode character map (cmap format 4 or 12) in the font")
    seg_x2 = struct.unpack_from(">H", data, bmp + 6)[0]
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", data, bmp + 14)
    starts = struct.unpack_from(f">{segs}H", data, bmp + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segs}h", data, bmp + 16 + 2 * seg_x2)
    range_base = bmp + 16 + 3 * seg_x2
    range_offsets = struct.unpack_from(f">{segs}H", data, range_base)
    for s in range(segs):
        start, end, delta, range_offset = starts[s], ends[s], deltas[s], range_offsets[s]
        for code in range(start, min(end, 0xFFFE) + 1):
            if range_offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                address = range_base + 2 * s + range_offset + 2 * (code - start)
                glyph = struct.unpack_from(">H", data, address)[0]
                if glyph:
                    glyph = (glyph + delta) & 0xFFFF
            if glyph:
                mapping[code] = glyph
    return mapping


def read_face(name: str, path: Path) -> Face:
    """Read a TrueType file's character map and advance widths."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FontError(f"{path}: {exc.strerror or exc}") from None
    try:
        tables = _table_directory(data)
        head, hhea, hmtx, maxp = (tables[t][0] for t in (b"head", b"hhea", b"hmtx", b"maxp"))
        units_per_em = struct.unpack_from(">H", data, head + 18)[0]
        ascent, descent = struct.unpack_from(">hh", data, hhea + 4)
        (metrics_count,) = struct.unpack_from(">H", data, hhea + 34)
        (glyph_count,) = struct.unpack_from(">H", data, maxp + 4)
        advances = struct.unpack_from(f">{2 * metrics_count}H", data, hmtx)[::2]
        scale = 1000.0 / units_per_em
        last = advances[-1]
        char_map = _char_to_glyph(data, tables[b"cmap"][0])
    except struct.error:
        raise FontError(f"{path}: truncated or damaged TrueType tables") from None
    widths = {
        code: (advances[glyph] if glyph < metrics_count else last) * scale
        for code, glyph in char_map.items()
        if 0 < glyph < glyph_count
    }
    # As reportlab does: a no-break space is drawn with the space glyph.
    if 0x20 in widths:
        widths[0xA0] = widths[0x20]
    return Face(name, path, widths, advances[0] * scale, ascent * scale, descent * scale)


@cache
def face(name: str = REGULAR) -> Face:
    """The bundled face ``name`` (:data:`REGULAR` or :data:`BOLD`), read once."""
    return read_face(name, font_path(name))


def font_path(name: str = REGULAR) -> Path:
    """Where the bundled TTF of ``name`` lives."""
    return asset(*FONT_FILES[name])


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class MissingGlyph(Value):
    """A character some card text uses that the font cannot draw."""

    char: str
    replacement: str

    def describe(self) -> str:
        code = f"U+{ord(self.char):04X}"
        name = unicodedata.name(self.char, "")
        return f"{code} {name}".strip()


def printable(text: str, faces: tuple[Face, ...]) -> tuple[str, list[MissingGlyph]]:
    """``text`` with every character drawable in all ``faces``, and what had to be replaced.

    Tabs become spaces, other control characters (except line breaks) are dropped, a known
    stand-in is used where one exists (narrow no-break space -> no-break space), invisible
    format characters the font lacks are dropped, and anything else the font lacks becomes □.
    """
    drawable = _coverage(faces)
    if drawable.issuperset(text):
        return text, []
    out: list[str] = []
    missing: list[MissingGlyph] = []
    for char in text:
        if char in drawable:
            out.append(char)
            continue
        if char in "\t\r":
            out.append(" " if char == "\t" else "")
            continue
        fallback = FALLBACKS.get(char)
        if fallback is not None and drawable.issuperset(fallback):
            out.append(fallback)
            continue
        if unicodedata.category(char) == "Cc" or _invisible(char):
            continue
        out.append(REPLACEMENT)
        missing.append(MissingGlyph(char, REPLACEMENT))
    return "".join(out), missing


@cache
def _coverage(faces: tuple[Face, ...]) -> frozenset[str]:
    """Characters every face can draw (plus the line break), for a quick check of whole texts."""
    common = set.intersection(*(set(f.widths) for f in faces)) if faces else set()
    drawable = {chr(c) for c in common if not (c < 0x20 or 0x7F <= c < 0xA0)}
    return frozenset(drawable | {"\n"})
