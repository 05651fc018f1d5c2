"""The "new workshop from a case" dialog: every bundled case in both languages, broken cases shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from okrworkshop.cases import ENV_VAR, list_cases, load_case
from okrworkshop.model import Objective, Round
from okrworkshop.ui.case_dialog import NewFromCaseDialog, choose_case_board

LEFT = Qt.MouseButton.LeftButton
BUNDLED = [(case.id, lang) for case in list_cases() for lang in case.languages]


@pytest.fixture
def french_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French))
    yield
    QLocale.setDefault(before)


def _dialog(qtbot: QtBot, language: str | None = None) -> NewFromCaseDialog:
    dialog = NewFromCaseDialog(None, language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_bundled_case_is_listed() -> None:
    ids = {case_id for case_id, _ in BUNDLED}
    assert {"rayon-vert", "mijote", "valbrune", "calora"} <= ids  # the four cases the README names
    assert all({(i, "fr"), (i, "en")} <= set(BUNDLED) for i in ids)  # each in French and English


@pytest.mark.parametrize(("case_id", "lang"), BUNDLED)
def test_each_bundled_case_gives_a_board_in_each_language(qtbot: QtBot, case_id: str, lang: str) -> None:
    dialog = _dialog(qtbot)
    dialog.select_case(case_id)
    dialog.set_language(lang)
    case = dialog.selected_case()
    assert case is not None and case.id == case_id
    assert case.title(lang) in dialog.preview.toPlainText()
    assert dialog.case_list.currentItem().text().startswith(case.title(lang))  # type: ignore[union-attr]
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert dialog.result() == NewFromCaseDialog.DialogCode.Accepted
    board = dialog.board()
    assert (board.workshop.case_id, board.workshop.language) == (case_id, lang)
    assert board.workshop.case_brief == case.brief(lang)
    assert [r.title for r in board.all(Round)] == [r.title for r in case.rounds(lang)]
    if case.follow_up is None:
        assert board.all(Objective) == []  # the room drafts its own
    else:  # a follow-up case starts from the organisation's OKRs, mid-quarter
        assert len(board.all(Objective)) == len(case.objectives)


def test_the_reference_check_box_puts_the_answers_on_the_board(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "en")
    dialog.select_case("rayon-vert")
    qtbot.mouseClick(dialog.reference_check, LEFT)
    assert dialog.reference_check.isChecked()
    board = dialog.board()
    assert board.objectives()
    assert board.workshop.title.endswith("reference OKRs")


def test_the_language_defaults_to_the_interface_and_renames_the_cases(
    qtbot: QtBot, french_locale: None
) -> None:
    dialog = _dialog(qtbot)
    assert dialog.language == "fr"
    dialog.select_case("rayon-vert")
    assert dialog.case_list.currentItem().text().startswith("Atelier Rayon Vert")  # type: ignore[union-attr]
    dialog.set_language("en")
    assert dialog.selected_case().id == "rayon-vert"  # type: ignore[union-attr]
    assert dialog.case_list.currentItem().text().startswith("Rayon Vert bike workshop")  # type: ignore[union-attr]
    assert "Who is who" in dialog.preview.toPlainText()


def test_broken_user_cases_are_listed_as_problems(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "my-cases"
    (mine / "casse").mkdir(parents=True)
    (mine / "casse" / "case.toml").write_text('format = "okrworkshop-case/1"\nlevel = "expert"\n', "utf-8")
    (mine / "vide").mkdir()
    monkeypatch.setenv(ENV_VAR, str(mine))
    dialog = _dialog(qtbot)
    assert dialog.problem_list.isVisible()
    lines = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]  # type: ignore[union-attr]
    assert len(lines) == 2
    assert any("casse" in line and "case.toml" in line for line in lines)
    assert any("vide" in line for line in lines)
    assert "rayon-vert" in dialog.case_ids()  # the good cases are still there


def test_markup_in_a_case_is_shown_as_text(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = load_case("rayon-vert").path
    mine = tmp_path / "cases" / "maison"
    mine.mkdir(parents=True)
    text = source.read_text("utf-8")
    marker = 'title = { fr = "'
    assert marker in text
    mine.joinpath("case.toml").write_text(text.replace(marker, marker + "<b>Gras</b> & ", 1), "utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cases"))
    dialog = _dialog(qtbot, "fr")
    dialog.select_case("maison")
    assert "<b>Gras</b> & " in dialog.preview.toPlainText()


def test_choose_case_board_returns_the_board_or_none(qtbot: QtBot) -> None:
    def answer(accept: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewFromCaseDialog)
        dialog.select_case("rayon-vert")
        dialog.set_language("en")
        if accept:
            qtbot.mouseClick(dialog.create_button, LEFT)
        else:
            dialog.reject()

    QTimer.singleShot(0, lambda: answer(True))
    board = choose_case_board(None, "fr")
    assert board is not None
    assert (board.workshop.case_id, board.workshop.language) == ("rayon-vert", "en")
    QTimer.singleShot(0, lambda: answer(False))
    assert choose_case_board(None) is None
