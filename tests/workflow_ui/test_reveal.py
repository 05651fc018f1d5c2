"""The reveal: drafts beside the reference, teams matched by name, and the findings chart per round."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from okrworkshop.canvas.document import Document
from okrworkshop.canvas.round_commands import TakeSnapshot
from okrworkshop.cases import load_case
from okrworkshop.model import Board, KeyResult, Objective, Snapshot, Team, Workshop
from okrworkshop.rules import check_board, summarize
from okrworkshop.ui.reveal_chart import FindingsChart, nice_step
from okrworkshop.ui.reveal_view import RevealDialog
from okrworkshop.workflow import board_of
from okrworkshop.workflow.reveal import findings_per_round, pair_teams, team_key


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def _drafted(board: Board, doc: Document) -> tuple[Objective, KeyResult]:
    """Round 2 ends with a task as key result; round 3 fixes it."""
    team = board.teams()[0]
    objective = board.add(Objective(team.id, "Réparer plus de vélos"))
    kr = board.add(KeyResult(objective.id, "Recruter un mécanicien"))
    doc.execute(lambda: TakeSnapshot(board, "Tour 2 — fin", "2027-01-12T09:30:00+01:00"))
    board.update(objective.id, title="Redevenir l'atelier <fiable> & rapide", owner="Élise Morvan")
    board.update(
        kr.id, title="Vélos prêts à la date promise de 64 % à 90 %", baseline=64, target=90, unit="%"
    )
    board.update(kr.id, owner="Karim")
    doc.execute(lambda: TakeSnapshot(board, "Tour 3 — fin", "2027-01-12T10:00:00+01:00"))
    return objective, kr


def test_teams_match_by_name_and_unmatched_teams_are_listed_on_both_sides() -> None:
    reference = load_case("calora").reference_board("fr")
    draft = load_case("calora").new_board("fr")
    first, second = draft.teams()[0], draft.teams()[1]
    draft.update(first.id, name=first.name.upper().replace("É", "E"))  # "DIRECTION GENERALE"
    draft.update(second.id, name="Équipe pirate")
    pairs = pair_teams(draft, reference)
    names = [p.name for p in pairs]
    assert names[0] == draft.get(first.id).name  # type: ignore[union-attr]
    assert pairs[0].draft is not None and pairs[0].reference is not None
    renamed = next(p for p in pairs if p.reference is not None and p.reference.team.name == second.name)
    assert renamed.draft is None  # the reference team with no draft is still listed
    assert pairs[-1].name == "Équipe pirate" and pairs[-1].reference is None
    assert len(pairs) == len(reference.teams()) + 1
    assert team_key("  Direction   Générale ") == team_key("direction generale")


def test_the_reveal_shows_drafts_beside_the_reference(qtbot: QtBot, document: Document) -> None:
    board = document.board  # made from the case *with* its reference OKRs: clear them first
    for objective in board.objectives():
        for kr in board.key_results(objective.id):
            for initiative in board.initiatives(kr.id):
                board.remove(initiative.id)
            board.remove(kr.id)
        board.remove(objective.id)
    _drafted(board, document)
    dialog = RevealDialog(None, document)
    qtbot.addWidget(dialog)
    dialog.show()
    case = load_case("rayon-vert")
    assert len(dialog.rows) == 1
    row = dialog.rows[0]
    draft_text = _plain(row.draft_label.text())
    assert "Redevenir l'atelier <fiable> & rapide — Élise Morvan" in draft_text  # escaped, shown as typed
    assert "Vélos prêts à la date promise de 64 % à 90 % (64 → 90 %)" in draft_text
    reference_text = _plain(row.reference_label.text())
    for spec in case.objectives:
        assert spec.title.get("fr") in reference_text
        for kr_spec in spec.key_results:
            assert kr_spec.title.get("fr") in reference_text
    assert not dialog.message_label.isVisible()


def test_chart_data_is_the_checker_on_each_snapshot_then_now(qtbot: QtBot, case_board) -> None:
    board = case_board(reference=False)
    doc = Document(board)
    _drafted(board, doc)
    scores = findings_per_round(board)
    assert [s.label for s in scores] == ["Tour 2 — fin", "Tour 3 — fin", ""]
    for score, snapshot in zip(scores, board.snapshots(), strict=False):
        assert score.counts == {
            k: summarize(check_board(board_of(snapshot)))[k] for k in ("error", "warning", "info")
        }
        assert score.snapshot_id == snapshot.id
    assert scores[-1].is_now and scores[-1].counts == dict(summarize(check_board(board)))
    assert scores[0].total > scores[1].total  # the room's drafts improved

    dialog = RevealDialog(None, doc)
    qtbot.addWidget(dialog)
    assert dialog.chart.scores == scores
    assert not dialog.chart.grab().isNull()
    doc.close()


def test_without_a_case_the_reveal_says_so_and_still_charts(qtbot: QtBot) -> None:
    board = Board(Workshop(title="Séminaire libre"))
    team = board.add(Team("Équipe A"))
    board.add(Objective(team.id, "Lancer le nouveau site"))
    doc = Document(board)
    doc.execute(lambda: TakeSnapshot(board, "Tour 1 — fin", "2027-01-12T09:30:00+01:00"))
    dialog = RevealDialog(None, doc)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message_label.isVisible()
    assert "not based on a case study" in dialog.message_label.text()
    assert dialog.rows == [] and not dialog.scroll_area.isVisible()
    assert [s.label for s in dialog.chart.scores] == ["Tour 1 — fin", ""]
    assert dialog.chart.scores[0].total > 0
    doc.close()


def test_an_unknown_case_and_a_damaged_snapshot_are_reported_not_raised(qtbot: QtBot) -> None:
    board = Board(Workshop(title="Ailleurs", case_id="introuvable"))
    board.add(Snapshot("abîmé", "{pas du json", created_at="2027-01-12T09:00:00+01:00"))
    doc = Document(board)
    dialog = RevealDialog(None, doc)
    qtbot.addWidget(dialog)
    assert "unknown case 'introuvable'" in dialog.message_label.text()
    damaged = dialog.chart.scores[0]
    assert damaged.counts is None and "damaged" in damaged.problem
    dialog.chart.resize(600, 300)
    assert not dialog.chart.grab().isNull()
    doc.close()


def test_the_reveal_follows_the_room_editing(qtbot: QtBot, case_board) -> None:
    board = case_board(reference=False)
    doc = Document(board)
    dialog = RevealDialog(None, doc)
    qtbot.addWidget(dialog)
    assert "No objective drafted yet." in _plain(dialog.rows[0].draft_label.text())
    board.add(Objective(board.teams()[0].id, "Devenir l'atelier de confiance"))
    qtbot.waitUntil(lambda: "Devenir l'atelier de confiance" in _plain(dialog.rows[0].draft_label.text()))
    doc.close()


def test_nice_steps_and_an_empty_chart(qtbot: QtBot) -> None:
    assert [nice_step(n) for n in (1, 4, 9, 23, 140)] == [1, 1, 2, 5, 50]
    chart = FindingsChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    assert not chart.grab().isNull()


def test_the_docs_screenshots_render(tmp_path: Path) -> None:
    """The script that makes the docs' screenshots still runs (in its own process: it sets French)."""
    script = Path(__file__).with_name("make_screenshots.py")
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    sizes = {
        name: QImage(str(tmp_path / name)).size() for name in sorted(p.name for p in tmp_path.glob("*.png"))
    }
    assert {name: (s.width(), s.height()) for name, s in sizes.items()} == {
        "screenshot-case-brief.png": (560, 1000),
        "screenshot-reveal.png": (1400, 900),
        "screenshot-round-timer.png": (900, 420),
    }
    for name in sizes:
        image = QImage(str(tmp_path / name))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) >= 40, f"{name} looks blank ({len(colours)} colours)"  # text, cards, chart


def test_each_snapshot_is_checked_once_when_a_cache_is_kept(case_board) -> None:  # type: ignore[no-untyped-def]
    board = case_board(reference=True)
    doc = Document(board)
    doc.execute(lambda: TakeSnapshot(board, "un", "2027-01-12T09:30:00+01:00"))
    doc.execute(lambda: TakeSnapshot(board, "deux", "2027-01-12T10:00:00+01:00"))
    checked: list[int] = []

    def count(checked_board: Board) -> dict[str, int]:
        checked.append(len(checked_board.objectives()))
        return {"error": 0, "warning": len(checked), "info": 0}

    cache: dict = {}
    first = findings_per_round(board, count, cache)
    assert len(checked) == 3
    second = findings_per_round(board, count, cache)
    assert len(checked) == 4  # only "now" again
    assert [s.counts for s in second[:2]] == [s.counts for s in first[:2]]
    doc.close()


def _coloured_height(image: QImage, x: int) -> int:
    """From the top to the bottom of the saturated colour in column ``x`` (a bar; not white, grid or ink)."""
    rows = [
        y
        for y in range(40, image.height())  # below the legend
        if image.pixelColor(x, y).hsvSaturationF() > 0.25 and image.pixelColor(x, y).valueF() > 0.3
    ]
    return rows[-1] - rows[0] + 1 if rows else 0


def test_the_chart_draws_each_round_as_tall_as_its_findings(qtbot: QtBot, case_board) -> None:  # type: ignore[no-untyped-def]
    """Measured on the picture: bars exist, and their heights follow the totals of the rounds."""
    board = case_board(reference=False)
    doc = Document(board)
    _drafted(board, doc)
    chart = FindingsChart()
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    scores = findings_per_round(board)
    chart.set_scores(scores)
    image = chart.grab().toImage()
    assert image.width() == 600
    # The plot spans x = 56 … width − 20; each score has an equal slot, its bar in the middle.
    slot = (600 - 76) / len(scores)
    heights = [_coloured_height(image, int(56 + slot * (i + 0.5))) for i in range(len(scores))]
    totals = [s.total for s in scores]
    assert all(h > 0 for h, t in zip(heights, totals, strict=True) if t > 0), heights
    assert heights[0] > heights[1], (heights, totals)  # round 2 had more findings than round 3
    # One finding is the same height in every bar (± 2 px of edges and rounding).
    per_finding = [h / t for h, t in zip(heights, totals, strict=True) if t]
    assert max(per_finding) - min(per_finding) <= 2.0, (heights, totals)
    doc.close()
