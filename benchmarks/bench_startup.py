"""Start-up as the user meets it: whole processes, okrworkshop against bare baselines, interleaved.

Run: ``python benchmarks/bench_startup.py [--rounds N] [--open] [--source DIR]``.

Each round runs every command once, one after the other (okrworkshop, then its baseline), so a
busy machine slows both alike; the table gives the median wall time (and the range) and the peak
RSS of each process, and the ratio of the medians. Measured:

- ``okrworkshop --screenshot`` of the demo workshop against ``bare_window.py``: a bare PySide6
  window showing the same cards (read with plain ``json``), painted into a PNG;
- ``check``, ``convert`` and ``poster`` of a 1-card ``.okrw`` (and ``check`` of a 1-card ``.json``)
  against ``python -c "import sqlite3"`` and ``python -c pass``;
- with ``--open``: ``--screenshot --zoom fit`` of boards of 100 / 1,000 / 5,000 cards against the
  bare window with the same cards, fitted;
- the app's own launch on the demo (``first_paint.py``: the interactive start-up, timed from the
  process's start to the board's first paint, to the first check's badges, and to the ORM writer
  loaded after the paint) against the bare window's first paint, timed the same way.

Python's bytecode is cached as for an installed app (``PYTHONPYCACHEPREFIX`` in the work folder,
``PYTHONDONTWRITEBYTECODE`` dropped; every command runs once before the measured rounds): with
that variable set, each run would compile okrworkshop's own sources again while its dependencies
and the standard library load from their caches, which no user's installation does.

``--source DIR`` runs okrworkshop from another checkout (``PYTHONPATH=DIR``), e.g. the main branch
before a change, with the same files and baselines: the "before" of a before/after table.
Targets (issue 13): screenshot within 2x the bare window, RSS within 1.5x; headless verbs within 3x
``import sqlite3``; opening 5,000 cards within 1.5x bare Qt.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (100, 1000, 5000)


def run_once(
    argv: list[str], env: dict[str, str], cwd: Path, marks: dict[str, list[float]] | None = None
) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of one whole process, run in
    ``cwd``; it must succeed.

    With ``marks``, the process gets ``BENCH_T0`` (this clock, just before it starts) and the
    ``name=seconds`` pairs of the last line it prints are added to ``marks``.
    """
    start = time.perf_counter()
    env = dict(env, BENCH_T0=repr(start)) if marks is not None else env
    out = subprocess.PIPE if marks is not None else subprocess.DEVNULL
    process = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):  # check exits 1 when a finding is an error
        raise SystemExit(f"{' '.join(argv)} failed ({process.returncode}): {error}")
    if marks is not None and process.stdout is not None:
        lines = process.stdout.read().decode().split()
        for pair in lines:
            if "=" in pair:
                name, value = pair.split("=", 1)
                marks.setdefault(name, []).append(float(value))
    return elapsed, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime


def make_files(work: Path, boards: bool) -> None:
    """The files measured (run in a child process: the benchmark itself stays small, so that the
    peak RSS of each process it forks is that process's own)."""
    sys.path.insert(0, str(HERE))
    from bench_canvas import make_board

    from okrworkshop.interchange import write_json
    from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop
    from okrworkshop.paths import asset
    from okrworkshop.storage import write_okrw

    one = Board(Workshop(title="One card", language="fr"))
    team = one.add(Team("Direction"))
    objective = one.add(Objective(team.id, "Devenir la boulangerie préférée du quartier", x=20, y=60))
    one.add(KeyResult(objective.id, "Faire passer le NPS de 32 à 45", baseline=32, target=45, unit="NPS"))
    write_okrw(one, work / "one.okrw")
    write_json(one, work / "one.json")
    shutil.copy(asset("demo", "demo-workshop.json"), work / "demo.json")
    for cards in SIZES if boards else ():
        board = make_board(cards // 100)
        write_okrw(board, work / f"board-{cards}.okrw")
        write_json(board, work / f"board-{cards}.json")


def fmt(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--open", action="store_true", help="also open boards of 100 / 1,000 / 5,000 cards")
    parser.add_argument("--source", help="run okrworkshop from this checkout (PYTHONPATH)")
    parser.add_argument("--make-files", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make_files:
        make_files(Path(args.make_files), args.open)
        return 0

    work = Path(tempfile.mkdtemp(prefix="okrw-bench-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env.update(OKRWORKSHOP_DATA_DIR=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"))
    ours_env = dict(env)
    if args.source:
        ours_env["PYTHONPATH"] = str(Path(args.source).resolve())
    py = sys.executable
    app = [py, "-m", "okrworkshop"]
    bare = [py, str(HERE / "bare_window.py")]

    make = [py, __file__, "--make-files", str(work)] + (["--open"] if args.open else [])
    subprocess.run(make, check=True, cwd=HERE.parent)
    one, one_json, demo_json = work / "one.okrw", work / "one.json", work / "demo.json"
    # name -> (command, env, the baseline it is compared with)
    cases: dict[str, tuple[list[str], dict[str, str], str | None]] = {
        "--screenshot of the demo": (
            [*app, "--screenshot", str(work / "a.png")],
            ours_env,
            "bare window, same cards",
        ),
        "bare window, same cards": ([*bare, str(demo_json), str(work / "b.png")], env, None),
        "check 1-card .okrw": ([*app, "check", str(one)], ours_env, 'python -c "import sqlite3"'),
        "check 1-card .json": ([*app, "check", str(one_json)], ours_env, 'python -c "import sqlite3"'),
        "convert 1-card .okrw to .json": (
            [*app, "convert", "--force", str(one), str(work / "c.json")],
            ours_env,
            'python -c "import sqlite3"',
        ),
        "poster 1-card .okrw": (
            [*app, "poster", "--force", str(one), "-o", str(work / "p.pdf")],
            ours_env,
            'python -c "import sqlite3"',
        ),
        'python -c "import sqlite3"': ([py, "-c", "import sqlite3"], env, None),
        "python -c pass": ([py, "-c", "pass"], env, None),
    }
    if args.open:
        for cards in SIZES:
            okrw, data = work / f"board-{cards}.okrw", work / f"board-{cards}.json"
            cases[f"open {cards} cards (--zoom fit)"] = (
                [*app, "--screenshot", str(work / "o.png"), "--zoom", "fit", str(okrw)],
                ours_env,
                f"bare Qt, {cards} cards",
            )
            cases[f"bare Qt, {cards} cards"] = (
                [*bare, str(data), str(work / "q.png"), "1600x1000", "fit"],
                env,
                None,
            )

    # The interactive launch, against the bare window's first paint (both print their marks).
    launches: dict[str, tuple[list[str], dict[str, str]]] = {
        "app launch on the demo": ([py, str(HERE / "first_paint.py"), str(work / "f.png")], ours_env),
        "bare window": ([*bare, str(demo_json), str(work / "g.png")], env),
    }

    # Outside any checkout: python puts the current folder first on sys.path.
    run_once(cases["--screenshot of the demo"][0], ours_env, work)  # creates the user's demo file once
    for argv, case_env, _baseline in cases.values():  # fills the bytecode caches
        run_once(argv, case_env, work)
    times: dict[str, list[float]] = {name: [] for name in cases}
    rss: dict[str, list[float]] = {name: [] for name in cases}
    cpus: dict[str, list[float]] = {name: [] for name in cases}
    marks: dict[str, dict[str, list[float]]] = {name: {} for name in launches}
    for _ in range(args.rounds):
        for name, (argv, case_env, _baseline) in cases.items():
            elapsed, peak, cpu = run_once(argv, case_env, work)
            times[name].append(elapsed)
            rss[name].append(peak)
            cpus[name].append(cpu)
        for name, (argv, case_env) in launches.items():
            run_once(argv, case_env, work, marks[name])

    source = args.source or "this checkout"
    print(f"okrworkshop from {source}; {args.rounds} interleaved rounds; {os.cpu_count()} cores\n")
    # CPU time (user + system) is the steadier figure on a shared machine: a neighbour's load
    # stretches wall time, much less the work a process does itself.
    print("| measure | okrworkshop | RSS | baseline | RSS | ratio (time) | ratio (CPU) | ratio (RSS) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, (_argv, _env, baseline) in cases.items():
        if baseline is None:
            continue
        ours_t, base_t = statistics.median(times[name]), statistics.median(times[baseline])
        ours_c, base_c = statistics.median(cpus[name]), statistics.median(cpus[baseline])
        ours_m, base_m = statistics.median(rss[name]), statistics.median(rss[baseline])
        print(
            f"| {name} | {fmt(times[name])} | {ours_m:.0f} MB | {baseline}: {fmt(times[baseline])} | "
            f"{base_m:.0f} MB | {ours_t / base_t:.2f}× | {ours_c / base_c:.2f}× | {ours_m / base_m:.2f}× |"
        )
    ours, bare_marks = marks["app launch on the demo"], marks["bare window"]
    if ours.get("paint") and bare_marks.get("paint"):
        base = statistics.median(bare_marks["paint"])
        print(f"\nFirst paint, from the process's start (bare window: {fmt(bare_marks['paint'])}):\n")
        print("| app launch on the demo | median (range) | ratio to the bare first paint |")
        print("|---|---|---|")
        for key, label in (
            ("paint", "board painted"),
            ("badges", "badges shown"),
            ("writer", "ORM writer loaded"),
        ):
            if ours.get(key):
                value = statistics.median(ours[key])
                print(f"| {label} | {fmt(ours[key])} | {value / base:.1f}× |")
        orm, rules = ours.get("orm_at_paint", []), ours.get("rules_at_paint", [])
        print(
            f"\nAt the first paint: SQLAlchemy loaded in {sum(orm):.0f}/{len(orm)} runs, "
            f"the rules in {sum(rules):.0f}/{len(rules)}."
        )
    p = statistics.median(times["python -c pass"])
    print(
        f"\n`python -c pass`: {fmt(times['python -c pass'])}; check of the 1-card .okrw is "
        f"{statistics.median(times['check 1-card .okrw']) / p:.1f}× that."
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
