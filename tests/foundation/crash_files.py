"""Files as a crash leaves them: a workshop whose writer was killed in the middle of a transaction.

The child process is real SQLite killed with SIGKILL while its rollback journal is hot and some of
the transaction's pages are already in the database file (a tiny page cache makes them spill), so
only a rollback of the journal gives the last committed state back.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

UNCOMMITTED_TITLE = "uncommitted title"

_CHILD = r"""
import os, signal, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 1")
db.execute("BEGIN")
db.execute("UPDATE objective SET title = ?", (sys.argv[2],))
for i in range(300):
    db.execute(
        "INSERT INTO note (id, text, team_id, colour, x, y) VALUES (?, ?, NULL, '#ffffff', 0, 0)",
        (f"crash-note-{i}", "x" * 2000),
    )
os.kill(os.getpid(), signal.SIGKILL)
"""


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def crash_mid_transaction(path: Path) -> None:
    """Kill a writer of ``path`` in the middle of a transaction: leaves a hot journal beside it."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path), UNCOMMITTED_TITLE], check=False)
    assert done.returncode == -9, done
    assert journal_of(path).stat().st_size > 0
