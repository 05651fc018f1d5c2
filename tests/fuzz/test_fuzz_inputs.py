"""Fuzzing the verbs users run with hostile JSON drafts, damaged workshop files and random CSV.

See ``fuzzing.py`` for what every run must hold and for the profiles (``HYPOTHESIS_PROFILE=long``
for a longer local run), and ``documents.py`` for how the inputs are drawn.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from documents import KEYWORDS, csv_files, damaged_workshop, drafts, from_schema, tables_and_columns
from fuzzing import assert_clean, fuzz, run_in_process, run_subprocess, verbs, workspace

from okrworkshop.demo import demo_board
from okrworkshop.files import read_board
from okrworkshop.interchange.schema import SCHEMA
from okrworkshop.model import Board
from okrworkshop.storage import write_okrw


@pytest.fixture(scope="module")
def workshop_files(
    tmp_path_factory: pytest.TempPathFactory,
) -> list[tuple[bytes, list[tuple[str, list[str]]]]]:
    """Bytes of a few real workshop files (and their tables), to damage."""
    example = read_board(Path(__file__).parents[1] / "data" / "design-v1-example.json")
    folder = tmp_path_factory.mktemp("bases")
    bases = []
    for name, board in (("example", example), ("demo", demo_board()), ("empty", Board())):
        path = write_okrw(board, folder / f"{name}.okrw")
        bases.append((path.read_bytes(), tables_and_columns(path)))
    return bases


def _run(data: bytes, suffix: str, pick: st.DataObject, subprocess: bool = False) -> None:
    with workspace() as folder:
        source = folder / f"input{suffix}"
        source.write_bytes(data)
        _run_on(source, pick, subprocess)


def _run_on(source: Path, pick: st.DataObject, subprocess: bool = False) -> None:
    before = source.read_bytes()
    # The verb comes from the input's bytes: spread evenly over the verbs (Hypothesis favours the
    # first of a list), and the same for the same input.
    args, output = verbs(source, lambda choices: choices[zlib.crc32(before) % len(choices)])
    code, err = (run_subprocess if subprocess else run_in_process)(args)
    event(f"{args[0]} exit {code}")  # --hypothesis-show-statistics: how far the inputs get
    assert_clean(source, before, args, output, code, err)


@fuzz(160)
@given(data=drafts(), pick=st.data())
def test_json_drafts(data: bytes, pick: st.DataObject) -> None:
    _run(data, ".json", pick)


@fuzz(120)
@given(pick=st.data())
def test_damaged_workshop_files(
    workshop_files: list[tuple[bytes, list[tuple[str, list[str]]]]], pick: st.DataObject
) -> None:
    base, tables = workshop_files[pick.draw(st.integers(0, len(workshop_files) - 1), label="base")]
    with workspace() as folder:
        source = pick.draw(damaged_workshop(base, tables, folder), label="damage")
        _run_on(source, pick)


@fuzz(120)
@given(data=csv_files(), pick=st.data())
def test_random_csv(data: bytes, pick: st.DataObject) -> None:
    _run(data, ".csv", pick)


@fuzz(2)
@given(data=drafts(), pick=st.data())
def test_json_drafts_through_the_real_command(data: bytes, pick: st.DataObject) -> None:
    _run(data, ".json", pick, subprocess=True)


@fuzz(2)
@given(pick=st.data())
def test_damaged_workshop_files_through_the_real_command(
    workshop_files: list[tuple[bytes, list[tuple[str, list[str]]]]], pick: st.DataObject
) -> None:
    base, tables = workshop_files[pick.draw(st.integers(0, len(workshop_files) - 1), label="base")]
    with workspace() as folder:
        _run_on(pick.draw(damaged_workshop(base, tables, folder), label="damage"), pick, subprocess=True)


@fuzz(2)
@given(data=csv_files(), pick=st.data())
def test_random_csv_through_the_real_command(data: bytes, pick: st.DataObject) -> None:
    _run(data, ".csv", pick, subprocess=True)


def test_every_schema_keyword_is_fuzzed() -> None:
    """A schema keyword the generator does not know fails loudly (it would go unfuzzed)."""
    seen: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            seen.update(node)
            for key, value in node.items():
                if key == "properties":
                    for sub in value.values():
                        walk(sub)
                elif key not in ("enum", "const", "required"):
                    walk(value)
        elif isinstance(node, list):
            for sub in node:
                walk(sub)

    walk(SCHEMA)
    assert seen <= KEYWORDS, seen - KEYWORDS
    with pytest.raises(AssertionError, match="not fuzzed"):
        from_schema({"type": "string", "format": "email"}, hostile=False)
