"""pytest plugin for mutation runs: tests that start okrworkshop in a child process are skipped.

mutmut runs the mutated package from its ``mutants/`` copy; a child process started by a test
imports that copy too, but from the test's own working folder, where mutmut finds no configuration
and stops. In mutation runs only, such a test is skipped the moment it starts the child (skipped
tests kill no mutant, so the score stays honest); the in-process tests of the same code still run,
and CI runs everything.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def _in_mutation_run() -> bool:
    """mutmut names the mutant in ``MUTANT_UNDER_TEST`` (``stats`` while it maps the tests), but
    not in its clean run, where the package tested is still its ``mutants/`` copy."""
    import okrworkshop

    return (
        bool(os.environ.get("MUTANT_UNDER_TEST")) or "mutants" in Path(okrworkshop.__file__).resolve().parts
    )


def _may_import_okrworkshop(words: list[str]) -> bool:
    """Whether a child started with ``words`` can import okrworkshop: any word naming it, or a
    Python run on a script or a module. Python given only code (``-c``) that never names it, like
    the writer the crash tests kill mid-transaction (plain ``sqlite3``), runs as usual."""
    if any("okrworkshop" in w for w in words):
        return True
    return words[:1] == [sys.executable] and words[1:2] != ["-c"]


@pytest.fixture(autouse=True)
def _no_children_in_mutation_runs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not _in_mutation_run():
        yield
        return
    original = subprocess.Popen.__init__

    def refuse(self: Any, args: Any, *rest: Any, **kwargs: Any) -> None:
        words = [str(a) for a in (args if isinstance(args, (list, tuple)) else [args])]
        if _may_import_okrworkshop(words):
            pytest.skip("starts okrworkshop in a child process (not under mutation)")
        original(self, args, *rest, **kwargs)

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)
    yield
