"""reportlab's TrueType fonts, parsed once per font file and kept in the user's cache.

reportlab reads a TTF's tables in pure Python, one number at a time: for DejaVu Sans (6,253
glyphs) that is about 23 ms a face and a poster needs two, the largest single cost of ``okrworkshop
poster`` after the interpreter itself. What it reads depends only on the font file and on
reportlab's version, so the parsed face (names, metrics, character map, widths, glyph positions)
is written to the user's cache with :mod:`marshal` the first time and read back in a few
milliseconds after; the font's own bytes are read from the font file, not stored twice.

Any doubt parses the font again and rewrites the record: another reportlab or Python, a font file
of another size or date or place, a record that is unreadable, truncated or of another shape. A
cache that cannot be written is simply not written: the poster never depends on it.
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrworkshop.paths import user_cache_dir

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

#: Bump when the record's shape changes.
RECORD_FORMAT = 1
#: Face attributes rebuilt on reading rather than stored: the font's bytes (read from its file)
#: and the scaling function (rebuilt from ``unitsPerEm`` as reportlab makes it).
_REBUILT = ("_ttf_data", "_pdfScale")


def cache_path(name: str) -> Path:
    """Where the parsed face of font ``name`` is kept (one record per reportlab version)."""
    import reportlab

    return user_cache_dir() / "fonts" / f"{name}-reportlab-{reportlab.Version}.face"


def _key(path: Path) -> list[Any]:
    """What the record must match to be used: reportlab, Python's marshal, the font file."""
    import reportlab

    stat = path.stat()
    return [
        RECORD_FORMAT,
        reportlab.Version,
        list(sys.version_info[:2]),
        marshal.version,
        str(path.resolve()),
        stat.st_size,
        stat.st_mtime_ns,
    ]


def ttf_font(name: str, path: Path) -> TTFont:
    """reportlab's font ``name`` from the TTF at ``path``: from the cache when it holds this very
    file's face, else parsed by reportlab (and the cache written for the next time)."""
    key = _key(path)
    face = _read_face(cache_path(name), key, path)
    if face is None:
        face = _parse_face(path)
        _write_face(cache_path(name), key, face)
    return _font_with_face(name, face)


def _parse_face(path: Path) -> TTFontFace:
    from reportlab.pdfbase.ttfonts import TTFontFace

    return TTFontFace(str(path))


def _font_with_face(name: str, face: TTFontFace) -> TTFont:
    """A ``TTFont`` around an already parsed face: what ``TTFont.__init__`` does after it has
    parsed the file (tests compare the result with reportlab's own, attribute by attribute)."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, unShapedFontGlob

    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
    return font


def _record(key: list[Any], face: TTFontFace) -> bytes:
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    state = {k: v for k, v in vars(face).items() if k not in _REBUILT}
    names = sorted(k for k, v in state.items() if isinstance(v, TTFNameBytes))
    for k in names:
        state[k] = bytes(state[k])  # kept as UTF-8, which TTFNameBytes decodes back to the same text
    return marshal.dumps({"key": key, "names": names, "state": state})


def _write_face(target: Path, key: list[Any], face: TTFontFace) -> None:
    try:
        data = _record(key, face)
    except ValueError:  # an attribute marshal cannot keep (another reportlab): parse every time
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(f"{target.name}.{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, target)  # a reader sees the old record or the whole new one
    except OSError:
        return


def _read_face(source: Path, key: list[Any], path: Path) -> TTFontFace | None:
    try:
        record = marshal.loads(source.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(record, dict) or record.get("key") != key:
        return None
    state, names = record.get("state"), record.get("names")
    if not isinstance(state, dict) or not isinstance(names, list) or "unitsPerEm" not in state:
        return None
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

    try:
        data = path.read_bytes()
    except OSError:
        return None
    for k in names:
        state[k] = TTFNameBytes(state[k])
    face = TTFontFace.__new__(TTFontFace)
    vars(face).update(state)
    face._ttf_data = data
    face._pdfScale = _scale(state["unitsPerEm"])
    return face


def _scale(units_per_em: int) -> Any:
    """Font units to 1/1000 em, as reportlab's ``extractInfo`` defines it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor
