"""Workshop settings: what the workshop is, and how strict its checker is — one undo step each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from okrworkshop.canvas.commands import ChangeWorkshop
from okrworkshop.canvas.document import Document
from okrworkshop.model import Board, KeyResult, ModelError, Objective, Team, Workshop
from okrworkshop.rules import check_board
from okrworkshop.storage import read_okrw, write_okrw
from okrworkshop.ui.workshop_settings import WorkshopSettingsDialog, switch_rule_off


@pytest.fixture
def document(tmp_path: Path) -> Any:
    board = Board(Workshop(title="Atelier", language="fr"))
    team = board.add(Team("Ventes"))
    for index in range(4):  # one more than the workshop profile allows
        objective = board.add(
            Objective(team.id, f"Ravir les clients de la région {index}", owner="Léa", order=index)
        )
        for k in range(2):
            board.add(
                KeyResult(
                    objective.id,
                    f"Faire passer le NPS de {30 + k} à {45 + k}",
                    owner="Léa",
                    order=k,
                    baseline=30 + k,
                    target=45 + k,
                )
            )
    path = write_okrw(board, tmp_path / "settings.okrw")
    doc = Document.open(path)
    yield doc
    doc.close()


def _rules(board: Board) -> set[str]:
    return {f.rule for f in check_board(board)}


def test_the_dialog_changes_the_workshop_in_one_undo_step(document: Any, qtbot: Any) -> None:
    dialog = WorkshopSettingsDialog(document)
    qtbot.addWidget(dialog)
    assert "too-many-objectives" in _rules(document.board)
    dialog.title_edit.setText("Atelier Ventes — tour 2")
    dialog.period_edit.setText("2027-T1")
    dialog.facilitator_edit.setText("Claire Martin")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("classic"))
    dialog.spins["max_key_results"].setValue(3)
    dialog.rule_item("kr-no-baseline").setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.apply()
    workshop = document.board.workshop
    assert (workshop.title, workshop.period, workshop.facilitator, workshop.language) == (
        "Atelier Ventes — tour 2",
        "2027-T1",
        "Claire Martin",
        "en",
    )
    assert workshop.profile == "classic"
    assert workshop.thresholds == {"max_key_results": 3.0}
    assert workshop.disabled_rules == ("kr-no-baseline",)
    assert "too-many-objectives" not in _rules(document.board)  # classic allows five
    assert read_okrw(document.path).workshop == workshop
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.board.workshop == Workshop(title="Atelier", language="fr")
    assert read_okrw(document.path).workshop == document.board.workshop


def test_the_dialog_shows_the_stored_settings(document: Any, qtbot: Any) -> None:
    document.execute(
        lambda: ChangeWorkshop(
            document.board,
            profile="focus",
            thresholds={"max_objective_words": 12.0},
            disabled_rules=("objective-vague",),
        )
    )
    dialog = WorkshopSettingsDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.profile_box.currentData() == "focus"
    assert dialog.spins["max_objective_words"].value() == 12
    assert dialog.spins["max_objectives"].value() == 1
    assert dialog.rule_item("objective-vague").checkState(0) == Qt.CheckState.Unchecked
    assert dialog.rule_item("kr-is-task").checkState(0) == Qt.CheckState.Checked
    assert not dialog.apply()  # nothing changed: no undo step
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("workshop"))
    assert dialog.spins["max_objective_words"].value() == 18  # a new profile starts from its own values


def test_switching_a_rule_off_from_the_findings(document: Any) -> None:
    assert switch_rule_off(document, "too-many-objectives", "Switch off")
    assert "too-many-objectives" not in _rules(document.board)
    assert not switch_rule_off(document, "too-many-objectives", "Switch off")
    document.undo_stack.undo()
    assert "too-many-objectives" in _rules(document.board)


def test_unknown_settings_are_refused(document: Any) -> None:
    with pytest.raises(ModelError, match="unknown workshop setting"):
        ChangeWorkshop(document.board, colour="red")


def test_the_window_opens_the_settings_and_the_findings_menu_switches_rules_off(
    tmp_path: Path, qtbot: Any, document: Any
) -> None:
    from okrworkshop.ui.main_window import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    window.live.run()
    assert any(f.rule == "too-many-objectives" for f in window.live.checker.findings())
    window.findings.rule_off_requested.emit("too-many-objectives")
    assert "too-many-objectives" in document.board.workshop.disabled_rules
    window.live.run()
    assert not any(f.rule == "too-many-objectives" for f in window.live.checker.findings())
    assert window.window_actions["workshop_settings"].shortcut().toString() == "F6"
