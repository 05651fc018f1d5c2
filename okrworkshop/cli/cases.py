"""``okrworkshop cases [--format text|json] [--lang fr|en]``: the case studies one can start from.

Lists the bundled cases and the trainer's own (see :mod:`okrworkshop.cases`). A case that cannot be
read is reported on stderr, one line each, without hiding the others; the exit code is then 2 so
a trainer checking a new case sees it failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from okrworkshop.cases import CaseStudy, scan_cases
from okrworkshop.cases.loader import display_path
from okrworkshop.cases.text import system_language
from okrworkshop.model import LANGUAGES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the titles in the text table (default: the system's, else English)",
    )


def case_record(case: CaseStudy) -> dict[str, Any]:
    """One case as the JSON listing gives it (DESIGN.md §4.1: id, languages, title, level, and more)."""
    record: dict[str, Any] = {
        "id": case.id,
        "languages": list(case.languages),
        "title": {lang: case.title(lang) for lang in case.languages},
        "summary": {lang: case.summary(lang) for lang in case.languages},
        "level": case.level,
        "level_name": {lang: case.level_name(lang) for lang in case.languages},
        "period": {lang: case.period(lang) for lang in case.languages},
        "teams": len(case.teams),
        "multi_level": case.multi_level,
        "rounds": [
            {"title": {lang: case.rounds(lang)[i].title for lang in case.languages}, "minutes": spec.minutes}
            for i, spec in enumerate(case.round_specs)
        ],
        "total_minutes": case.total_minutes,
        "reference_objectives": len(case.objectives),
        "source": case.source,
        "path": str(case.path),
    }
    if case.follow_up is not None:  # a follow-up case: where its board starts, which round brings which week
        record["follow_up"] = {
            "quarter_start": case.follow_up.quarter_start,
            "start_week": case.follow_up.start_week,
            "weeks": case.follow_up.weeks,
        }
        for entry, spec in zip(record["rounds"], case.round_specs, strict=True):
            if spec.check_in_weeks:
                entry["check_in_weeks"] = list(spec.check_in_weeks)
    return record


def _table(cases: list[CaseStudy], lang: str) -> str:
    header = ("ID", "LEVEL", "LANGUAGES", "TEAMS", "ROUNDS", "TITLE")
    rows = [
        (
            case.id,
            case.level,
            ", ".join(case.languages),
            str(len(case.teams)),
            f"{len(case.round_specs)} ({case.total_minutes} min)",
            case.title(lang) + ("" if case.source == "bundled" else f"  [{display_path(case.path.parent)}]"),
        )
        for case in cases
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1]
        for row in [header, *rows]
    ]
    lines.append("")
    lines.append("Start a workshop: okrworkshop new --case ID [--lang fr|en] [--reference] -o FILE.okrw")
    return "\n".join(line.rstrip() for line in lines)


def run(args: argparse.Namespace) -> int:
    catalogue = scan_cases()
    cases = list(catalogue.cases)
    if args.format == "json":
        print(json.dumps([case_record(case) for case in cases], ensure_ascii=False, indent=2))
    elif cases:
        print(_table(cases, args.lang or system_language()))
    else:
        print("No case study found.")
    for problem in catalogue.problems:
        print(f"okrworkshop: {problem.line()}", file=sys.stderr)
    return 2 if catalogue.problems else 0
