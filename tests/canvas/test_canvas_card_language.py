"""The board writes in the workshop's language (the card language), whatever the interface speaks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from canvas_driver import drop_mime, reopened, scene_centre, snapshot
from PySide6.QtCore import QPointF

from okrworkshop.canvas.drops import palette_mime
from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop
from okrworkshop.storage import read_okrw, write_okrw
from okrworkshop.ui.i18n import install_language


def board_in(language: str) -> Board:
    board = Board(Workshop(title="Card language", language=language))
    board.add(Team("Ventes", id="team-a", x=0, y=0, width=1200, height=460))
    objective = board.add(Objective("team-a", "Conquérir Lyon", id="obj-a", x=30, y=70))
    board.add(KeyResult(objective.id, "Agence ouverte", id="kr-a", kind="milestone"))
    return board


@pytest.fixture
def open_view(tmp_path: Path, qtbot: Any, qapp: Any) -> Iterator[Any]:
    """Opens a view on a workshop written in a language; the interface language is reset after."""
    from okrworkshop.canvas.document import Document
    from okrworkshop.canvas.scene import BoardScene
    from okrworkshop.canvas.view import BoardView

    opened: list[Any] = []

    def make(language: str, interface: str) -> Any:
        install_language(interface)
        path = tmp_path / f"{language}.okrw"
        write_okrw(board_in(language), path)
        document = Document.open(path)
        view = BoardView(BoardScene(document))
        view.resize(1400, 1000)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        view.show_top_left()
        opened.append(document)
        return view

    yield make
    for document in opened:
        document.close()
    install_language("en")


def test_french_workshop_under_an_english_interface_writes_french_cards(open_view: Any) -> None:
    view = open_view("fr", interface="en")
    scene, document = view.board_scene, view.board_scene.document
    board = document.board
    # What the cards already show: kind and owner labels, the lane's count.
    assert scene.cards["obj-a"].meta.text == "sans responsable · Ambitieux"
    assert scene.cards["kr-a"].meta.text == "Jalon"
    assert scene.lanes["team-a"].meta.text == "1 objectif"
    # New cards get French placeholders.
    lane = scene.lanes["team-a"]
    assert drop_mime(view, palette_mime("objective"), lane.mapToScene(QPointF(700, 200)))
    scene.interactions.editor.finish(keep=True)
    assert drop_mime(view, palette_mime("key_result"), scene_centre(scene.cards["obj-a"]))
    scene.interactions.editor.finish(keep=True)
    assert drop_mime(view, palette_mime("team"), QPointF(600, 700))
    scene.interactions.editor.finish(keep=True)
    titles = sorted(o.title for o in board.all(Objective))
    assert titles == ["Conquérir Lyon", "Nouvel objectif"]
    assert sorted(k.title for k in board.key_results("obj-a")) == ["Agence ouverte", "Nouveau résultat clé"]
    assert sorted(t.name for t in board.teams()) == ["Ventes", "Équipe 2"]
    assert scene.lanes["team-a"].meta.text == "2 objectifs"
    assert reopened(document.path) == snapshot(board)
    assert read_okrw(document.path).get("obj-a").title == "Conquérir Lyon"  # type: ignore[union-attr]


def test_english_workshop_under_a_french_interface_writes_english_cards(open_view: Any) -> None:
    view = open_view("en", interface="fr")
    scene, board = view.board_scene, view.board_scene.document.board
    assert scene.cards["obj-a"].meta.text == "no owner · Aspirational"
    assert scene.cards["kr-a"].meta.text == "Milestone"
    assert scene.lanes["team-a"].meta.text == "1 objective"
    lane = scene.lanes["team-a"]
    assert drop_mime(view, palette_mime("note"), lane.mapToScene(QPointF(900, 300)))
    scene.interactions.editor.finish(keep=True)
    assert [n.text for n in board.notes("team-a")] == ["New note"]
    assert scene.lanes["team-a"].meta.text == "1 objective · 1 note"
