"""CSV for spreadsheets and OKR tools: one row per objective, key result and initiative.

Written as UTF-8 with a byte-order mark and ``;`` between fields, with decimal commas ("4,5"),
which is what French Excel opens without an import wizard; with ``,`` between fields the
decimals are points. Text is quoted where needed, so line breaks, quotes and separators inside a
card survive.

Rows, in the draft's own order (:func:`okrworkshop.model.card_paths`): the workshop, then each
team followed by its objectives (outline "1", "2" …), each with its key results ("1.1", "1.2" …)
and their initiatives ("1.1.1" …), then the notes. ``id``/``parent_id`` tie rows together;
``aligned_to`` holds the id of the objective or key result an objective contributes to. Team,
workshop and note rows carry what a round trip needs (colours, positions, parent teams).

Reading is forgiving about what spreadsheets and other tools produce — any column order, extra
columns ignored, ``type`` or ``outline`` alone enough to tell rows apart, ids optional (parents
then come from the outline or from the row order), French type names, ``;``, ``,`` or tab —
and strict about values: a bad row is reported with its line and column.

The follow-up travels in extension columns that other readers ignore: ``score`` and ``decision``
(keep, adjust, drop) on cards, ``lessons`` on team rows, and on each key result row ``check_ins``,
its dated history as one JSON array (``[{"date": "2027-02-12", "value": 40, "confidence": 7,
"comment": "…", "id": "…"}]``).

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with
a leading ``'`` so that no spreadsheet runs it as a formula (OWASP's advice on CSV injection); the
reader takes that quote off again, so round trips are exact
(:func:`okrworkshop.exports.csv_columns.escape_formula`). Numeric columns hold plain numbers, which
spreadsheets read as numbers: ``-5`` stays ``-5``.

Not carried (they live in the ``.okrw`` and JSON formats): rounds, snapshots, rule thresholds.
"""

from okrworkshop.exports.csv_columns import COLUMNS, DELIMITERS, ROW_TYPES
from okrworkshop.exports.csv_reader import read_csv
from okrworkshop.exports.csv_writer import board_rows, csv_bytes, write_csv

__all__ = ["COLUMNS", "DELIMITERS", "ROW_TYPES", "board_rows", "csv_bytes", "read_csv", "write_csv"]
