"""Numbers, units and dates written the way French and English readers expect."""

from __future__ import annotations

import pytest

from okrworkshop.cases.text import Text, format_as_of, format_number, system_language, with_unit


@pytest.mark.parametrize(
    ("value", "decimals", "fr", "en"),
    [
        (310000, None, "310\u202f000", "310,000"),
        (4.5, None, "4,5", "4.5"),
        (97.8, None, "97,8", "97.8"),
        (18.5, 2, "18,50", "18.50"),
        (1200000, None, "1\u202f200\u202f000", "1,200,000"),
        (0, None, "0", "0"),
        (-3.25, None, "-3,25", "-3.25"),
        (12, 1, "12,0", "12.0"),
    ],
)
def test_format_number(value: float, decimals: int | None, fr: str, en: str) -> None:
    assert format_number(value, "fr", decimals) == fr
    assert format_number(value, "en", decimals) == en


def test_units_stay_with_their_number() -> None:
    assert with_unit("45", "%", "fr") == "45\u202f%"
    assert with_unit("45", "%", "en") == "45%"
    assert with_unit("3,9", "/5", "fr") == "3,9/5"
    assert with_unit("12", "jours", "fr") == "12\u00a0jours"
    assert with_unit("12", "", "en") == "12"


@pytest.mark.parametrize(
    ("as_of", "fr", "en"),
    [
        ("2026-12-31", "31 déc. 2026", "31 Dec 2026"),
        ("2026-08", "août 2026", "Aug 2026"),
        ("2026-Q4", "T4 2026", "Q4 2026"),
        ("2026", "2026", "2026"),
    ],
)
def test_format_as_of(as_of: str, fr: str, en: str) -> None:
    assert format_as_of(as_of, "fr") == fr
    assert format_as_of(as_of, "en") == en


def test_text_falls_back() -> None:
    text = Text.of(fr="Boutique", en="Shop")
    assert text.get("en") == "Shop"
    assert text.get("de", "fr") == "Boutique"
    assert Text.neutral("Lumeo").get("fr") == "Lumeo"
    assert Text.neutral("Lumeo").languages() == ()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "fr_BE.UTF-8"}, "fr"),
        ({}, "en"),
    ],
)
def test_system_language(env: dict[str, str], expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert system_language() == expected
