"""The names the app gives files (untitled workshops, backups before a migration) and the words it
refuses a copy or an unreadable database with: each written from the rule, checked exactly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from okrworkshop.errors import InputError
from okrworkshop.model import Board, Objective, Team, Workshop
from okrworkshop.paths import user_data_dir
from okrworkshop.storage import WorkshopFile, read_okrw, write_okrw
from okrworkshop.storage.reading import sqlite_problem
from okrworkshop.storage.workshop_file import backup_before_migration


def _titled(title: str) -> Board:
    return Board(Workshop(title=title))


def test_untitled_workshops_are_kept_in_the_data_folder_under_their_title_then_numbered(
    user_home: Path,
) -> None:
    made = [WorkshopFile.create_untitled(_titled("Atelier Rayon Vert")) for _ in range(4)]
    try:
        folder = user_data_dir() / "untitled"
        assert [f.path for f in made] == [
            folder / "Atelier Rayon Vert.okrw",
            folder / "Atelier Rayon Vert (2).okrw",
            folder / "Atelier Rayon Vert (3).okrw",
            folder / "Atelier Rayon Vert (4).okrw",
        ]
    finally:
        for f in made:
            f.close()


def test_backups_before_a_migration_never_overwrite_an_earlier_one(tmp_path: Path) -> None:
    path = write_okrw(_titled("Ancien"), tmp_path / "ancien.okrw")
    names = [backup_before_migration(path, 1).name for _ in range(4)]
    assert names == [
        "ancien.v1.okrw.bak",
        "ancien.v1-2.okrw.bak",
        "ancien.v1-3.okrw.bak",
        "ancien.v1-4.okrw.bak",
    ]
    assert all((tmp_path / n).read_bytes() == path.read_bytes() for n in names)


def test_a_copy_is_refused_onto_a_file_that_exists_or_onto_itself(tmp_path: Path) -> None:
    path = write_okrw(_titled("Atelier"), tmp_path / "atelier.okrw")
    other = write_okrw(_titled("Autre"), tmp_path / "autre.okrw")
    with WorkshopFile.open(path) as opened:
        with pytest.raises(InputError) as refused:
            opened.save_copy(other)
        assert refused.value.line() == f"{other}: already exists; choose another name"
        with pytest.raises(InputError) as refused:
            opened.save_copy(path, replace=True)
        assert refused.value.line() == f"{path}: is the open workshop itself"
        written = opened.save_copy(other, replace=True)
    assert written == other and read_okrw(other).workshop.title == "Atelier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atelier.okrw", "autre.okrw"]  # no temp left


def test_a_board_loaded_whole_replaces_the_whole_file(tmp_path: Path) -> None:
    path = write_okrw(_titled("Avant"), tmp_path / "atelier.okrw")
    replacement = _titled("Après")
    team = replacement.add(Team("Ventes"))
    replacement.add(Objective(team.id, "Fidéliser"))
    with WorkshopFile.open(path) as opened:
        opened.board.add(Team("Disparue"))
        everything = [e for kind in (Team, Objective) for e in replacement.all(kind)]
        opened.board.load(replacement.workshop, everything)  # as a snapshot is restored
    again = read_okrw(path)
    assert again.workshop.title == "Après"
    assert [t.name for t in again.teams()] == ["Ventes"] and [o.title for o in again.objectives()] == [
        "Fidéliser"
    ]


def _error(path: Path) -> sqlite3.Error:
    try:
        with sqlite3.connect(path) as db:
            db.execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.Error as exc:
        return exc
    raise AssertionError("SQLite read it")


def test_sqlite_s_complaints_in_the_user_s_words(tmp_path: Path) -> None:
    text = tmp_path / "notes.okrw"
    text.write_text("not a database at all, just some words long enough to be a header" * 20)
    assert sqlite_problem(_error(text)) == "not a database"

    class Wrapped(Exception):  # as SQLAlchemy wraps the driver's error
        def __init__(self, orig: BaseException) -> None:
            super().__init__("(sqlite3.DatabaseError) wrapped")
            self.orig = orig

    assert sqlite_problem(Wrapped(_error(text))) == "not a database"
    future = sqlite3.DatabaseError("unsupported file format")
    assert sqlite_problem(future) == "its format is not one SQLite reads"
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5 | (1 << 8)  # type: ignore[attr-defined]  # an extended code of SQLITE_BUSY
    assert sqlite_problem(busy) == "another program is using it"
    assert (
        sqlite_problem(sqlite3.DatabaseError("database disk image is malformed")) == "its pages are damaged"
    )
    assert (
        sqlite_problem(sqlite3.DatabaseError("malformed database schema (x)"))
        == "its table definitions are damaged"
    )
    assert sqlite_problem(sqlite3.DatabaseError("something new")) == "SQLite cannot read it"
    # Errors that carry no SQLite code (made by a wrapper, or an older driver) are read by their text.
    assert sqlite_problem(sqlite3.DatabaseError("file is not a database")) == "not a database"
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    assert sqlite_problem(readonly) == "it cannot be read without writing to it"


def test_an_unreadable_copy_of_a_real_file_is_refused_in_one_line(tmp_path: Path, rich_board: Board) -> None:
    path = write_okrw(rich_board, tmp_path / "atelier.okrw")
    damaged = tmp_path / "abime.okrw"
    shutil.copy(path, damaged)
    data = bytearray(damaged.read_bytes())
    data[:16] = b"not sqlite at al"
    damaged.write_bytes(bytes(data))
    with pytest.raises(InputError) as refused:
        read_okrw(damaged)
    assert refused.value.line().startswith(f"{damaged}: ")
    assert "\n" not in refused.value.line()


def test_a_recovered_file_s_backup_is_named_by_the_time_then_numbered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as real

    from okrworkshop.storage import recovery

    class Frozen(real.datetime):
        @classmethod
        def now(cls, tz: object = None) -> Frozen:  # type: ignore[override]
            return cls(2027, 1, 5, 9, 3, 7)

    monkeypatch.setattr(recovery, "datetime", Frozen)
    path = tmp_path / "atelier.okrw"
    first = recovery._backup_name(path)
    assert first.name == "atelier.recovered-20270105-090307.okrw.bak"
    first.write_bytes(b"")  # taken: the next one is numbered from 2
    second = recovery._backup_name(path)
    assert second.name == "atelier.recovered-20270105-090307-2.okrw.bak"
    # A backup's own journal left beside it counts as taken too (SQLite would read it with the file).
    second.with_name(second.name + "-journal").write_bytes(b"")
    assert recovery._backup_name(path).name == "atelier.recovered-20270105-090307-3.okrw.bak"


def test_a_migration_that_fails_says_so_and_keeps_the_original(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from okrworkshop.storage import migrate

    path = tmp_path / "ancien.okrw"
    shutil.copy(data_dir / "workshop-v1.okrw", path)
    original = path.read_bytes()

    real_upgrade = migrate.command.upgrade

    def disk_full(config: object, revision: str, *rest: object, **named: object) -> None:
        # The file's own upgrade meets a full disk (the check of its older schema, on a copy in
        # memory, goes as usual).
        if revision == migrate.HEAD_REVISION:
            raise sqlite3.OperationalError("database or disk is full")
        real_upgrade(config, revision, *rest, **named)  # type: ignore[arg-type]

    monkeypatch.setattr(migrate.command, "upgrade", disk_full)
    with pytest.raises(InputError) as refused:
        WorkshopFile.open(path)
    assert refused.value.line() == (
        f"{path}: could not be updated to the current format (database or disk is full); "
        "the original is kept in ancien.v1.okrw.bak"
    )
    assert (tmp_path / "ancien.v1.okrw.bak").read_bytes() == original
    assert path.read_bytes() == original  # the upgrade ran in one transaction: rolled back whole


def test_a_bad_row_in_an_older_file_is_named_in_that_file_not_in_its_upgraded_copy(
    tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "ancien.okrw"
    shutil.copy(data_dir / "workshop-v1.okrw", path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE team SET colour = 'rouge'")
    original = path.read_bytes()
    with pytest.raises(InputError) as refused:
        read_okrw(path)  # headless: upgraded in a copy of its own, the file left as it is
    assert refused.value.line() == f"{path}: team row 1, colour: must be a colour like '#4e79a7', not 'rouge'"
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ancien.okrw"]


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (
            sqlite3.DatabaseError("database disk image is malformed"),
            "damaged workshop file (its pages are damaged)",
        ),
        (
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
            "damaged workshop file (its table definitions are damaged)",
        ),
    ],
)
def test_a_file_that_fails_while_its_rows_are_read_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: Exception, words: str
) -> None:
    # Pages SQLite's quick check passes but that fail when read (a disk going bad under the file).
    from okrworkshop.storage import reading

    path = write_okrw(_titled("Atelier"), tmp_path / "atelier.okrw")

    def fails(*_args: object) -> None:
        raise failure

    monkeypatch.setattr(reading, "board_from_rows", fails)
    with pytest.raises(InputError) as refused:
        read_okrw(path)
    assert refused.value.line() == f"{path}: {words}"
