"""The rule catalogue: complete, bilingual, consistent with the registered rules and the docs."""

from __future__ import annotations

import re
import string
import subprocess
import sys

import pytest

from okrworkshop.rules import catalogue
from okrworkshop.rules.docs import render_markdown
from okrworkshop.rules.engine import registered
from okrworkshop.rules.rulebook import FAMILIES, LANGUAGES, TARGETS
from tests.conftest import REPO
from tests.rules.boards import board_with_key_result, board_with_objective, rules_at

REQUIRED = {
    "too-many-objectives",
    "too-many-key-results",
    "too-few-key-results",
    "missing-owner",
    "duplicate-card",
    "objective-has-metric",
    "objective-is-task",
    "kr-not-measurable",
    "kr-is-task",
    "kr-no-baseline",
}


def test_at_least_22_rules_with_the_required_ids() -> None:
    ids = [r.id for r in catalogue()]
    assert len(ids) >= 22
    assert len(set(ids)) == len(ids)
    assert set(ids) >= REQUIRED
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", i) for i in ids)


def test_every_duplicate_rule_says_so() -> None:
    duplicates = [r.id for r in catalogue() if "duplicat" in r.title["en"].lower()]
    assert duplicates and all("duplicate" in i for i in duplicates)


def test_every_catalogue_entry_has_exactly_one_function() -> None:
    functions = {r.info.id for r in registered()}
    assert functions == {r.id for r in catalogue()}
    for rule in registered():
        assert rule.function.__doc__, rule.info.id


def test_entries_are_complete_in_both_languages() -> None:
    for entry in catalogue():
        assert entry.family in FAMILIES and entry.target in TARGETS
        assert entry.severity in ("error", "warning", "info")
        assert entry.source.strip()
        for lang in LANGUAGES:
            for text in (entry.title[lang], entry.message[lang], entry.hint[lang]):
                assert text.strip(), (entry.id, lang)
        # Both languages fill in the same parameters.
        names = {lang: _placeholders(entry.message[lang] + entry.hint[lang]) for lang in LANGUAGES}
        assert names["fr"] == names["en"], entry.id


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_family_is_represented() -> None:
    assert {r.family for r in catalogue()} == set(FAMILIES)


TEXT_RULES = [r for r in catalogue() if r.family in ("objective", "key_result")]


@pytest.mark.parametrize("entry", TEXT_RULES, ids=lambda e: e.id)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_examples_do_what_the_docs_say(entry, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The flagged example triggers the rule; the passing example does not."""
    build = board_with_objective if entry.target == "objective" else board_with_key_result
    board, card = build(entry.example[lang]["bad"], lang)
    assert entry.id in rules_at(board, card), entry.example[lang]["bad"]
    board, card = build(entry.example[lang]["good"], lang)
    assert rules_at(board, card) == set(), entry.example[lang]["good"]


def test_docs_are_generated_from_the_catalogue() -> None:
    committed = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == render_markdown(), "run: python -m okrworkshop.rules.docs > docs/rules.md"
    for entry in catalogue():
        assert f"`{entry.id}`" in committed


def test_the_checker_never_imports_qt() -> None:
    code = (
        "import sys; import okrworkshop.rules; from okrworkshop.demo import demo_board; "
        "okrworkshop.rules.check_board(demo_board()); "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
