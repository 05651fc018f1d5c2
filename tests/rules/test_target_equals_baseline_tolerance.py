"""kr-target-equals-baseline compares figures within a billionth: relative to the larger of the
two figures, and absolute (1e-9) for figures under 1 — so 4.5 typed as 4.500000001 is still
"no change", while any change a person could mean is one.

Each case sits at the tolerance or just past it; the expected verdict follows from that
definition (``|target − baseline| ≤ 1e-9 × max(1, |baseline|, |target|)``), chosen so the
arithmetic is exact in binary floating point.
"""

from __future__ import annotations

import pytest

from tests.rules.boards import board_with_key_result, rules_at

RULE = "kr-target-equals-baseline"


@pytest.mark.parametrize(
    ("baseline", "target", "equal"),
    [
        (0.0, 1e-9, True),  # exactly the absolute tolerance: still equal
        (0.0, 1e-10, True),  # well under it
        (0.0, 1.5e-9, False),  # past it: small figures are compared absolutely, not to 2e-9
        (1e9, 1e9 - 1, True),  # a billionth of the baseline, the larger figure
        (1e9 - 1, 1e9, True),  # a billionth of the target, the larger figure
        (1e6, 1e6 + 1e-4, True),  # a tenth of a billionth, relatively
        (1e6, 1e6 + 1e-2, False),  # ten billionths
        (45.0, 30.0, False),
    ],
)
def test_target_equals_baseline_within_a_billionth(baseline: float, target: float, equal: bool) -> None:
    board, kr = board_with_key_result(
        "Passer le panier moyen au niveau visé", baseline=baseline, target=target
    )
    assert (RULE in rules_at(board, kr)) is equal
