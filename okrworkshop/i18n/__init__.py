"""Qt translation catalogues of the user interface (``okrworkshop_fr.ts``/``.qm``, ``_en``).

Sources are the ``.ts`` files (edit them with Qt Linguist or by hand); ``scripts/translations``
refreshes them from the code and compiles the ``.qm`` files the app loads.
"""

from pathlib import Path

CATALOGUES = Path(__file__).resolve().parent
UI_LANGUAGES = ("fr", "en")
