"""``okrworkshop poster PATH -o OUT.pdf``: the workshop as a vector poster, tiles, or a PNG.

Headless: no Qt. Characters the font cannot print are reported on stderr, one line each, and the
poster is still made (exit 0) with a visible □ in their place.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

from okrworkshop.cli import notice
from okrworkshop.errors import InputError
from okrworkshop.i18n.plural import plural
from okrworkshop.model import Board

OUTPUT_TYPES = (".pdf", ".png")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the poster command's arguments."""
    from okrworkshop.poster.options import LAYOUTS
    from okrworkshop.poster.paper import POSTER_PAPERS, TILE_PAPERS
    from okrworkshop.poster.tiles import DEFAULT_OVERLAP_MM

    parser.add_argument("path", metavar="PATH", help="the workshop: .okrw, .json or .csv")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.pdf",
        help="the poster to write (.pdf, or .png for an image)",
    )
    parser.add_argument(
        "--paper", type=str.upper, choices=POSTER_PAPERS, default="A0", help="poster size (default A0)"
    )
    parser.add_argument("--landscape", action="store_true", help="landscape instead of portrait")
    parser.add_argument(
        "--tile",
        type=str.upper,
        choices=TILE_PAPERS,
        help="print-ready sheets of this size with an assembly map",
    )
    parser.add_argument(
        "--overlap",
        type=float,
        metavar="MM",
        help=f"overlap between tiles in millimetres (default {DEFAULT_OVERLAP_MM:g}; with --tile)",
    )
    parser.add_argument(
        "--layout",
        choices=LAYOUTS,
        default="wall",
        help="wall (default): packed to print large, on several sheets if need be; board: as arranged "
        "in the room; tidy: by team; auto: board unless it is a pile",
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), help="language of the printed labels (default: the workshop's)"
    )
    parser.add_argument(
        "--round", metavar="NAME", help="name the round in the header (a round of the workshop)"
    )
    parser.add_argument(
        "--snapshot", metavar="NAME", help="print this snapshot of the board instead of the board"
    )
    parser.add_argument(
        "--profile", metavar="NAME", help="checker profile for the badges (default: the workshop's)"
    )
    parser.add_argument("--note", metavar="TEXT", default="", help="a line of your own in the footer")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the date in the header (default: today)")
    parser.add_argument("--dpi", type=float, metavar="N", help="resolution of a .png (default 150)")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")


def run(args: argparse.Namespace) -> int:
    """Make the poster; returns the exit code."""
    source = Path(args.path)
    output = Path(args.output)
    kind = output.suffix.lower()
    if kind not in OUTPUT_TYPES:
        raise InputError(
            output, f"the poster is written as .pdf (or .png for an image), not {kind or 'no extension'!r}"
        )
    if args.overlap is not None and not args.tile:
        raise InputError(None, "--overlap goes with --tile A4 or --tile A3")
    if kind == ".png" and args.tile:
        raise InputError(output, "tiles are a PDF: write the tiled poster to a .pdf")
    if args.dpi is not None and kind != ".png":
        raise InputError(output, "--dpi is for a .png image")
    _check_date(args.date)
    if args.profile is not None:
        from okrworkshop.rules.profiles import profile_id, profile_names

        if profile_id(args.profile) is None:
            raise InputError(
                None, f"--profile must be one of {', '.join(profile_names())}, not {args.profile!r}"
            )

    from okrworkshop.files import read_board

    board = read_board(source, notify=notice)
    _check_output(source, output, replace=args.force)
    round_name = _round_name(board, source, args.round)
    snapshot_name = ""
    if args.snapshot is not None:
        board, snapshot_round = _snapshot(board, source, args.snapshot)
        snapshot_name = args.snapshot
        round_name = round_name or snapshot_round

    from okrworkshop.poster import PosterOptions, TilingError, assess, write_poster

    options = PosterOptions(
        paper=args.paper,
        landscape=args.landscape,
        layout=args.layout,
        language=args.lang,
        round_name=round_name,
        snapshot_name=snapshot_name,
        date=args.date or "",
        note=args.note,
    )
    quality = assess(board, profile=args.profile, lang=args.lang)
    if kind == ".png":
        from okrworkshop.exports.png import DEFAULT_DPI, ImageSizeError, export_png

        try:
            layout = export_png(board, output, options, args.dpi or DEFAULT_DPI, quality=quality)
        except ImageSizeError as exc:
            raise InputError(output, str(exc)) from None
        warnings, summary = layout.warnings, f"{args.paper} image at {args.dpi or DEFAULT_DPI:g} dpi"
    else:
        overlap = 10.0 if args.overlap is None else args.overlap
        try:
            result = write_poster(board, output, options, tile=args.tile, overlap_mm=overlap, quality=quality)
        except TilingError as exc:
            raise InputError(None, str(exc)) from None
        warnings = result.warnings
        if result.grid is not None:
            grid = result.grid
            sheets = plural(grid.count, f"{grid.tile.name} sheet", f"{grid.tile.name} sheets", "en")
            summary = f"{sheets} ({grid.rows} × {grid.cols}) + assembly map"
            if len(result.sheets) > 1:
                summary = f"{plural(len(result.sheets), 'poster', 'posters', 'en')}, each {summary}"
        else:
            count = len(result.sheets) or 1
            summary = (
                f"{plural(count, 'page', 'pages', 'en')} {args.paper}{' landscape' if args.landscape else ''}"
            )
    for warning in warnings:
        print(f"okrworkshop poster: warning: {warning}", file=sys.stderr)
    print(f"wrote {output} ({summary})")
    return 0


def _check_date(text: str | None) -> None:
    if text is None:
        return
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        raise InputError(None, f"--date must look like 2027-03-15, not {text!r}") from None


def _check_output(source: Path, output: Path, *, replace: bool) -> None:
    """The output must be a writable file path, new unless ``replace``, and never the workshop read."""
    if output.is_dir():
        raise InputError(output, "is a folder; give a file name such as poster.pdf")
    if not output.parent.is_dir():
        raise InputError(output, f"folder {str(output.parent)!r} does not exist")
    same = output.resolve() == source.resolve()
    if not same and output.exists():
        try:
            same = output.samefile(source)
        except OSError:
            same = False
    if same:
        raise InputError(output, "is the workshop being read; choose another output file")
    if output.exists() and not replace:
        raise InputError(output, "already exists (use --force to replace it)")


def _round_name(board: Board, source: Path, wanted: str | None) -> str:
    if wanted is None:
        return ""
    titles = [r.title for r in board.rounds()]
    if wanted not in titles:
        known = ", ".join(repr(t) for t in titles) or "none"
        raise InputError(source, f"no round named {wanted!r} (rounds: {known})")
    return wanted


def _snapshot(board: Board, source: Path, name: str) -> tuple[Board, str]:
    """The board as the snapshot ``name`` kept it, and the title of the round it ended."""
    from okrworkshop.interchange import board_from_dict

    found = [s for s in board.snapshots() if s.name == name]
    if not found:
        known = ", ".join(repr(s.name) for s in board.snapshots()) or "none"
        raise InputError(source, f"no snapshot named {name!r} (snapshots: {known})")
    snapshot = found[-1]
    try:
        data = json.loads(snapshot.data)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"snapshot {name!r} is damaged ({exc.msg})") from None
    kept = board_from_dict(data, f"{source} (snapshot {name!r})")
    round_entity = board.find(snapshot.round_id)
    return kept, getattr(round_entity, "title", "")
