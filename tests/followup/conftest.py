"""A follow-up board: a committed and an aspirational objective, key results checked in week by week."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from okrworkshop.model import Board, CheckIn, KeyResult, Objective, Team, Workshop


def followup_board() -> Board:
    board = Board(Workshop(title="Suivi « T1 »", language="fr", period="2027-T1"))
    team = board.add(Team("Atelier", lessons="Le point du lundi tient en 15 minutes.\nOn l’a gardé."))
    committed = board.add(
        Objective(
            team.id, "Tenir chaque délai promis aux clients", owner="Inès", kind="committed", decision="keep"
        )
    )
    aspirational = board.add(
        Objective(team.id, "Devenir l’imprimeur préféré du quartier", owner="Inès", order=1)
    )
    late = board.add(
        KeyResult(
            committed.id,
            "Faire passer la part des commandes livrées à temps de 82 % à 95 %",
            owner="Inès",
            baseline=82,
            target=95,
            current=88,
            unit="%",
            confidence=8,
            score=0.6,
            decision="adjust",
        )
    )
    board.add(
        KeyResult(
            committed.id,
            "Réduire les réclamations de 12 à 4 par mois",
            owner="Tom",
            order=1,
            direction="decrease",
            baseline=12,
            target=4,
            unit="réclamations",
        )
    )
    board.add(
        KeyResult(
            aspirational.id,
            "Faire passer le NPS de 31 à 45",
            owner="Léa",
            baseline=31,
            target=45,
            unit="NPS",
        )
    )
    board.add(CheckIn(late.id, "2027-02-08", 85.5, 8, "Nouvelle tournée du matin", id="c1"))
    board.add(CheckIn(late.id, "2027-02-15", 88, 8, "Deux retards « client absent »; rien de grave", id="c2"))
    return board


@pytest.fixture
def board() -> Board:
    return followup_board()


@pytest.fixture
def window(tmp_path: Path, qtbot: Any) -> Iterator[Any]:
    """The app's window on :func:`followup_board`, shown and active."""
    from okrworkshop.canvas.document import Document
    from okrworkshop.storage import write_okrw
    from okrworkshop.ui.main_window import MainWindow

    path = write_okrw(followup_board(), tmp_path / "suivi.okrw")
    main = MainWindow(Document.open(path))
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    # A modal dialog left open would take the keys of the next test's window.
    for name in ("check_in_dialog", "retrospective_dialog"):
        dialog = getattr(main, name, None)
        if dialog is not None:
            dialog.close()
    main.close()
