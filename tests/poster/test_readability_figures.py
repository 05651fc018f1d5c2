"""The readability figures of the four bundled cases (scripts/measure_readability.py), held to the floors.

The script reads type sizes back from the PDFs with poppler (``pdftotext -bbox``) inside the card
boxes the layout reports, and counts alignment links crossing any word poppler finds: an oracle
independent of the layout's own arithmetic.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).parents[2] / "scripts" / "measure_readability.py"
A3_OF_A0 = 297.0 / 841.0


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--json"], capture_output=True, text=True, check=True, env=env
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


CASES = ("rayon-vert", "mijote", "valbrune", "calora")


@pytest.mark.parametrize("case", CASES)
def test_key_results_print_at_the_floor_on_a0_and_a3(figures: dict[str, Any], case: str) -> None:
    a0, a3 = figures[case]["A0"], figures[case]["A3"]
    assert a0["kr_title_pt_min"] >= 24.0
    assert a0["kr_title_cap_mm_min"] >= 24.0 * 0.729 * 25.4 / 72 - 0.01  # 6.2 mm capitals
    assert a0["details_pt_min"] >= 18.0
    assert a3["kr_title_pt_min"] >= 24.0 * A3_OF_A0 - 0.05
    assert a3["details_pt_min"] >= 18.0 * A3_OF_A0 - 0.05


@pytest.mark.parametrize("case", CASES)
def test_cards_fill_the_sheet_and_no_link_crosses_text(figures: dict[str, Any], case: str) -> None:
    for paper in ("A0", "A3"):
        sheet = figures[case][paper]
        assert sheet["coverage_min"] >= 0.2  # was 4–14 % as arranged
        assert sheet["link_word_crossings"] == 0


def test_only_calora_needs_more_than_one_a0_sheet(figures: dict[str, Any]) -> None:
    assert [figures[c]["A0"]["sheets"] for c in CASES] == [1, 1, 1, 2]


@pytest.mark.parametrize("case", CASES)
def test_links_on_screen_cross_no_card_text(figures: dict[str, Any], case: str) -> None:
    screen = figures[case]["screen"]
    assert screen["link_text_crossings"] == 0
    assert screen["links"] == {"rayon-vert": 0, "mijote": 0, "valbrune": 5, "calora": 9}[case]
