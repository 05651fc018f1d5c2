"""French and English text analysis for the checker (tokens, quantities, verbs, language)."""

from okrworkshop.rules.text import features
from okrworkshop.rules.text.analysis import Analysis, Lead, analyze, stem
from okrworkshop.rules.text.normalize import fold, normalise, tokenize
from okrworkshop.rules.text.quantities import MEASURE, NAME, PERIOD, RANK, Quantity, find_quantities

__all__ = [
    "MEASURE",
    "NAME",
    "PERIOD",
    "RANK",
    "Analysis",
    "Lead",
    "Quantity",
    "analyze",
    "features",
    "find_quantities",
    "fold",
    "normalise",
    "stem",
    "tokenize",
]
