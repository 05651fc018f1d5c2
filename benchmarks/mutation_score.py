"""Mutation score of the core code: how many planted bugs the test suite catches.

    .venv/bin/pip install -e ".[mutation]"
    .venv/bin/python benchmarks/mutation_score.py                    # every module of the scope
    .venv/bin/python benchmarks/mutation_score.py poster.tiles rules.structure   # some of them
    .venv/bin/python benchmarks/mutation_score.py --max-children 1 model   # one worker (shared cores)

mutmut (``[tool.mutmut]`` in pyproject.toml names the scope: model, storage, interchange,
rules/structure.py, rules/engine.py, poster/tiles.py, exports) writes each mutant into a copy of
the package under ``mutants/`` and runs the tests that cover the mutated function. This script runs
it module by module and prints, per module and in all: killed, survived, no tests, timeouts, and the
score ``killed / (killed + survived + no tests + timeouts)``; then the survivors, for reading with
``mutmut show NAME``. A full run takes hours on two cores: name modules to measure a part.

Not part of CI's time budget. Tests that start okrworkshop in a child process are skipped in
mutation runs (``benchmarks/mutation_plugin.py`` says why), so the score slightly understates what
the whole suite catches.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCOPE = [
    "model",
    "storage",
    "interchange",
    "rules.structure",
    "rules.engine",
    "poster.tiles",
    "exports",
]
COUNTED = ("killed", "survived", "no tests", "timeout")


def mutmut(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mutmut", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def statuses() -> dict[str, str]:
    """Mutant name -> status, from mutmut's own record of the last runs."""
    done = mutmut("results", "--all", "true")
    found: dict[str, str] = {}
    for line in done.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            found[name] = status
    return found


def score(counts: Counter[str]) -> float:
    total = sum(counts[k] for k in COUNTED)
    return counts["killed"] / total if total else 0.0


def main(arguments: list[str]) -> int:
    children = "2"
    if arguments[:1] == ["--max-children"] and len(arguments) > 1:
        children, arguments = arguments[1], arguments[2:]
    for module in arguments or SCOPE:
        pattern = f"okrworkshop.{module}*"
        print(f"== {pattern}", flush=True)
        done = mutmut("run", "--max-children", children, pattern)
        if done.returncode not in (0, 1):
            print(done.stdout[-2000:], done.stderr[-2000:], sep="\n")
            return 2
    by_module: dict[str, Counter[str]] = {}
    survivors: list[str] = []
    for name, status in statuses().items():
        module = name.split(".x", 1)[0].split(".x_", 1)[0]
        module = ".".join(part for part in module.split(".") if not part.startswith("x"))
        by_module.setdefault(module, Counter())[status] += 1
        if status in ("survived", "no tests"):
            survivors.append(f"{name} ({status})")
    overall: Counter[str] = Counter()
    print(f"{'module':42} {'killed':>7} {'survived':>9} {'no tests':>9} {'timeout':>8} {'score':>6}")
    for module, counts in sorted(by_module.items()):
        overall.update(counts)
        print(
            f"{module:42} {counts['killed']:7} {counts['survived']:9} {counts['no tests']:9} "
            f"{counts['timeout']:8} {score(counts):6.1%}"
        )
    print(
        f"{'all':42} {overall['killed']:7} {overall['survived']:9} {overall['no tests']:9} "
        f"{overall['timeout']:8} {score(overall):6.1%}"
    )
    (ROOT / "mutants" / "score.json").write_text(
        json.dumps(
            {"overall": dict(overall), "modules": {m: dict(c) for m, c in by_module.items()}}, indent=2
        )
    )
    print("\nsurvivors:")
    for line in survivors:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
