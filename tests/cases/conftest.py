"""Helpers for the case-study tests: a valid case to break on purpose, and the real CLI."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
README = REPO / "assets" / "cases" / "README.md"


def readme_example() -> str:
    """The complete minimal example of ``assets/cases/README.md`` (its first ``toml`` block)."""
    match = re.search(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert match, "assets/cases/README.md lost its example"
    return match.group(1)


def write_case(folder: Path, case_id: str, text: str) -> Path:
    """Save ``text`` as ``folder/case_id/case.toml`` and return the file."""
    path = folder / case_id / "case.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_extra_case_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OKRWORKSHOP_CASES_DIR", raising=False)


@pytest.fixture
def user_cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A trainer's own cases folder (through ``OKRWORKSHOP_CASES_DIR``)."""
    folder = tmp_path / "my-cases"
    folder.mkdir()
    monkeypatch.setenv("OKRWORKSHOP_CASES_DIR", str(folder))
    return folder


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m okrworkshop ARGS`` in a subprocess, as a user runs it."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "okrworkshop", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
