"""``okrworkshop convert IN OUT``: between ``.okrw``, ``.json`` and ``.csv``, by extension."""

from __future__ import annotations

import argparse
from pathlib import Path

from okrworkshop.cli import notice
from okrworkshop.errors import InputError
from okrworkshop.files import FORMATS, read_board, write_board
from okrworkshop.i18n.plural import plural


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="IN", help="a .okrw, .json or .csv file")
    parser.add_argument("output", metavar="OUT", help="the file to write (.okrw, .json or .csv)")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")


def run(args: argparse.Namespace) -> int:
    source, target = Path(args.input), Path(args.output)
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise InputError(target, "is the input file; choose another output")
    board = read_board(source, notify=notice)
    write_board(board, target, replace=args.force)
    teams, objectives = len(board.teams()), len(board.objectives())
    print(
        f"wrote {target} ({FORMATS[target.suffix.lower()]}: {plural(teams, 'team', 'teams', 'en')}, "
        f"{plural(objectives, 'objective', 'objectives', 'en')}, "
        f"{plural(len(board.key_results()), 'key result', 'key results', 'en')})"
    )
    return 0
