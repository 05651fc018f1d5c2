"""One glossary (``docs/glossary.md``): the catalogue, the cases and the interface use its words.

The test reads the glossary's table and looks for each variant to avoid, as a word (a plural
``s``/``x`` allowed), in the French strings (avoid, fr) and the English ones (avoid, en).
Variants with a note in brackets depend on context and are checked elsewhere.
"""

from __future__ import annotations

import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest

from tests.conftest import REPO
from tests.course import typography

GLOSSARY = REPO / "docs" / "glossary.md"
CATALOGUE = REPO / "okrworkshop" / "rules" / "catalogue.json"
TS = REPO / "okrworkshop" / "i18n" / "okrworkshop_fr.ts"
CASES = sorted((REPO / "assets" / "cases").glob("*/case.toml"))


def glossary() -> list[dict[str, str]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 5 and not set(cells[0]) <= {"-"} and cells[0] != "français":
            rows.append(dict(zip(("fr", "en", "avoid_fr", "avoid_en", "meaning"), cells, strict=True)))
    return rows


def avoided(lang: str) -> list[tuple[str, str]]:
    """(variant, the glossary's word) for every variant ``lang`` avoids."""
    found = []
    for row in glossary():
        for variant in row[f"avoid_{lang}"].split(","):
            variant = variant.strip()
            if variant and "(" not in variant:
                found.append((variant, row[lang]))
    return found


def english_in(data: object, where: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "en" and isinstance(value, (str, dict)):
                yield from typography._strings(value, f"{where}.en")
            else:
                yield from english_in(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from english_in(value, f"{where}[{index}]")


def strings(lang: str) -> list[tuple[str, str]]:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    cases = [(path.parent.name, tomllib.loads(path.read_text(encoding="utf-8"))) for path in CASES]
    if lang == "fr":
        found = [(f"catalogue {w}", t) for w, t in typography.catalogue_strings(CATALOGUE)]
        found += [(f"{name} {w}", t) for name, data in cases for w, t in typography.french_in(data)]
        found += [(f"fr.ts {s!r}", t) for s, t in typography.ts_strings(TS)]
        return found
    found = [(f"catalogue {w}", t) for entry in catalogue for w, t in english_in(entry, entry["id"])]
    found += [(f"{name} {w}", t) for name, data in cases for w, t in english_in(data)]
    found += [("fr.ts source", m.findtext("source") or "") for m in ET.parse(TS).getroot().iter("message")]
    return found


def test_the_glossary_has_the_terms_the_course_needs() -> None:
    words = {row["fr"]: row["en"] for row in glossary()}
    for fr, en in {
        "responsable": "owner",
        "affiche": "poster",
        "point de départ": "baseline",
        "résultat clé": "key result",
        "initiative": "initiative",
        "point d’étape": "check-in",
        "engagé": "committed",
    }.items():
        assert words.get(fr) == en, fr
    assert ("porteur", "responsable") in avoided("fr")
    assert ("poster", "affiche") in avoided("fr")
    assert ("valeur de départ", "point de départ") in avoided("fr")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_texts_use_the_glossarys_words(lang: str) -> None:
    offences = []
    texts = strings(lang)
    assert len(texts) > 500
    for variant, word in avoided(lang):
        pattern = re.compile(rf"(?<![\w-]){re.escape(variant)}[sx]?(?![\w-])", re.IGNORECASE)
        offences += [
            f"{where}: {variant!r} (say {word!r}): {text!r}"
            for where, text in texts
            if pattern.search(re.sub(r"\{\w+\}", "", text))
        ]
    assert not offences, f"{len(offences)} texts to fix:\n" + "\n".join(offences)
