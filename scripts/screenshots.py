"""Take the documentation's screenshots of the main window, in French (and one in English).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]
    .venv/bin/python scripts/screenshots.py --presenter [OUT_DIR]

``--presenter`` shows presenter mode on the Calora case (reference OKRs, then with a draft the
checker has words for) full screen on a 1920×1080 screen (Qt's offscreen platform given that
screen), page by page as PageDown turns them.

Each picture is the real window at 1600×1000, driven into a moment of a workshop on the bundled
"Atelier Rayon Vert" case: the board with the checker's findings, the case brief, a round with the
timer running, the reveal, presenter mode, and the board in English. (The demo workshop's own
pictures come from ``okrworkshop --screenshot``.)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

PRESENTER_SCREEN = {"name": "projector", "x": 0, "y": 0, "width": 1920, "height": 1080, "dpr": 1}
if "--presenter" in sys.argv:
    # an offscreen screen of the projector's size, so that full screen means 1920×1080
    _config = Path(tempfile.mkdtemp()) / "screen.json"
    _config.write_text(json.dumps({"screens": [PRESENTER_SCREEN]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402 (after the platform is chosen)
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1600, 1000)


class Clock:
    """A clock moved by hand, so the timer shows a chosen moment."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _draft_board(language: str):  # type: ignore[no-untyped-def]
    """The case with the room's drafts after two rounds: some good cards, some to challenge."""
    from okrworkshop.canvas.round_commands import EndRound, StartRound
    from okrworkshop.cases import load_case
    from okrworkshop.interchange import place_missing
    from okrworkshop.model import Initiative, KeyResult, Objective

    board = load_case("rayon-vert").new_board(language, reference=False)
    team = board.teams()[0]
    french = language == "fr"
    rounds = board.rounds()

    def end_round(number: int, start: str, end: str) -> None:
        StartRound(board, rounds[number].id, f"2027-01-12T{start}:00+01:00").redo()
        name = f"Tour {number + 1} — fin" if french else f"Round {number + 1} — end"
        EndRound(board, rounds[number].id, f"2027-01-12T{end}:00+01:00", name).redo()

    # Round 1: a first try, full of tasks and vague wishes.
    o1 = board.add(
        Objective(team.id, "Réparer plus de vélos" if french else "Repair more bikes", owner="Élise Morvan")
    )
    first_tries = [
        board.add(KeyResult(o1.id, "Recruter un mécanicien" if french else "Hire a mechanic")),
        board.add(KeyResult(o1.id, "Améliorer la qualité" if french else "Improve quality", order=1)),
    ]
    o2 = board.add(
        Objective(
            team.id,
            "Lancer le nouveau site web et augmenter le CA de 20 %"
            if french
            else "Launch the new website and grow revenue by 20%",
            order=1,
        )
    )
    board.add(KeyResult(o2.id, "Mettre en ligne le site" if french else "Put the website online"))
    board.add(
        KeyResult(
            o2.id,
            "Publier 3 posts Instagram par semaine" if french else "Post 3 times a week on Instagram",
            order=1,
        )
    )
    place_missing(board, set())
    end_round(0, "09:10", "09:35")

    # Round 2: the first objective is rewritten as an outcome with measurable key results.
    board.update(
        o1.id,
        title="Redevenir l’atelier sur lequel nos clients peuvent compter"
        if french
        else "Be the workshop our customers can count on again",
    )
    for kr in first_tries:
        board.remove(kr.id)
    board.add(
        KeyResult(
            o1.id,
            "Vélos prêts à la date promise de 64 % à 90 %"
            if french
            else "Bikes ready on the promised day from 64% to 90%",
            owner="Élise Morvan",
            baseline=64,
            target=90,
            unit="%",
            confidence=5,
        )
    )
    kr = board.add(
        KeyResult(
            o1.id,
            "Délai moyen de restitution de 9 à 5 jours" if french else "Average turnaround from 9 to 5 days",
            owner="Hugo Lemaire",
            direction="decrease",
            baseline=9,
            target=5,
            unit="jours" if french else "days",
            order=1,
            confidence=6,
        )
    )
    board.add(
        Initiative(kr.id, "Tableau des réparations en atelier" if french else "Repair board in the shop")
    )
    end_round(1, "09:45", "10:10")
    place_missing(board, set())  # lanes sized for the cards as they are now
    return board


def window_on(board, folder: Path, name: str):  # type: ignore[no-untyped-def]
    """The app's window on ``board`` saved as ``folder/name``, at :data:`SIZE`, checked, at 100 %."""
    from okrworkshop.canvas.document import Document
    from okrworkshop.storage import WorkshopFile
    from okrworkshop.ui.main_window import MainWindow

    opened = WorkshopFile.create(folder / name, board)
    window = MainWindow(Document(opened.board, opened))
    window.setFixedSize(*SIZE)
    window.show()
    QApplication.processEvents()
    if window.live is not None:
        window.live.run()
    window.view.actual_size()
    window.view.show_top_left()
    QApplication.processEvents()
    return window


def _save(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    window.grab().save(str(path), "PNG")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("okrworkshop-screenshots")
    from okrworkshop.canvas.style import load_fonts
    from okrworkshop.ui.i18n import install_language

    load_fonts()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["OKRWORKSHOP_DATA_DIR"] = str(folder / "data")

        install_language("fr")
        window = window_on(_draft_board("fr"), folder, "brief.okrw")
        window.rounds_dock.hide()
        window.brief_dock.show()
        window.brief_dock.raise_()
        _save(window, out_dir / "screenshot-case-brief.png")

        window.brief_dock.hide()
        window.rounds_dock.show()
        window.rounds_dock.raise_()
        clock = Clock()
        window.round_timer._clock = clock  # the timer reads this clock from now on
        round_ = window.document.board.rounds()[2]
        window.rounds_dock.select_round(round_.id)
        window.rounds_dock._begin(round_.id)
        clock.now += 7 * 60 + 26
        window.round_timer.refresh()
        _save(window, out_dir / "screenshot-round-timer.png")

        window.toggle_presenter(True)
        window.showNormal()  # the offscreen screen is small: keep the presenter look at 1600×1000
        window.setFixedSize(*SIZE)
        window.view.show_top_left()
        _save(window, out_dir / "screenshot-presenter.png")
        window.toggle_presenter(False)

        window.show_reveal()
        dialog = window.reveal_dialog
        dialog.resize(*SIZE)
        QApplication.processEvents()
        dialog.grab().save(str(out_dir / "screenshot-reveal.png"), "PNG")
        print("wrote screenshot-reveal.png")
        dialog.close()
        window.close()

        window = window_on(_draft_board("fr"), folder, "board.okrw")
        _save(window, out_dir / "screenshot-board.png")
        window.close()

        install_language("en")
        window = window_on(_draft_board("en"), folder, "english.okrw")
        _save(window, out_dir / "screenshot-english.png")
        window.close()
    QCoreApplication.processEvents()


def presenter(out_dir: Path) -> None:
    """Presenter mode on Calora at 1920×1080: the first pages, and a page with findings named."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("okrworkshop-screenshots")
    from okrworkshop.canvas.document import Document
    from okrworkshop.canvas.style import load_fonts
    from okrworkshop.cases import load_case
    from okrworkshop.model import KeyResult
    from okrworkshop.storage import WorkshopFile
    from okrworkshop.ui.i18n import install_language
    from okrworkshop.ui.main_window import MainWindow

    load_fonts()
    install_language("fr")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["OKRWORKSHOP_DATA_DIR"] = str(folder / "data")
        board = load_case("calora").new_board("fr", reference=True)
        # a team's draft during a round: a task and an unmeasurable wish among its key results
        team = next(t for t in board.teams() if t.name == "Ventes directes")
        objective = board.objectives(team.id)[0]
        board.add(KeyResult(objective.id, "Mettre en place un nouveau CRM", order=5))
        board.add(KeyResult(objective.id, "Améliorer la satisfaction des clients", order=6))
        opened = WorkshopFile.create(folder / "calora.okrw", board)
        window = MainWindow(Document(opened.board, opened))
        window.show()
        QApplication.processEvents()
        growth = window.scene.lane_growth()  # the lane grows around its new cards, as in the room
        if growth is not None:
            window.document.execute(lambda: growth)
        if window.live is not None:
            window.live.run()
        window.toggle_presenter(True)
        for _ in range(3):
            QApplication.processEvents()
        view = window.view
        _save(window, out_dir / "screenshot-presenter-calora.png")
        pages = view.presenter.pages
        drafts = window.scene.cards[objective.id].mapRectToScene(window.scene.cards[objective.id].rect)
        target = next(i for i, page in enumerate(pages) if page.intersects(drafts))
        while view.presenter.index < target:
            view.next_page()
        _save(window, out_dir / "screenshot-presenter-calora-findings.png")
        window.toggle_presenter(False)
        window.close()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--presenter"]
    folder = Path(arguments[0]) if arguments else ROOT / "docs"
    if "--presenter" in sys.argv:
        presenter(folder)
    else:
        main(folder)
