"""What every fuzzed run must hold, and how many examples a run draws.

Profiles (``HYPOTHESIS_PROFILE``):

- ``ci`` (default): a few hundred examples over the whole suite, derandomised (the same examples
  each run, so CI is stable), no example database; the suite takes well under a minute.
- ``long``: 40 times as many, random, with Hypothesis's example database in ``.hypothesis/``
  (a failure found once is replayed first next time). For local runs before touching a reader:
  ``HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/fuzz -p no:cacheprovider``.

Every run goes through the command users run (``okrworkshop.cli.main``, in-process for speed;
a few through a real ``python -m okrworkshop`` subprocess) and must:

- exit 0, 1 (``check`` only: error-level findings) or 2 (unusable input);
- print at most one line on stderr that is not a warning, exactly one when it exits 2, naming the
  input file, with no traceback and no Python or SQLite words;
- leave the input byte-identical and its folder holding nothing but the input and, on success,
  the one output asked for (no temporary, journal, WAL or backup file);
- for ``convert``, write a file that okrworkshop reads back, holding the same board for JSON and
  workshop files.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings

from okrworkshop.cli import main
from okrworkshop.files import read_board
from okrworkshop.interchange import board_to_dict

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
_SCALES = {"ci": 1, "long": 40}
if PROFILE not in _SCALES:
    raise RuntimeError(f"HYPOTHESIS_PROFILE must be one of {', '.join(_SCALES)}, not {PROFILE!r}")
SCALE = _SCALES[PROFILE]
REPO = Path(__file__).resolve().parents[2]

#: Words of Python, SQLite or a library that a user must never read.
FOREIGN_WORDS = (
    "Traceback",
    "Error:",
    "NoneType",
    "object has no attribute",
    "malformed",
    "RecursionError",
    "OverflowError",
    "ValueError",
    "KeyError",
    "TypeError",
    "codec",
    "surrogates not allowed",
    "sqlite3",
    "sqlalchemy",
    "(Background on this error",
    "4294967295",
)


def fuzz(examples: int) -> settings:
    """Hypothesis settings for a fuzz test drawing ``examples`` examples in the ``ci`` profile."""
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        derandomize=PROFILE == "ci",
        database=None if PROFILE == "ci" else settings.default.database,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
        # CI reports the example as found: shrinking inputs of 100,000 characters takes minutes.
        phases=[Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if PROFILE != "ci" else []),
    )


@contextlib.contextmanager
def workspace() -> Iterator[Path]:
    """A fresh folder for one example (``tmp_path`` is shared by all of a test's examples)."""
    with tempfile.TemporaryDirectory(prefix="okrw-fuzz-") as name:
        yield Path(name)


def verbs(source: Path, pick: Callable[[list[list[str]]], list[str]]) -> tuple[list[str], Path | None]:
    """One command line over ``source`` (chosen by ``pick``) and the output it would write."""
    folder = source.parent
    choices: list[list[str]] = [
        ["convert", str(source), str(folder / "out.json")],
        ["convert", str(source), str(folder / "out.csv")],
        ["convert", str(source), str(folder / "out.okrw")],
        ["poster", str(source), "-o", str(folder / "out.pdf")],
    ]
    if source.suffix != ".csv":
        choices[:0] = [["check", str(source)], ["check", str(source), "--format", "json", "--lang", "en"]]
    args = pick(choices)
    output = None if args[0] == "check" else Path(args[-1] if args[0] == "convert" else args[3])
    return args, output


def run_in_process(args: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, err.getvalue()


def run_subprocess(args: list[str]) -> tuple[int, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-m", "okrworkshop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stderr


def assert_clean(
    source: Path,
    before: bytes,
    args: list[str],
    output: Path | None,
    code: int,
    err: str,
) -> None:
    """The promises every run keeps (see the module's docstring)."""
    allowed = {0, 1, 2} if args[0] == "check" else {0, 2}
    assert code in allowed, (args, code, err)
    for word in FOREIGN_WORDS:
        assert word not in err, (args, err)
    lines = err.splitlines()
    assert all(line.startswith("okrworkshop") for line in lines), (args, err)
    problems = [line for line in lines if ": warning: " not in line]
    assert len(problems) <= 1, (args, err)
    if code == 2:
        assert len(problems) == 1, (args, err)
        assert problems == lines[-1:], (args, err)
    assert source.read_bytes() == before, args
    left = sorted(p.name for p in source.parent.iterdir())
    expected = {source.name} | ({output.name} if output is not None and code != 2 else set())
    assert left == sorted(expected), (args, code, err, left)
    if output is not None and code == 0 and args[0] == "convert":
        # What okrworkshop writes, it reads back; JSON and workshop files lose nothing.
        reread, reread_err = run_in_process(["convert", str(output), str(source.parent / "reread.json")])
        assert reread == 0, (args, reread_err)
        (source.parent / "reread.json").unlink()
        if output.suffix in (".json", ".okrw"):
            assert _without_ids(board_to_dict(read_board(output))) == _without_ids(
                board_to_dict(read_board(source))
            ), args


def _without_ids(data: object) -> object:
    """A draft less its ids (a draft without ids gets new ones at each reading)."""
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id" and not k.endswith("_id")}
    if isinstance(data, list):
        return [_without_ids(v) for v in data]
    return data
