"""French typography as the course material is held to: ’ not ', a narrow no-break space (U+202F)
before : ; ? ! and inside « »."""

from __future__ import annotations

import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NNBSP = "\u202f"
#: A high punctuation mark ending a clause (followed by a space, the end, or a closing sign).
_HIGH = re.compile(r"(?P<before>.?)(?P<mark>[:;?!])(?=\s|$|[»)”\"'’]|\u202f)")


def problems(text: str) -> list[str]:
    """What is wrong with one French string (empty: nothing)."""
    found = []
    if "'" in text:
        found.append(f"straight apostrophe ({text.count(chr(39))})")
    for match in _HIGH.finditer(text):
        before, mark = match.group("before"), match.group("mark")
        if before and before != NNBSP and not (mark in "?!" and before in "?!"):
            found.append(f"no narrow no-break space before {mark!r} (after {before!r})")
    for match in re.finditer("«(.)", text):
        if match.group(1) != NNBSP:
            found.append("no narrow no-break space after «")
    for match in re.finditer("(.)»", text):
        if match.group(1) != NNBSP:
            found.append("no narrow no-break space before »")
    return found


def french_in(data: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every French string of a catalogue or case: values under a ``fr`` key, walked recursively."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "fr":
                yield from _strings(value, f"{where}.fr")
            else:
                yield from french_in(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from french_in(value, f"{where}[{index}]")


def _strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}[{index}]")


def catalogue_strings(path: Path) -> Iterator[tuple[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    for entry in data:
        yield from french_in(entry, entry["id"])


def case_strings(path: Path) -> Iterator[tuple[str, str]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if data.get("languages") == ["fr"]:
        yield from _strings(data, "")
    else:
        yield from french_in(data)


def ts_strings(path: Path) -> Iterator[tuple[str, str]]:
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            yield source, form


def markdown_strings(path: Path) -> Iterator[tuple[str, str]]:
    """Lines of a French document, outside code blocks and code spans."""
    fenced = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            yield f"line {number}", re.sub(r"`[^`]*`", "", line)
