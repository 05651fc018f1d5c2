"""The board: every entity of one workshop, and the one API that changes them.

All changes go through :meth:`Board.add`, :meth:`Board.remove`, :meth:`Board.update` and
:meth:`Board.set_workshop`. Each checks the change, applies it, and announces it to observers
(:mod:`okrworkshop.model.events`); a change that changes nothing is not announced. Removal is
strict: an entity that still has children or is referred to cannot be removed, so that whoever
removes it (an undo command, an import) spells out the cascade and can restore it exactly
(:func:`okrworkshop.model.cascade.removal_plan` builds that cascade).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar, cast

from okrworkshop.model.entities import (
    DECISIONS,
    DIRECTIONS,
    KEY_RESULT_KINDS,
    LANGUAGES,
    OBJECTIVE_KINDS,
    CheckIn,
    Entity,
    Initiative,
    KeyResult,
    Note,
    Objective,
    Round,
    Snapshot,
    Team,
    Workshop,
)
from okrworkshop.model.events import (
    Added,
    Committed,
    Event,
    Reloaded,
    Removed,
    Updated,
    WorkshopChanged,
)
from okrworkshop.model.limits import values_problem

E = TypeVar("E", bound=Entity)
Observer = Callable[[Event], None]

#: For each kind, the field naming the entity it belongs to (removal of the owner is blocked).
OWNER_FIELD: dict[type, str] = {
    Team: "parent_id",
    Objective: "team_id",
    KeyResult: "objective_id",
    Initiative: "key_result_id",
    Note: "team_id",
    CheckIn: "key_result_id",
}
#: For each kind, fields that refer to another entity without owning it.
REFERENCE_FIELDS: dict[type, tuple[str, ...]] = {Objective: ("aligned_to",), Snapshot: ("round_id",)}


class ModelError(ValueError):
    """A change the model refuses (unknown id, broken link, value out of range)."""


class AlignmentError(ModelError):
    """An alignment the model refuses, naming the objective it was for (see :meth:`Board.align_many`)."""

    def __init__(self, message: str, objective_id: str) -> None:
        super().__init__(message)
        self.objective_id = objective_id


def _sort_key(entity: Any) -> tuple[float, str]:
    return (entity.order, entity.id)


class Board:
    """All entities of one workshop, indexed, with an observable mutation API."""

    def __init__(self, workshop: Workshop | None = None) -> None:
        self._workshop = workshop or Workshop()
        self._entities: dict[str, Entity] = {}
        self._children: dict[str, set[str]] = {}
        self._referrers: dict[str, set[str]] = {}
        # Per-kind ids in board insertion order, the sorted lists handed out (rebuilt after a
        # change of that kind), and each id's rank of insertion: queries never scan the board.
        self._kinds: dict[type, dict[str, None]] = {}
        self._sorted: dict[type, list[Any]] = {}
        self._rank: dict[str, int] = {}
        self._next_rank = 0
        self._observers: list[Observer] = []
        self._depth = 0
        self._pending = 0

    # ----------------------------------------------------------------- observers
    def subscribe(self, observer: Observer) -> None:
        """Call ``observer(event)`` after every change."""
        self._observers.append(observer)

    def unsubscribe(self, observer: Observer) -> None:
        if observer in self._observers:
            self._observers.remove(observer)

    def _announce(self, event: Event) -> None:
        for observer in list(self._observers):
            observer(event)
        if not isinstance(event, (Committed, Reloaded)):
            self._pending += 1
            if self._depth == 0:
                self._flush()

    def _flush(self) -> None:
        count, self._pending = self._pending, 0
        if count:
            for observer in list(self._observers):
                observer(Committed(count))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes: observers see each change, then one :class:`Committed` at the end."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._flush()

    # ------------------------------------------------------------------- queries
    @property
    def workshop(self) -> Workshop:
        return self._workshop

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def __len__(self) -> int:
        return len(self._entities)

    def get(self, entity_id: str) -> Entity:
        """The entity with that id; :class:`ModelError` if there is none."""
        try:
            return self._entities[entity_id]
        except KeyError:
            raise ModelError(f"no card or team with id {entity_id!r}") from None

    def find(self, entity_id: str | None) -> Entity | None:
        """The entity with that id, or None."""
        return self._entities.get(entity_id) if entity_id is not None else None

    def typed(self, entity_id: str, kind: type[E]) -> E:
        """The entity with that id, checked to be of ``kind``."""
        entity = self.get(entity_id)
        if not isinstance(entity, kind):
            raise ModelError(f"{entity_id!r} is a {type(entity).__name__}, not a {kind.__name__}")
        return entity

    def all(self, kind: type[E]) -> list[E]:
        """Every entity of one kind (in board order where the kind has an order)."""
        if kind not in OWNER_FIELD and kind not in (Round, Snapshot):  # not one concrete kind
            found = cast(list[E], [e for e in self._entities.values() if isinstance(e, kind)])
            if found and hasattr(found[0], "order"):
                found.sort(key=_sort_key)
            return found
        cached = self._sorted.get(kind)
        if cached is None:
            cached = [self._entities[i] for i in self._kinds.get(kind, ())]
            if hasattr(kind, "order"):
                cached.sort(key=_sort_key)
            self._sorted[kind] = cached
        return list(cached)

    def count(self, kind: type) -> int:
        """How many entities of this kind the board holds (no list is built)."""
        return len(self._kinds.get(kind, ()))

    def _children_of(self, parent_id: str | None, kind: type[E]) -> list[E]:
        if parent_id is None:
            return []
        found = cast(
            list[E],
            [e for cid in self._children.get(parent_id, ()) if isinstance(e := self._entities[cid], kind)],
        )
        if hasattr(kind, "order"):
            found.sort(key=_sort_key)
        return found

    def teams(self) -> list[Team]:
        """All teams, in lane order."""
        return self.all(Team)

    def top_teams(self) -> list[Team]:
        return [t for t in self.teams() if t.parent_id is None]

    def subteams(self, team_id: str) -> list[Team]:
        return self._children_of(team_id, Team)

    def objectives(self, team_id: str | None = None) -> list[Objective]:
        """Objectives of one team, or all of them in board order (lane by lane)."""
        if team_id is None:
            return [o for team in self.teams() for o in self._children_of(team.id, Objective)]
        return self._children_of(team_id, Objective)

    def key_results(self, objective_id: str | None = None) -> list[KeyResult]:
        """Key results of one objective, or all of them in board order."""
        if objective_id is None:
            return [k for o in self.objectives() for k in self._children_of(o.id, KeyResult)]
        return self._children_of(objective_id, KeyResult)

    def initiatives(self, key_result_id: str | None = None) -> list[Initiative]:
        if key_result_id is None:
            return [i for k in self.key_results() for i in self._children_of(k.id, Initiative)]
        return self._children_of(key_result_id, Initiative)

    def check_ins(self, key_result_id: str) -> list[CheckIn]:
        """A key result's check-ins, oldest first (by date, then id)."""
        found = self._children_of(key_result_id, CheckIn)
        found.sort(key=lambda c: (c.date, c.id))
        return found

    def notes(self, team_id: str | None = None) -> list[Note]:
        """Free notes; with ``team_id``, only that lane's."""
        if team_id is None:
            return self.all(Note)
        found = self._children_of(team_id, Note)
        found.sort(key=lambda n: self._rank[n.id])
        return found

    def rounds(self) -> list[Round]:
        return self.all(Round)

    def snapshots(self) -> list[Snapshot]:
        return sorted(self.all(Snapshot), key=lambda s: (s.created_at, s.id))

    def children(self, entity_id: str) -> list[Entity]:
        """Entities owned by this one (sub-teams, objectives, key results, initiatives, notes)."""
        return [self._entities[cid] for cid in self._children.get(entity_id, ())]

    def referrers(self, entity_id: str) -> list[Entity]:
        """Entities that refer to this one without being owned (alignment, snapshot round)."""
        return [self._entities[rid] for rid in self._referrers.get(entity_id, ())]

    def team_of(self, entity_id: str) -> Team | None:
        """The team a card belongs to (through its objective for key results and initiatives)."""
        entity = self.find(entity_id)
        while entity is not None and not isinstance(entity, Team):
            if isinstance(entity, Initiative):
                entity = self.find(entity.key_result_id)
            elif isinstance(entity, KeyResult):
                entity = self.find(entity.objective_id)
            elif isinstance(entity, (Objective, Note)):
                entity = self.find(entity.team_id)
            else:
                return None
        return entity

    def alignment_target_objective(self, objective: Objective) -> Objective | None:
        """The objective this one contributes to (directly, or through one of its key results)."""
        target = self.find(objective.aligned_to)
        if isinstance(target, KeyResult):
            target = self.find(target.objective_id)
        return target if isinstance(target, Objective) else None

    def next_order(self, siblings: list[Any]) -> float:
        """An order value placing a new entity after ``siblings``."""
        return (max(s.order for s in siblings) + 1.0) if siblings else 0.0

    # ----------------------------------------------------------------- mutation
    def add(self, entity: E) -> E:
        """Add an entity; its owner and references must already be on the board."""
        if entity.id in self._entities:
            raise ModelError(f"id {entity.id!r} is already on the board")
        _check_values(entity, entity_fields(entity))
        self._check(entity)
        self._insert(entity)
        self._announce(Added(entity))
        return entity

    def remove(self, entity_id: str) -> Entity:
        """Remove an entity that nothing owned by or referring to it still needs."""
        entity = self.get(entity_id)
        if self._children.get(entity_id):
            raise ModelError(f"{_label(entity)} still has cards or teams inside it")
        if self._referrers.get(entity_id):
            raise ModelError(f"{_label(entity)} is still referred to (alignment or snapshot)")
        self._unlink(entity)
        del self._entities[entity_id]
        del self._kinds[type(entity)][entity_id], self._rank[entity_id]
        self._sorted.pop(type(entity), None)
        self._announce(Removed(entity))
        return entity

    def update(self, entity_id: str, **changes: Any) -> Entity:
        """Replace an entity with a copy that has ``changes``; announced only if something differs."""
        before = self.get(entity_id)
        if "id" in changes:
            raise ModelError("an id cannot change")
        try:
            after = dataclasses.replace(before, **changes)
        except TypeError as exc:
            raise ModelError(f"{type(before).__name__}: {exc}") from None
        fields = frozenset(k for k, v in changes.items() if getattr(before, k) != v)
        if not fields:
            return before
        _check_values(after, fields)
        # Chains are walked for loops only when a link changes (moving an aligned card walked
        # its whole chain: placing the cards of a 3,000-deep chain was quadratic).
        self._check(after, walk=not fields.isdisjoint(("aligned_to", "parent_id", "objective_id")))
        self._unlink(before)
        self._insert(after)
        self._announce(Updated(before, after, fields))
        return after

    def set_workshop(self, **changes: Any) -> Workshop:
        """Change the workshop's settings; announced only if something differs."""
        before = self._workshop
        try:
            after = dataclasses.replace(before, **changes)
        except TypeError as exc:
            raise ModelError(f"Workshop: {exc}") from None
        fields = frozenset(k for k, v in changes.items() if getattr(before, k) != v)
        if not fields:
            return before
        if after.language not in LANGUAGES:
            raise ModelError(f"language must be one of {', '.join(LANGUAGES)}, not {after.language!r}")
        self._workshop = after
        self._announce(WorkshopChanged(before, after, fields))
        return after

    def load(self, workshop: Workshop, entities: list[Entity]) -> None:
        """Replace the whole content (opening a file, restoring a snapshot) without undo history.

        Entities may come in any order; links are checked once all are in.
        """
        self._workshop = workshop
        self._entities.clear()
        self._children.clear()
        self._referrers.clear()
        self._kinds.clear()
        self._sorted.clear()
        self._rank.clear()
        for entity in entities:
            if entity.id in self._entities:
                raise ModelError(f"id {entity.id!r} appears twice")
            self._index_kind(entity)
        for entity in entities:
            self._check(entity, walk=False)
            self._link(entity)
        self._check_loops(entities)
        for observer in list(self._observers):
            observer(Reloaded())

    def align_many(self, alignments: list[tuple[str, str]]) -> None:
        """Align each objective to its target, as :meth:`update` would one after the other.

        For readers: the objectives have no alignment yet, and checking each new link by walking
        its chain made a 3,000-deep chain cost seconds; here loops are found as links are added.
        Raises :class:`AlignmentError` for the first alignment refused, and then changes nothing;
        else the changes are one transaction. (Objectives already aligned are updated one by one.)
        """
        from okrworkshop.model.chains import ChainEnds

        if len({o for o, _ in alignments}) != len(alignments) or any(
            not isinstance(self._entities.get(o), Objective) or self._entities[o].aligned_to is not None  # type: ignore[union-attr]
            for o, _ in alignments
        ):
            for objective_id, target_id in alignments:  # not the readers' case: one by one
                try:
                    self.update(objective_id, aligned_to=target_id)
                except ModelError as exc:
                    raise AlignmentError(str(exc), objective_id) from None
            return
        ends = ChainEnds(self._objective_above)
        for objective_id, target_id in alignments:
            objective = cast(Objective, self._entities[objective_id])
            target = self._entities.get(target_id)
            if not isinstance(target, (Objective, KeyResult)):
                raise AlignmentError(
                    f"an objective aligns to an objective or a key result, not {target_id!r}", objective_id
                )
            above = target.id if isinstance(target, Objective) else target.objective_id
            if ends.closes_a_loop(objective_id, above):
                raise AlignmentError(f"aligning {objective.title!r} there would make a loop", objective_id)
            ends.link(objective_id, above)
        with self.transaction():
            for objective_id, target_id in alignments:
                before = cast(Objective, self._entities[objective_id])
                after = dataclasses.replace(before, aligned_to=target_id)
                self._unlink(before)
                self._insert(after)
                self._announce(Updated(before, after, frozenset({"aligned_to"})))

    def _objective_above(self, objective_id: str) -> str | None:
        """The objective that ``objective_id`` contributes to (through a key result or directly)."""
        objective = self._entities.get(objective_id)
        target = self._entities.get(objective.aligned_to or "") if isinstance(objective, Objective) else None
        if isinstance(target, KeyResult):
            return target.objective_id
        return target.id if isinstance(target, Objective) else None

    def _check_loops(self, entities: list[Entity]) -> None:
        """Nested teams and alignments that loop, in one pass over the board (see :mod:`.chains`)."""
        from okrworkshop.model.chains import reaching_a_loop

        def parent_of(team_id: str) -> str | None:
            team = self._entities.get(team_id)
            return team.parent_id if isinstance(team, Team) else None

        teams = [e for e in entities if isinstance(e, Team)]
        objectives = [e for e in entities if isinstance(e, Objective)]
        bad_team = reaching_a_loop((t.id for t in teams), parent_of)
        bad_objective = reaching_a_loop((o.id for o in objectives), self._objective_above)
        for entity in entities:  # the first in the order given, as checking one by one found it
            if entity.id == bad_team:
                raise ModelError(f"team {cast(Team, entity).name!r} cannot be nested inside itself")
            if entity.id == bad_objective:
                raise ModelError(f"aligning {cast(Objective, entity).title!r} there would make a loop")

    # ------------------------------------------------------------------ indexes
    def _insert(self, entity: Entity) -> None:
        self._index_kind(entity)
        self._link(entity)

    def _index_kind(self, entity: Entity) -> None:
        """Put ``entity`` in ``_entities`` and its kind's index (a replaced one keeps its place)."""
        self._entities[entity.id] = entity
        self._kinds.setdefault(type(entity), {})[entity.id] = None
        self._sorted.pop(type(entity), None)
        if entity.id not in self._rank:
            self._rank[entity.id] = self._next_rank
            self._next_rank += 1

    def _link(self, entity: Entity) -> None:
        owner_field = OWNER_FIELD.get(type(entity))
        if owner_field and (owner := getattr(entity, owner_field)) is not None:
            self._children.setdefault(owner, set()).add(entity.id)
        for name in REFERENCE_FIELDS.get(type(entity), ()):
            if (ref := getattr(entity, name)) is not None:
                self._referrers.setdefault(ref, set()).add(entity.id)

    def _unlink(self, entity: Entity) -> None:
        owner_field = OWNER_FIELD.get(type(entity))
        if owner_field and (owner := getattr(entity, owner_field)) is not None:
            self._children.get(owner, set()).discard(entity.id)
        for name in REFERENCE_FIELDS.get(type(entity), ()):
            if (ref := getattr(entity, name)) is not None:
                self._referrers.get(ref, set()).discard(entity.id)

    # --------------------------------------------------------------- validation
    def _check(self, entity: Entity, walk: bool = True) -> None:
        """Refuse an entity the board cannot hold; ``walk=False`` leaves loops to :meth:`_check_loops`."""
        if isinstance(entity, Team):
            if not entity.name.strip():
                raise ModelError("a team needs a name")
            if entity.parent_id is not None:
                self._need(entity.parent_id, Team, "parent team")
                seen: set[str] = {entity.id}
                current: str | None = entity.parent_id if walk else None
                while current is not None:
                    if current in seen:
                        raise ModelError(f"team {entity.name!r} cannot be nested inside itself")
                    seen.add(current)
                    parent = self._entities.get(current)
                    current = parent.parent_id if isinstance(parent, Team) else None
        elif isinstance(entity, Objective):
            self._need(entity.team_id, Team, "team")
            if entity.kind not in OBJECTIVE_KINDS:
                raise ModelError(f"objective kind must be committed or aspirational, not {entity.kind!r}")
            if entity.aligned_to is not None:
                self._check_alignment(entity, walk)
            _check_decision(entity.decision)
        elif isinstance(entity, KeyResult):
            self._need(entity.objective_id, Objective, "objective")
            for referrer_id in self._referrers.get(entity.id, ()) if walk else ():
                if self._aligns_into(entity.objective_id, referrer_id):
                    raise ModelError(f"moving {entity.title!r} there would make an alignment loop")
            if entity.kind not in KEY_RESULT_KINDS:
                raise ModelError(f"key result kind must be metric or milestone, not {entity.kind!r}")
            if entity.direction not in DIRECTIONS:
                raise ModelError(
                    f"direction must be increase, decrease or maintain, not {entity.direction!r}"
                )
            _check_confidence(entity.confidence)
            if entity.score is not None and not (
                isinstance(entity.score, (int, float)) and 0.0 <= entity.score <= 1.0
            ):
                raise ModelError(f"a score runs from 0.0 to 1.0, not {entity.score!r}")
            _check_decision(entity.decision)
        elif isinstance(entity, CheckIn):
            self._need(entity.key_result_id, KeyResult, "key result")
            try:
                parsed = date.fromisoformat(entity.date)
            except (TypeError, ValueError):
                parsed = None
            if parsed is None or parsed.isoformat() != entity.date:
                raise ModelError(f"a check-in date is written YYYY-MM-DD, not {entity.date!r}")
            if entity.value is not None and not (
                isinstance(entity.value, (int, float)) and math.isfinite(entity.value)
            ):
                raise ModelError(f"a check-in value is a number, not {entity.value!r}")
            _check_confidence(entity.confidence)
        elif isinstance(entity, Initiative):
            self._need(entity.key_result_id, KeyResult, "key result")
        elif isinstance(entity, Note):
            if entity.team_id is not None:
                self._need(entity.team_id, Team, "team")
        elif isinstance(entity, Snapshot):
            if entity.round_id is not None:
                self._need(entity.round_id, Round, "round")
        elif isinstance(entity, Round):
            if entity.scripted_check_ins:
                from okrworkshop.model.scripted import parse_scripted

                parse_scripted(entity.scripted_check_ins)
        else:
            raise ModelError(f"not a board entity: {entity!r}")

    def _need(self, entity_id: str, kind: type, what: str) -> None:
        found = self._entities.get(entity_id)
        if not isinstance(found, kind):
            raise ModelError(f"unknown {what} {entity_id!r}")

    def _aligns_into(self, objective_id: str, target_id: str) -> bool:
        """Whether ``objective_id`` is ``target_id`` or contributes to it, following alignments up."""
        seen: set[str] = set()
        current: Entity | None = self._entities.get(objective_id)
        while isinstance(current, (Objective, KeyResult)) and current.id not in seen:
            if current.id == target_id:
                return True
            seen.add(current.id)
            if isinstance(current, KeyResult):
                current = self._entities.get(current.objective_id)
            else:
                current = self._entities.get(current.aligned_to) if current.aligned_to else None
        return False

    def _check_alignment(self, objective: Objective, walk: bool = True) -> None:
        target = self._entities.get(objective.aligned_to or "")
        if not isinstance(target, (Objective, KeyResult)):
            raise ModelError(
                f"an objective aligns to an objective or a key result, not {objective.aligned_to!r}"
            )
        seen = {objective.id}
        current: Entity | None = target if walk else None
        while current is not None:
            if isinstance(current, KeyResult):
                current = self._entities.get(current.objective_id)
                continue
            assert isinstance(current, Objective)
            if current.id in seen:
                raise ModelError(f"aligning {objective.title!r} there would make a loop")
            seen.add(current.id)
            current = self._entities.get(current.aligned_to) if current.aligned_to else None


def _check_confidence(confidence: object) -> None:
    if confidence is not None and not (
        isinstance(confidence, int) and not isinstance(confidence, bool) and 0 <= confidence <= 10
    ):
        raise ModelError(f"confidence must be a whole number from 0 to 10, not {confidence!r}")


def _check_decision(decision: object) -> None:
    if decision not in DECISIONS:
        raise ModelError(f"a decision is keep, adjust or drop, not {decision!r}")


def entity_fields(entity: Entity) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(entity))


def _check_values(entity: Entity, names: frozenset[str]) -> None:
    """Edits stay within the limits every reader applies (what the app writes, it reads back)."""
    found = values_problem(type(entity).__name__, {n: getattr(entity, n) for n in names})
    if found is not None:
        name, problem = found
        raise ModelError(f"{name} {problem}")


def _label(entity: Entity) -> str:
    """``Objective 'Fidéliser'``: the kind and the title or name of an entity that can own or be
    referred to (teams, objectives, key results, rounds)."""
    name = getattr(entity, "title", None) or getattr(entity, "name", "")
    return f"{type(entity).__name__} {name!r}"
