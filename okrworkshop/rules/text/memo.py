"""Features computed once per analysed title (rules ask the same questions about the same title)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from okrworkshop.rules.text.analysis import Analysis

F = TypeVar("F", bound=Callable[..., Any])


_MISSING = object()


def memo(function: F) -> F:
    """Compute a feature once per analysis (rules ask the same questions about the same title)."""
    name = function.__name__

    @functools.wraps(function)
    def cached(a: Analysis) -> Any:
        # A miss is the rule on a fresh title: a lookup with a default, not a raised KeyError.
        value = a.cache.get(name, _MISSING)
        if value is _MISSING:
            value = a.cache[name] = function(a)
        return value

    return cached  # type: ignore[return-value]
