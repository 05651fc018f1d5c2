"""The coach on the board: apply a finding's suggested rewrite, then type into its first blank.

Applying is one undo step (:class:`~okrworkshop.canvas.commands.ApplyRewrite`); the card's in-place
editor then opens with the first ``_`` selected, so the team types the missing figure or measure
straight away (Tab-free: the rest of the blanks are visible in the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from okrworkshop.canvas.commands import ApplyRewrite
from okrworkshop.canvas.editor import InPlaceEditor
from okrworkshop.canvas.items import CardItem

if TYPE_CHECKING:
    from okrworkshop.canvas.scene import BoardScene

BLANK = "_"


def select_first_blank(editor: InPlaceEditor) -> bool:
    """Select the first ``_`` of the editor's text (False when there is none)."""
    index = editor.toPlainText().find(BLANK)
    if index < 0:
        return False
    cursor = editor.textCursor()
    cursor.setPosition(index)
    cursor.setPosition(index + len(BLANK), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    return True


def apply_rewrite(scene: BoardScene, card_id: str, title: str, key_result: str | None = None) -> bool:
    """Apply a rewrite to a card and open its editor on the first blank; False if nothing changed."""
    if scene.interactions.editor is not None:
        scene.interactions.editor.finish(keep=True)
    board = scene.board
    command = scene.document.execute(lambda: ApplyRewrite(board, card_id, title, key_result))
    if command is None:
        return False
    item = scene.item_for(card_id)
    if isinstance(item, CardItem):
        scene.select_ids([card_id])
        editor = scene.interactions.start_editing(item)
        if not select_first_blank(editor) and isinstance(command, ApplyRewrite) and command.key_result_id:
            # An objective that lost its figure: the blanks are in the new key result.
            editor.finish(keep=True)
            kr_item = scene.item_for(command.key_result_id)
            if isinstance(kr_item, CardItem):
                scene.select_ids([command.key_result_id])
                select_first_blank(scene.interactions.start_editing(kr_item))
    return True


def rewrites_for(scene: BoardScene, card_id: str) -> list[tuple[str, str, str | None]]:
    """(rule, title, key result) of each finding about ``card_id`` that carries a rewrite."""
    checker = scene.checker
    if checker is None:
        return []
    found = []
    for finding in checker.findings_for(card_id):
        rewrite = getattr(finding, "rewrite", None)
        if rewrite:
            found.append((str(finding.rule), str(rewrite), getattr(finding, "rewrite_key_result", None)))
    return found
