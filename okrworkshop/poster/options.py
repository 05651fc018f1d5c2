"""What to print and how: the poster's options (CLI flags, export dialog fields)."""

from __future__ import annotations

from dataclasses import dataclass

from okrworkshop.model.value import Value
from okrworkshop.poster.paper import POSTER_PAPERS

#: Layouts: wall (default: designed for the wall), board (as arranged), tidy (by team), auto
#: (the board's arrangement unless it is a pile, then tidy).
LAYOUTS: tuple[str, ...] = ("wall", "board", "tidy", "auto")


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class PosterOptions(Value):
    """What to print and how (the CLI flags and the export dialog's fields)."""

    paper: str = "A0"
    landscape: bool = False
    layout: str = "wall"
    #: Language of the printed labels; None: the workshop's.
    language: str | None = None
    #: Shown in the header when set (the round or snapshot being printed).
    round_name: str = ""
    snapshot_name: str = ""
    #: ISO date printed in the header; empty: today.
    date: str = ""
    #: A line of the trainer's own under the footer.
    note: str = ""
    #: Keep the wall layout on one sheet whatever the type floor (an image for slides).
    one_sheet: bool = False

    def __post_init__(self) -> None:
        if self.paper.upper() not in POSTER_PAPERS:
            raise ValueError(f"paper must be one of {', '.join(POSTER_PAPERS)}, not {self.paper!r}")
        if self.layout not in LAYOUTS:
            raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {self.layout!r}")
