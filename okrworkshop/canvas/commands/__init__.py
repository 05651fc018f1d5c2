"""Every change a user makes on the canvas, as one undo command (see :mod:`.base`)."""

from okrworkshop.canvas.commands.base import BoardCommand, Change, ChangeSet
from okrworkshop.canvas.commands.cards import (
    AddCard,
    ChangeCardFields,
    ConvertNoteToKeyResult,
    DeleteCards,
    EditCardText,
    LinkAlignment,
    MoveCards,
    MoveInitiative,
    MoveObjectiveToTeam,
    PasteCards,
    ReorderKeyResult,
    ReparentKeyResult,
    text_field,
    undo_text,
)
from okrworkshop.canvas.commands.coach import ApplyRewrite
from okrworkshop.canvas.commands.followup import (
    CheckInKeyResult,
    DecideCard,
    DeleteCheckIn,
    ScoreFromProgress,
    ScoreKeyResult,
    WriteLessons,
)
from okrworkshop.canvas.commands.lanes import lane_order, restack, stack_origin
from okrworkshop.canvas.commands.teams import (
    AddTeam,
    FitLanes,
    NestTeam,
    RecolourTeam,
    RenameTeam,
    ReorderTeams,
    ResizeLane,
    is_inside,
)
from okrworkshop.canvas.commands.workshop import ChangeWorkshop

__all__ = [
    "AddCard",
    "AddTeam",
    "ApplyRewrite",
    "BoardCommand",
    "Change",
    "ChangeCardFields",
    "ChangeSet",
    "ChangeWorkshop",
    "CheckInKeyResult",
    "ConvertNoteToKeyResult",
    "DecideCard",
    "DeleteCards",
    "DeleteCheckIn",
    "EditCardText",
    "FitLanes",
    "LinkAlignment",
    "MoveCards",
    "MoveInitiative",
    "MoveObjectiveToTeam",
    "NestTeam",
    "PasteCards",
    "RecolourTeam",
    "RenameTeam",
    "ReorderKeyResult",
    "ReorderTeams",
    "ReparentKeyResult",
    "ResizeLane",
    "ScoreFromProgress",
    "ScoreKeyResult",
    "WriteLessons",
    "is_inside",
    "lane_order",
    "restack",
    "stack_origin",
    "text_field",
    "undo_text",
]
