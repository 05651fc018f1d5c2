"""Equality, hash and repr of frozen dataclasses, written once for all of them.

``@dataclass`` writes ``__eq__``, ``__hash__`` and ``__repr__`` as source text for each class and
compiles them as the module is imported: half of what making a frozen dataclass costs, and a
headless verb makes dozens before it reads a file. A class that derives from :class:`Value` and is
declared ``@dataclass(frozen=True, slots=True, eq=False, repr=False)`` gets the very same methods
from here instead: the same comparison (same class, fields in order), the same hash (of the tuple
of fields) and the same text (``Team(name='Direction', id='…', …)``), read from the class's fields.
"""

from __future__ import annotations

import dataclasses
import operator
from _thread import get_ident
from collections.abc import Callable
from typing import Any

_Getter = Callable[[Any], tuple[Any, ...]]


def _tuple_of(names: list[str]) -> _Getter:
    if not names:
        return lambda _obj: ()
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    return operator.attrgetter(*names)


class _Accessors:
    """What the methods read of one class: compared fields, hashed fields, fields shown."""

    __slots__ = ("compared", "hashed", "shown")

    def __init__(self, cls: type) -> None:
        fields = dataclasses.fields(cls)
        self.compared = _tuple_of([f.name for f in fields if f.compare])
        self.hashed = _tuple_of([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
        self.shown = [f.name for f in fields if f.repr]


_ACCESSORS: dict[type, _Accessors] = {}
_IN_REPR: set[tuple[int, int]] = set()


def _accessors(cls: type) -> _Accessors:
    found = _ACCESSORS.get(cls)
    if found is None:
        found = _ACCESSORS[cls] = _Accessors(cls)
    return found


class Value:
    """Base of frozen dataclasses that take their equality, hash and repr from here (see above)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            compared = _accessors(self.__class__).compared
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(_accessors(self.__class__).hashed(self))

    def __repr__(self) -> str:
        key = (id(self), get_ident())
        if key in _IN_REPR:  # a value that contains itself, as dataclasses shows it
            return "..."
        _IN_REPR.add(key)
        try:
            shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _accessors(self.__class__).shown)
        finally:
            _IN_REPR.discard(key)
        return f"{self.__class__.__qualname__}({shown})"
