"""Regenerate ``workshop-v2.okrw``: a workshop file as okrworkshop 0.2 (schema 2: rounds) wrote it.

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
        command.upgrade(config, "0002")
    engine.dispose()
    db = sqlite3.connect(target)
    db.executescript(
        f"""
        PRAGMA application_id = {APPLICATION_ID};
        PRAGMA user_version = 2;
        INSERT INTO workshop VALUES (1, 'Atelier v2 — Imprimerie Lefort', 'fr', '2027-T1', '', '',
                                     'workshop', '{{}}', '[]', 'Claire');
        INSERT INTO team VALUES ('t1', 'Atelier', NULL, '#4e79a7', 0, 0, 0, 1200, 420);
        INSERT INTO objective VALUES ('o1', 't1', 'Livrer chaque commande à l’heure promise', '', 'committed',
                                      'Inès', NULL, 0, 24, 56);
        INSERT INTO key_result VALUES ('k1', 'o1', 'Faire passer la part des commandes livrées à temps de 82 % à 95 %',
                                       'Inès', 'metric', 'increase', 82, 95, 88, '%', 8, 0);
        INSERT INTO round VALUES ('r1', 'Tour 1', 0, 'Écrivez vos OKR.', 1200, '2027-01-04T09:00:00',
                                  '2027-01-04T09:20:00');
        INSERT INTO snapshot VALUES ('s1', 'Tour 1', '{{"format": "okrworkshop/v1", "teams": []}}',
                                     '2027-01-04T09:20:00', 'r1');
        """
    )
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("workshop-v2.okrw")))
