"""The .okrw file: always saved, careful on open, migrates old files, refuses bad ones untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from okrworkshop.errors import InputError
from okrworkshop.interchange import board_to_dict
from okrworkshop.model import Board, KeyResult, Objective, Team, removal_plan
from okrworkshop.storage import SCHEMA_VERSION, WorkshopFile, read_okrw, write_okrw
from okrworkshop.storage.header import APPLICATION_ID


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def _content(board: Board) -> dict:
    data = board_to_dict(board)
    return data


def test_round_trip_keeps_everything(tmp_path: Path, rich_board: Board) -> None:
    path = write_okrw(rich_board, tmp_path / "w.okrw")
    assert _content(read_okrw(path)) == _content(rich_board)


def test_every_change_is_on_disk_before_close(tmp_path: Path, rich_board: Board) -> None:
    path = write_okrw(rich_board, tmp_path / "w.okrw")
    opened = WorkshopFile.open(path)
    board = opened.board
    objective = board.objectives()[0]
    board.update(objective.id, title="Changé sans fermer", x=999.0)
    new_team = board.add(Team("Nouvelle équipe", order=9))
    board.add(Objective(new_team.id, "Objectif tout neuf"))
    plan = removal_plan(board, [board.teams()[2].id])
    plan.apply(board)
    board.set_workshop(title="Titre modifié", disabled_rules=("kr-is-task",))
    # A second reader sees it all while the file is still open: nothing waits for a "save".
    seen = read_okrw(path)
    assert _content(seen) == _content(board)
    plan.revert(board)
    assert _content(read_okrw(path)) == _content(board)
    opened.close()
    assert _side_files(path) == []


def test_viewing_leaves_the_file_byte_identical(tmp_path: Path, rich_board: Board) -> None:
    path = write_okrw(rich_board, tmp_path / "w.okrw")
    before = _digest(path)
    opened = WorkshopFile.open(path)
    assert len(opened.board.objectives()) == 3
    opened.close()
    read_okrw(path)
    assert _digest(path) == before
    assert _side_files(path) == []


def test_header_carries_application_id_and_version(tmp_path: Path, rich_board: Board) -> None:
    path = write_okrw(rich_board, tmp_path / "w.okrw")
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == f"{SCHEMA_VERSION:04d}"
    db.close()


def test_save_a_copy_uses_backup_and_keeps_the_original_open(tmp_path: Path, rich_board: Board) -> None:
    path = write_okrw(rich_board, tmp_path / "w.okrw")
    with WorkshopFile.open(path) as opened:
        copy = opened.save_copy(tmp_path / "copie.okrw")
        with pytest.raises(InputError, match="already exists"):
            opened.save_copy(copy)
        opened.board.set_workshop(title="Après la copie")
        assert read_okrw(copy).workshop.title == rich_board.workshop.title
        assert read_okrw(path).workshop.title == "Après la copie"


def test_create_refuses_to_overwrite(tmp_path: Path, rich_board: Board) -> None:
    target = tmp_path / "w.okrw"
    target.write_text("mes notes")
    with pytest.raises(InputError, match="already exists"):
        write_okrw(rich_board, target)
    assert target.read_text() == "mes notes"


def test_untitled_workshops_live_in_the_data_folder(tmp_path: Path) -> None:
    with WorkshopFile.create_untitled() as untitled:
        untitled.board.add(Team("Équipe A"))
        path = untitled.path
    assert "data" in path.parts and path.suffix == ".okrw"
    assert [t.name for t in read_okrw(path).teams()] == ["Équipe A"]


def test_untitled_workshops_are_named_after_their_title(tmp_path: Path) -> None:
    from okrworkshop.model import Workshop

    names = []
    for title in ("Atelier « Vélo » / tour 1", "Atelier « Vélo » / tour 1", ""):
        with WorkshopFile.create_untitled(Board(Workshop(title=title))) as untitled:
            names.append(untitled.path.name)
            assert read_okrw(untitled.path).workshop.title == title
    # The title, made safe for every system (no folder separator), numbered when taken; no date.
    assert names == ["Atelier « Vélo » - tour 1.okrw", "Atelier « Vélo » - tour 1 (2).okrw", "Workshop.okrw"]


def _not_sqlite(path: Path) -> None:
    path.write_text("title,owner\nhello,world\n" * 20)


def _other_application(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("PRAGMA application_id = 1234")
    db.close()


def _plain_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE workshop (x)")
    db.close()


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncated_mid_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:-1000])


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page):  # smash every b-tree page header
        data[offset : offset + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_not_sqlite, "not an SQLite database"),
        (_empty, "not an SQLite database"),
        (_other_application, "another application"),
        (_plain_sqlite, "another application"),
        (_truncated, "truncated"),
        (_truncated_mid_page, "truncated"),
        (_corrupt, "damaged"),
        (_newer, "newer okrworkshop"),
    ],
)
def test_bad_files_are_refused_untouched(tmp_path: Path, rich_board: Board, spoil, message: str) -> None:
    path = tmp_path / "bad.okrw"
    if spoil not in (_not_sqlite, _empty, _other_application, _plain_sqlite):
        write_okrw(rich_board, path)
    spoil(path)
    before = _digest(path)
    with pytest.raises(InputError, match=message) as caught:
        WorkshopFile.open(path)
    assert str(path) in caught.value.line()
    assert "\n" not in caught.value.line()
    assert _digest(path) == before
    assert _side_files(path) == []


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        WorkshopFile.open(tmp_path / "absent.okrw")
    assert not (tmp_path / "absent.okrw").exists()


def test_an_old_file_is_backed_up_then_migrated(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "ancien.okrw"
    shutil.copy(data_dir / "workshop-v1.okrw", path)
    original = _digest(path)
    with WorkshopFile.open(path) as opened:  # opening in the app migrates in place
        board = opened.board
    backup = tmp_path / "ancien.v1.okrw.bak"
    assert backup.exists() and _digest(backup) == original
    assert board.workshop.title == "Atelier « v1 » — Café Lumière"
    assert board.workshop.thresholds == {"max_objectives": 2.0}
    assert board.workshop.disabled_rules == ("objective-too-long",)
    assert board.workshop.facilitator == ""
    assert [t.name for t in board.teams()] == ["Direction", "Salle & Bar"]
    servir = next(o for o in board.objectives() if o.title.startswith("Servir"))
    assert isinstance(board.get(servir.aligned_to), KeyResult)
    assert board.initiatives()[0].title == "Deuxième machine à café"
    assert board.snapshots()[0].round_id is None
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()
    # The migrated file now works like any other.
    with WorkshopFile.open(path) as opened:
        opened.board.set_workshop(facilitator="Claire")
    assert read_okrw(path).workshop.facilitator == "Claire"
    assert _side_files(path) == ["ancien.v1.okrw.bak"]


def _schema(
    path: Path,
) -> dict[str, tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[tuple[object, ...]]]]:
    """What SQLite itself says of each table: columns (name, type, not null, default, key),
    indexes (their columns, unique) and foreign keys (table, from, to)."""
    with sqlite3.connect(path) as db:
        tables = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        result = {}
        for t in tables:
            columns = sorted(tuple(r[1:]) for r in db.execute(f"PRAGMA table_info('{t}')"))
            indexes = sorted(
                (tuple(c[2] for c in db.execute(f"PRAGMA index_info('{i[1]}')")), i[2])
                for i in db.execute(f"PRAGMA index_list('{t}')")
                if not i[1].startswith("sqlite_autoindex")
            )
            keys = sorted(tuple(r[2:5]) for r in db.execute(f"PRAGMA foreign_key_list('{t}')"))
            result[t] = (columns, indexes, keys)
    db.close()
    return result


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_migrated_schema_matches_a_new_file(
    tmp_path: Path, data_dir: Path, rich_board: Board, version: str
) -> None:
    old = tmp_path / "old.okrw"
    shutil.copy(data_dir / f"workshop-{version}.okrw", old)
    WorkshopFile.open(old).close()
    new = write_okrw(rich_board, tmp_path / "new.okrw")
    migrated, fresh = _schema(old), _schema(new)
    assert migrated.keys() == fresh.keys()
    for table, (columns, indexes, keys) in fresh.items():
        old_columns, old_indexes, old_keys = migrated[table]
        assert old_indexes == indexes, table
        assert old_keys == keys, table
        # A NOT NULL column added by a migration needs a default for the rows already there
        # (SQLite's rule): '' where a new file has none. Everything else is the same.
        undefaulted = [(*c[:3], None if c[3] == "''" and c[2] else c[3], c[4]) for c in old_columns]
        assert undefaulted == columns, table


def test_reading_an_old_file_headless_leaves_it_as_it_was(tmp_path: Path, data_dir: Path) -> None:
    """``check`` or ``convert`` on an old file read a migrated copy; only the app migrates in place."""
    path = tmp_path / "ancien.okrw"
    shutil.copy(data_dir / "workshop-v1.okrw", path)
    before = _digest(path)
    board = read_okrw(path)
    assert board.workshop.title == "Atelier « v1 » — Café Lumière"
    assert _digest(path) == before
    assert _side_files(path) == []
