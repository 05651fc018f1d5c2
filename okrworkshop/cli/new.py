"""``okrworkshop new --case ID [--lang fr|en] [--reference] -o FILE.okrw``: a workshop from a case.

The new file holds the case's brief, its teams as lanes and its rounds; with ``--reference``, also
the case's reference OKRs (for a trainer preparing a session). An existing file is never replaced.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from okrworkshop.cases import load_case
from okrworkshop.cases.text import system_language
from okrworkshop.errors import InputError
from okrworkshop.i18n.plural import plural
from okrworkshop.model import LANGUAGES
from okrworkshop.storage import SUFFIX, write_okrw


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--case", required=True, metavar="ID", help="the case study's id (see: okrworkshop cases)"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="workshop language (default: the system's if the case is written in it, else the case's first)",
    )
    parser.add_argument("--reference", action="store_true", help="put the case's reference OKRs on the board")
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE.okrw", help="the workshop file to create"
    )


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if output.suffix.lower() != SUFFIX:
        raise InputError(
            output, f"a new workshop is a {SUFFIX} file (use okrworkshop convert for other formats)"
        )
    if output.exists():
        raise InputError(output, "already exists; choose another name (nothing was written)")
    if not output.parent.is_dir():
        raise InputError(output, f"folder {str(output.parent)!r} does not exist")
    case = load_case(args.case)
    lang = args.lang
    if lang is None:
        preferred = system_language()
        lang = preferred if preferred in case.languages else case.languages[0]
    board = case.new_board(lang, reference=args.reference)
    write_okrw(board, output)
    teams = len(board.teams())
    summary = (
        f"{plural(teams, 'team', 'teams', 'en')}, {plural(len(board.rounds()), 'round', 'rounds', 'en')}"
    )
    if args.reference:
        objectives = plural(len(board.objectives()), "reference objective", "reference objectives", "en")
        summary += f", {objectives}, {plural(len(board.key_results()), 'key result', 'key results', 'en')}"
    print(f"Created {output} from case {case.id!r} in {lang} ({summary}).")
    return 0
