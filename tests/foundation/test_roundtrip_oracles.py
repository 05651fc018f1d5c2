"""Round trips judged against the original entities, field by field — never writer against writer.

A writer that drops a field makes ``board_to_dict(a) == board_to_dict(b)`` hold on both sides; here
the reference is the dataclasses the board was built from, so a lost ``current``, a swapped
``baseline``/``target`` or a default filled in on reading shows as the field that differs.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

from okrworkshop.exports.csv_format import read_csv, write_csv
from okrworkshop.interchange import read_json, write_json
from okrworkshop.model import Board, CheckIn, Entity, Initiative, KeyResult, Note, Objective, Snapshot, Team
from okrworkshop.model.scripted import write_scripted
from okrworkshop.storage import read_okrw, write_okrw
from okrworkshop.workflow import board_of, snapshot_data
from tests.conftest import make_rich_board

KINDS: tuple[type[Any], ...] = typing.get_args(Entity)
CARD_KINDS = (Team, Objective, KeyResult, Initiative, Note, CheckIn)


def complete_board() -> Board:
    """The rich board, with the few fields it leaves at their defaults set too."""
    board = make_rich_board()
    objective = board.objectives()[0]
    board.update(objective.id, description="Pourquoi : les clients attendent trop.\nEt ça se voit.")
    board.add(Objective(objective.team_id, "Fidéliser les habitués", order=3.5))
    key_result = board.key_results()[1]
    board.add(Initiative(key_result.id, "Former l'équipe du soir", order=2.0))
    first = board.rounds()[0]
    board.update(first.id, started_at="2027-01-12T09:00:00+00:00", ended_at="2027-01-12T09:17:30+00:00")
    board.add(type(first)("Tour 2", instructions="Alignez.", duration_s=600, order=1.0))
    board.update(board.snapshots()[0].id, created_at="2027-01-12T09:17:31+00:00")
    # The follow-up: check-ins, a score set by hand, the retrospective's decisions and lessons.
    nps = next(k for k in board.key_results() if k.title == "NPS de 30 à 50")
    board.add(CheckIn(nps.id, "2027-02-05", value=32.5, confidence=6, comment="Lent au démarrage"))
    board.add(CheckIn(nps.id, "2027-02-12", value=35.5, confidence=7))
    board.update(nps.id, score=0.3, decision="adjust")
    board.update(objective.id, decision="keep")
    board.update(objective.team_id, lessons="Mesurer chaque semaine, pas chaque mois.")
    # A round that brings the next week's check-in (a follow-up case).
    scripted = [
        CheckIn(nps.id, "2027-02-19", value=37, confidence=6, comment="« Bouche à oreille »", id="wk7")
    ]
    board.add(type(first)("Tour 3", duration_s=600, order=2.0, scripted_check_ins=write_scripted(scripted)))
    return board


def fields_of(board: Board, kinds: tuple[type[Any], ...] = KINDS) -> dict[str, dict[str, dict[str, Any]]]:
    """Every entity of the board as plain field values: kind -> id -> field -> value."""
    return {kind.__name__: {e.id: dataclasses.asdict(e) for e in board.all(kind)} for kind in kinds}


#: The field that groups siblings, for kinds ordered among their siblings.
SIBLINGS = {
    "Team": "parent_id",
    "Objective": "team_id",
    "KeyResult": "objective_id",
    "Initiative": "key_result_id",
    "Round": None,
}


def ranked(fields: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, dict[str, Any]]]:
    """``order`` as the rank among siblings: JSON and CSV keep order as a position in a list."""
    result = {kind: {i: dict(v) for i, v in entities.items()} for kind, entities in fields.items()}
    for kind, parent in SIBLINGS.items():
        groups: dict[Any, list[dict[str, Any]]] = {}
        for values in result.get(kind, {}).values():
            groups.setdefault(values[parent] if parent else None, []).append(values)
        for siblings in groups.values():
            for rank, values in enumerate(sorted(siblings, key=lambda v: v["order"])):
                values["order"] = rank
    return result


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Readable differences between two ``fields_of`` results."""
    found = []
    for kind in sorted(set(before) | set(after)):
        b, a = before.get(kind, {}), after.get(kind, {})
        for missing in sorted(set(b) - set(a)):
            found.append(f"{kind} {missing} lost")
        for extra in sorted(set(a) - set(b)):
            found.append(f"{kind} {extra} appeared")
        for entity_id in sorted(set(a) & set(b)):
            for name in sorted(set(a[entity_id]) | set(b[entity_id])):
                if a[entity_id].get(name) != b[entity_id].get(name):
                    found.append(
                        f"{kind}.{name} of {entity_id}: {b[entity_id].get(name)!r} -> {a[entity_id].get(name)!r}"
                    )
    return found


def test_the_rich_board_has_every_field_set_somewhere() -> None:
    """The oracle only catches a dropped field if some entity carries a non-default value in it."""
    board = complete_board()
    for kind in KINDS:
        entities = board.all(kind)
        assert entities, f"no {kind.__name__} on the rich board"
        for f in dataclasses.fields(kind):
            default = f.default if f.default is not dataclasses.MISSING else None
            if f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
                default = f.default_factory()  # type: ignore[misc]
            if f.name in ("id", "order"):
                continue
            values = {repr(getattr(e, f.name)) for e in entities}
            assert values - {repr(default)}, f"{kind.__name__}.{f.name} is at its default on every entity"


def test_okrw_round_trip_keeps_every_field(tmp_path: Path) -> None:
    board = complete_board()
    path = write_okrw(board, tmp_path / "w.okrw")
    again = read_okrw(path)
    assert differences(fields_of(board), fields_of(again)) == []
    assert dataclasses.asdict(again.workshop) == dataclasses.asdict(board.workshop)


def test_json_round_trip_keeps_every_field(tmp_path: Path) -> None:
    board = complete_board()
    again = read_json(write_json(board, tmp_path / "w.json"))
    assert differences(ranked(fields_of(board)), ranked(fields_of(again))) == []
    assert dataclasses.asdict(again.workshop) == dataclasses.asdict(board.workshop)


def test_snapshot_keeps_every_card_field() -> None:
    board = complete_board()
    kept = board_of(Snapshot("s", snapshot_data(board)))
    assert differences(ranked(fields_of(board, CARD_KINDS)), ranked(fields_of(kept, CARD_KINDS))) == []


def test_csv_round_trip_keeps_every_card_field(tmp_path: Path) -> None:
    """CSV carries the cards (not rounds, snapshots, thresholds: README 'Left out')."""
    board = complete_board()
    again = read_csv(write_csv(board, tmp_path / "w.csv"))
    assert differences(ranked(fields_of(board, CARD_KINDS)), ranked(fields_of(again, CARD_KINDS))) == []


def _key_result(board: Board, title: str) -> KeyResult:
    (kr,) = [k for k in board.key_results() if k.title == title]
    return kr


def test_converted_json_holds_the_values_a_person_typed(tmp_path: Path) -> None:
    """Read with the standard library, not our reader: the numbers are where the contract says."""
    board = complete_board()
    source = write_okrw(board, tmp_path / "w.okrw")
    out = tmp_path / "w.json"
    done = subprocess.run(
        [sys.executable, "-m", "okrworkshop", "convert", str(source), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "okrworkshop/v1"
    direction = next(t for t in data["teams"] if t["name"] == "Direction & Co")
    nps = next(
        kr for o in direction["objectives"] for kr in o["key_results"] if kr["title"] == "NPS de 30 à 50"
    )
    # make_rich_board: baseline 30, target 50, current 35.5, unit NPS, confidence 7, owner Léa.
    assert (nps["baseline"], nps["target"], nps["current"], nps["unit"], nps["confidence"], nps["owner"]) == (
        30,
        50,
        35.5,
        "NPS",
        7,
        "Léa",
    )
    wait = next(
        kr for o in direction["objectives"] for kr in o["key_results"] if kr["title"].startswith("Attente")
    )
    assert (wait["direction"], wait["baseline"], wait["target"], wait["current"]) == ("decrease", 9, 4, None)


def test_csv_cells_hold_the_values_a_person_typed(tmp_path: Path) -> None:
    """Read with the csv module: French decimals, the typed numbers in their own columns."""
    board = complete_board()
    text = write_csv(board, tmp_path / "w.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    (nps,) = [r for r in rows if r.get("title") == "NPS de 30 à 50" or "NPS de 30 à 50" in r.values()]
    values = set(nps.values())
    assert {"30", "50", "35,5", "NPS", "7"} <= values, nps


def test_a_hand_written_draft_reads_as_reasoned() -> None:
    """Golden values from the contract (DESIGN §4.2), worked out here by hand: defaults included."""
    from okrworkshop.interchange import board_from_dict

    draft = {
        "format": "okrworkshop/v1",
        "workshop": {"title": "Boulangerie", "language": "fr", "period": "2027-Q1"},
        "teams": [
            {
                "name": "Direction",
                "objectives": [
                    {
                        "title": "Devenir la boulangerie préférée du quartier",
                        "key_results": [
                            {
                                "title": "Passer le NPS de 32 à 45",
                                "baseline": 32,
                                "target": 45,
                                "current": 38,
                            },
                            {"title": "Réduire les invendus", "direction": "decrease", "confidence": 4},
                        ],
                    }
                ],
            }
        ],
    }
    board = board_from_dict(draft)
    (team,) = board.teams()
    (objective,) = board.objectives(team.id)
    first, second = board.key_results(objective.id)
    assert (team.name, team.parent_id) == ("Direction", None)
    assert (objective.owner, objective.kind, objective.aligned_to) == ("", "aspirational", None)
    assert (first.baseline, first.target, first.current, first.direction, first.kind, first.confidence) == (
        32,
        45,
        38,
        "increase",
        "metric",
        None,
    )
    assert (second.baseline, second.target, second.current, second.direction, second.confidence) == (
        None,
        None,
        None,
        "decrease",
        4,
    )
    assert first.order < second.order
    assert board.workshop.profile == "workshop"
