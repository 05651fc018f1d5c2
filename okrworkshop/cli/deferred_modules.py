"""Standard modules that a headless verb's imports name but never use, loaded on first use.

``dataclasses`` imports ``inspect`` (which brings ``ast``, ``dis`` and ``tokenize``) and ``copy``
at its top, yet makes a class without them: ``inspect`` serves only a class without a docstring,
``copy`` only ``asdict``. That is a tenth of ``okrworkshop check``'s start-up for nothing. Before a
verb's module loads, :func:`defer` puts a stand-in for each of them in ``sys.modules``: importing
it costs nothing, and the first attribute read imports the real module (which then replaces the
stand-in everywhere it is looked up), so code that does use them works as ever, only later.

reportlab's utilities likewise import ``tempfile`` (with ``shutil``, ``random`` and the compression
modules) and ``pickle`` at their top for its test output and caches, and ``PIL.Image`` (with its
C core and EXIF tables, a tenth of a PDF poster's start-up) for bitmaps, which a PDF poster never
draws; a PNG poster reads Pillow's first attribute and gets the real module then.

A stand-in only serves reads: nobody sets attributes on these modules (that would set them on the
stand-in, not on the module loaded later).
"""

from __future__ import annotations

import sys
from types import ModuleType

#: Modules ``dataclasses`` (inspect, copy) and reportlab (tempfile, pickle, PIL.Image) import but a
#: verb does not use.
DEFERRED = ("inspect", "copy", "tempfile", "pickle", "PIL.Image")


class _OnFirstUse(ModuleType):
    """Stands in ``sys.modules`` for a module not imported yet; reading an attribute imports it."""

    def __getattr__(self, name: str) -> object:
        # Only called for what the stand-in lacks: everything but its own dunder names.
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        __import__(self.__name__)
        real = sys.modules[self.__name__]  # for "PIL.Image", the submodule, not the package
        self.__dict__.update(real.__dict__)  # modules that kept the stand-in now read the real names
        return getattr(real, name)


def defer(names: tuple[str, ...] = DEFERRED) -> None:
    """Stand in for each of ``names`` not imported yet (see the module's docstring)."""
    for name in names:
        if name not in sys.modules:
            sys.modules[name] = _OnFirstUse(name)
