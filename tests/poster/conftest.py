"""Poster test fixtures: a board full of text that breaks naive PDF code, and poppler wrappers."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tile_oracle, the tiles' independent oracle

from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective, Team, Workshop

MARKUP = 'R&D <50% > "x"'
FRENCH = "Améliorer l’accueil « client » : œuvre, ça, à, è, ê, … 45\u202f% 10\u202f000\u00a0€"
LONG_WORD = "Anticonstitutionnellementextraordinairementinterminablement" * 3
LONG_TEXT = " ".join(["Réduire le délai de traitement des réclamations clients"] * 14)
EMOJI = "Lancer la fusée 🚀 avant l’été"


def tricky_board() -> Board:
    """Two teams, an alignment, every kind of card, and the text that breaks posters."""
    board = Board(
        Workshop(
            title="Atelier « R&D » — tour 1",
            language="fr",
            period="2027-T1",
            case_id="labo",
            facilitator="Zoé Ñúñez",
        )
    )
    top = board.add(Team("Direction", colour="#4e79a7", x=0, y=0, width=1200, height=420))
    lab = board.add(Team("Labo <R&D>", parent_id=top.id, colour="#f28e2b", order=1, x=40, y=460, width=1160))
    o1 = board.add(Objective(top.id, MARKUP, owner="Léa", x=24, y=56))
    k1 = board.add(KeyResult(o1.id, FRENCH, baseline=4.5, target=10000, unit="€", confidence=6))
    board.add(KeyResult(o1.id, LONG_WORD, order=1, kind="milestone"))
    board.add(Initiative(k1.id, "Deuxième machine <à> café & « R&D »", owner="Tom"))
    o2 = board.add(Objective(top.id, LONG_TEXT, order=1, x=324, y=56))
    board.add(KeyResult(o2.id, EMOJI, current=3, baseline=1, target=5))
    o3 = board.add(Objective(lab.id, "Publier des résultats utiles", aligned_to=k1.id, x=64, y=516))
    board.add(KeyResult(o3.id, "Passer de 2 à 6 articles relus par trimestre", baseline=2, target=6))
    board.add(Note("Idée :\nun labo ouvert le samedi ?", team_id=lab.id, x=700, y=516))
    board.add(Note("Parking lot & <notes>", x=0, y=1000, colour="#a8e6a1"))
    return board


def pdftotext(path: Path, *pages: int) -> str:
    """The text poppler reads from a PDF (all pages, or the given 1-based page range)."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True, check=True
    )
    info = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page."""
    info = pdfinfo(path)
    sizes = []
    for key, value in info.items():
        if re.fullmatch(r"Page\s+\d+ size", key):
            match = re.match(r"([\d.]+) x ([\d.]+) pts", value)
            assert match, value
            sizes.append((float(match.group(1)), float(match.group(2))))
    return sizes


def squeeze(text: str) -> str:
    """Text with all whitespace removed (wrapping and word breaks insert line breaks)."""
    return re.sub(r"\s+", "", text)


class Poppler:
    """poppler-utils, as the tests use them."""

    text = staticmethod(pdftotext)
    info = staticmethod(pdfinfo)
    sizes = staticmethod(page_sizes)
    squeeze = staticmethod(squeeze)


@pytest.fixture
def board() -> Board:
    """A fresh board full of text that breaks naive PDF code."""
    return tricky_board()


@pytest.fixture
def poppler() -> type[Poppler]:
    return Poppler


@pytest.fixture
def texts() -> SimpleNamespace:
    """The tricky texts that :func:`tricky_board` puts on cards."""
    return SimpleNamespace(
        markup=MARKUP, french=FRENCH, long_word=LONG_WORD, long_text=LONG_TEXT, emoji=EMOJI
    )
