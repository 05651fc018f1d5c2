"""Every finding of the checker over the labeled card sets and the benchmark board, written out
so that a speed-up can be shown to change none of them.

    python benchmarks/findings_fingerprint.py OUT.txt [--compare REFERENCE.txt]

It checks every OKR set of every ``tests/data/eval/**/*.jsonl`` file (each as one board, as
``okrworkshop.rules.evaluation`` builds it) and the 1,000-key-result board of ``bench_checker.py``
(with a French and with an English workshop, and once more with check-ins, committed objectives
and baselines and targets on some cards, for the follow-up and field rules), under every profile
and with messages in the
workshop's language, in French and in English. Each finding is one line: where it is (set, path,
card title), rule, severity, message, hint, source, the coach's rewrite and the key result it
would add. With ``--compare`` it exits 1 unless the output is byte-identical to the reference.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from bench_checker import big_board  # noqa: E402

from okrworkshop.model import Board, CheckIn  # noqa: E402
from okrworkshop.rules import PROFILES, check_board  # noqa: E402
from okrworkshop.rules.evaluation import _board, load_sets  # noqa: E402

EVAL = HERE.parent / "tests" / "data" / "eval"
MESSAGE_LANGS = (None, "fr", "en")


def boards() -> Iterator[tuple[str, Board]]:
    """(name, board) for every labeled set, then the benchmark board in both languages."""
    for path in sorted(EVAL.rglob("*.jsonl")):
        for entry in load_sets(path):
            yield f"{path.relative_to(EVAL)}:{entry['id']}", _board(entry)[0]
    for lang in ("fr", "en"):
        board = big_board()
        board.set_workshop(language=lang)
        yield f"bench:{lang}", board
    yield "bench:followed", followed_board()


def followed_board() -> Board:
    """The benchmark board a few weeks into the quarter: every third key result checked in
    (values and confidences going up, down or nowhere), every other objective committed, some
    key results with a direction, a baseline and a target."""
    rng = random.Random(11)
    board = big_board()
    for o, objective in enumerate(board.objectives()):
        if o % 2:
            board.update(objective.id, kind="committed")
    for k, kr in enumerate(board.key_results()):
        if k % 5 == 0:
            board.update(kr.id, baseline=float(rng.randint(0, 50)), target=float(rng.randint(0, 100)))
        if k % 7 == 0:
            board.update(kr.id, direction=rng.choice(["increase", "decrease", "maintain"]))
        if k % 3 == 0:
            value, confidence = float(rng.randint(0, 50)), rng.randint(1, 10)
            for week in range(rng.randint(1, 5)):
                value += rng.choice([-5.0, 0.0, 0.0, 5.0, 10.0])
                confidence = max(1, min(10, confidence + rng.choice([-2, -1, 0, 1])))
                day = date(2027, 1, 4) + timedelta(days=7 * week + k % 20)
                board.add(CheckIn(kr.id, day.isoformat(), value=value, confidence=confidence))
    return board


def lines() -> Iterator[str]:
    for name, board in boards():
        # Ids are random: a finding is named by its card's title or its team's name.
        titles = {c.id: c.title for c in [*board.objectives(), *board.key_results()]}
        titles.update((t.id, f"team {t.name}") for t in board.teams())
        for profile in PROFILES:
            for lang in MESSAGE_LANGS:
                for f in check_board(board, profile=profile, lang=lang):
                    fields = (
                        name,
                        profile,
                        lang or "-",
                        f.path,
                        titles[f.entity_id] if f.entity_id is not None else "-",
                        f.rule,
                        f.severity,
                        f.message,
                        f.hint,
                        f.source,
                        repr(f.rewrite),
                        repr(f.rewrite_key_result),
                    )
                    yield " | ".join(fields)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="reference fingerprint to compare with")
    args = parser.parse_args()
    text = "".join(f"{line}\n" for line in lines())
    args.out.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} findings written to {args.out}")
    if args.compare is not None:
        if args.compare.read_bytes() != args.out.read_bytes():
            print(f"DIFFERENT from {args.compare}", file=sys.stderr)
            return 1
        print(f"identical to {args.compare}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
