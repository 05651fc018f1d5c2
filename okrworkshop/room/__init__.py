"""The room: participants write from their own phones and laptops, live on the shared screen.

Domain code (no Qt): a Starlette app over a small host interface (:mod:`okrworkshop.room.host`),
served by uvicorn in its own thread (:mod:`okrworkshop.room.server`). See ``docs/room.md``.
"""

from okrworkshop.room.edits import EditRefused, Plan, Step, plan_edit
from okrworkshop.room.host import BoardHost, RoomHost, open_file_host, park_plan
from okrworkshop.room.state import Room, RoomError

__all__ = [
    "BoardHost",
    "EditRefused",
    "Plan",
    "Room",
    "RoomError",
    "RoomHost",
    "Step",
    "open_file_host",
    "park_plan",
    "plan_edit",
]
