"""Take the follow-up's screenshots, in French, on the bundled "Papeterie Lumen" case.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/followup_screenshots.py [OUT_DIR]

- ``screenshot-followup-brief.png``: the case and its brief as the trainer picks it (New workshop
  from a case study);
- ``screenshot-check-in.png``: the check-in (Ctrl+K) of a committed key result in week 9, its
  confidence down twice, over the board with the checker's alerts;
- ``screenshot-progress-bar.png``: a zoomed crop of key result cards at the end of the quarter,
  scored: the progress bar, the score in the trainers' colour and the confidence dot;
- ``screenshot-retrospective.png``: the retrospective (F7) of the online shop, scored and decided.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from screenshots import window_on  # the same window, opened the same way (scripts/ is on the path)

ROOT = Path(__file__).resolve().parent.parent
CASE = "lumen"


def _board(rounds_played: int, scored: bool = False):  # type: ignore[no-untyped-def]
    """The case's board as the room has it after ``rounds_played`` rounds (the data they brought)."""
    from okrworkshop.canvas.commands import DecideCard, ScoreFromProgress, WriteLessons
    from okrworkshop.canvas.round_commands import EndRound, StartRound
    from okrworkshop.cases import load_case

    case = load_case(CASE)
    board = case.new_board("fr")
    days = ["2027-02-08", "2027-03-01", "2027-03-29", "2027-03-29", "2027-03-29"]
    for number, round_ in enumerate(board.rounds()[:rounds_played]):
        StartRound(board, round_.id, f"{days[number]}T09:00:00+01:00").redo()
        EndRound(board, round_.id, f"{days[number]}T09:20:00+01:00", f"Tour {number + 1} — fin").redo()
    if scored:
        reference = case.reference_board("fr")
        for team in board.teams():
            ScoreFromProgress(board, team.id).redo()
            lessons = next(t.lessons for t in reference.teams() if t.name == team.name)
            WriteLessons(board, team.id, lessons).redo()
        for mine, theirs in zip(board.objectives(), reference.objectives(), strict=True):
            DecideCard(board, mine.id, theirs.decision).redo()
        for mine_kr, theirs_kr in zip(board.key_results(), reference.key_results(), strict=True):
            DecideCard(board, mine_kr.id, theirs_kr.decision).redo()
    return board




def _say(path: Path) -> None:
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("okrworkshop-screenshots")
    from okrworkshop.canvas.style import load_fonts
    from okrworkshop.ui.i18n import install_language

    load_fonts()
    out_dir.mkdir(parents=True, exist_ok=True)
    install_language("fr")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["OKRWORKSHOP_DATA_DIR"] = str(folder / "data")

        # The case's brief, as the trainer picks the case (File → New workshop from a case study).
        from okrworkshop.ui.case_dialog import NewFromCaseDialog

        chooser = NewFromCaseDialog(None, "fr")
        chooser.resize(1300, 860)
        chooser.show()
        chooser.select_case(CASE)
        chooser.set_language("fr")
        QApplication.processEvents()
        path = out_dir / "screenshot-followup-brief.png"
        chooser.grab().save(str(path), "PNG")
        _say(path)
        chooser.close()

        # Week 9: the check-in of the committed key result whose confidence dropped twice.
        window = window_on(_board(2), folder, "semaine-9.okrw")
        window.brief_dock.hide()
        window.rounds_dock.hide()
        board = window.document.board
        same_day = next(k for k in board.key_results() if k.title.startswith("Faire passer la part des deman"))
        window.show_card(same_day.id)
        window.scene.select_ids([same_day.id])
        QApplication.processEvents()
        dialog = window.check_in()
        dialog.resize(720, 640)
        dialog.move(window.x() + 440, window.y() + 180)
        dialog.comment.setText("On demande de l’aide à la boutique pour le chat")
        QApplication.processEvents()
        path = out_dir / "screenshot-check-in.png"
        dialog.grab().save(str(path), "PNG")
        _say(path)
        dialog.close()
        window.close()

        # Week 13, scored and decided: the cards and the retrospective.
        window = window_on(_board(3, scored=True), folder, "semaine-13.okrw")
        window.brief_dock.hide()
        window.rounds_dock.hide()
        QApplication.processEvents()
        view = window.view
        view.set_zoom(1.6) if hasattr(view, "set_zoom") else None
        board = window.document.board
        shop = board.objectives()[1]
        window.show_card(shop.id)
        window.scene.clearSelection()
        QApplication.processEvents()
        item = window.scene.item_for(shop.id)
        rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(-16, -6, 16, 16)
        image = view.viewport().grab(rect.intersected(QRect(0, 0, view.viewport().width(), view.viewport().height())))
        path = out_dir / "screenshot-progress-bar.png"
        image.save(str(path), "PNG")
        _say(path)

        window.scene.select_ids([shop.id])
        retro = window.show_retrospective()
        retro.resize(1000, 620)
        QApplication.processEvents()
        path = out_dir / "screenshot-retrospective.png"
        retro.grab().save(str(path), "PNG")
        _say(path)
        retro.close()
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
