"""A title read chunk by chunk: what each piece of text between spaces says, worked out once.

Titles share most of their words ("de", "clients", "Lyon", "45 %"), so everything that depends on
one chunk alone is read the first time the chunk is seen and kept: its tokens, their folded texts
and those of its words, what its words score for the language detector, and which of its tokens
may start a quantity. A title is then read with one lookup per chunk, and the rest of the analysis
starts from lists already made instead of passing over the tokens again for each of them.
"""

from __future__ import annotations

from typing import NamedTuple

from okrworkshop.rules.text.language import word_score
from okrworkshop.rules.text.normalize import Token, chunk_tokens, chunks
from okrworkshop.rules.text.quantities import may_start_quantity


class Reading(NamedTuple):
    """One title's tokens, folds and word folds, its words' language score (French minus English)
    and the indexes of the tokens that may start a quantity (see :func:`find_quantities`)."""

    tokens: list[Token]
    folds: list[str]
    words: list[str]
    score: int
    candidates: list[int]


#: What one chunk says (tokens, folds, word folds, score, candidate offsets), per language
#: (numbers read differently in each).
_Chunk = tuple[tuple[Token, ...], tuple[str, ...], tuple[str, ...], int, tuple[int, ...]]
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
    candidates: list[int] = []
    score = 0
    for chunk in chunks(text):
        found = cache.get(chunk)
        if found is None:
            found = cache[chunk] = _read_chunk(chunk, lang)
        if found[4]:
            base = len(tokens)
            candidates += [base + offset for offset in found[4]]
        tokens += found[0]
        folds += found[1]
        words += found[2]
        score += found[3]
    return Reading(tokens, folds, words, score, candidates)


def _read_chunk(chunk: str, lang: str) -> _Chunk:
    tokens = chunk_tokens(chunk, lang)
    words = tuple(t.fold for t in tokens if t.kind == "word")
    return (
        tokens,
        tuple(t.fold for t in tokens),
        words,
        sum(word_score(w) for w in words),
        tuple(i for i, t in enumerate(tokens) if may_start_quantity(t)),
    )
