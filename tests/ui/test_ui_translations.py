"""The interface catalogues are complete in French and English, and compiled."""

from __future__ import annotations

import filecmp
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from okrworkshop.i18n import CATALOGUES, UI_LANGUAGES
from okrworkshop.ui.i18n import install_language

ROOT = Path(__file__).resolve().parents[2]


def _i18n_script() -> Any:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_script"] = module
    spec.loader.exec_module(module)
    return module


def test_every_interface_text_is_translated_in_both_languages() -> None:
    script = _i18n_script()
    messages, _dynamic = script.extract()
    assert len(messages) > 300
    for language in UI_LANGUAGES:
        missing = [f"[{m.context}] {m.source!r} ({m.where})" for m in script.missing(language, messages)]
        assert missing == [], f"{language}: {len(missing)} untranslated, e.g. {missing[:5]}"


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    script = _i18n_script()
    for compiled in script.release(tmp_path):
        shipped = CATALOGUES / compiled.name
        assert shipped.exists(), f"{shipped.name} is missing: run scripts/i18n.py release"
        assert filecmp.cmp(compiled, shipped, shallow=False), (
            f"{shipped.name} is stale: run scripts/i18n.py release"
        )


@pytest.mark.parametrize(
    ("language", "context", "source", "expected"),
    [
        ("fr", "actions", "&Workshop", "&Atelier"),
        ("en", "actions", "&Workshop", "&Workshop"),
    ],
)
def test_installed_language_translates(
    qapp: Any, language: str, context: str, source: str, expected: str
) -> None:
    try:
        install_language(language)
        assert QCoreApplication.translate(context, source) == expected
    finally:
        install_language("en")
