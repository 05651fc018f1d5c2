"""A tidy default arrangement for drafts that come without positions (JSON, CSV, case studies).

Lanes are stacked top to bottom in team order (sub-teams right after their parent, indented),
objectives stand side by side in their lane, notes to the right of the objectives. Anything that
already has a position is left where it is.
"""

from __future__ import annotations

from okrworkshop.model import Board, Objective, Team
from okrworkshop.model.limits import POSITION_LIMIT

#: Room given to one objective column (card width + gutter), and the lanes' frame, in points.
COLUMN_WIDTH = 300.0
CARD_WIDTH = 260.0
LANE_HEADER = 56.0
LANE_GAP = 40.0
LANE_PADDING = 24.0
NOTE_SIZE = 150.0
INDENT = 40.0
MIN_LANE_WIDTH = 1200.0
MIN_LANE_HEIGHT = 320.0

# Text boxes of the canvas cards (see okrworkshop.canvas.style): (font size, bold, text width).
_OBJECTIVE_TEXT = (17.0, True, CARD_WIDTH - 26.0)
_KEY_RESULT_TEXT = (15.0, False, CARD_WIDTH - 36.0)
_META_TEXT = (13.0, False, CARD_WIDTH - 36.0)
_INITIATIVE_TEXT = (14.0, False, CARD_WIDTH - 62.0)
_LINE_SPACING = 1.2
#: The canvas key result's bottom row (progress bar, confidence dot) and its spacing.
_PROGRESS_ROW = 16.0


def _text_height(text: str, style: tuple[float, bool, float]) -> float:
    """Height of ``text`` wrapped as the canvas wraps it, measured with the bundled font."""
    from okrworkshop.poster.fonts import BOLD, REGULAR, face
    from okrworkshop.poster.text import wrap

    size, bold, width = style
    return len(wrap(text, face(BOLD if bold else REGULAR), size, width)) * size * _LINE_SPACING


def estimated_height(board: Board, objective_id: str) -> float:
    """How tall an objective card with its key results and initiatives will be on the canvas."""
    objective = board.typed(objective_id, Objective)
    height = 20.0 + _text_height(objective.title, _OBJECTIVE_TEXT) + 2 * _META_TEXT[0] * _LINE_SPACING
    for kr in board.key_results(objective_id):
        height += 22.0 + _text_height(kr.title, _KEY_RESULT_TEXT) + 2 * _META_TEXT[0] * _LINE_SPACING
        if kr.confidence is not None or kr.current is not None:
            height += _PROGRESS_ROW  # the bar and the confidence dot under the details
        for initiative in board.initiatives(kr.id):
            height += 18.0 + _text_height(initiative.title, _INITIATIVE_TEXT)
    return height


def lane_order(board: Board) -> list[tuple[Team, int]]:
    """Teams depth-first (each parent followed by its sub-teams), with their nesting depth."""
    ordered: list[tuple[Team, int]] = []

    def visit(team: Team, depth: int) -> None:
        ordered.append((team, depth))
        for child in board.subteams(team.id):
            visit(child, depth + 1)

    for team in board.top_teams():
        visit(team, 0)
    return ordered


def _within(value: float) -> float:
    """A computed position or size kept within the board's limits (beside a card at the edge)."""
    return max(-POSITION_LIMIT, min(POSITION_LIMIT, value))


def place_missing(board: Board, placed: set[str]) -> None:
    """Give a position to every team, objective and note whose id is not in ``placed``."""
    y = 0.0
    with board.transaction():
        for team, depth in lane_order(board):
            objectives = board.objectives(team.id)
            notes = board.notes(team.id)
            columns = len(objectives) + (1 if notes else 0)
            tallest = max((estimated_height(board, o.id) for o in objectives), default=0.0)
            note_stack = len(notes) * (NOTE_SIZE + LANE_PADDING)
            needed_height = LANE_HEADER + max(tallest, note_stack) + 2 * LANE_PADDING
            if team.id not in placed:
                team = board.update(
                    team.id,
                    x=_within(depth * INDENT),
                    y=_within(y),
                    width=_within(
                        max(MIN_LANE_WIDTH - depth * INDENT, columns * COLUMN_WIDTH + 2 * LANE_PADDING)
                    ),
                    height=_within(max(MIN_LANE_HEIGHT, needed_height)),
                )  # type: ignore[assignment]
            left = team.x + LANE_PADDING
            top = team.y + LANE_HEADER
            for column, objective in enumerate(objectives):
                if objective.id not in placed:
                    board.update(objective.id, x=_within(left + column * COLUMN_WIDTH), y=_within(top))
            for row, note in enumerate(notes):
                if note.id not in placed:
                    board.update(
                        note.id,
                        x=_within(left + len(objectives) * COLUMN_WIDTH),
                        y=_within(top + row * (NOTE_SIZE + LANE_PADDING)),
                    )
            y = max(y, team.y + team.height) + LANE_GAP
        loose = [n for n in board.notes() if n.team_id is None and n.id not in placed]
        for index, note in enumerate(loose):
            board.update(note.id, x=_within(index * (NOTE_SIZE + LANE_PADDING)), y=_within(y))
