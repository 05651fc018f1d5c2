"""docs/case-studies.md says what the bundled cases really hold."""

from __future__ import annotations

import re

import pytest

from okrworkshop.cases import load_case

from .conftest import REPO

DOC = REPO / "docs" / "case-studies.md"
BUNDLED = ("rayon-vert", "mijote", "valbrune", "calora")


def section(case_id: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"^### [^\n]*`{case_id}`.*?(?=^### |^## )", text, re.S | re.M)
    assert match, f"docs/case-studies.md has no section for {case_id}"
    return match.group(0)


@pytest.mark.parametrize("case_id", BUNDLED)
def test_each_bundled_case_is_described_with_its_rounds(case_id: str) -> None:
    case = load_case(case_id)
    text = section(case_id)
    heading = text.splitlines()[0]
    assert case.title("fr").split(",")[0].split(" — ")[0] in heading
    assert f"{case.total_minutes} min" in heading
    rounds_line = re.search(r"Rounds: (.*?)(?:\n\n|$)", text, re.S)
    assert rounds_line, f"{case_id}: no 'Rounds:' line"
    listed = re.split(r"\s·\s", rounds_line.group(1))
    assert len(listed) == len(case.round_specs)
    minutes = [int(m) for m in re.findall(r"\((\d+)(?: min)?\)", rounds_line.group(1))]
    assert minutes == [spec.minutes for spec in case.round_specs]


def test_the_doc_points_to_the_authoring_guide() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "(../assets/cases/README.md)" in text
    assert (REPO / "assets" / "cases" / "README.md").is_file()
