"""Fictional case studies for OKR workshops (Qt-free).

Cases are folders holding a ``case.toml`` (format: ``assets/cases/README.md``). They are found, in
this order, in the folders of ``$OKRWORKSHOP_CASES_DIR`` (several separated by ``os.pathsep``), in
the user's ``<data folder>/cases`` and in the bundled ``assets/cases``; a case id (its folder's
name) found twice is taken from the first place, so a trainer can adapt a bundled case by copying
its folder into their own. A broken case never hides the others: :func:`scan_cases` returns the
good ones and the problems side by side.

>>> case = load_case("rayon-vert")
>>> board = case.new_board("fr", reference=True)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from okrworkshop.cases.loader import CASE_FILE, FORMAT, ID_PATTERN, display_path, read_case
from okrworkshop.cases.study import (
    LEVELS,
    CaseFigure,
    CasePerson,
    CaseRound,
    CaseStudy,
    CaseTeam,
    FacilitatorNote,
    FigureRow,
    KeyResultSpec,
    ObjectiveSpec,
)
from okrworkshop.cases.text import Text
from okrworkshop.errors import InputError
from okrworkshop.model.value import Value
from okrworkshop.paths import asset, user_data_dir

ENV_VAR = "OKRWORKSHOP_CASES_DIR"

__all__ = [
    "CASE_FILE",
    "ENV_VAR",
    "FORMAT",
    "LEVELS",
    "CaseCatalogue",
    "CaseFigure",
    "CasePerson",
    "CaseRound",
    "CaseStudy",
    "CaseTeam",
    "FacilitatorNote",
    "FigureRow",
    "KeyResultSpec",
    "ObjectiveSpec",
    "Text",
    "case_folders",
    "list_cases",
    "load_case",
    "read_case",
    "scan_cases",
]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class CaseCatalogue(Value):
    """Every case found: the good ones, and one error per case that could not be read."""

    cases: tuple[CaseStudy, ...]
    problems: tuple[InputError, ...]


def case_folders() -> list[tuple[Path, str]]:
    """The folders searched for cases, first one first, with their source (``user``/``bundled``)."""
    folders: list[tuple[Path, str]] = []
    for part in os.environ.get(ENV_VAR, "").split(os.pathsep):
        if part.strip():
            folders.append((Path(part.strip()).expanduser(), "user"))
    folders.append((user_data_dir() / "cases", "user"))
    folders.append((asset("cases"), "bundled"))
    return folders


def _case_entries(folder: Path) -> list[Path]:
    """Case folders (and stray ``.toml`` files, reported) directly inside ``folder``."""
    if not folder.is_dir():
        return []
    entries = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith((".", "_")):
            continue
        if entry.is_dir() or entry.suffix.lower() == ".toml":
            entries.append(entry)
    return entries


def _level_rank(case: CaseStudy) -> int:
    return list(LEVELS).index(case.level)


def scan_cases() -> CaseCatalogue:
    """Read every case in every case folder: the good ones by level then id, and the problems."""
    found: dict[str, CaseStudy] = {}
    problems: list[InputError] = []
    for folder, source in case_folders():
        for entry in _case_entries(folder):
            if entry.is_file():
                problems.append(
                    InputError(
                        display_path(entry),
                        f"a case goes in its own folder: move it to {display_path(entry.with_suffix(''))}/{CASE_FILE}",
                    )
                )
                continue
            if entry.name in found:
                continue  # an earlier folder (the user's) overrides this case
            try:
                found[entry.name] = read_case(entry, source=source)
            except InputError as exc:
                problems.append(exc)
    cases = sorted(found.values(), key=lambda case: (_level_rank(case), case.id))
    return CaseCatalogue(tuple(cases), tuple(problems))


def list_cases() -> list[CaseStudy]:
    """Every case that reads correctly (see :func:`scan_cases` for the broken ones)."""
    return list(scan_cases().cases)


def load_case(case_id: str) -> CaseStudy:
    """The case with that id; :class:`InputError` naming the known ids if there is none."""
    if ID_PATTERN.match(case_id):
        for folder, source in case_folders():
            if (folder / case_id).is_dir():
                return read_case(folder / case_id, source=source)
    known = sorted(
        {entry.name for folder, _ in case_folders() for entry in _case_entries(folder) if entry.is_dir()}
    )
    listing = f"; known cases: {', '.join(known)}" if known else "; no case is installed"
    raise InputError(None, f"unknown case {case_id!r}{listing}")
