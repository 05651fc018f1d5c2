"""Checker speed: a full check of 50 teams / 250 objectives / 1,000 key results, and a re-check
after one card edit.

Run: ``/tmp/venv/bin/python benchmarks/bench_checker.py``. Prints medians (ms). Every title is
distinct (varied French and English templates with varying figures), so the full check analyses
1,250 different texts; each full check starts from a fresh checker (no cache from earlier runs).
As a baseline in the same run it times a plain pass over the same cards (``card_paths`` plus
splitting every title into words), so a slow machine shows up as such.
Targets (issue 3): full check <= 50 ms, after one edit <= 5 ms.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop, card_paths
from okrworkshop.rules import Checker, check_board

OBJECTIVES = [
    "Devenir la référence {n} des familles de {city}",
    "Offrir une expérience d'achat simple à nos clients de {city}",
    "Lancer la nouvelle offre {n} à {city}",
    "Make {city} customers love our service {n}",
    "Augmenter le chiffre d'affaires de {pct} % à {city}",
    "Build the most reliable delivery network in {city} {n}",
    "Fidéliser les clients professionnels de {city} ({n})",
    "Improve product quality and expand into {city}",
]
KEY_RESULTS = [
    "Passer le NPS de {a} à {b} à {city}",
    "Réduire le délai de livraison de {a} h à {c} h ({city})",
    "Mettre en place le CRM pour l'équipe {n}",
    "Increase conversion from {a}% to {b}% in {city}",
    "Organiser {a} ateliers clients à {city}",
    "Améliorer la satisfaction des clients de {city} {n}",
    "Reach {a},{c}00 weekly active users in {city}",
    "Signer {a} nouveaux contrats de {b} k€ à {city}",
    "Cut churn from {b}% to {c}% and raise NPS to {a} ({city})",
    "Obtenir la certification ISO 9001 pour le site {n}",
]
CITIES = ["Lyon", "Nantes", "Lille", "Bordeaux", "Austin", "Leeds", "Porto", "Gand", "Brest", "Metz"]


def big_board(seed: int = 7) -> Board:
    """50 teams (10 top-level, 40 below them), 5 objectives each, 4 key results per objective."""
    rng = random.Random(seed)
    board = Board(Workshop(title="Benchmark", language="fr", period="2027-T1"))
    tops: list[Team] = []
    serial = 0
    for t in range(50):
        parent = tops[t % 10].id if t >= 10 else None
        team = board.add(Team(f"Équipe {t}", parent_id=parent, order=float(t)))
        if t < 10:
            tops.append(team)
        parent_objectives = board.objectives(parent) if parent else []
        for o in range(5):
            serial += 1
            values = {"n": serial, "city": rng.choice(CITIES), "pct": rng.randint(5, 40)}
            aligned = parent_objectives[o % len(parent_objectives)].id if parent_objectives else None
            objective = board.add(
                Objective(
                    team.id,
                    rng.choice(OBJECTIVES).format(**values),
                    owner=f"Owner {serial}",
                    order=float(o),
                    aligned_to=aligned,
                )
            )
            for k in range(4):
                serial += 1
                a, b = rng.randint(2, 60), rng.randint(61, 95)
                values = {"a": a, "b": b, "c": rng.randint(1, 9), "n": serial, "city": rng.choice(CITIES)}
                board.add(
                    KeyResult(
                        objective.id,
                        rng.choice(KEY_RESULTS).format(**values),
                        owner=f"Owner {serial}",
                        order=float(k),
                        confidence=rng.randint(3, 9),
                    )
                )
    return board


def median_ms(timed: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        timed()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def baseline_pass(board: Board) -> int:
    paths = card_paths(board)
    return sum(len(c.title.split()) for c in (*board.objectives(), *board.key_results())) + len(paths)


def main() -> int:
    board = big_board()
    counts = (len(board.teams()), len(board.objectives()), len(board.key_results()))
    titles = {c.title for c in (*board.objectives(), *board.key_results())}
    check_board(board)  # warm imports and the catalogue

    full = median_ms(lambda: check_board(board), 21)
    base = median_ms(lambda: baseline_pass(board), 21)

    checker = Checker(board)
    checker.refresh()
    krs = board.key_results()
    objectives = board.objectives()
    rng = random.Random(3)
    counter = iter(range(10**6))

    def edit_key_result() -> None:
        kr = rng.choice(krs)
        board.update(kr.id, title=f"Passer le taux de réachat de {next(counter)} % à 60 %")
        checker.refresh([kr.id])

    def edit_objective() -> None:
        objective = rng.choice(objectives)
        board.update(objective.id, title=f"Faire de {next(counter)} clients des ambassadeurs")
        checker.refresh([objective.id])

    def add_and_remove_key_result() -> None:
        objective = rng.choice(objectives)
        kr = board.add(KeyResult(objective.id, f"Atteindre {next(counter)} abonnés", order=9.0))
        checker.refresh([kr.id])
        board.remove(kr.id)
        checker.refresh([kr.id])

    def move_lane() -> None:
        team = rng.choice(board.teams())
        board.update(team.id, x=float(next(counter)))
        checker.refresh([team.id])

    edit_kr = median_ms(edit_key_result, 301)
    edit_obj = median_ms(edit_objective, 301)
    add_remove = median_ms(add_and_remove_key_result, 151)
    lane = median_ms(move_lane, 301)

    # The incremental result must equal a full check of the edited board.
    assert checker.findings() == check_board(board), "incremental findings differ from a full check"

    print(
        f"board: {counts[0]} teams, {counts[1]} objectives, {counts[2]} key results, {len(titles)} distinct titles"
    )
    print(f"{'measure (median ms)':<44}{'checker':>9}{'target':>8}")
    print(f"{'full check (check_board)':<44}{full:>9.2f}{'50':>8}")
    print(f"{'refresh after one key-result edit':<44}{edit_kr:>9.3f}{'5':>8}")
    print(f"{'refresh after one objective edit':<44}{edit_obj:>9.3f}{'5':>8}")
    print(f"{'add + remove a key result (2 refreshes)':<44}{add_remove:>9.3f}{'10':>8}")
    print(f"{'refresh after a lane move (no rule input)':<44}{lane:>9.3f}{'5':>8}")
    print(f"{'baseline: paths + split every title':<44}{base:>9.2f}{'':>8}")
    print(f"full check / baseline: {full / base:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
