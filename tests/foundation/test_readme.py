"""The README's two commands are the ones CI runs and the scripts they name exist."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("```bash\n", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.strip().splitlines()]


def test_readme_starts_with_two_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("okrworkshop")
    assert commands[1].endswith("./scripts/test")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci.splitlines()


def test_the_scripts_exist_and_are_executable() -> None:
    for name in ("setup", "test", "build"):
        script = REPO / "scripts" / name
        assert script.is_file()
        assert os.access(script, os.X_OK)
