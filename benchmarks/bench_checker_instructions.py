"""Instructions of one cold full check (1,000 key results), counted by valgrind: a figure that a
busy machine does not blur (wall-clock medians of ``bench_checker.py`` vary 2x when other work
runs; instruction counts repeat to within 0.1 %).

    python benchmarks/bench_checker_instructions.py [--runs 3] [--tree PATH ...]

For each source tree (default: this one) it runs the board of ``bench_checker.py`` under
``valgrind --tool=callgrind`` twice — once building the board and checking it once (imports and
catalogue warm), once doing that and then ``--runs`` cold checks (the analysed-title cache emptied
before each) — and prints the difference per check. Give ``--tree`` twice to compare a baseline
checkout with this one in the same run. Needs valgrind (Debian package ``valgrind``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

CHILD = """
import sys
sys.path[:0] = [{bench!r}, {tree!r}]
from bench_checker import big_board
from okrworkshop.rules import check_board
from okrworkshop.rules.engine import TEXTS
board = big_board()
check_board(board)
for _ in range({runs}):
    TEXTS.clear()
    check_board(board)
"""


def instructions(tree: Path, runs: int) -> int:
    """Instructions executed by the child script for ``runs`` cold checks."""
    # The tree's own bench_checker.py puts its own tree first on the path.
    script = CHILD.format(bench=str(tree / "benchmarks"), tree=str(tree), runs=runs)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", script],
            capture_output=True,
            text=True,
            cwd=folder,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed on {tree}: {done.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="cold checks counted (default 3)")
    parser.add_argument("--tree", type=Path, action="append", help="source tree (default: this one)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    for tree in args.tree or [HERE]:
        base = instructions(tree.resolve(), 0)
        total = instructions(tree.resolve(), args.runs)
        per_check = (total - base) / args.runs
        print(f"{tree}: {per_check / 1e6:,.0f} M instructions per cold full check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
