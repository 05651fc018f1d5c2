"""Regenerate ``workshop-v1.okrw``: a workshop file as okrworkshop 0.1 (schema 1) wrote it.

Kept for the record; the test suite uses the checked-in file, never this script, so a change to
today's code cannot silently change the "old" file.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command

from okrworkshop.storage.header import APPLICATION_ID
from okrworkshop.storage.migrate import alembic_config
from okrworkshop.storage.workshop_file import _engine


def main(target: Path) -> None:
    target.unlink(missing_ok=True)
    engine = _engine(target, "rwc")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    db = sqlite3.connect(target)
    db.executescript(
        f"""
        PRAGMA application_id = {APPLICATION_ID};
        PRAGMA user_version = 1;
        INSERT INTO workshop VALUES (1, 'Atelier « v1 » — Café Lumière', 'fr', '2026-T4', 'cafe', 'Un café.',
                                     'workshop', '{{"max_objectives": 2}}', '["objective-too-long"]');
        INSERT INTO team VALUES ('t1', 'Direction', NULL, '#4e79a7', 0, 0, 0, 1200, 420);
        INSERT INTO team VALUES ('t2', 'Salle & Bar', 't1', '#f28e2b', 1, 40, 460, 1160, 420);
        INSERT INTO objective VALUES ('o1', 't1', 'Être le café préféré du quartier', '', 'aspirational',
                                      'Léa', NULL, 0, 24, 56);
        INSERT INTO objective VALUES ('o2', 't2', 'Servir vite, même au rush', '', 'committed', 'Tom', 'k1', 0, 64, 516);
        INSERT INTO key_result VALUES ('k1', 'o1', 'NPS de 30 à 50', 'Léa', 'metric', 'increase', 30, 50, 35,
                                       'NPS', 6, 0);
        INSERT INTO key_result VALUES ('k2', 'o2', 'Attente moyenne de 9 à 4 minutes', 'Tom', 'metric',
                                       'decrease', 9, 4, NULL, 'min', 5, 0);
        INSERT INTO initiative VALUES ('i1', 'k2', 'Deuxième machine à café', 'Tom', 0);
        INSERT INTO note VALUES ('n1', 'Terrasse en été ?', NULL, '#f6e27f', 900, 40);
        INSERT INTO snapshot VALUES ('s1', 'Tour 1', '{{"format": "okrworkshop/v1", "teams": []}}',
                                     '2026-10-01T10:00:00');
        """
    )
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("workshop-v1.okrw")))
