"""``okrworkshop check PATH [--format text|json] [--profile NAME] [--lang fr|en]``.

Checks a workshop (``.okrw``) or a JSON draft (``.json``) against good OKR practice. Exit code 0
when no finding is an error, 1 when some are, 2 when the input cannot be used (DESIGN.md §4.1).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from okrworkshop.cli import notice
from okrworkshop.errors import InputError
from okrworkshop.files import read_board
from okrworkshop.rules import ERROR, check_board, findings_to_json
from okrworkshop.rules.profiles import profile_names
from okrworkshop.rules.report import format_text

READABLE = (".okrw", ".json")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="a workshop file (.okrw) or a JSON draft (.json)")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text for people (default), json for tools"
    )
    parser.add_argument(
        "--profile",
        choices=profile_names(),
        help="check with this profile instead of the workshop's own settings "
        "(workshop, also called learning: 3 objectives x 2-4 key results; classic: Doerr, 5 x 5; "
        "focus: Wodtke, 1 x 3)",
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), help="language of the messages (default: the workshop's)"
    )


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    if path.suffix.lower() not in READABLE:
        raise InputError(path, "check reads workshop files (.okrw) and JSON drafts (.json)")
    board = read_board(path, notify=notice)
    findings = check_board(board, profile=args.profile, lang=args.lang)
    if args.format == "json":
        text = json.dumps(findings_to_json(findings), ensure_ascii=False, indent=2)
    else:
        text = format_text(board, findings, lang=args.lang, profile=args.profile)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
    return 1 if any(f.severity == ERROR for f in findings) else 0
