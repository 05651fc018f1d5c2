"""Every French string the room reads follows French typography (see ``tests/course/typography.py``):
the rule catalogue, the bundled cases, the interface's translations, the checker's profiles and
report words, the glossary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from okrworkshop.rules.docs import _INTRO as INTRO
from okrworkshop.rules.profiles import PROFILES, THRESHOLDS
from tests.conftest import REPO
from tests.course import typography

CASES = sorted((REPO / "assets" / "cases").glob("*/case.toml"))


def _offences(strings: Iterable[tuple[str, str]]) -> list[str]:
    return [
        f"{where}: {', '.join(found)}: {text!r}"
        for where, text in strings
        if (found := typography.problems(text))
    ]


def test_the_checker_of_typography_catches_what_it_should() -> None:
    assert typography.problems("L’objectif\u202f: «\u202fde X à Y\u202f»\u202f?") == []
    assert typography.problems("Rendez-vous à 9:30, http://x.fr et 2027-T1.") == []
    assert len(typography.problems("L'objectif : « de X à Y » ?")) == 5
    assert typography.problems("Pourquoi?") and typography.problems("Ici\u00a0;")


def test_the_rule_catalogue() -> None:
    offences = _offences(typography.catalogue_strings(REPO / "okrworkshop" / "rules" / "catalogue.json"))
    assert not offences, f"{len(offences)} French strings to fix:\n" + "\n".join(offences)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.parent.name)
def test_each_bundled_case(path: Path) -> None:
    offences = _offences(typography.case_strings(path))
    assert not offences, f"{len(offences)} French strings to fix:\n" + "\n".join(offences)


def test_the_interface_translation() -> None:
    offences = _offences(typography.ts_strings(REPO / "okrworkshop" / "i18n" / "okrworkshop_fr.ts"))
    assert not offences, f"{len(offences)} French strings to fix:\n" + "\n".join(offences)


def test_profiles_and_thresholds() -> None:
    strings = [
        (f"profile {p.name}", t) for p in PROFILES.values() for t in (p.title["fr"], p.description["fr"])
    ]
    strings += [(f"threshold {k}", fr) for k, (fr, _) in THRESHOLDS.items()]
    offences = _offences(strings)
    assert not offences, "\n".join(offences)


def test_the_french_paragraphs_of_the_rule_docs() -> None:
    """``docs/rules.md`` alternates French and English paragraphs before the generated tables."""
    paragraphs = INTRO.split("\n\n")[1::2]
    strings = [(f"paragraph {i}", re.sub(r"`[^`]*`", "", p)) for i, p in enumerate(paragraphs)]
    offences = _offences(strings)
    assert not offences, "\n".join(offences)


def test_the_glossary() -> None:
    from tests.course.test_glossary import GLOSSARY, glossary

    strings = [
        (row["fr"], f"{row['fr']} {row['avoid_fr']} {row['meaning'].split(' — ')[0]}") for row in glossary()
    ]
    intro = GLOSSARY.read_text(encoding="utf-8").split("\n\n")[1]
    strings.append(("introduction", re.sub(r"`[^`]*`", "", intro)))
    offences = _offences(strings)
    assert not offences, "\n".join(offences)


def test_the_poster_labels() -> None:
    from okrworkshop.poster.labels import LABELS

    offences = _offences((f"poster label {key}", text) for key, text in LABELS["fr"].items())
    assert not offences, "\n".join(offences)


def test_the_demo_workshop() -> None:
    """The bundled demo (a French workshop) is the first board a trainer sees."""
    import json

    def strings(value: object, where: str) -> Iterable[tuple[str, str]]:
        if isinstance(value, str):
            yield where, value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from strings(item, f"{where}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                yield from strings(item, f"{where}[{i}]")

    demo = json.loads((REPO / "assets" / "demo" / "demo-workshop.json").read_text(encoding="utf-8"))
    skip = ("id", "format", "language", "period", "date", "colour", "kind", "direction", "unit")
    texts = [(w, t) for w, t in strings(demo, "demo") if not w.rsplit(".", 1)[-1].startswith(skip)]
    offences = _offences(texts)
    assert not offences, "\n".join(offences)
