"""French typography of the follow-up's texts: ’ apostrophes, a narrow no-break space (U+202F)
before : ; ? ! and inside « », in the fifth case, the next quarter's brief and the retrospective."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
NNBSP = "\u202f"
#: Interface contexts and sources written for the follow-up (the rest of the catalogue is item 5's).
CONTEXTS = {"RetrospectiveDialog", "CheckInDialog"}
SOURCES = {
    "Cannot prepare the next quarter",
    "Re&trospective of the quarter…",
    "Score from progress",
    "%n check-in(s) arrived with this round.",
}


def problems(text: str) -> list[str]:
    found = []
    if "'" in text:
        found.append("straight apostrophe")
    for match in re.finditer(r"(.)([:;?!»])(?=(.?))", text):
        before, mark, after = match.groups()
        if mark == ":" and before.isdigit() and after.isdigit():
            continue  # a time, 9:30
        if before != NNBSP:
            found.append(f"no narrow no-break space before {mark!r}")
    for match in re.finditer(r"«(.)", text):
        if match.group(1) != NNBSP:
            found.append("no narrow no-break space after «")
    return found


def french_in(data: Any, where: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "fr" and isinstance(value, str):
                yield f"{where}.fr", value
            else:
                yield from french_in(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from french_in(value, f"{where}[{index}]")


def french_texts() -> Iterator[tuple[str, str]]:
    case = tomllib.loads((ROOT / "assets/cases/lumen/case.toml").read_text(encoding="utf-8"))
    yield from french_in(case, "lumen")
    from okrworkshop.cases.brief import HEADINGS, START_LINE
    from okrworkshop.workflow.next_quarter import _TEXTS

    yield "brief.start", START_LINE.get("fr")
    yield "brief.heading", HEADINGS["start"].get("fr")
    for key, text in _TEXTS["fr"].items():
        yield f"next_quarter.{key}", text
    tree = ET.parse(ROOT / "okrworkshop/i18n/okrworkshop_fr.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if name in CONTEXTS or source in SOURCES:
                translation = message.find("translation")
                assert translation is not None
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                for form in forms:
                    yield f"{name}: {source}", form


def test_the_checker_of_this_test_sees_what_it_is_for() -> None:
    assert set(problems("Notez : l'équipe « X »")) == {
        "straight apostrophe",
        "no narrow no-break space before ':'",
        "no narrow no-break space after «",
        "no narrow no-break space before '»'",
    }
    assert problems(f"Notez{NNBSP}: l’équipe «{NNBSP}X{NNBSP}», 9:30") == []


@pytest.mark.parametrize(("where", "text"), list(french_texts()))
def test_follow_up_french_is_typeset(where: str, text: str) -> None:
    assert not problems(text), f"{where}: {problems(text)} in {text!r}"
