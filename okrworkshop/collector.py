"""Holding Python's cyclic garbage collector while thousands of long-lived objects are made.

Opening a large workshop reads its rows, builds a card item and a text layout per card, checks every
card and shows the findings: each step allocates tens of thousands of objects that all stay alive.
The collector would scan that growing heap again and again and find nothing to free (a tenth of
opening 5,000 cards). Objects are still freed as usual while it is held (by reference counting);
collection resumes afterwards, and a hold inside another hold leaves it to the outer one.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the ``with`` block; as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
