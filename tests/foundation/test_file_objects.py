"""A workshop file is data only: triggers, views and objects okrworkshop did not create are refused.

The schema a file must have is the one okrworkshop itself creates for that file's version; a file
with anything else is refused with a line naming what was found, and left byte-identical.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from okrworkshop.cli import main
from okrworkshop.errors import InputError
from okrworkshop.model import Board, KeyResult
from okrworkshop.storage import WorkshopFile, write_okrw


def _spoiled(path: Path, *statements: str) -> bytes:
    db = sqlite3.connect(path)
    with db:
        for statement in statements:
            db.execute(statement)
    db.close()
    return path.read_bytes()


WIPE = "CREATE TRIGGER wipe AFTER UPDATE ON objective BEGIN DELETE FROM key_result; END"

HOSTILE = [
    pytest.param([WIPE], "trigger 'wipe'", id="trigger"),
    pytest.param(["CREATE VIEW everything AS SELECT * FROM objective"], "view 'everything'", id="view"),
    pytest.param(["CREATE TABLE extra (a)"], "table 'extra'", id="extra-table"),
    pytest.param(["CREATE INDEX ix_sneaky ON note (text)"], "index 'ix_sneaky'", id="extra-index"),
    pytest.param(["ALTER TABLE note ADD COLUMN colour2 TEXT"], "table 'note'", id="extra-column"),
    pytest.param(
        ["DROP INDEX ix_objective_team_id", "CREATE INDEX ix_objective_team_id ON objective (title)"],
        "index 'ix_objective_team_id'",
        id="index-on-other-columns",
    ),
    pytest.param(["DROP TABLE initiative"], "table 'initiative'", id="missing-table"),
]


@pytest.mark.parametrize(("statements", "named"), HOSTILE)
def test_foreign_objects_are_refused_named_and_untouched(
    tmp_path: Path, rich_board: Board, statements: list[str], named: str
) -> None:
    path = write_okrw(rich_board, tmp_path / "hostile.okrw")
    before = _spoiled(path, *statements)
    with pytest.raises(InputError) as caught:
        WorkshopFile.open(path)
    line = caught.value.line()
    assert named in line and str(path) in line and "\n" not in line
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.okrw"]


@pytest.mark.parametrize("verb", [["check"], ["convert", "{out}.json"], ["poster", "-o", "{out}.pdf"]])
def test_every_verb_refuses_a_file_with_a_trigger(
    tmp_path: Path, rich_board: Board, verb: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_okrw(rich_board, tmp_path / "hostile.okrw")
    before = _spoiled(path, WIPE)
    args = [verb[0], str(path), *(a.format(out=tmp_path / "out") for a in verb[1:])]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "trigger 'wipe'" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.okrw"]


def test_an_old_file_with_a_trigger_is_refused_before_migration(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "old.okrw"
    shutil.copy(data_dir / "workshop-v1.okrw", path)
    before = _spoiled(path, WIPE)
    with pytest.raises(InputError, match="trigger 'wipe'"):
        WorkshopFile.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.okrw"]


def test_files_made_by_okrworkshop_itself_are_accepted(
    tmp_path: Path, rich_board: Board, data_dir: Path
) -> None:
    """No false alarm: a fresh file, an old one, an old one migrated, and one after ANALYZE."""
    fresh = write_okrw(rich_board, tmp_path / "fresh.okrw")
    WorkshopFile.open(fresh).close()
    old = tmp_path / "old.okrw"
    shutil.copy(data_dir / "workshop-v1.okrw", old)
    WorkshopFile.open(old).close()  # migrates in place
    WorkshopFile.open(old).close()  # and opens again once migrated
    analysed = write_okrw(rich_board, tmp_path / "analysed.okrw")
    _spoiled(analysed, "ANALYZE")
    WorkshopFile.open(analysed).close()


def test_the_issue_trigger_no_longer_wipes_key_results_in_the_app(
    tmp_path: Path, rich_board: Board, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from okrworkshop.canvas.document import Document
    from okrworkshop.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(Document.open(write_okrw(rich_board, tmp_path / "fine.okrw")))
    qtbot.addWidget(window)
    path = write_okrw(rich_board, tmp_path / "hostile.okrw")
    before = _spoiled(path, WIPE)
    assert not window.open_path(path)
    assert len(shown) == 1 and "trigger 'wipe'" in shown[0]
    assert path.read_bytes() == before
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM key_result").fetchone()[0] == len(rich_board.all(KeyResult))
    window.close()


NOTE_WITH_CHECK = """CREATE TABLE note (
    id VARCHAR(64) NOT NULL, text TEXT NOT NULL CHECK (length(text) < 0), team_id VARCHAR(64),
    colour VARCHAR(16) NOT NULL, x FLOAT NOT NULL, y FLOAT NOT NULL,
    PRIMARY KEY (id), FOREIGN KEY(team_id) REFERENCES team (id))"""
NOTE_WITH_CASCADE = """CREATE TABLE note (
    id VARCHAR(64) NOT NULL, text TEXT NOT NULL, team_id VARCHAR(64),
    colour VARCHAR(16) NOT NULL, x FLOAT NOT NULL, y FLOAT NOT NULL,
    PRIMARY KEY (id), FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE)"""


@pytest.mark.parametrize("table_sql", [NOTE_WITH_CHECK, NOTE_WITH_CASCADE], ids=["check", "cascade"])
def test_a_table_that_acts_on_writes_is_refused(tmp_path: Path, rich_board: Board, table_sql: str) -> None:
    path = write_okrw(rich_board, tmp_path / "hostile.okrw")
    before = _spoiled(path, "DROP TABLE note", table_sql)
    with pytest.raises(InputError, match="table 'note' is not as okrworkshop makes it"):
        WorkshopFile.open(path)
    assert path.read_bytes() == before


def test_every_field_of_every_entity_has_a_rule_and_every_table_is_read() -> None:
    """A new entity or field cannot be forgotten by the row checks (nor a table by the reader)."""
    import dataclasses

    from okrworkshop.model.entities import ENTITY_TYPES, Workshop
    from okrworkshop.model.limits import FIELDS
    from okrworkshop.storage.rows import TABLES, columns
    from okrworkshop.storage.schema import ROW_CLASSES

    for kind in (*ENTITY_TYPES, Workshop):
        assert set(FIELDS[kind.__name__]) == {f.name for f in dataclasses.fields(kind)}, kind
    assert {r.__table__.name: k for k, r in ROW_CLASSES.items()} == TABLES
    for table, kind in TABLES.items():
        row_class = next(r for k, r in ROW_CLASSES.items() if k is kind)
        assert columns(kind) == [c.name for c in row_class.__table__.columns], table
        # The ORM's attributes are the entity's fields (``order`` in the ``sort_order`` column).
        assert set(row_class.__table__.columns.keys()) == {f.name for f in dataclasses.fields(kind)}, table
