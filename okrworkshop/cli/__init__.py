"""The ``okrworkshop`` command: the app, or a headless sub-command (DESIGN.md §4.1).

Sub-commands live in their own modules (``okrworkshop.cli.<name>``), each with
``add_arguments(parser)`` and ``run(args) -> int``, and are imported only when used, so that
``okrworkshop check`` never loads Qt. Bad input of any kind ends as one line on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from okrworkshop import __version__
from okrworkshop.errors import InputError

PROG = "okrworkshop"

#: name -> one-line help (the module is okrworkshop.cli.<name>).
COMMANDS: dict[str, str] = {
    "check": "check a workshop against good OKR practice",
    "poster": "make a vector PDF poster (or print-ready tiles)",
    "convert": "convert between .okrw, .json and .csv",
    "cases": "list the bundled case studies",
    "new": "start a workshop file from a case study",
    "room": "serve a workshop to participants' phones and laptops",
}


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line (and exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse asks shutil for the width on every argument; shutil (with its compression
        # modules) is a tenth of a headless verb's start. Same width rule, from os.
        return self.formatter_class(prog=self.prog, width=_terminal_width() - 2)  # type: ignore[call-arg]


def _terminal_width() -> int:
    """Columns of the terminal, as ``shutil.get_terminal_size`` reads them (COLUMNS, then the
    terminal of stdout, else 80)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def notice(line: str) -> None:
    """Tell the user something that is not an error, in one line on stderr (the exit code is kept)."""
    print(f"{PROG}: {line}", file=sys.stderr)


def _gui_parser() -> _Parser:
    commands = "\n".join(f"  {name:<9} {text}" for name, text in COMMANDS.items())
    parser = _Parser(
        prog=PROG,
        description="The desktop tool for OKR workshops. Without a command, opens the app.",
        epilog=f"commands (okrworkshop COMMAND --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file",
        nargs="?",
        help="a workshop file (.okrw) to open; default: the one left open last time (the demo workshop at first)",
    )
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window to a PNG and exit")
    parser.add_argument("--size", metavar="WxH", default="1600x1000", help="window size for --screenshot")
    parser.add_argument(
        "--zoom", metavar="fit|PERCENT", help="for --screenshot: 'fit' (whole board) or e.g. 50%%"
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise InputError(None, f"--size must look like 1600x1000, not {text!r}") from None
    if not (100 <= width <= 10000 and 100 <= height <= 10000):
        raise InputError(None, f"--size {text} is out of range (100 to 10000 pixels a side)")
    return width, height


def _run_gui(args: argparse.Namespace) -> int:
    size = _size(args.size)
    if args.screenshot is not None and not args.screenshot.lower().endswith(".png"):
        raise InputError(args.screenshot, "--screenshot writes a PNG image: give a name ending in .png")
    if args.file is not None and Path(args.file).is_dir():
        raise InputError(args.file, "is a folder, not a file")
    if args.file is not None and not args.file.lower().endswith(".okrw"):
        raise InputError(args.file, "the app opens .okrw workshop files (convert a .json or .csv first)")
    # Imported by name so that the headless commands never pull Qt in.
    launch = importlib.import_module("okrworkshop.ui.launch")
    return int(launch.run_gui(args.file, screenshot=args.screenshot, size=size, zoom=args.zoom))


def _run_verb(name: str, argv: list[str]) -> int:
    from okrworkshop.cli.deferred_modules import defer

    defer()
    module = importlib.import_module(f"okrworkshop.cli.{name}")
    parser = _Parser(prog=f"{PROG} {name}", description=COMMANDS[name])
    module.add_arguments(parser)
    return int(module.run(parser.parse_args(argv)))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``okrworkshop`` and ``python -m okrworkshop``; returns the exit code."""
    whole_process = argv is None  # the program itself, not a caller in a longer-lived process
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            try:
                return _run_verb(argv[0], argv[1:])
            finally:
                if whole_process:
                    # The process ends now: the collector's last passes over every object loaded
                    # (the rule tables above all) would take a sixth of a headless verb's time to
                    # find no garbage worth freeing before exit. Objects are still freed as usual.
                    gc.freeze()
        args = _gui_parser().parse_args(argv)
        try:
            return _run_gui(args)
        finally:
            if whole_process and args.screenshot is not None:
                gc.freeze()  # as for a verb: the picture is saved, the process ends (it wrote nothing)
    except InputError as exc:
        print(f"{PROG}: {exc.line()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{PROG}: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
