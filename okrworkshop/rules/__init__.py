"""The OKR good-practice checker: rules in French and English, profiles, findings.

Pure Python (never imports Qt). :func:`check_board` checks a whole board; :class:`Checker` keeps
findings up to date edit by edit for the canvas; :func:`catalogue` lists the rules with their
texts; :data:`PROFILES` holds the thresholds of the ``workshop``, ``classic`` and ``focus``
profiles.
"""

from okrworkshop.rules.checker import WORKSHOP_KEY, Checker, check_board
from okrworkshop.rules.finding import (
    ERROR,
    INFO,
    SEVERITIES,
    WARNING,
    WORKSHOP_PATH,
    Finding,
    findings_to_json,
    summarize,
)
from okrworkshop.rules.profiles import (
    DEFAULT_PROFILE,
    PROFILES,
    THRESHOLDS,
    Profile,
    Settings,
    resolve_settings,
)
from okrworkshop.rules.rulebook import RuleInfo, catalogue

__all__ = [
    "DEFAULT_PROFILE",
    "ERROR",
    "INFO",
    "PROFILES",
    "SEVERITIES",
    "THRESHOLDS",
    "WARNING",
    "WORKSHOP_KEY",
    "WORKSHOP_PATH",
    "Checker",
    "Finding",
    "Profile",
    "RuleInfo",
    "Settings",
    "catalogue",
    "check_board",
    "findings_to_json",
    "resolve_settings",
    "summarize",
]
