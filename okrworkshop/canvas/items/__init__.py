"""Graphics items of the canvas: cards, lanes, alignment arrows, badges."""

from okrworkshop.canvas.items.arrow import ArrowItem
from okrworkshop.canvas.items.cards import (
    CARD_ITEM_TYPES,
    CardItem,
    InitiativeItem,
    KeyResultItem,
    NoteItem,
    ObjectiveItem,
    editable_font,
)
from okrworkshop.canvas.items.lane import LaneItem

__all__ = [
    "CARD_ITEM_TYPES",
    "ArrowItem",
    "CardItem",
    "InitiativeItem",
    "KeyResultItem",
    "LaneItem",
    "NoteItem",
    "ObjectiveItem",
    "editable_font",
]
