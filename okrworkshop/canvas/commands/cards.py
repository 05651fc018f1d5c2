"""Undo commands for cards: add, move, edit, re-parent, reorder, align, convert, delete."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from okrworkshop.canvas.commands.base import BoardCommand, ChangeSet, tr
from okrworkshop.canvas.commands.lanes import restack, stack_origin
from okrworkshop.model import (
    Board,
    Entity,
    Initiative,
    KeyResult,
    ModelError,
    Note,
    Objective,
    Team,
    removal_plan,
)


def undo_text(action: str, entity: Entity) -> str:
    """The undo text of adding, editing or deleting one card, written whole for each kind
    (a translation cannot agree an article with a kind name pasted into a template)."""
    kind = next(
        (name for cls, name in _KINDS if isinstance(entity, cls)),
        "card",
    )
    texts = {
        ("add", "objective"): tr("Add objective"),
        ("add", "key result"): tr("Add key result"),
        ("add", "initiative"): tr("Add initiative"),
        ("add", "note"): tr("Add note"),
        ("add", "team"): tr("Add team"),
        ("add", "card"): tr("Add card"),
        ("edit", "objective"): tr("Edit objective"),
        ("edit", "key result"): tr("Edit key result"),
        ("edit", "initiative"): tr("Edit initiative"),
        ("edit", "note"): tr("Edit note"),
        ("edit", "team"): tr("Edit team"),
        ("edit", "card"): tr("Edit card"),
        ("delete", "objective"): tr("Delete objective"),
        ("delete", "key result"): tr("Delete key result"),
        ("delete", "initiative"): tr("Delete initiative"),
        ("delete", "note"): tr("Delete note"),
        ("delete", "team"): tr("Delete team"),
        ("delete", "card"): tr("Delete card"),
    }
    return texts[(action, kind)]


_KINDS: tuple[tuple[type, str], ...] = (
    (Objective, "objective"),
    (KeyResult, "key result"),
    (Initiative, "initiative"),
    (Note, "note"),
    (Team, "team"),
)


def text_field(entity: Entity) -> str:
    """The field holding a card's main text."""
    if isinstance(entity, Note):
        return "text"
    if isinstance(entity, Team):
        return "name"
    return "title"


def insert_in_order(changes: ChangeSet, entity: Entity, siblings: list[Any], index: int | None) -> Entity:
    """Add ``entity`` at ``index`` among ``siblings`` (the end if None) and renumber them all."""
    others = [s for s in siblings if s.id != entity.id]
    index = len(others) if index is None else max(0, min(index, len(others)))
    sequence = [*others[:index], entity, *others[index:]]
    entity = dataclasses.replace(entity, order=float(index))  # type: ignore[type-var,arg-type]
    if changes.find(entity.id) is None:
        changes.add(entity)
    else:
        changes.update(entity.id, order=float(index))
    for position, sibling in enumerate(sequence):
        if sibling.id != entity.id:
            changes.update(sibling.id, order=float(position))
    return entity


class AddCard(BoardCommand):
    """Add a new card; key results and initiatives go in at ``index`` among their siblings."""

    grows_lanes = True

    def __init__(self, board: Board, card: Entity, index: int | None = None) -> None:
        changes = ChangeSet(board)
        if isinstance(card, KeyResult):
            insert_in_order(
                changes, card, changes.children(KeyResult, "objective_id", card.objective_id), index
            )
        elif isinstance(card, Initiative):
            initiatives = changes.children(Initiative, "key_result_id", card.key_result_id)
            insert_in_order(changes, card, initiatives, index)
        elif isinstance(card, Objective):
            objectives = changes.children(Objective, "team_id", card.team_id)
            insert_in_order(changes, card, objectives, index)
        else:
            changes.add(card)
        super().__init__(board, undo_text("add", card), changes.changes)
        self.card_id = card.id


class MoveCards(BoardCommand):
    """Move objectives and notes to new positions (and lanes): one drag, or merged arrow-key nudges."""

    grows_lanes = True

    NUDGE_ID = 1

    def __init__(
        self,
        board: Board,
        positions: Mapping[str, tuple[float, float]],
        teams: Mapping[str, str | None] | None = None,
        *,
        nudge: bool = False,
    ) -> None:
        changes = ChangeSet(board)
        for card_id, (x, y) in positions.items():
            fields: dict[str, Any] = {"x": x, "y": y}
            if teams and card_id in teams:
                fields["team_id"] = teams[card_id]
            changes.update(card_id, **fields)
        count = len({c.entity_id for c in changes.changes})
        super().__init__(
            board,
            tr("Move card") if count == 1 else tr("Move %1 cards").replace("%1", str(count)),
            changes.changes,
        )
        self.merge_id = self.NUDGE_ID if nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveCards) or other.merge_id != self.merge_id or self.merge_id < 0:
            return False
        if other.touched_ids() != self.touched_ids():
            return False
        if self.follow_up or other.follow_up:
            return False  # a nudge that grew a lane is a step of its own (positions replay absolutely)
        merged: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
        for change in self.changes:
            merged[change.entity_id] = (dict(change.before), dict(change.after))
        for change in other.changes:
            before, after = merged[change.entity_id]
            for name, value in change.before:
                before.setdefault(name, value)
            after.update(change.after)
        self.changes = [
            dataclasses.replace(
                c, before=tuple(merged[c.entity_id][0].items()), after=tuple(merged[c.entity_id][1].items())
            )
            for c in self.changes
        ]
        self.setObsolete(all(dict(c.before) == dict(c.after) for c in self.changes))
        return True


class EditCardText(BoardCommand):
    """Replace a card's text (title of an objective, key result or initiative; a note's text)."""

    grows_lanes = True

    def __init__(self, board: Board, card_id: str, text: str) -> None:
        card = board.get(card_id)
        changes = ChangeSet(board)
        changes.update(card_id, **{text_field(card): text})
        super().__init__(board, undo_text("edit", card), changes.changes)


class ChangeCardFields(BoardCommand):
    """Change fields of one card from the inspector.

    Successive changes of the same fields of the same card within one editing ``session`` (the
    inspector's live typing) merge into one undo step.
    """

    grows_lanes = True

    MERGE_ID = 2

    def __init__(self, board: Board, card_id: str, fields: Mapping[str, Any], session: object = None) -> None:
        card = board.get(card_id)
        changes = ChangeSet(board)
        changes.update(card_id, **fields)
        super().__init__(board, undo_text("edit", card), changes.changes)
        self.card_id = card_id
        self.session = session
        self.field_names = frozenset(fields)
        self.merge_id = self.MERGE_ID if session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, ChangeCardFields)
            and self.session is not None
            and other.session is self.session
            and other.card_id == self.card_id
            and other.field_names == self.field_names
        ):
            return False
        if not self.changes:
            self.changes = list(other.changes)
        elif other.changes:
            before = dict(self.changes[0].before)
            for name, value in other.changes[0].before:
                before.setdefault(name, value)
            after = {**dict(self.changes[0].after), **dict(other.changes[0].after)}
            self.changes = [
                dataclasses.replace(self.changes[0], before=tuple(before.items()), after=tuple(after.items()))
            ]
        # Lanes grown while typing replay in order after the text (they touch only lanes).
        self.follow_up.extend(other.follow_up)
        self.setObsolete(not self.follow_up and all(dict(c.before) == dict(c.after) for c in self.changes))
        return True


def _refuse_alignment_loop(board: Board, key_result: KeyResult, objective_id: str) -> None:
    """Moving a key result under an objective that (through alignment) serves an objective aligned
    to that key result would make the alignment go round in a circle."""
    servers = {r.id for r in board.referrers(key_result.id) if isinstance(r, Objective)}
    current = board.find(objective_id)
    seen: set[str] = set()
    while isinstance(current, Objective) and current.id not in seen:
        if current.id in servers:
            raise ModelError(
                tr("%1 is aligned to this key result: it cannot go there").replace("%1", current.title)
            )
        seen.add(current.id)
        current = board.alignment_target_objective(current)


class ReparentKeyResult(BoardCommand):
    """Move a key result (with its initiatives) to another objective, at ``index`` there."""

    grows_lanes = True

    def __init__(self, board: Board, key_result_id: str, objective_id: str, index: int | None = None) -> None:
        changes = ChangeSet(board)
        key_result = board.typed(key_result_id, KeyResult)
        _refuse_alignment_loop(board, key_result, objective_id)
        old_siblings = changes.children(KeyResult, "objective_id", key_result.objective_id)
        changes.update(key_result_id, objective_id=objective_id)
        changes.renumber(s for s in old_siblings if s.id != key_result_id)
        moved = changes.get(key_result_id)
        insert_in_order(changes, moved, changes.children(KeyResult, "objective_id", objective_id), index)
        super().__init__(board, tr("Move key result to another objective"), changes.changes)


class ReorderKeyResult(BoardCommand):
    """Move a key result to ``index`` among its objective's key results."""

    grows_lanes = True

    def __init__(self, board: Board, key_result_id: str, index: int) -> None:
        changes = ChangeSet(board)
        key_result = board.typed(key_result_id, KeyResult)
        siblings = changes.children(KeyResult, "objective_id", key_result.objective_id)
        insert_in_order(changes, key_result, siblings, index)
        super().__init__(board, tr("Reorder key results"), changes.changes)


class MoveInitiative(BoardCommand):
    """Move an initiative under a key result (its own or another), at ``index`` there."""

    grows_lanes = True

    def __init__(
        self, board: Board, initiative_id: str, key_result_id: str, index: int | None = None
    ) -> None:
        changes = ChangeSet(board)
        initiative = board.typed(initiative_id, Initiative)
        old_siblings = changes.children(Initiative, "key_result_id", initiative.key_result_id)
        changes.update(initiative_id, key_result_id=key_result_id)
        changes.renumber(s for s in old_siblings if s.id != initiative_id)
        moved = changes.get(initiative_id)
        insert_in_order(changes, moved, changes.children(Initiative, "key_result_id", key_result_id), index)
        super().__init__(board, tr("Move initiative"), changes.changes)


class MoveObjectiveToTeam(BoardCommand):
    """Move an objective into another team's lane, at ``position``."""

    grows_lanes = True

    def __init__(self, board: Board, objective_id: str, team_id: str, position: tuple[float, float]) -> None:
        changes = ChangeSet(board)
        siblings = changes.children(Objective, "team_id", team_id)
        changes.update(
            objective_id, team_id=team_id, x=position[0], y=position[1], order=board.next_order(siblings)
        )
        team = board.typed(team_id, Team)
        super().__init__(board, tr("Move objective to %1").replace("%1", team.name), changes.changes)


class ConvertNoteToKeyResult(BoardCommand):
    """A note dropped on an objective becomes one of its key results (same id, same text)."""

    grows_lanes = True

    def __init__(self, board: Board, note_id: str, objective_id: str, index: int | None = None) -> None:
        changes = ChangeSet(board)
        note = board.typed(note_id, Note)
        changes.remove(note_id)
        key_result = KeyResult(objective_id, note.text, id=note.id)
        insert_in_order(changes, key_result, changes.children(KeyResult, "objective_id", objective_id), index)
        super().__init__(board, tr("Turn note into key result"), changes.changes)


class LinkAlignment(BoardCommand):
    """Align an objective to a parent objective or key result (``None`` removes the link)."""

    def __init__(self, board: Board, objective_id: str, target_id: str | None) -> None:
        changes = ChangeSet(board)
        changes.update(objective_id, aligned_to=target_id)
        text = tr("Align objective") if target_id is not None else tr("Remove alignment")
        super().__init__(board, text, changes.changes)


class DeleteCards(BoardCommand):
    """Delete cards and lanes with everything they hold; ``unlink`` objectives lose their alignment.

    The cascade comes from :func:`okrworkshop.model.removal_plan`: links to the doomed cards are
    cleared, children go before their parents, and undo puts everything back in place.
    """

    def __init__(self, board: Board, ids: Iterable[str], unlink: Iterable[str] = ()) -> None:
        ids = [i for i in dict.fromkeys(ids) if i in board]
        changes = ChangeSet(board)
        origin = stack_origin(changes)
        plan = removal_plan(board, ids)
        doomed = {e.id for e in plan.removals}
        for objective_id in unlink:
            if objective_id not in doomed and objective_id in board:
                changes.update(objective_id, aligned_to=None)
        for entity_id, field, _old in plan.unlinks:
            changes.update(entity_id, **{field: None})
        for entity in plan.removals:
            changes.remove(entity.id)
        if any(isinstance(e, Team) for e in plan.removals):
            restack(changes, origin)
        cards = [e for e in plan.removals if e.id in ids]
        if len(cards) == 1:
            text = undo_text("delete", cards[0])
        elif cards:
            text = tr("Delete %1 cards").replace("%1", str(len(cards)))
        else:
            text = tr("Remove alignment")
        super().__init__(board, text, changes.changes)


class PasteCards(BoardCommand):
    """Add several new cards at once (paste, duplicate), parents before children."""

    grows_lanes = True

    def __init__(self, board: Board, entities: list[Entity], text: str) -> None:
        changes = ChangeSet(board)
        for entity in entities:
            changes.add(entity)
        super().__init__(board, text, changes.changes)
        self.card_ids = [e.id for e in entities]
