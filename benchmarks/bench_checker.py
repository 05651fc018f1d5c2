"""Checker speed: a full check of 50 teams / 250 objectives / 1,000 key results, and a re-check
after one card edit.

Run: ``/tmp/venv/bin/python benchmarks/bench_checker.py``. Prints medians (ms). Every title is
distinct (varied French and English templates, cities, segments and figures), so a full check
analyses 1,250 different texts. The full check is timed three ways: cold (the process-wide cache of
analysed titles emptied before each run, as when a workshop is first opened), from nothing (every
cache emptied, word-level memos included, as in the first check of a fresh process) and warm
(titles analysed before, as when the canvas, the poster or a profile change re-check the same
board).
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
from okrworkshop.rules.engine import TEXTS, clear_caches

OBJECTIVES = [
    "Devenir la référence des {segment} de {city}",
    "Offrir une expérience d'achat simple aux {segment} de {city}",
    "Lancer la nouvelle offre pour les {segment} à {city}",
    "Make {city} {segment} love our service",
    "Augmenter le chiffre d'affaires auprès des {segment} de {city}",
    "Build the most reliable delivery network for {segment} in {city}",
    "Fidéliser les {segment} de {city}",
    "Improve product quality and expand into {city} with {segment}",
]
KEY_RESULTS = [
    "Passer le NPS des {segment} de {a} à {b} à {city}",
    "Réduire le délai de livraison de {a} h à {c} h pour les {segment} ({city})",
    "Mettre en place le CRM pour les {segment} de {city}",
    "Increase conversion of {segment} from {a}% to {b}% in {city}",
    "Organiser {a} ateliers avec les {segment} de {city}",
    "Améliorer la satisfaction des {segment} de {city}",
    "Reach {a},{c}00 weekly active {segment} in {city}",
    "Signer {a} nouveaux contrats de {b} k€ avec des {segment} à {city}",
    "Cut churn of {segment} from {b}% to {c}% and raise NPS to {a} ({city})",
    "Obtenir la certification ISO 9001 pour le site de {city}",
]
CITIES = ["Lyon", "Nantes", "Lille", "Bordeaux", "Austin", "Leeds", "Porto", "Gand", "Brest", "Metz"]
SEGMENTS = ["familles", "PME", "étudiants", "seniors", "restaurateurs", "touristes", "artisans", "écoles"]


def big_board(seed: int = 7) -> Board:
    """50 teams (10 top-level, 40 below them), 5 objectives each, 4 key results per objective.

    Every title is distinct: varied French and English templates, cities, segments and figures.
    """
    rng = random.Random(seed)
    board = Board(Workshop(title="Benchmark", language="fr", period="2027-T1"))
    tops: list[Team] = []
    used: set[str] = set()

    def fresh(templates: list[str], **extra: object) -> str:
        while True:
            values = {"city": rng.choice(CITIES), "segment": rng.choice(SEGMENTS), **extra}
            values.update(a=rng.randint(2, 60), b=rng.randint(61, 95), c=rng.randint(1, 9))
            title = rng.choice(templates).format(**values)
            if title not in used:
                used.add(title)
                return title

    serial = 0
    for t in range(50):
        parent = tops[t % 10].id if t >= 10 else None
        team = board.add(Team(f"Équipe {t}", parent_id=parent, order=float(t)))
        if t < 10:
            tops.append(team)
        parent_objectives = board.objectives(parent) if parent else []
        for o in range(5):
            serial += 1
            aligned = parent_objectives[o % len(parent_objectives)].id if parent_objectives else None
            objective = board.add(
                Objective(
                    team.id, fresh(OBJECTIVES), owner=f"Owner {serial}", order=float(o), aligned_to=aligned
                )
            )
            for k in range(4):
                serial += 1
                board.add(
                    KeyResult(
                        objective.id,
                        fresh(KEY_RESULTS),
                        owner=f"Owner {serial}",
                        order=float(k),
                        confidence=rng.randint(3, 9),
                    )
                )
    return board


def median_ms(timed: Callable[[], object], runs: int, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of ``timed`` in ms (``setup`` runs before each, untimed)."""
    samples = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        timed()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def cards_of(board: Board) -> list[Objective | KeyResult]:
    return [*board.objectives(), *board.key_results()]


def baseline_pass(board: Board) -> int:
    paths = card_paths(board)
    return sum(len(c.title.split()) for c in cards_of(board)) + len(paths)


def main() -> int:
    board = big_board()
    counts = (len(board.teams()), len(board.objectives()), len(board.key_results()))
    titles = {c.title for c in cards_of(board)}
    check_board(board)  # warm imports and the catalogue

    # Cold: every title analysed afresh, as when a workshop is first opened in the process.
    cold = median_ms(lambda: check_board(board), 21, setup=TEXTS.clear)
    nothing = median_ms(lambda: check_board(board), 21, setup=clear_caches)
    check_board(board)
    warm = median_ms(lambda: check_board(board), 21)
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
    print(f"{'full check, titles never seen (cold)':<44}{cold:>9.2f}{'50':>8}")
    print(f"{'full check, every cache emptied':<44}{nothing:>9.2f}{'50':>8}")
    print(f"{'full check, titles analysed before':<44}{warm:>9.2f}{'50':>8}")
    print(f"{'refresh after one key-result edit':<44}{edit_kr:>9.3f}{'5':>8}")
    print(f"{'refresh after one objective edit':<44}{edit_obj:>9.3f}{'5':>8}")
    print(f"{'add + remove a key result (2 refreshes)':<44}{add_remove:>9.3f}{'10':>8}")
    print(f"{'refresh after a lane move (no rule input)':<44}{lane:>9.3f}{'5':>8}")
    print(f"{'baseline: paths + split every title':<44}{base:>9.2f}{'':>8}")
    print(f"cold full check / baseline: {cold / base:.1f}x; warm: {warm / base:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
