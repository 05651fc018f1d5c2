#!/usr/bin/env python3
"""How readable the posters and the board are, measured on the four bundled cases.

For each case with its reference OKRs (what ``okrworkshop new --case ID --reference`` makes) this
prints, on A0 and on A3 (portrait, the default layout):

* the key-result title type: cap height in millimetres (the smallest on the sheet and the median),
  read back from the PDF with ``pdftotext -bbox`` (poppler's word boxes are one em tall), inside
  the card boxes the layout reports;
* the baseline → target line (the key result's details) the same way;
* the share of each sheet covered by cards (objective blocks and notes, union of their boxes);
* arrow–text crossings: alignment links (as the poster draws them) against every word poppler
  finds on the page; and on screen, the canvas's link paths against the text of every card item
  (Qt offscreen, 100 %).

``--json`` prints the same figures as JSON (the test ``tests/poster/test_readability_figures.py``
runs this script and asserts the floors). Needs poppler-utils (pdftotext).

    .venv/bin/python scripts/measure_readability.py [--json] [--case ID ...] [--lang fr|en]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

CASES = ("rayon-vert", "mijote", "valbrune", "calora")
PAPERS = ("A0", "A3")
#: DejaVu Sans capital height: OS/2 sCapHeight 1493 / unitsPerEm 2048.
CAP_HEIGHT_EM = 1493 / 2048
MM_PER_POINT = 25.4 / 72.0
DETAIL_MARKS = ("↗", "↘", "→")

Box = tuple[float, float, float, float]  # x, y, width, height (top-left origin)
Word = tuple[float, float, float, float, str]  # x0, y0, x1, y1, text


def case_board(case_id: str, lang: str) -> Any:
    from okrworkshop.cases import load_case

    return load_case(case_id).new_board(lang, reference=True)


# --------------------------------------------------------------------- poppler
def page_words(pdf: Path) -> list[list[Word]]:
    """Every word of every page, as poppler reads it (one em tall boxes, top-left origin)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # poppler writes an XHTML document; drop the DOCTYPE and namespaces for ElementTree
    body = out[out.index("<html") :].replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ElementTree.fromstring(body)
    pages = []
    for page in root.iter("page"):
        words = []
        for word in page.iter("word"):
            x0, y0, x1, y1 = (float(word.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax"))
            words.append((x0, y0, x1, y1, word.text or ""))
        pages.append(words)
    return pages


def _inside(word: Word, box: Box, slack: float = 1.0) -> bool:
    x, y, w, h = box
    cx, cy = (word[0] + word[2]) / 2, (word[1] + word[3]) / 2
    return x - slack <= cx <= x + w + slack and y - slack <= cy <= y + h + slack


def cap_mm(size_pt: float) -> float:
    return size_pt * CAP_HEIGHT_EM * MM_PER_POINT


# ------------------------------------------------------------------ geometry
def segment_hits_box(p: tuple[float, float], q: tuple[float, float], box: Box) -> bool:
    """Whether the segment p→q passes through the rectangle (Liang–Barsky clipping)."""
    x, y, w, h = box
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for edge_p, edge_q in ((-dx, p[0] - x), (dx, x + w - p[0]), (-dy, p[1] - y), (dy, y + h - p[1])):
        if edge_p == 0:
            if edge_q < 0:
                return False
            continue
        t = edge_q / edge_p
        if edge_p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def polyline_hits(points: list[tuple[float, float]], box: Box) -> bool:
    return any(segment_hits_box(a, b, box) for a, b in itertools.pairwise(points))


def union_area(boxes: list[Box]) -> float:
    """Area covered by rectangles (coordinate compression; a few hundred boxes at most)."""
    xs = sorted({v for x, _y, w, _h in boxes for v in (x, x + w)})
    total = 0.0
    for left, right in itertools.pairwise(xs):
        spans = sorted((y, y + h) for x, y, w, h in boxes if x <= left and x + w >= right)
        covered, end = 0.0, -1e18
        for top, bottom in spans:
            if bottom <= end:
                continue
            covered += bottom - max(top, end)
            end = bottom
        total += covered * (right - left)
    return total


# ---------------------------------------------------------------------- poster
def poster_figures(board: Any, paper: str) -> dict[str, Any]:
    """Type sizes, coverage and crossings of the default poster of ``board`` on ``paper``."""
    from okrworkshop.poster import PosterOptions, assess, poster_pdf

    options = PosterOptions(paper=paper, date="2027-01-15")
    data, result = poster_pdf(board, options, quality=assess(board))
    pages = list(result.sheets) or [result.layout]
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "poster.pdf"
        pdf.write_bytes(data)
        words_by_page = page_words(pdf)
    kr_ids = {kr.id for kr in board.key_results()}
    block_ids = {o.id for o in board.objectives()} | {n.id for n in board.notes()}
    titles: list[float] = []
    details: list[float] = []
    coverage: list[float] = []
    crossings = 0
    crossed_cards: set[tuple[int, str]] = set()
    for page_index, layout in enumerate(pages):
        words = words_by_page[page_index]
        for entity_id, box in layout.card_boxes.items():
            if entity_id not in kr_ids:
                continue
            # the KR's own words: inside its box but not inside one of its initiatives
            own = [w for w in words if _inside(w, box)]
            inner = [
                b
                for other, b in layout.card_boxes.items()
                if other != entity_id and other not in kr_ids and _contains(box, b)
            ]
            own = [w for w in own if not any(_inside(w, b, 0.0) for b in inner)]
            if not own:
                continue
            first = min(own, key=lambda w: (round(w[1], 1), w[0]))
            titles.append(first[3] - first[1])
            marks = [w for w in own if any(m in w[4] for m in DETAIL_MARKS)]
            if marks:
                details.append(marks[0][3] - marks[0][1])
        blocks = [b for i, b in layout.card_boxes.items() if i in block_ids]
        coverage.append(union_area(blocks) / (layout.sheet.width * layout.sheet.height))
        links = [s for s in layout.shapes if getattr(s, "role", "") == "link"]
        text_boxes = [
            (w[0] + 0.5, w[1] + 0.5, w[2] - w[0] - 1.0, w[3] - w[1] - 1.0) for w in words if w[4].strip()
        ]
        for link in links:
            points = list(link.points)
            for box in text_boxes:
                if polyline_hits(points, box):
                    crossings += 1
                    owner = _owner_card(box, layout.card_boxes, block_ids)
                    if owner:
                        crossed_cards.add((page_index, owner))
    return {
        "sheets": len(pages),
        "kr_title_cap_mm_min": round(cap_mm(min(titles)), 2) if titles else None,
        "kr_title_cap_mm_median": round(cap_mm(statistics.median(titles)), 2) if titles else None,
        "kr_title_pt_min": round(min(titles), 1) if titles else None,
        "details_cap_mm_min": round(cap_mm(min(details)), 2) if details else None,
        "details_pt_min": round(min(details), 1) if details else None,
        "coverage_min": round(min(coverage), 3) if coverage else 0.0,
        "coverage_mean": round(sum(coverage) / len(coverage), 3) if coverage else 0.0,
        "link_word_crossings": crossings,
        "link_crossed_cards": len(crossed_cards),
    }


def _contains(outer: Box, inner: Box) -> bool:
    return (
        outer[0] - 0.5 <= inner[0]
        and outer[1] - 0.5 <= inner[1]
        and inner[0] + inner[2] <= outer[0] + outer[2] + 0.5
        and inner[1] + inner[3] <= outer[1] + outer[3] + 0.5
    )


def _owner_card(box: Box, cards: dict[str, Box], block_ids: set[str]) -> str:
    cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
    for entity_id, (x, y, w, h) in cards.items():
        if entity_id in block_ids and x <= cx <= x + w and y <= cy <= y + h:
            return entity_id
    return ""


# ---------------------------------------------------------------------- screen
def screen_figures(board: Any) -> dict[str, Any]:
    """Type size at 100 % and link–text crossings of the canvas (Qt offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from okrworkshop.canvas import style
    from okrworkshop.canvas.document import Document
    from okrworkshop.canvas.items.cards import CardItem
    from okrworkshop.canvas.scene import BoardScene

    document = Document(board)
    scene = BoardScene(document)
    text_rects: list[tuple[str, QRectF]] = []
    for item in scene.items():
        if not isinstance(item, CardItem):
            continue
        for block, origin in _text_blocks(item):
            rect = QRectF(origin.x(), origin.y(), block.width, block.height).adjusted(1, 1, -1, -1)
            text_rects.append((item.entity_id, item.mapRectToScene(rect)))
    crossings = 0
    crossed: set[str] = set()
    links = _scene_links(scene)
    for points in links:
        for entity_id, rect in text_rects:
            if polyline_hits(points, (rect.x(), rect.y(), rect.width(), rect.height())):
                crossings += 1
                crossed.add(entity_id)
    kr_px = style.font("key-result").pixelSize()
    figures = {
        "kr_text_px_100": kr_px,
        "kr_cap_px_100": round(kr_px * CAP_HEIGHT_EM, 1),
        "links": len(links),
        "link_text_crossings": crossings,
        "link_crossed_cards": len(crossed),
    }
    document.deleteLater()
    del app
    return figures


def _scene_links(scene: Any) -> list[list[tuple[float, float]]]:
    """Every link the scene draws, as a polyline in scene coordinates."""
    routes = getattr(scene, "link_polylines", None)
    if routes is not None:
        return [list(points) for points in routes()]
    result = []
    for arrow in scene.arrows.values():
        path = arrow.mapToScene(arrow.path)
        points = [path.pointAtPercent(i / 200) for i in range(201)]
        result.append([(p.x(), p.y()) for p in points])
    return result


def _text_blocks(item: Any) -> list[tuple[Any, Any]]:
    """The text blocks an item paints, with their top-left corners in item coordinates."""
    from PySide6.QtCore import QPointF

    origin = item.text_origin()
    blocks = [(item.text_block(), origin)]
    meta = getattr(item, "meta", None)
    if meta is not None:
        gap = 4 if item.kind == "objective" else 3
        blocks.append((meta, QPointF(origin.x(), origin.y() + item.text_block().height + gap)))
    return blocks


# ------------------------------------------------------------------------ main
def measure(case_ids: list[str], lang: str, screen: bool = True) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for case_id in case_ids:
        board = case_board(case_id, lang)
        entry: dict[str, Any] = {paper: poster_figures(board, paper) for paper in PAPERS}
        if screen:
            entry["screen"] = screen_figures(case_board(case_id, lang))
        results[case_id] = entry
    return results


def _table(results: dict[str, Any]) -> str:
    cases = list(results)
    rows: list[tuple[str, Any]] = []
    for paper in PAPERS:
        rows += [
            (f"{paper} sheets", lambda r, p=paper: r[p]["sheets"]),
            (
                f"{paper} KR title cap height, min / median (mm)",
                lambda r, p=paper: _pair(r[p], "kr_title_cap_mm"),
            ),
            (f"{paper} KR title size, min (pt)", lambda r, p=paper: r[p]["kr_title_pt_min"]),
            (
                f"{paper} baseline → target cap height, min (mm)",
                lambda r, p=paper: r[p]["details_cap_mm_min"],
            ),
            (f"{paper} baseline → target size, min (pt)", lambda r, p=paper: r[p]["details_pt_min"]),
            (f"{paper} sheet covered by cards, min (%)", lambda r, p=paper: _percent(r[p]["coverage_min"])),
            (
                f"{paper} link–word crossings (cards)",
                lambda r, p=paper: f"{r[p]['link_word_crossings']} ({r[p]['link_crossed_cards']})",
            ),
        ]
    rows += [
        ("screen KR text at 100 % (px, capitals px)", lambda r: _screen(r, "kr")),
        ("screen links / link–text crossings (cards)", lambda r: _screen(r, "links")),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [" " * width + " | " + " | ".join(f"{c:>12}" for c in cases)]
    for name, get in rows:
        lines.append(f"{name:<{width}} | " + " | ".join(f"{get(results[c])!s:>12}" for c in cases))
    return "\n".join(lines)


def _pair(figures: dict[str, Any], key: str) -> str:
    return f"{figures[key + '_min']} / {figures[key + '_median']}"


def _percent(value: float) -> str:
    return f"{value * 100:.0f}"


def _screen(result: dict[str, Any], what: str) -> str:
    screen = result.get("screen")
    if not screen:
        return "-"
    if what == "kr":
        return f"{screen['kr_text_px_100']} / {screen['kr_cap_px_100']}"
    return f"{screen['links']} / {screen['link_text_crossings']} ({screen['link_crossed_cards']})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--case", action="append", choices=CASES, help="only this case (repeatable)")
    parser.add_argument("--lang", choices=("fr", "en"), default="en")
    parser.add_argument("--no-screen", action="store_true", help="posters only (no Qt)")
    args = parser.parse_args()
    results = measure(args.case or list(CASES), args.lang, screen=not args.no_screen)
    print(json.dumps(results, indent=2, ensure_ascii=False) if args.json else _table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
