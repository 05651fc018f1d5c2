"""Kill -9 harness: a crash never loses a committed edit and never leaves a file the app refuses.

A child process edits a workshop through the same canvas ``Document`` the app uses (Qt offscreen,
real undo commands, the real ``.okrw`` writer) and logs each edit once it is committed. The parent
kills it with SIGKILL,

- at random moments while it edits, and
- at every write-side system call of the edits (``pwrite64``, ``fdatasync``/``fsync``,
  ``ftruncate``, ``unlink``, one run per call, injected with ``strace -e inject``), which covers
  every step of SQLite's commit (journal written, synced, database pages written, journal deleted),

then reopens the file as the app does (``WorkshopFile.open``), runs ``PRAGMA integrity_check`` and
compares the board with the edits replayed on plain values: it must equal the state after the last
logged edit, or after the one in flight (committed but killed before it was logged).

Run: ``.venv/bin/python benchmarks/crash_harness.py [--random N] [--edits N] [--no-syscalls]``.
Prints runs / unopenable / lost (the target is 0 / 0), and how many runs were killed inside a
commit (a hot journal left, which reopening must recover).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

WRITE_CALLS = ("pwrite64", "fdatasync", "fsync", "ftruncate", "unlink")
OBJECTIVES = 3

State = tuple[frozenset[tuple[str, float, float]], tuple[str, ...], tuple[str, ...]]


def base_board() -> Any:
    from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop

    board = Board(Workshop(title="Crash harness"))
    team = board.add(Team("Équipe", id="team-0"))
    for o in range(OBJECTIVES):
        objective = board.add(Objective(team.id, f"Objectif {o}", id=f"objective-{o}", order=o, x=o * 300.0))
        for k in range(2):
            board.add(KeyResult(objective.id, f"KR {o}.{k}", id=f"kr-{o}-{k}", order=k))
    return board


# ----------------------------------------------------------------------------- the edits
def edit_kind(i: int) -> int:
    return i % 5


def expected_state(edits: int) -> State:
    """The board after edits 0..edits-1, replayed on plain values (the independent oracle)."""
    notes: dict[str, tuple[float, float]] = {}
    titles = [f"Objectif {o}" for o in range(OBJECTIVES)]
    krs = ["KR 0.0", "KR 0.1"]
    for i in range(edits):
        kind = edit_kind(i)
        if kind == 0:
            notes[f"note-{i}"] = (float(i), 0.0)
        elif kind == 1:
            titles[(i // 5) % OBJECTIVES] = f"title-{i}"
        elif kind == 2:
            notes[f"note-{i - 2}"] = (i * 10.0, 7.0)
        elif kind == 3:
            krs.insert(0, f"kr-{i}")
        else:
            del notes[f"note-{i - 4}"]
    return (frozenset((t, x, y) for t, (x, y) in notes.items()), tuple(titles), tuple(krs))


def board_state(board: Any) -> State:
    from okrworkshop.model import KeyResult, Note, Objective

    notes = frozenset((n.text, n.x, n.y) for n in board.all(Note))
    titles = tuple(board.get(f"objective-{o}").title for o in range(OBJECTIVES))
    krs = [k for k in board.all(KeyResult) if k.objective_id == "objective-0"]
    assert all(isinstance(o, Objective) for o in board.all(Objective))
    return notes, titles, tuple(k.title for k in sorted(krs, key=lambda k: k.order))


def apply_edit(document: Any, i: int) -> None:
    from okrworkshop.canvas.commands import AddCard, DeleteCards, EditCardText, MoveCards
    from okrworkshop.model import KeyResult, Note

    board = document.board
    kind = edit_kind(i)
    if kind == 0:
        command = AddCard(board, Note(f"note-{i}", id=f"note-{i}", x=float(i)))
    elif kind == 1:
        command = EditCardText(board, f"objective-{(i // 5) % OBJECTIVES}", f"title-{i}")
    elif kind == 2:
        command = MoveCards(board, {f"note-{i - 2}": (i * 10.0, 7.0)})
    elif kind == 3:
        command = AddCard(board, KeyResult("objective-0", f"kr-{i}", id=f"kr-{i}"), index=0)
    else:
        command = DeleteCards(board, [f"note-{i - 4}"])
    if not document.push(command):
        raise SystemExit(f"edit {i} was refused")


def child(path: Path, log: Path, edits: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from okrworkshop.canvas.document import Document

    _app = QApplication([])
    document = Document.open(path)
    with log.open("a", encoding="utf-8") as handle:
        handle.write("ready\n")
        handle.flush()
        for i in range(edits):
            apply_edit(document, i)
            handle.write(f"{i}\n")  # after the commit: a logged edit is on disk
            handle.flush()
    document.close()
    return 0


# ----------------------------------------------------------------------------- the parent
def logged_edits(log: Path) -> int:
    lines = log.read_text(encoding="utf-8").split("\n")
    done = [line for line in lines[:-1] if line.isdigit()]  # a line without its newline was cut
    return len(done)


def verdict(path: Path, log: Path) -> str:
    """``ok``, ``unopenable`` or ``lost`` for one killed run (``recovered``: ok, from a hot journal)."""
    from okrworkshop.errors import InputError
    from okrworkshop.storage import WorkshopFile

    journal = path.with_name(path.name + "-journal")
    hot = _hot(journal)
    try:
        opened = WorkshopFile.open(path)
    except InputError as exc:
        print(f"  unopenable: {exc.line()}", file=sys.stderr)
        return "unopenable"
    try:
        state = board_state(opened.board)
    finally:
        opened.close()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        if db.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            print("  unopenable: integrity_check failed", file=sys.stderr)
            return "unopenable"
    done = logged_edits(log)
    if _hot(journal):
        print("  a hot journal is left after reopening", file=sys.stderr)
        return "unopenable"
    if state in (expected_state(done), expected_state(done + 1)):
        if hot:
            return "recovered"
        # Killed while the journal was being written, before its header: SQLite ignores such a
        # journal (the file was not touched yet) and the next edit replaces it.
        return "ok, stale journal" if journal.exists() else "ok"
    print(f"  lost: {done} edits logged, the file holds something else", file=sys.stderr)
    return "lost"


def _hot(journal: Path) -> bool:
    """A rollback journal SQLite would replay: it starts with the journal magic."""
    try:
        with journal.open("rb") as handle:
            return handle.read(8) == bytes.fromhex("d9d505f920a163d7")
    except FileNotFoundError:
        return False


def child_command(path: Path, log: Path, edits: int) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--child", str(path), str(log), str(edits)]


def fresh_copy(base: Path, folder: Path, run: int) -> tuple[Path, Path]:
    path = folder / f"run-{run}.okrw"
    shutil.copyfile(base, path)
    return path, folder / f"run-{run}.log"


def cleanup(path: Path, log: Path) -> None:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    for leftover in path.parent.glob(f"{path.stem}.recovered-*"):
        leftover.unlink()
    log.unlink(missing_ok=True)


def random_kills(base: Path, folder: Path, runs: int, edits: int, rng: random.Random) -> Counter[str]:
    results: Counter[str] = Counter()
    # How long the edits take once the child is ready, to spread the kills over them.
    path, log = fresh_copy(base, folder, -1)
    process = subprocess.Popen(child_command(path, log, edits))
    while not log.exists() or "ready" not in log.read_text(encoding="utf-8"):
        time.sleep(0.005)
    start = time.perf_counter()
    process.wait()
    span = time.perf_counter() - start
    cleanup(path, log)
    print(f"random kills: {edits} edits take {span * 1000:.0f} ms in the child")
    for run in range(runs):
        path, log = fresh_copy(base, folder, run)
        process = subprocess.Popen(child_command(path, log, edits))
        while process.poll() is None and (not log.exists() or "ready" not in log.read_text(encoding="utf-8")):
            time.sleep(0.002)
        time.sleep(rng.uniform(0, span))
        if process.poll() is not None:
            results["finished before the kill"] += 1  # still checked, but not a crash
        process.send_signal(signal.SIGKILL)
        process.wait()
        results[verdict(path, log)] += 1
        cleanup(path, log)
    return results


def syscall_counts(base: Path, folder: Path, edits: int) -> dict[str, tuple[int, int]]:
    """Per write call: how many happen before the child is ready, and in all."""
    counts: dict[str, tuple[int, int]] = {}
    for n_edits in (0, edits):
        path, log = fresh_copy(base, folder, -2)
        trace = folder / "trace.txt"
        subprocess.run(
            [
                "strace",
                "-f",
                "-qq",
                "-c",
                "-o",
                str(trace),
                "-e",
                f"trace={','.join(WRITE_CALLS)}",
                *child_command(path, log, n_edits),
            ],
            check=True,
        )
        for line in trace.read_text().splitlines():
            parts = line.split()
            if parts and parts[-1] in WRITE_CALLS:
                calls = int(parts[3])
                before, _ = counts.get(parts[-1], (0, 0))
                counts[parts[-1]] = (calls, 0) if n_edits == 0 else (before, calls)
        cleanup(path, log)
    return counts


def syscall_kills(base: Path, folder: Path, edits: int) -> Counter[str]:
    results: Counter[str] = Counter()
    counts = syscall_counts(base, folder, edits)
    run = 0
    for name, (before, total) in sorted(counts.items()):
        print(f"write calls: {name} x {total - before} during {edits} edits")
        for n in range(before + 1, total + 1):
            path, log = fresh_copy(base, folder, run)
            run += 1
            subprocess.run(
                [
                    "strace",
                    "-f",
                    "-qq",
                    "-o",
                    os.devnull,
                    "-e",
                    f"trace={name}",
                    "-e",
                    f"inject={name}:signal=KILL:when={n}",
                    *child_command(path, log, edits),
                ],
                check=False,
            )
            results[verdict(path, log)] += 1
            cleanup(path, log)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=3, metavar=("FILE", "LOG", "EDITS"), help=argparse.SUPPRESS)
    parser.add_argument("--random", type=int, default=200, help="runs killed at random moments (200)")
    parser.add_argument("--edits", type=int, default=200, help="edits per random run (200)")
    parser.add_argument("--syscall-edits", type=int, default=10, help="edits per syscall run (10)")
    parser.add_argument("--no-syscalls", action="store_true", help="skip the kills at each write call")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.child:
        return child(Path(args.child[0]), Path(args.child[1]), int(args.child[2]))

    from okrworkshop.storage import write_okrw

    with tempfile.TemporaryDirectory(prefix="okrw-crash-") as name:
        folder = Path(name)
        base = write_okrw(base_board(), folder / "base.okrw")
        totals: Counter[str] = Counter()
        if not args.no_syscalls and shutil.which("strace"):
            by_call = syscall_kills(base, folder, args.syscall_edits)
            print(f"at each write call: {sum(by_call.values())} runs, {dict(by_call)}")
            totals += by_call
        elif not args.no_syscalls:
            print("strace is not installed: no kills at each write call")
        randomly = random_kills(base, folder, args.random, args.edits, random.Random(args.seed))
        killed = sum(n for outcome, n in randomly.items() if outcome != "finished before the kill")
        print(f"at random moments: {killed} runs, {dict(randomly)}")
        totals += randomly
    finished = totals.pop("finished before the kill", 0)
    runs = sum(totals.values())
    if finished:
        print(f"({finished} random runs had finished their edits before the kill came)")
    print(f"runs / unopenable / lost: {runs} / {totals['unopenable']} / {totals['lost']}")
    print(f"of which killed inside a commit (hot journal, recovered on reopening): {totals['recovered']}")
    print(
        f"and killed while writing the journal (stale journal SQLite ignores): {totals['ok, stale journal']}"
    )
    return 0 if totals["unopenable"] == totals["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
