"""Profiles, workshop threshold overrides and rules switched off."""

from __future__ import annotations

import pytest

from okrworkshop.model import Workshop
from okrworkshop.rules import DEFAULT_PROFILE, PROFILES, THRESHOLDS, check_board, resolve_settings
from okrworkshop.rules.rulebook import primary_thresholds
from tests.rules.boards import board_with_key_result, findings_at
from tests.rules.test_structure_rules import board


def counts(b: object, **options: object) -> set[str]:
    return {f.rule for f in check_board(b, **options)}  # type: ignore[arg-type]


def test_the_three_profiles_and_their_thresholds() -> None:
    assert set(PROFILES) == {"workshop", "classic", "focus"}
    assert DEFAULT_PROFILE == "workshop"
    for profile in PROFILES.values():
        assert set(profile.thresholds) == set(THRESHOLDS)
        assert profile.title["fr"] and profile.title["en"]
    assert (
        PROFILES["workshop"].thresholds["max_objectives"],
        PROFILES["workshop"].thresholds["max_key_results"],
    ) == (3, 4)
    assert (
        PROFILES["classic"].thresholds["max_objectives"],
        PROFILES["classic"].thresholds["max_key_results"],
    ) == (5, 5)
    assert (
        PROFILES["focus"].thresholds["max_objectives"],
        PROFILES["focus"].thresholds["max_key_results"],
    ) == (1, 3)


@pytest.mark.parametrize(
    ("objectives", "key_results", "profile", "expected"),
    [
        (2, 3, "workshop", set()),
        (4, 3, "workshop", {"too-many-objectives", "too-many-team-key-results"}),
        (4, 3, "classic", set()),
        (2, 5, "workshop", {"too-many-key-results"}),
        (2, 5, "classic", set()),
        (2, 3, "focus", {"too-many-objectives", "too-many-team-key-results"}),
        (1, 3, "focus", set()),
        (1, 2, "focus", {"too-few-key-results"}),
        (1, 4, "focus", {"too-many-key-results", "too-many-team-key-results"}),
        (6, 2, "classic", {"too-many-objectives"}),
    ],
)
def test_each_profile_counts_its_own_way(
    objectives: int, key_results: int, profile: str, expected: set[str]
) -> None:
    b = board(objectives=objectives, key_results=key_results, profile=profile)
    assert counts(b) == expected
    # The same draft checked with profile= gives the same answer.
    assert counts(board(objectives=objectives, key_results=key_results), profile=profile) == expected


def test_workshop_thresholds_override_the_profile() -> None:
    assert "too-many-objectives" in counts(board(objectives=4))
    assert "too-many-objectives" not in counts(board(objectives=4, thresholds={"max_objectives": 4}))
    # A rule id stands for the rule's main threshold.
    assert "too-many-objectives" in counts(board(objectives=2, thresholds={"too-many-objectives": 1}))


def test_rules_switched_off_stay_off() -> None:
    b = board(objectives=4, disabled_rules=("too-many-objectives", "too-many-team-key-results"))
    assert counts(b) == set()
    # Checked as "focus" (1 objective, 3 key results), only the rule still on speaks.
    assert counts(b, profile="focus") == {"too-few-key-results"}


def test_an_explicit_profile_ignores_the_workshop_overrides() -> None:
    b = board(objectives=4, thresholds={"max_objectives": 4})
    assert "too-many-objectives" not in counts(b)
    assert "too-many-objectives" in counts(b, profile="workshop")


def test_unknown_profiles() -> None:
    assert resolve_settings(Workshop(profile="mystery"), primary_thresholds()).profile.name == "workshop"
    with pytest.raises(ValueError, match="unknown profile"):
        check_board(board(), profile="mystery")


def test_bad_override_values_are_ignored() -> None:
    settings = resolve_settings(
        Workshop(thresholds={"max_objectives": -1, "nonsense": 3, "min_key_results": 3}), primary_thresholds()
    )
    assert settings.thresholds["max_objectives"] == 3
    assert settings.thresholds["min_key_results"] == 3
    assert "nonsense" not in settings.thresholds


@pytest.mark.parametrize(
    ("profile", "severity"), [("workshop", "warning"), ("classic", "info"), ("focus", "info")]
)
def test_a_target_without_a_starting_point_is_a_warning_in_the_teaching_profile(
    profile: str, severity: str
) -> None:
    board, kr = board_with_key_result("Atteindre un NPS de 45")
    board.set_workshop(profile=profile)
    found = {f.rule: f.severity for f in findings_at(board, kr)}
    assert found["kr-no-baseline"] == severity
    # The same card with its starting point says nothing of the kind, in any profile.
    board, kr = board_with_key_result("Passer le NPS de 32 à 45")
    board.set_workshop(profile=profile)
    assert "kr-no-baseline" not in {f.rule for f in findings_at(board, kr)}
