"""Open-and-load and one-edit-committed times of a 1,000-card workshop file.

Run: ``.venv/bin/python benchmarks/bench_storage.py``. Prints medians (ms) and, as a baseline in
the same run, the raw sqlite3 cost of the same statements, so a slow disk shows up as such.
Targets (issue 2): load <= 50 ms, one committed edit <= 2 ms median.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective, Team, Workshop
from okrworkshop.storage import WorkshopFile, write_okrw


def thousand_card_board() -> Board:
    """10 teams x 20 objectives x 3 key results, 150 initiatives, 50 notes = 1,000 cards."""
    board = Board(Workshop(title="Benchmark"))
    krs = []
    for t in range(10):
        team = board.add(Team(f"Équipe {t}", order=t, y=t * 500.0))
        for o in range(20):
            objective = board.add(
                Objective(team.id, f"Objectif {t}.{o} ravir nos clients", order=o, x=o * 300.0)
            )
            for k in range(3):
                krs.append(
                    board.add(
                        KeyResult(
                            objective.id,
                            f"Faire passer le NPS de {k} à {k + 10}",
                            order=k,
                            baseline=k,
                            target=k + 10,
                        )
                    )
                )
    for i, kr in enumerate(krs[:150]):
        board.add(Initiative(kr.id, f"Initiative {i}"))
    for n in range(50):
        board.add(Note(f"Note {n}", x=n * 10.0))
    return board


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = write_okrw(thousand_card_board(), Path(folder) / "bench.okrw")
        WorkshopFile.open(path).close()  # warm imports and the page cache

        loads = []
        for _ in range(30):
            start = time.perf_counter()
            opened = WorkshopFile.open(path)
            loads.append(time.perf_counter() - start)
            cards = len(opened.board)
            opened.close()

        opened = WorkshopFile.open(path)
        krs = opened.board.key_results()
        edits = []
        for i in range(300):
            start = time.perf_counter()
            opened.board.update(krs[i % len(krs)].id, title=f"Faire passer le NPS de {i} à {i + 10}")
            edits.append(time.perf_counter() - start)
        opened.close()

        raw = sqlite3.connect(path, isolation_level=None)
        raw_edits = []
        ids = [r[0] for r in raw.execute("SELECT id FROM key_result")]
        for i in range(300):
            start = time.perf_counter()
            raw.execute("BEGIN")
            raw.execute("UPDATE key_result SET title = ? WHERE id = ?", (f"t{i}", ids[i % len(ids)]))
            raw.execute("COMMIT")
            raw_edits.append(time.perf_counter() - start)
        raw_loads = []
        for _ in range(30):
            start = time.perf_counter()
            db = sqlite3.connect(path)
            for table in ("team", "objective", "key_result", "initiative", "note"):
                db.execute(f"SELECT * FROM {table}").fetchall()
            db.close()
            raw_loads.append(time.perf_counter() - start)
        raw.close()

    print(f"workshop file with {cards} entities (1,000 cards + 10 lanes)")
    print(f"{'measure':<34}{'okrworkshop':>12}{'raw sqlite3':>13}{'target':>9}")
    print(
        f"{'open + full load (median ms)':<34}{median_ms(loads):>12.2f}{median_ms(raw_loads):>13.2f}{'50':>9}"
    )
    print(
        f"{'one edit committed (median ms)':<34}{median_ms(edits):>12.3f}{median_ms(raw_edits):>13.3f}{'2':>9}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
