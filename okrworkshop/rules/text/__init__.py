"""French and English text analysis for the checker (tokens, quantities, verbs, language)."""

from okrworkshop.rules.text import analysis, features, language, reading
from okrworkshop.rules.text.analysis import Analysis, Lead, analyze, stem
from okrworkshop.rules.text.normalize import fold, normalise, tokenize
from okrworkshop.rules.text.quantities import MEASURE, NAME, PERIOD, RANK, Quantity, find_quantities


def clear_caches() -> None:
    """Forget every word-level memo of the text analysis (tokens, stems, verb scores per word)."""
    reading.clear_cache()
    analysis.clear_cache()
    language.clear_cache()


__all__ = [
    "MEASURE",
    "NAME",
    "PERIOD",
    "RANK",
    "Analysis",
    "Lead",
    "Quantity",
    "analyze",
    "clear_caches",
    "features",
    "find_quantities",
    "fold",
    "normalise",
    "stem",
    "tokenize",
]
