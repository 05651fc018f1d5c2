"""The case brief dock: brief, figures table, folded facilitator notes, and what it does without a case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from okrworkshop.canvas.document import Document
from okrworkshop.cases import load_case
from okrworkshop.model import Board, Workshop
from okrworkshop.ui.case_brief import CaseBriefDock, without_section

LEFT = Qt.MouseButton.LeftButton


def _dock(qtbot: QtBot, document: Document) -> CaseBriefDock:
    dock = CaseBriefDock(document)
    qtbot.addWidget(dock)
    dock.resize(480, 900)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def test_brief_figures_and_folded_notes_of_the_case(qtbot: QtBot, document: Document) -> None:
    case = load_case("rayon-vert")
    dock = _dock(qtbot, document)
    brief = dock.brief_view.toPlainText()
    assert "Contexte" in brief and "Saint-Félix" in brief
    assert "Chiffres clés" not in brief  # the table shows them instead
    rows = dock.figure_rows()
    assert [r[0] for r in rows] == [f.label for f in case.figures("fr")]
    first = case.figures("fr")[0]
    assert rows[0] == (first.label, "64\u202f%", first.as_of)
    assert rows[0][2] == "déc. 2026"
    assert dock.figures_table.isVisible()

    assert not dock.notes_view.isVisible()  # the room sees the screen
    qtbot.mouseClick(dock.notes_button, LEFT)
    assert dock.notes_view.isVisible()
    notes = dock.notes_view.toPlainText()
    assert case.facilitator_notes("fr")[0].topic in notes
    assert "«\u202fpasser de 46 à 70 réparations par semaine\u202f»" in notes
    qtbot.mouseClick(dock.notes_button, LEFT)
    assert not dock.notes_view.isVisible()


def test_the_dock_follows_the_workshop(qtbot: QtBot, document: Document) -> None:
    dock = _dock(qtbot, document)
    document.board.set_workshop(language="en")
    assert dock.figure_rows()[0][0] == load_case("rayon-vert").figures("en")[0].label
    document.board.set_workshop(case_brief="# Brief <b>maison</b> & co\n\nLire *attentivement*.")
    text = dock.brief_view.toPlainText()
    assert "Brief <b>maison</b> & co" in text  # markup is shown as typed, never run
    assert "attentivement" in text


def test_a_case_not_installed_still_shows_its_brief(qtbot: QtBot, document: Document) -> None:
    dock = _dock(qtbot, document)
    document.board.set_workshop(case_id="disparu")
    assert "Saint-Félix" in dock.brief_view.toPlainText()
    assert dock.status_label.isVisible()
    assert "unknown case 'disparu'" in dock.status_label.text()
    assert not dock.figures_table.isVisible()
    assert not dock.notes_button.isVisible()


def test_a_workshop_without_a_case(qtbot: QtBot) -> None:
    document = Document(Board(Workshop(title="Libre")))
    dock = _dock(qtbot, document)
    assert dock.brief_view.toPlainText() == "This workshop has no case brief."
    assert not dock.figures_table.isVisible()
    assert not dock.status_label.isVisible()
    document.board.load(load_case("rayon-vert").new_board("fr").workshop, [])
    assert dock.figures_table.isVisible()  # follows a reload too
    document.close()


def test_the_dock_can_be_hidden_for_a_clean_projection(qtbot: QtBot, document: Document) -> None:
    dock = _dock(qtbot, document)
    dock.toggleViewAction().trigger()
    assert not dock.isVisible()
    dock.toggleViewAction().trigger()
    assert dock.isVisible()


def test_without_section_removes_one_section_only() -> None:
    text = "# T\n\n## A\n\na\n\n## Chiffres clés\n\n- x\n- y\n\n## B\n\nb\n"
    assert without_section(text, "Chiffres clés") == "# T\n\n## A\n\na\n\n## B\n\nb\n"


def test_the_brief_follows_the_document_the_window_shows(qtbot: QtBot, document: Document) -> None:
    dock = CaseBriefDock(None)
    qtbot.addWidget(dock)
    assert dock.brief_view.toPlainText() == "This workshop has no case brief."
    dock.set_document(document)
    assert "Saint-Félix" in dock.brief_view.toPlainText()
    other = Document(Board(Workshop(title="Libre", case_brief="Un brief à nous.")))
    dock.set_document(other)
    assert dock.brief_view.toPlainText().strip() == "Un brief à nous."
    document.board.set_workshop(case_brief="Changé dans l'autre fichier")
    assert dock.brief_view.toPlainText().strip() == "Un brief à nous."  # no longer followed
    other.close()
