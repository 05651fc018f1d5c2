"""The fifth case, Papeterie Lumen: a board that starts at week 6, check-ins arriving with the rounds,
references that pass the checker; and the follow-up additions to the case format."""

from __future__ import annotations

from pathlib import Path

import pytest

from okrworkshop.cases import load_case
from okrworkshop.cases.loader import read_case
from okrworkshop.cases.text import Text
from okrworkshop.errors import InputError
from okrworkshop.model import Board, KeyResult, Round
from okrworkshop.model.progress import objective_score, score_band
from okrworkshop.model.scripted import parse_scripted
from tests.cases.conftest import readme_example, write_case
from tests.cases.test_bundled import (
    numbers_in,
    test_brief_figures_rounds_and_notes,
    test_every_text_is_written_in_french_and_english,
    test_figures_are_written_the_local_way,
    test_reference_okrs_are_written_as_a_coach_would,
    texts_of,
)

CASE = "lumen"
LANGS = ("fr", "en")
OLDER_CASES = ("rayon-vert", "mijote", "valbrune", "calora")


def test_lumen_meets_the_standard_of_the_bundled_cases() -> None:
    test_every_text_is_written_in_french_and_english(CASE)
    test_figures_are_written_the_local_way(CASE)
    for lang in LANGS:
        test_brief_figures_rounds_and_notes(CASE, lang)
        test_reference_okrs_are_written_as_a_coach_would(CASE, lang)


def test_the_follow_up_texts_are_written_in_both_languages() -> None:
    case = load_case(CASE)
    texts: dict[str, Text] = dict(texts_of(case))
    for t, team in enumerate(case.teams):
        assert team.lessons is not None
        texts[f"teams[{t}].lessons"] = team.lessons
    for o, objective in enumerate(case.objectives):
        for k, kr in enumerate(objective.key_results):
            for c, check_in in enumerate(kr.check_ins):
                if check_in.comment is not None:
                    texts[f"objectives[{o}].key_results[{k}].check_ins[{c}].comment"] = check_in.comment
    for name, text in texts.items():
        assert text.languages() == LANGS, name
        assert text.get("fr").strip() and text.get("en").strip(), name
        assert text.get("fr") != text.get("en") or len(text.get("fr")) <= 25, name


@pytest.mark.parametrize("lang", LANGS)
def test_the_brief_says_the_board_starts_at_week_6(lang: str) -> None:
    brief = load_case(CASE).brief(lang)
    week = {"fr": "semaine 6 sur 13", "en": "week 6 of 13"}[lang]
    assert week in brief
    assert {"fr": "4 janv. 2027", "en": "4 Jan 2027"}[lang] in brief


def _by_title(board: Board, start: str) -> KeyResult:
    return next(k for k in board.key_results() if k.title.startswith(start))


def test_the_room_gets_the_board_of_week_6_with_weeks_1_to_5_checked_in() -> None:
    board = load_case(CASE).new_board("fr")
    assert board.workshop.case_id == CASE and board.workshop.period == "T1 2027"
    assert len(board.objectives()) == 2 and len(board.key_results()) == 4
    for kr in board.key_results():
        dates = [c.date for c in board.check_ins(kr.id)]
        # Each Friday of weeks 1 to 5 (the quarter began on Monday 4 January).
        assert dates == ["2027-01-08", "2027-01-15", "2027-01-22", "2027-01-29", "2027-02-05"]
        latest = board.check_ins(kr.id)[-1]
        assert (kr.current, kr.confidence) == (latest.value, latest.confidence)
        # The answers are not on the room's board.
        assert (kr.decision, kr.score) == ("", None)
    assert all(o.decision == "" for o in board.objectives())
    assert all(t.lessons == "" for t in board.teams())
    conversion = _by_title(board, "Porter le taux de conversion")
    assert conversion.current == 2.2 and conversion.baseline == 2.1
    # Rounds 1 to 3 bring weeks 6, 7–9 and 10–13; the last two bring nothing.
    rounds = board.rounds()
    counts = [len(parse_scripted(r.scripted_check_ins)) for r in rounds]
    assert counts == [4, 12, 16, 0, 0]
    week_6 = parse_scripted(rounds[0].scripted_check_ins)
    assert {c.date for c in week_6} == {"2027-02-12"}
    assert {c.key_result_id for c in week_6} == {k.id for k in board.key_results()}


def _findings(board: Board, lang: str = "fr") -> set[tuple[str, str]]:
    from okrworkshop.rules import check_board

    titles = {k.id: k.title for k in board.key_results()}
    return {
        (f.rule, titles.get(f.entity_id or "", "")[:30])
        for f in check_board(board, lang=lang)
        if f.severity in ("error", "warning")
    }


def test_the_rounds_bring_the_weeks_and_the_checker_raises_what_the_notes_expect() -> None:
    from okrworkshop.canvas.round_commands import StartRound

    board = load_case(CASE).new_board("fr")
    # Week 6: the conversion rate has been stuck since week 2.
    assert _findings(board) == {("progress-stalled", "Porter le taux de conversion d")}
    rounds = board.rounds()
    first = StartRound(board, rounds[0].id, "2027-02-08T09:00:00+01:00")
    first.apply_first()
    assert first.arrived == 4
    same_day = _by_title(board, "Faire passer la part des deman")
    assert same_day.current == 86 and len(board.check_ins(same_day.id)) == 6
    second = StartRound(board, rounds[1].id, "2027-03-01T09:00:00+01:00")
    second.apply_first()
    # Week 9: the committed objective's confidence has dropped twice (8, 7, 6), the response time
    # has not moved for weeks while its owner stays at 8/10, conversion is still stuck.
    assert _findings(board) == {
        ("confidence-dropping", "Faire passer la part des deman"),
        ("committed-confidence-low", "Faire passer la part des deman"),
        ("progress-stalled", "Réduire le délai médian de pre"),
        ("progress-stalled", "Porter le taux de conversion d"),
    }
    third = StartRound(board, rounds[2].id, "2027-03-29T09:00:00+02:00")
    third.apply_first()
    # Week 13: the actions of week 10 worked; nothing to report any more.
    assert _findings(board) == set()
    assert _by_title(board, "Faire passer la part des deman").current == 96
    # Undoing the start takes the week's data back with it.
    third.undo()
    assert _by_title(board, "Faire passer la part des deman").current == 87
    assert max(c.date for c in board.check_ins(same_day.id)) == "2027-03-05"


@pytest.mark.parametrize("lang", LANGS)
def test_the_reference_is_scored_decided_and_passes_the_checker(lang: str) -> None:
    board = load_case(CASE).reference_board(lang)
    assert _findings(board, lang) == set()
    scores = [kr.score for kr in board.key_results()]
    assert scores == [1.0, 1.0, 0.8, 0.4]
    care, shop = board.objectives()
    assert (care.kind, objective_score(board, care), score_band(1.0, "committed")) == (
        "committed",
        1.0,
        "green",
    )
    assert (shop.kind, objective_score(board, shop)) == ("aspirational", 0.6)
    assert score_band(0.6, "aspirational") == "amber"
    assert [o.decision for o in board.objectives()] == ["keep", "keep"]
    assert [k.decision for k in board.key_results()] == ["drop", "adjust", "keep", "drop"]
    assert all(t.lessons for t in board.teams())
    assert all(len(board.check_ins(k.id)) == 13 for k in board.key_results())
    # Starting a round on the reference adds nothing: its weeks are there already.
    from okrworkshop.canvas.round_commands import StartRound

    command = StartRound(board, board.rounds()[1].id, "2027-03-01T09:00:00+01:00")
    assert command.arrived == 0


def test_key_results_start_from_the_figures_and_say_so() -> None:
    case = load_case(CASE)
    figures = {f.id: f.value for f in case.figure_specs if f.id}
    for objective in case.objectives:
        for kr in objective.key_results:
            assert kr.figure in figures and kr.baseline == figures[kr.figure]
            assert kr.baseline in numbers_in(kr.title.get("fr"), "fr")
            assert [c.week for c in kr.check_ins] == list(range(1, 14))


@pytest.mark.parametrize("case_id", OLDER_CASES)
def test_the_older_cases_load_as_before(case_id: str) -> None:
    case = load_case(case_id)
    assert case.follow_up is None
    assert all(spec.check_in_weeks == () for spec in case.round_specs)
    board = case.new_board("fr")
    assert board.objectives() == []  # the room starts from an empty board
    assert all(r.scripted_check_ins == "" for r in board.rounds())
    reference = case.reference_board("fr")
    assert all(reference.check_ins(k.id) == [] for k in reference.key_results())
    assert all(k.score is None and k.decision == "" for k in reference.key_results())


# ------------------------------------------------------------------ the format's new fields
FOLLOW_UP = """
[follow_up]
quarter_start = 2027-01-04
start_week = 3
"""


def _follow_up_case(
    tmp_path: Path, extra_round: str = "check_in_weeks = [3, 4]", check_ins: str = ""
) -> Path:
    text = readme_example().replace('format = "okrworkshop-case/1"', 'format = "okrworkshop-case/1"', 1)
    text = text.replace("[context]", FOLLOW_UP + "\n[context]", 1)
    # The README's second round ("Deux à quatre résultats clés…") brings the check-ins.
    head, sep, rest = text.partition('instructions = { fr = "Deux à quatre')
    assert sep, "the README's example has its key-result round"
    text = f"{head}{extra_round}\n{sep}{rest}"
    check_ins = check_ins or (
        "check_ins = [{ week = 1, value = 12, confidence = 7 }, { week = 2, value = 10, confidence = 7 },"
        ' { week = 3, value = 9, confidence = 6, comment = { fr = "Une caisse de plus", en = "One more till" } },'
        " { week = 4, value = 7, confidence = 7 }]"
    )
    text = text.replace(
        '  figure = "queue"\n  target = 5\n', f'  figure = "queue"\n  target = 5\n  {check_ins}\n', 1
    )
    return write_case(tmp_path, "fromagerie-suivi", text)


def test_a_follow_up_case_written_by_a_trainer(tmp_path: Path) -> None:
    case = read_case(_follow_up_case(tmp_path))
    assert case.follow_up is not None and case.follow_up.start_week == 3
    board = case.new_board("en")
    queue = _by_title(board, "Cut the average")
    assert [c.value for c in board.check_ins(queue.id)] == [12, 10]
    assert queue.current == 10
    scripted = parse_scripted(board.rounds()[1].scripted_check_ins)
    assert [(c.date, c.value, c.comment) for c in scripted] == [
        ("2027-01-22", 9, "One more till"),
        ("2027-01-29", 7, ""),
    ]
    assert isinstance(board.rounds()[1], Round)


@pytest.mark.parametrize(
    ("round_line", "check_ins", "where", "problem"),
    [
        ("check_in_weeks = [2, 4]", "", "rounds[1].check_in_weeks", "before the start"),
        (
            "check_in_weeks = [4]",
            "",
            "objectives[0].key_results[0].check_ins[2].week",
            "week 3 arrives with no round",
        ),
        (
            "check_in_weeks = [3]",
            "check_ins = [{ week = 3, value = 9 }, { week = 3, value = 8 }]",
            "objectives[0].key_results[0].check_ins[1].week",
            "checked in twice",
        ),
        (
            "check_in_weeks = [3]",
            "check_ins = [{ week = 3, value = 9, confidence = 11 }]",
            "objectives[0].key_results[0].check_ins[0].confidence",
            "0 to 10",
        ),
        (
            "check_in_weeks = [3]",
            "check_ins = [{ week = 3 }]",
            "objectives[0].key_results[0].check_ins[0].value",
            "missing",
        ),
        ("check_in_weeks = 3", "", "rounds[1].check_in_weeks", "list of week numbers"),
    ],
)
def test_a_broken_follow_up_case_names_the_field(
    tmp_path: Path, round_line: str, check_ins: str, where: str, problem: str
) -> None:
    path = _follow_up_case(tmp_path, round_line, check_ins)
    with pytest.raises(InputError) as caught:
        read_case(path)
    assert caught.value.where == where and problem in caught.value.problem


def test_check_ins_need_a_follow_up_table(tmp_path: Path) -> None:
    path = _follow_up_case(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(FOLLOW_UP, ""), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_case(path)
    assert "[follow_up]" in caught.value.problem


def test_in_the_app_ctrl_shift_r_brings_week_6_and_ctrl_z_takes_it_back(
    tmp_path: Path, qtbot: object
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from okrworkshop.canvas.document import Document
    from okrworkshop.storage import read_okrw, write_okrw
    from okrworkshop.ui.main_window import MainWindow

    path = write_okrw(load_case(CASE).new_board("fr"), tmp_path / "lumen.okrw")
    window = MainWindow(Document.open(path))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore[attr-defined]
    board = window.document.board
    same_day = _by_title(board, "Faire passer la part des deman")
    window.view.setFocus()
    qtbot.keyClick(
        window.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )  # type: ignore[attr-defined]
    dialog = window.rounds_dock.instructions_dialog
    assert dialog is not None and "semaine 6" in dialog.windowTitle() + " ".join(
        w.text() for w in dialog.findChildren(type(window.summary_label))
    )
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(board.check_ins(same_day.id)) == 6
    assert board.typed(same_day.id, KeyResult).current == 86
    assert "4" in window.rounds_dock.message_label.text()
    # On disk at once, and the card's bar follows.
    assert len(read_okrw(path).check_ins(same_day.id)) == 6
    window.rounds_dock.timer.stop()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore[attr-defined]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert len(board.check_ins(same_day.id)) == 5
    assert all(r.started_at == "" for r in board.rounds())
    window.close()


def test_the_json_listing_says_where_a_follow_up_case_starts(tmp_path: Path) -> None:
    import json

    from tests.cases.conftest import run_cli

    result = run_cli("cases", "--format", "json", cwd=tmp_path)
    records = {r["id"]: r for r in json.loads(result.stdout)}
    assert records[CASE]["follow_up"] == {"quarter_start": "2027-01-04", "start_week": 6, "weeks": 13}
    assert [r.get("check_in_weeks") for r in records[CASE]["rounds"]] == [
        [6],
        [7, 8, 9],
        [10, 11, 12, 13],
        None,
        None,
    ]
    assert "follow_up" not in records["calora"]


def test_the_rounds_data_survives_the_files(tmp_path: Path) -> None:
    from okrworkshop.canvas.round_commands import StartRound
    from okrworkshop.interchange import read_json, write_json
    from okrworkshop.storage import read_okrw, write_okrw

    board = load_case(CASE).new_board("en")
    expected = [r.scripted_check_ins for r in board.rounds()]
    from_json = read_json(write_json(board, tmp_path / "lumen.json"))
    from_okrw = read_okrw(write_okrw(from_json, tmp_path / "lumen.okrw"))
    assert [r.scripted_check_ins for r in from_okrw.rounds()] == expected
    # And the round still brings its week once the file is reopened.
    command = StartRound(from_okrw, from_okrw.rounds()[0].id, "2027-02-08T09:00:00+01:00")
    assert command.arrived == 4
