"""Fixtures of the workflow UI tests: boards from the bundled cases, documents on real files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective, Round, Snapshot, Team

ALL_KINDS = (Team, Objective, KeyResult, Initiative, Note, Round, Snapshot)


def _entities(board: Board, kinds: tuple[type, ...] = ALL_KINDS) -> dict[str, Any]:
    return {e.id: e for kind in kinds for e in board.all(kind)}


@pytest.fixture
def entities() -> Callable[..., dict[str, Any]]:
    """``entities(board)``: every entity by id; equal dicts mean equal boards, field for field."""
    return _entities


def _case_board(reference: bool = True, lang: str = "fr") -> Board:
    from okrworkshop.cases import load_case

    return load_case("rayon-vert").new_board(lang, reference=reference)


@pytest.fixture
def case_board() -> Callable[..., Board]:
    """``case_board(reference=True, lang="fr")``: a board of the fundamentals case."""
    return _case_board


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    """A real ``.okrw`` file made from the fundamentals case with its reference OKRs."""
    from okrworkshop.storage import write_okrw

    path = tmp_path / "atelier.okrw"
    write_okrw(_case_board(reference=True), path)
    return path


@pytest.fixture
def document(workshop_path: Path) -> Iterator[Any]:
    """An open document on ``workshop_path`` (every change is written to the file)."""
    from okrworkshop.canvas.document import Document

    doc = Document.open(workshop_path)
    yield doc
    doc.close()
