"""A title read chunk by chunk: what each piece of text between spaces says, worked out once.

Titles share most of their words ("de", "clients", "Lyon", "45 %"), so everything that depends on
one chunk alone is read the first time the chunk is seen and kept: its tokens, their folded texts
and those of its words, their content stems, what its words score for the language detector, and
which of its tokens may start a quantity. A title is then read with one lookup per chunk, and the rest of the analysis
starts from lists already made instead of passing over the tokens again for each of them.
"""

from __future__ import annotations

from typing import NamedTuple

from okrworkshop.rules.text.language import word_score
from okrworkshop.rules.text.lexicon import STOP_WORDS
from okrworkshop.rules.text.normalize import Token, chunk_tokens, chunks
from okrworkshop.rules.text.quantities import may_start_quantity


class Reading(NamedTuple):
    """One title's tokens, folds, word folds and their :func:`content_stem`, its words' language
    score (French minus English) and the indexes of the tokens that may start a quantity (see
    :func:`~okrworkshop.rules.text.quantities.find_quantities`)."""

    tokens: list[Token]
    folds: list[str]
    words: list[str]
    stems: list[str]
    score: int
    candidates: list[int]


#: What one chunk says (tokens, folds, word folds, stems, score, candidate offsets), per language
#: (numbers read differently in each).
_Chunk = tuple[tuple[Token, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], int, tuple[int, ...]]
_CHUNKS: dict[str, dict[str, _Chunk]] = {}
_CHUNKS_LIMIT = 50_000


def clear_cache() -> None:
    """Forget every chunk read (benchmarks measure a check from nothing)."""
    _CHUNKS.clear()


def read(text: str, lang: str) -> Reading:
    """The reading of normalised ``text``; ``lang`` decides ``1,250`` (en: 1250; fr: 1.25)."""
    cache = _CHUNKS.get(lang)
    if cache is None:
        cache = _CHUNKS[lang] = {}
    if len(cache) >= _CHUNKS_LIMIT:
        cache.clear()
    tokens: list[Token] = []
    folds: list[str] = []
    words: list[str] = []
    stems: list[str] = []
    candidates: list[int] = []
    score = 0
    for chunk in chunks(text):
        found = cache.get(chunk)
        if found is None:
            found = cache[chunk] = _read_chunk(chunk, lang)
        if found[5]:
            base = len(tokens)
            candidates += [base + offset for offset in found[5]]
        tokens += found[0]
        folds += found[1]
        words += found[2]
        stems += found[3]
        score += found[4]
    return Reading(tokens, folds, words, stems, score, candidates)


def stem(word: str) -> str:
    """A very light stem: plural ``s``/``x`` off (``clients`` -> ``client``, ``travaux`` -> ``travau``)."""
    if len(word) > 3 and word[-1] in "sx" and word[-2] != "s":
        return word[:-1]
    return word


def content_stem(word: str) -> str:
    """The stem of a folded content word; "" for a stop word or a single letter."""
    return stem(word) if len(word) > 1 and word not in STOP_WORDS else ""


def _read_chunk(chunk: str, lang: str) -> _Chunk:
    tokens = chunk_tokens(chunk, lang)
    words = tuple(t.fold for t in tokens if t.kind == "word")
    return (
        tokens,
        tuple(t.fold for t in tokens),
        words,
        tuple(content_stem(w) for w in words),
        sum(word_score(w) for w in words),
        tuple(i for i, t in enumerate(tokens) if may_start_quantity(t)),
    )
