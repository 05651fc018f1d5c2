"""Applying the coach's rewrite of a card: one undo step."""

from __future__ import annotations

from okrworkshop.canvas.commands.base import BoardCommand, ChangeSet, tr
from okrworkshop.canvas.commands.cards import insert_in_order, text_field
from okrworkshop.model import Board, KeyResult, Objective


class ApplyRewrite(BoardCommand):
    """Give a card the coach's suggested title; for an objective holding a figure, also add the key
    result that takes the figure over (at the end of its key results). One gesture, one undo step."""

    def __init__(self, board: Board, card_id: str, title: str, key_result: str | None = None) -> None:
        card = board.get(card_id)
        changes = ChangeSet(board)
        changes.update(card_id, **{text_field(card): title})
        self.key_result_id: str | None = None
        if key_result and isinstance(card, Objective):
            new = KeyResult(card.id, key_result, owner=card.owner)
            siblings = changes.children(KeyResult, "objective_id", card.id)
            self.key_result_id = insert_in_order(changes, new, siblings, None).id
        super().__init__(board, tr("Apply the suggested rewrite"), changes.changes)
        self.card_id = card_id
