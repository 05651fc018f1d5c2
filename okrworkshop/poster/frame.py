"""The poster's header (workshop, case, round, date, sheet) and footer (checker summary, legend)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from okrworkshop import __version__
from okrworkshop.model import Board
from okrworkshop.palette import CARD_COLOURS
from okrworkshop.poster.cards import CardMaker
from okrworkshop.poster.fonts import BOLD, REGULAR, face, printable
from okrworkshop.poster.labels import counted, label, long_date
from okrworkshop.poster.marks import INK, MUTED, arrow_shapes, badge
from okrworkshop.poster.options import PosterOptions
from okrworkshop.poster.paper import Sheet
from okrworkshop.poster.quality import SEVERITIES, Quality
from okrworkshop.poster.shapes import Circle, Line, Polygon, Rect, Shape, Text
from okrworkshop.poster.text import LEADING, fit

BORDERS = {"objective": None, "key_result": "#9bb3cc", "initiative": "#b5b5b5", "note": "#b8a655"}


# ------------------------------------------------------------------------ header
def header(
    board: Board,
    options: PosterOptions,
    language: str,
    page: Sheet,
    k: float,
    margin: float,
    shapes: list[Shape],
    maker: CardMaker,
    sheet_line: str = "",
) -> float:
    """Draw the header (with ``sheet_line``, "Sheet 1/3 · Direction › Sales", under the title
    on a poster of several sheets); returns its bottom edge."""
    workshop = board.workshop
    width = page.width - 2 * margin
    title_text = maker_clean(maker, "workshop.title", workshop.title.strip() or "okrworkshop")
    title = fit(title_text, face(BOLD), width, 2 * 56.0 * k * LEADING, 56.0 * k, 30.0 * k)
    shapes.append(Text(margin, margin, title.lines, title.size, title.leading, INK, bold=True))
    y = margin + title.height + 6.0 * k
    if sheet_line:
        where = fit(
            maker_clean(maker, "sheet", sheet_line),
            face(BOLD),
            width,
            2 * 34.0 * k * LEADING,
            34.0 * k,
            22.0 * k,
        )
        shapes.append(Text(margin, y, where.lines, where.size, where.leading, INK, bold=True))
        y += where.height + 6.0 * k
    parts = []
    if workshop.case_id:
        parts.append(label(language, "case", workshop.case_id))
    if options.round_name:
        parts.append(label(language, "round", options.round_name))
    if options.snapshot_name:
        parts.append(label(language, "snapshot", options.snapshot_name))
    parts.append(
        label(language, "date", long_date(options.date or datetime.date.today().isoformat(), language))
    )
    if workshop.period:
        parts.append(label(language, "period", workshop.period))
    if workshop.facilitator:
        parts.append(label(language, "facilitator", workshop.facilitator))
    meta_text = maker_clean(maker, "workshop", "   ·   ".join(parts))
    meta = fit(meta_text, face(REGULAR), width, 22.0 * k * LEADING * 3, 22.0 * k, 14.0 * k)
    shapes.append(Text(margin, y, meta.lines, meta.size, meta.leading, MUTED))
    y += meta.height + 12.0 * k
    shapes.append(Line(((margin, y), (page.width - margin, y)), "#9a9a9a", 1.5 * k))
    return y


def maker_clean(maker: CardMaker, where: str, text: str) -> str:
    """Printable header/footer text (missing glyphs reported like a card's)."""
    cleaned, missing = printable(text, (maker.regular, maker.bold))
    if missing:
        names = ", ".join(dict.fromkeys(m.describe() for m in missing))
        maker.warnings.append(f"{where}: {names} not in the font {maker.regular.name}; printed as □")
    return cleaned


# ------------------------------------------------------------------------ footer
@dataclass(slots=True)
class _Footer:
    """The footer, laid out relative to its own top edge (placed once its height is known)."""

    height: float
    items: list[Shape]

    def shapes(self, top: float) -> list[Shape]:
        return [shift(s, top) for s in self.items]


def shift(shape: Shape, dy: float) -> Shape:
    """``shape`` moved down by ``dy`` points."""
    if isinstance(shape, Text):
        return Text(
            shape.x,
            shape.y + dy,
            shape.lines,
            shape.size,
            shape.leading,
            shape.colour,
            shape.bold,
            shape.centred,
        )
    if isinstance(shape, Rect):
        return Rect(
            shape.x,
            shape.y + dy,
            shape.width,
            shape.height,
            shape.fill,
            shape.stroke,
            shape.line_width,
            shape.radius,
        )
    if isinstance(shape, Circle):
        return Circle(shape.cx, shape.cy + dy, shape.r, shape.fill)
    if isinstance(shape, Polygon):
        return Polygon(tuple((x, y + dy) for x, y in shape.points), shape.fill, shape.alpha)
    return Line(
        tuple((x, y + dy) for x, y in shape.points), shape.colour, shape.width, shape.dash, shape.alpha
    )


def footer(
    options: PosterOptions,
    language: str,
    page: Sheet,
    k: float,
    margin: float,
    quality: Quality,
    tags: bool = False,
) -> _Footer:
    """The checker's summary, the legend (alignment as ``tags`` or as arrows) and the credits."""
    items: list[Shape] = []
    width = page.width - 2 * margin
    regular, bold = face(REGULAR), face(BOLD)
    items.append(Line(((margin, 0.0), (page.width - margin, 0.0)), "#9a9a9a", 1.5 * k))
    y = 12.0 * k
    if quality.summary is None:
        summary = label(language, "summary_missing")
    elif not any(quality.summary.values()):
        summary = label(language, "summary_clean")
    else:
        summary = label(
            language, "summary", **{s: counted(language, s, quality.summary[s]) for s in SEVERITIES}
        )
    line = fit(summary, bold, width, 22.0 * k * LEADING, 22.0 * k, 14.0 * k)
    items.append(Text(margin, y, line.lines, line.size, line.leading, INK, bold=True))
    y += line.height + 8.0 * k

    # legend: badge shapes, card kinds, alignment arrow — one row, wrapping on small sheets
    size = 16.0 * k
    x, row_height = margin, size * LEADING
    entries: list[tuple[str, str]] = [(f"badge:{s}", label(language, f"legend_{s}")) for s in SEVERITIES]
    entries += [(f"card:{c}", label(language, c)) for c in ("objective", "key_result", "initiative", "note")]
    entries.append(
        ("tag", label(language, "legend_tag")) if tags else ("arrow", label(language, "legend_arrow"))
    )
    for kind, text in entries:
        mark = size * 1.6
        needed = mark + 0.4 * size + regular.width(text, size) + 1.4 * size
        if x + needed > margin + width and x > margin:
            x, y = margin, y + row_height + 6.0 * k
        cy = y + row_height / 2
        if kind.startswith("badge:"):
            items.extend(badge(kind[6:], 1, x + mark / 2, cy, size * 0.55))
        elif kind.startswith("card:"):
            card_kind = kind[5:]
            border = BORDERS[card_kind] or "#4e79a7"
            items.append(
                Rect(x, cy - size * 0.5, mark, size, CARD_COLOURS[card_kind], border, 1.2 * k, 3.0 * k)
            )
        elif kind == "arrow":
            items.extend(arrow_shapes(((x, cy), (x + mark, cy)), 2.0 * k, size * 0.45))
        if kind == "tag":  # the tag is its own example: no mark
            items.append(Text(x, y, (text,), size, size * LEADING, INK))
            x += regular.width(text, size) + 1.4 * size
            continue
        items.append(Text(x + mark + 0.4 * size, y, (text,), size, size * LEADING, INK))
        x += needed
    y += row_height + 8.0 * k
    note = label(
        language,
        "made_with",
        version=__version__,
        date=options.date or datetime.date.today().isoformat(),
        paper=options.paper.upper(),
        orientation=label(language, "landscape" if options.landscape else "portrait"),
    )
    if options.note.strip():
        note = f"{note} · {options.note.strip()}"
    cleaned, _missing = printable(note, (regular,))
    small = fit(cleaned, regular, width, 13.0 * k * LEADING * 2, 13.0 * k, 10.0 * k)
    items.append(Text(margin, y, small.lines, small.size, small.leading, MUTED))
    y += small.height
    return _Footer(y, items)
