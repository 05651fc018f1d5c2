"""Render the workflow widgets for the docs, in French, on a board of a bundled case.

    QT_QPA_PLATFORM=offscreen python tests/workflow_ui/make_screenshots.py [OUT_DIR]

Writes ``screenshot-case-brief.png``, ``screenshot-round-timer.png`` and
``screenshot-reveal.png`` (default folder: ``docs/``). The widgets are shown alone, at the size
they would have in the window; the main window's own screenshots come from
``okrworkshop --screenshot``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]


class FixedClock:
    """A clock the script moves by hand, so the timer shows a chosen moment."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def main(out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from okrworkshop.ui.i18n import install_language

    install_language("fr")

    from okrworkshop.canvas.document import Document
    from okrworkshop.canvas.round_commands import EndRound, StartRound
    from okrworkshop.canvas.style import load_fonts
    from okrworkshop.cases import load_case
    from okrworkshop.model import KeyResult, Objective
    from okrworkshop.ui.case_brief import CaseBriefDock
    from okrworkshop.ui.reveal_view import RevealDialog
    from okrworkshop.ui.round_timer import RoundTimer
    from okrworkshop.workflow.rounds import end_snapshot_name

    load_fonts()
    out_dir.mkdir(parents=True, exist_ok=True)
    board = load_case("rayon-vert").new_board("fr", reference=False)
    document = Document(board)

    brief = CaseBriefDock(document)
    brief.resize(560, 1000)
    brief.show()
    app.processEvents()
    brief.grab().save(str(out_dir / "screenshot-case-brief.png"))

    clock = FixedClock()
    timer = RoundTimer(clock=clock)
    timer.resize(900, 420)
    rounds = board.rounds()
    timer.start(rounds[1].duration_s, f"Tour 2 — {rounds[1].title}")
    clock.now += 2 * 60 + 26  # 12:34 left
    timer.refresh()
    timer.show()
    app.processEvents()
    timer.grab().save(str(out_dir / "screenshot-round-timer.png"))

    # Two rounds of drafting: a first try with a task as key result, then a better one.
    team = board.teams()[0]
    objective = board.add(Objective(team.id, "Réparer plus de vélos", owner="Élise Morvan"))
    kr = board.add(KeyResult(objective.id, "Recruter un mécanicien"))
    board.add(
        KeyResult(objective.id, "Passer de 46 à 70 réparations par semaine", order=1, baseline=46, target=70)
    )
    for number, moment in ((1, "09:40"), (2, "10:05")):
        round_id = rounds[number].id
        document.execute(lambda r=round_id, m=moment: StartRound(board, r, f"2027-01-12T{m}:00+01:00"))
        if number == 2:
            board.update(objective.id, title="Redevenir l’atelier sur lequel nos clients peuvent compter")
            board.update(
                kr.id,
                title="Vélos prêts à la date promise de 64 % à 90 %",
                baseline=64,
                target=90,
                unit="%",
                owner="Karim",
            )
        name = end_snapshot_name(board, round_id)
        document.execute(
            lambda r=round_id, n=name, m=moment: EndRound(board, r, f"2027-01-12T{m}:30+01:00", n)
        )
    second = board.key_results(objective.id)[1]
    board.update(
        second.id,
        title="Délai moyen de restitution de 9 à 5 jours",
        baseline=9,
        target=5,
        unit="jours",
        direction="decrease",
        owner="Yanis",
    )
    reveal = RevealDialog(None, document)
    reveal.resize(1400, 900)
    reveal.show()
    app.processEvents()
    reveal.grab().save(str(out_dir / "screenshot-reveal.png"))
    document.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs")
