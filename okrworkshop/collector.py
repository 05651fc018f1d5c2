"""Holding Python's cyclic garbage collector while thousands of long-lived objects are made.

Opening a large workshop reads its rows, builds a card item and a text layout per card, checks every
card and shows the findings: each step allocates tens of thousands of objects that all stay alive.
The collector would scan that growing heap again and again and find nothing to free (a tenth of
opening 5,000 cards). Objects are still freed as usual while it is held (by reference counting);
collection resumes afterwards, and a hold inside another hold leaves it to the outer one. What was
made while held joins the oldest generation as it is, without a pass over it: it is the long-lived
kind, and the full collections that come later still free any cycle among it.
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
            if not gc.get_freeze_count():
                # What was made while held stays: it goes straight to the oldest generation
                # (freezing moves every tracked object aside and empties the young count, thawing
                # puts them all in the oldest generation), rather than every object of it being
                # scanned as the collector resumes and again as it ages (a tenth of a full check).
                # Only when nothing else is frozen: a thaw would free what someone else froze.
                gc.freeze()
                gc.unfreeze()
            gc.enable()
