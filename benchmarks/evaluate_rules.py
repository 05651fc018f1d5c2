"""Precision and recall of the checker on the labeled evaluation sets (tests/data/eval/*.jsonl).

    python benchmarks/evaluate_rules.py [FILE.jsonl ...] [--details]

Prints, per file: the share of bad cards flagged (a warning or an error at the card's own path),
the share of good cards flagged, then precision and recall per rule (any severity, against the
rules and notes each card is labeled with). ``--details`` lists every card the checker got wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from okrworkshop.rules.evaluation import Score, evaluate, load_sets

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval"


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "  - "


def report(name: str, score: Score, details: bool) -> None:
    bad, good = score.bad, score.good
    print(
        f"== {name}: {len(score.cards)} cards ({sum(c.lang == 'fr' for c in score.cards)} French), "
        f"{len(bad)} bad, {len(good)} good"
    )
    print(
        f"   bad cards flagged:  {sum(c.flagged for c in bad):>3}/{len(bad):<3} = {score.recall:.2f}   (target >= 0.90)"
    )
    print(
        f"   good cards flagged: {sum(c.flagged for c in good):>3}/{len(good):<3} = {score.false_positive_rate:.2f}   (target <= 0.10)"
    )
    print(f"   precision of a flag: {score.precision:.2f}")
    for lang in ("fr", "en"):
        for kind in ("objective", "key_result"):
            sub = Score([c for c in score.cards if c.lang == lang and c.kind == kind])
            sbad, sgood = sub.bad, sub.good
            print(
                f"   {lang} {kind:<10}: bad flagged {sum(c.flagged for c in sbad):>3}/{len(sbad):<3} = {sub.recall:.2f}"
                f"   good flagged {sum(c.flagged for c in sgood):>3}/{len(sgood):<3} = {sub.false_positive_rate:.2f}"
            )
    flagged_bad = [c for c in bad if c.flagged]
    print(
        f"   diagnosis (a warning names the real flaw): {sum(c.diagnosed for c in flagged_bad)}/{len(flagged_bad)}"
        f" = {score.diagnosis:.2f} of flagged bad cards"
    )
    print("   " + ", ".join(f"{r} {n}/{t}" for r, (n, t) in score.diagnosis_by_rule().items()))
    coached = coach_reuse(score)
    if coached is not None:
        print(coached)
    print(f"   {'rule':<34} {'TP':>3} {'FP':>3} {'FN':>3}  precision  recall")
    totals = [0, 0, 0]
    for rule_id, (tp, fp, fn) in score.per_rule().items():
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        print(f"   {rule_id:<34} {tp:>3} {fp:>3} {fn:>3}  {_ratio(tp, tp + fp):>9}  {_ratio(tp, tp + fn):>6}")
    tp, fp, fn = totals
    print(f"   {'all rules':<34} {tp:>3} {fp:>3} {fn:>3}  {_ratio(tp, tp + fp):>9}  {_ratio(tp, tp + fn):>6}")
    if details:
        for card in score.cards:
            wrong_flag = card.flagged != (card.label == "bad")
            wrong_rules = card.fired != card.expected
            if wrong_flag or wrong_rules:
                mark = "FLAG" if wrong_flag else "rule"
                print(f"   [{mark}] {card.set_id} {card.kind:<10} {card.label:<4} {card.title!r}")
                print(f"          expected {sorted(card.expected)} fired {sorted(card.fired)}")


_COACHED_KINDS = ("kr-is-task", "objective-is-task", "kr-not-measurable", "objective-has-metric")


def coach_reuse(score: Score) -> str | None:
    """How many flagged task / not-measurable / metric-in-objective cards carry a rewrite that
    reuses at least half of their own content words (see :func:`okrworkshop.rules.coach.reuse`)."""
    from okrworkshop.rules.coach import reuse
    from okrworkshop.rules.text import analyze

    total = reusing = nothing = 0
    for card in score.cards:
        fired = [rule for rule in _COACHED_KINDS if rule in card.warned]
        if not fired:
            continue
        total += 1
        texts = [text for rule, text in card.rewrites if rule in fired]
        shares = [reuse(analyze(card.title, card.lang), text) for text in texts]
        if texts and all(share is None for share in shares):
            nothing += 1
        if any(share is not None and share >= 0.5 for share in shares):
            reusing += 1
    if not total:
        return None
    return (
        f"   coach: {reusing}/{total} = {reusing / total:.2f} flagged task/not-measurable/metric cards carry a "
        f"rewrite reusing >= half their content words ({nothing} with no content word to reuse)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "files", nargs="*", type=Path, help="labeled sets (default: every tests/data/eval/*.jsonl)"
    )
    parser.add_argument("--details", action="store_true", help="list the cards the checker got wrong")
    args = parser.parse_args()
    files = args.files or sorted(EVAL_DIR.glob("*.jsonl"))
    for path in files:
        report(path.name, evaluate(load_sets(path)), args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
