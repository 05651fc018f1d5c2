"""Two ways to read a workshop file, one mapping of its tables: they give the same board, refuse
the same files and write nothing.

The ORM path (:class:`WorkshopFile`, SQLAlchemy) and the light path (:mod:`okrworkshop.storage.reading`,
plain ``sqlite3``, used by the read-only verbs and the app's first paint) are built from
:mod:`okrworkshop.storage.tables`; the light path must keep every check of an open.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from crash_files import UNCOMMITTED_TITLE, crash_mid_transaction, journal_of

from okrworkshop.cases import scan_cases
from okrworkshop.demo import demo_board
from okrworkshop.errors import InputError
from okrworkshop.model import Board, CheckIn, KeyResult, Snapshot
from okrworkshop.storage import WorkshopFile, read_okrw, write_okrw
from okrworkshop.storage.lazy_file import LazyWorkshopFile
from okrworkshop.storage.objects import schema_of
from okrworkshop.storage.tables import ENTITY_TABLES, WORKSHOP_TABLE, create_statements

REPO = Path(__file__).resolve().parents[2]


def _state(board: Board) -> list[str]:
    """Everything on a board, exactly (repr keeps 1 and 1.0 apart), in the board's order."""
    return [repr(board.workshop), *(repr(e) for t in ENTITY_TABLES for e in board.all(t.kind))]


def _orm(path: Path) -> Board:
    with WorkshopFile.open(path) as opened:
        return opened.board


def _lazy(path: Path) -> Board:
    with LazyWorkshopFile.open(path) as opened:
        return opened.board


#: The ways to open a file for reading: light (verbs), light for the app, ORM.
OPENERS: list[Callable[[Path], Board]] = [read_okrw, _lazy, _orm]
OPENER_IDS = ["read_okrw", "lazy", "orm"]


def _with_check_ins(board: Board) -> Board:
    for n, key_result in enumerate(board.key_results()):
        board.add(CheckIn(key_result.id, f"2027-01-{10 + n:02d}", value=float(n), confidence=n % 11))
        board.add(CheckIn(key_result.id, f"2027-02-{10 + n:02d}", comment="« point » du mois"))
    return board


def _boards() -> list[object]:
    from tests.conftest import make_rich_board

    cases = []
    for case in scan_cases().cases:
        for lang in case.languages:
            cases.append(pytest.param(lambda c=case, lang=lang: c.new_board(lang), id=f"{case.id}-{lang}"))
            cases.append(
                pytest.param(
                    lambda c=case, lang=lang: c.new_board(lang, reference=True),
                    id=f"{case.id}-{lang}-reference",
                )
            )
    cases.append(pytest.param(demo_board, id="demo"))
    cases.append(pytest.param(make_rich_board, id="rich-with-snapshot"))
    cases.append(pytest.param(lambda: _with_check_ins(make_rich_board()), id="rich-with-check-ins"))
    cases.append(pytest.param(lambda: _with_check_ins(demo_board()), id="demo-with-check-ins"))
    return cases


@pytest.mark.parametrize("make", _boards())
def test_both_paths_read_the_same_board(tmp_path: Path, make: Callable[[], Board]) -> None:
    board = make()
    path = write_okrw(board, tmp_path / "w.okrw")
    light, lazy, orm = read_okrw(path), _lazy(path), _orm(path)
    assert _state(light) == _state(orm) == _state(lazy)
    for kind in (t.kind for t in ENTITY_TABLES):
        assert light.all(kind) == board.all(kind), kind  # what was written (ints read as floats)
    assert light.workshop == board.workshop
    assert light.all(KeyResult) or light.teams()  # a case has lanes at least


def test_the_bundled_cases_are_all_read(tmp_path: Path) -> None:
    """The parametrisation above is not empty, and covers what it says: check-ins and snapshots."""
    ids = [p.id for p in _boards()]  # type: ignore[attr-defined]
    assert len([i for i in ids if i.endswith("-reference")]) == len(
        [c for c in scan_cases().cases for _ in c.languages]
    )
    board = _with_check_ins(demo_board())
    path = write_okrw(board, tmp_path / "w.okrw")
    assert read_okrw(path).all(CheckIn) and read_okrw(path).snapshots() == board.snapshots()


@pytest.mark.parametrize("fixture", ["workshop-v1.okrw", "workshop-v2.okrw"])
def test_both_paths_read_the_same_older_file(tmp_path: Path, data_dir: Path, fixture: str) -> None:
    """An older file: migrated in a copy (light, headless) or in place (the app, the ORM)."""
    for name in ("light.okrw", "lazy.okrw", "orm.okrw"):
        shutil.copy(data_dir / fixture, tmp_path / name)
    before = (tmp_path / "light.okrw").read_bytes()
    light = read_okrw(tmp_path / "light.okrw")
    assert (tmp_path / "light.okrw").read_bytes() == before
    assert _state(light) == _state(_lazy(tmp_path / "lazy.okrw")) == _state(_orm(tmp_path / "orm.okrw"))


def test_the_one_mapping_makes_what_sqlalchemy_makes(tmp_path: Path) -> None:
    """The light path checks files against the SQL of :mod:`.tables`; the ORM creates them with
    ``create_all`` from the same mapping: object by object, the same schema."""
    from okrworkshop.storage.schema import Base

    made = write_okrw(Board(), tmp_path / "made.okrw")
    with contextlib.closing(sqlite3.connect(made)) as db:
        by_orm = schema_of(db)
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        for statement in create_statements():
            db.execute(statement)
        by_mapping = schema_of(db)
    assert by_mapping == by_orm
    # The tables (and Alembic's), a key index for each but the workshop's integer one, 4 indexes.
    assert len(by_orm.objects) == (len(ENTITY_TABLES) + 2) + (len(ENTITY_TABLES) + 1) + 4
    assert sorted(Base.metadata.tables) == sorted(t.name for t in (WORKSHOP_TABLE, *ENTITY_TABLES))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("opener", OPENERS, ids=OPENER_IDS)
def test_viewing_leaves_the_file_byte_identical(tmp_path: Path, rich_board: Board, opener) -> None:
    path = write_okrw(_with_check_ins(rich_board), tmp_path / "w.okrw")
    before = _digest(path)
    assert opener(path).all(CheckIn)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.okrw"]


WIPE = "CREATE TRIGGER wipe AFTER UPDATE ON objective BEGIN DELETE FROM key_result; END"


def _spoil(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        for statement in statements:
            db.execute(statement)


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset : offset + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))


def _bad_text(path: Path) -> None:
    _spoil(path, "UPDATE note SET text = CAST(X'C3' AS TEXT) WHERE rowid = 1")


SPOILS = [
    pytest.param(lambda p: _spoil(p, WIPE), "trigger 'wipe'", id="trigger"),
    pytest.param(lambda p: _spoil(p, "CREATE VIEW v AS SELECT * FROM note"), "view 'v'", id="view"),
    pytest.param(
        lambda p: _spoil(p, "ALTER TABLE note ADD COLUMN c2 TEXT"), "table 'note'", id="extra-column"
    ),
    pytest.param(_corrupt, "damaged", id="damaged-pages"),
    pytest.param(lambda p: _spoil(p, "PRAGMA user_version = 99"), "newer okrworkshop", id="newer"),
    pytest.param(lambda p: _spoil(p, "PRAGMA application_id = 7"), "another application", id="other-app"),
    pytest.param(
        lambda p: _spoil(p, "UPDATE key_result SET confidence = 99"), "key_result row 1, confidence", id="row"
    ),
    pytest.param(_bad_text, "note row 1, text", id="not-utf8"),
    pytest.param(
        lambda p: _spoil(p, "UPDATE objective SET team_id = 'nobody'"), "damaged", id="dangling-link"
    ),
]


@pytest.mark.parametrize("opener", OPENERS, ids=OPENER_IDS)
@pytest.mark.parametrize(("spoil", "named"), SPOILS)
def test_every_path_refuses_a_bad_file_untouched(
    tmp_path: Path, rich_board: Board, opener, spoil, named: str
) -> None:
    path = write_okrw(rich_board, tmp_path / "bad.okrw")
    spoil(path)
    before = _digest(path)
    with pytest.raises(InputError) as caught:
        opener(path)
    line = caught.value.line()
    assert named in line and str(path) in line and "\n" not in line
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.okrw"]


@pytest.mark.parametrize(("spoil", "named"), SPOILS)
def test_both_paths_give_the_same_line_for_a_bad_file(
    tmp_path: Path, rich_board: Board, spoil, named: str
) -> None:
    path = write_okrw(rich_board, tmp_path / "bad.okrw")
    spoil(path)
    lines = []
    for opener in OPENERS:
        with pytest.raises(InputError) as caught:
            opener(path)
        lines.append(caught.value.line())
    assert len(set(lines)) == 1, lines


@pytest.mark.parametrize("opener", OPENERS, ids=OPENER_IDS)
def test_every_path_recovers_a_crashed_file(tmp_path: Path, rich_board: Board, opener) -> None:
    path = write_okrw(rich_board, tmp_path / "atelier.okrw")
    crash_mid_transaction(path)
    board = opener(path)
    assert _state(board) == _state(_orm(write_okrw(rich_board, tmp_path / "clean.okrw")))
    assert UNCOMMITTED_TITLE not in {o.title for o in board.objectives()}
    assert not journal_of(path).exists()
    assert len(list(tmp_path.glob("atelier.recovered-*.okrw.bak"))) == 1


def test_the_app_file_is_written_through_the_orm_from_the_first_change(
    tmp_path: Path, rich_board: Board
) -> None:
    path = write_okrw(rich_board, tmp_path / "w.okrw")
    before = _digest(path)
    opened = LazyWorkshopFile.open(path)
    assert not opened.writer_loaded
    objective = opened.board.objectives()[0]
    opened.board.update(objective.id, title="Changé dès l'ouverture")
    assert opened.writer_loaded
    assert read_okrw(path).get(objective.id).title == "Changé dès l'ouverture"  # type: ignore[union-attr]
    assert _digest(path) != before
    copy = opened.save_copy(tmp_path / "copie.okrw")
    opened.board.add(Snapshot("après la copie", '{"format": "okrworkshop/v1", "teams": []}'))
    opened.close()
    assert _state(read_okrw(path)) == _state(opened.board)
    assert len(read_okrw(copy).snapshots()) == len(rich_board.snapshots())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copie.okrw", "w.okrw"]


def test_a_writer_loaded_after_the_first_paint_writes_every_change(tmp_path: Path, rich_board: Board) -> None:
    path = write_okrw(rich_board, tmp_path / "w.okrw")
    with LazyWorkshopFile.open(path) as opened:
        writer = opened.load_writer()
        assert opened.load_writer() is writer
        opened.board.set_workshop(title="Après le premier affichage")
        assert read_okrw(path).workshop.title == "Après le premier affichage"


_NO_ORM = r"""
import sys
from okrworkshop.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic", "jsonschema", "PySide6"))
loaded += sorted(m for m in sys.modules if m.startswith(("okrworkshop.poster.", "okrworkshop.ui", "okrworkshop.canvas")))
# a tenth of a headless verb's start: argparse asks shutil for the width, outputs used tempfile
real = [m for m, module in sys.modules.items() if type(module).__name__ != "_OnFirstUse"]  # not a stand-in
loaded += [m for m in ("shutil", "tempfile") if m in real]
# dataclasses imports inspect (with ast, dis, tokenize) but makes a documented class without it;
# reportlab imports tempfile and pickle for what a poster never does
loaded += [m for m in ("ast", "dis", "tokenize", "pickle") if m in real]
print("\n@@", code, " ".join(loaded) or "-")
"""


@pytest.mark.parametrize(
    ("verb", "allowed"),
    [
        (["check", "{okrw}"], ()),
        (["check", "{json}"], ("okrworkshop.poster.fonts", "okrworkshop.poster.text")),
        (["convert", "--force", "{okrw}", "{out}.json"], ()),
        (["convert", "--force", "{okrw}", "{out}.csv"], ()),
        (
            ["poster", "--force", "{okrw}", "-o", "{out}.pdf"],
            ("okrworkshop.poster.", "ast", "dis", "tokenize"),
        ),
    ],
    ids=["check-okrw", "check-json", "convert-json", "convert-csv", "poster"],
)
def test_the_read_only_verbs_load_no_orm(tmp_path: Path, rich_board: Board, verb: list[str], allowed) -> None:
    from okrworkshop.interchange import write_json

    okrw = write_okrw(rich_board, tmp_path / "w.okrw")
    json_path = tmp_path / "w.json"
    write_json(rich_board, json_path)
    args = [a.format(okrw=okrw, json=json_path, out=tmp_path / "out") for a in verb]
    done = subprocess.run(
        [sys.executable, "-c", _NO_ORM, *args], capture_output=True, text=True, cwd=REPO, check=False
    )
    code, loaded = done.stdout.splitlines()[-1].removeprefix("@@ ").split(maxsplit=1)
    assert code in ("0", "1"), done.stderr
    unexpected = [m for m in loaded.split() if m != "-" and not m.startswith(allowed or ("\0",))]
    assert unexpected == [], done.stdout


def test_the_app_opens_a_file_without_the_orm(tmp_path: Path, rich_board: Board) -> None:
    """The ORM loads on the first change, not before (a subprocess: a clean ``sys.modules``)."""
    path = write_okrw(rich_board, tmp_path / "w.okrw")
    script = (
        "import sys\n"
        "from okrworkshop.storage.lazy_file import LazyWorkshopFile\n"
        "opened = LazyWorkshopFile.open(sys.argv[1])\n"
        "before = 'sqlalchemy' in sys.modules\n"
        "opened.board.set_workshop(title='x')\n"
        "opened.close()\n"
        "print(before, 'sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, cwd=REPO)
    assert done.stdout.split() == ["False", "True"], done.stderr
    assert read_okrw(path).workshop.title == "x"


@pytest.mark.parametrize("opener", [read_okrw, _orm, _lazy], ids=["light", "orm", "lazy"])
def test_a_file_another_program_put_in_wal_mode_is_refused_and_left_alone(
    tmp_path: Path, opener: Callable[[Path], Board]
) -> None:
    """SQLite's write-ahead log mode (header bytes 18 and 19 set to 2) is not a mode okrworkshop
    writes; reading such a file would leave ``-wal`` and ``-shm`` files beside it (the fuzz suite
    found it)."""
    path = tmp_path / "wal.okrw"
    write_okrw(demo_board(), path)
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    assert path.read_bytes()[18:20] == b"\x02\x02"
    before = _digest(path)
    with pytest.raises(InputError, match="write-ahead log"):
        opener(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wal.okrw"]


_DEFERRED = r"""
import sys
from okrworkshop.cli.deferred_modules import defer
defer(("inspect", "copy"))
import dataclasses
import copy
import inspect
print("ast" in sys.modules, type(sys.modules["inspect"]).__name__)
print(inspect.signature(lambda a, b=2: a), copy.deepcopy([[1]]), inspect.isfunction(defer))
print("ast" in sys.modules, sys.modules["inspect"] is __import__("inspect"), inspect.__name__)
"""


def test_a_deferred_module_loads_when_first_used() -> None:
    """Headless verbs defer what dataclasses imports and does not use; whoever uses it gets the real one."""
    done = subprocess.run([sys.executable, "-c", _DEFERRED], capture_output=True, text=True, cwd=REPO)
    assert done.stdout.splitlines() == [
        "False _OnFirstUse",
        "(a, b=2) [[1]] True",
        "True True inspect",
    ], done.stderr


_POSTERS = r"""
import sys
from okrworkshop.cli import main
main(["poster", "--force", "--date", "2026-12-03", sys.argv[1], "-o", sys.argv[2]])
after_pdf = type(sys.modules["PIL.Image"]).__name__, "PIL._imaging" in sys.modules
main(["poster", "--force", "--date", "2026-12-03", "--dpi", "20", sys.argv[1], "-o", sys.argv[3]])
print(*after_pdf, type(sys.modules["PIL.Image"]).__name__)
"""


def test_a_pdf_poster_never_loads_pillow_and_a_png_poster_still_draws(tmp_path: Path) -> None:
    """Headless verbs defer ``PIL.Image`` (reportlab imports it for bitmaps a PDF poster never
    draws): the PDF is made without Pillow's core, and a PNG made after it in the same process is
    the very image the exporter makes in a process that never deferred anything."""
    from okrworkshop.exports.png import export_png
    from okrworkshop.poster import PosterOptions

    board = demo_board()
    path = write_okrw(board, tmp_path / "w.okrw")
    pdf, png = tmp_path / "p.pdf", tmp_path / "p.png"
    done = subprocess.run(
        [sys.executable, "-c", _POSTERS, str(path), str(pdf), str(png)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.stdout.splitlines()[-1].split() == ["_OnFirstUse", "False", "module"], done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    expected = tmp_path / "expected.png"
    export_png(read_okrw(path), expected, PosterOptions(date="2026-12-03"), dpi=20)
    assert png.read_bytes() == expected.read_bytes()


def test_a_copy_never_overwrites_unless_asked_and_a_closed_file_writes_nothing(
    tmp_path: Path, rich_board: Board
) -> None:
    path = write_okrw(rich_board, tmp_path / "w.okrw")
    taken = write_okrw(Board(rich_board.workshop), tmp_path / "pris.okrw")
    taken_bytes = taken.read_bytes()
    opened = LazyWorkshopFile.open(path)
    assert opened.path == path
    with pytest.raises(InputError, match="already exists"):
        opened.save_copy(taken)
    assert taken.read_bytes() == taken_bytes
    assert opened.save_copy(taken, replace=True) == taken
    assert len(read_okrw(taken).objectives()) == len(rich_board.objectives())
    opened.close()
    written = _digest(path)
    opened.board.set_workshop(title="Après la fermeture")  # the board lives on; the file is let go
    assert _digest(path) == written
    assert read_okrw(path).workshop.title == rich_board.workshop.title


def test_an_older_file_opened_light_is_migrated_in_place_then_written_like_any(
    tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "ancien.okrw"
    shutil.copy(data_dir / "workshop-v1.okrw", path)
    with LazyWorkshopFile.open(path) as opened:
        assert opened.path == path and opened.writer_loaded  # migrating needed the writer at once
        assert (tmp_path / "ancien.v1.okrw.bak").exists()
        objective = opened.board.objectives()[0]
        opened.board.update(objective.id, title=objective.title + " !")
        assert read_okrw(path).get(objective.id).title == objective.title + " !"  # type: ignore[union-attr]
        added = opened.board.add(KeyResult(objective.id, "Ajouté après la migration"))  # written once
        assert read_okrw(path).get(added.id) == added
        copy = opened.save_copy(tmp_path / "copie.okrw")
    assert read_okrw(copy).get(objective.id).title == objective.title + " !"  # type: ignore[union-attr]
