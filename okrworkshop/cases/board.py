"""A case study turned into a workshop board: lanes for its teams, its rounds, its reference OKRs.

Lanes and cards are placed by the interchange's tidy layout (the one JSON and CSV drafts get), so a
workshop started from a case looks like any other: lanes stacked top to bottom, each sub-team right
below its parent and indented, objectives side by side with room for their key results.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from okrworkshop.interchange import place_missing
from okrworkshop.model import (
    Board,
    Entity,
    Initiative,
    KeyResult,
    Objective,
    Round,
    Team,
    Workshop,
    new_id,
)
from okrworkshop.palette import team_colour

if TYPE_CHECKING:
    from okrworkshop.cases.study import CaseStudy, CaseTeam

REFERENCE_SUFFIX = {"fr": "OKR de référence", "en": "reference OKRs"}


def build_board(case: CaseStudy, lang: str, *, reference: bool) -> Board:
    """The board of a new workshop on ``case`` in ``lang`` (see :meth:`CaseStudy.new_board`)."""
    title = case.title(lang)
    if reference:
        title = f"{title} — {REFERENCE_SUFFIX.get(lang, REFERENCE_SUFFIX['en'])}"
    workshop = Workshop(
        title=title,
        language=lang,
        period=case.period(lang),
        case_id=case.id,
        case_brief=case.brief(lang),
    )
    if case.profile:
        # The rounds name the checker profile they hold the teams to; the workshop starts with it.
        workshop = replace(workshop, profile=case.profile)
    entities: list[Entity] = []
    team_ids: dict[str, str] = {}
    for index, team in enumerate(_parents_first(case.teams)):
        team_ids[team.id] = new_id()
        entities.append(
            Team(
                name=team.name(lang),
                id=team_ids[team.id],
                parent_id=team_ids[team.parent] if team.parent else None,
                colour=team.colour or team_colour(index),
                order=float(index),
            )
        )
    for index, case_round in enumerate(case.rounds(lang)):
        entities.append(
            Round(
                title=case_round.title,
                order=float(index),
                instructions=case_round.instructions,
                duration_s=case_round.minutes * 60,
            )
        )
    if reference:
        entities += _reference_cards(case, lang, team_ids)
    board = Board(workshop)
    board.load(workshop, entities)
    place_missing(board, set())
    return board


def _parents_first(teams: tuple[CaseTeam, ...]) -> list[CaseTeam]:
    """Teams depth-first in the case's order: each parent followed by its sub-teams."""
    ordered: list[CaseTeam] = []

    def visit(parent: str | None) -> None:
        for team in teams:
            if team.parent == parent:
                ordered.append(team)
                visit(team.id)

    visit(None)
    return ordered


def _reference_cards(case: CaseStudy, lang: str, team_ids: dict[str, str]) -> list[Entity]:
    first = case.languages[0]
    # Every spec id (objective or key result) gets its board id first, so alignments can point
    # at cards written further down the file.
    board_ids: dict[str, str] = {}
    for spec in case.objectives:
        if spec.id:
            board_ids[spec.id] = new_id()
        for kr_spec in spec.key_results:
            if kr_spec.id:
                board_ids[kr_spec.id] = new_id()
    cards: list[Entity] = []
    order_in_team: dict[str, int] = {}
    for spec in case.objectives:
        objective_id = board_ids.get(spec.id or "", new_id())
        order = order_in_team.get(spec.team, 0)
        order_in_team[spec.team] = order + 1
        cards.append(
            Objective(
                team_id=team_ids[spec.team],
                title=spec.title.get(lang, first),
                id=objective_id,
                description=spec.description.get(lang, first) if spec.description else "",
                kind=spec.kind,  # type: ignore[arg-type]
                owner=spec.owner,
                aligned_to=board_ids[spec.aligned_to] if spec.aligned_to else None,
                order=float(order),
            )
        )
        for k, kr_spec in enumerate(spec.key_results):
            kr_id = board_ids.get(kr_spec.id or "", new_id())
            cards.append(
                KeyResult(
                    objective_id=objective_id,
                    title=kr_spec.title.get(lang, first),
                    id=kr_id,
                    owner=kr_spec.owner,
                    kind=kr_spec.kind,  # type: ignore[arg-type]
                    direction=kr_spec.direction,  # type: ignore[arg-type]
                    baseline=kr_spec.baseline,
                    target=kr_spec.target,
                    unit=kr_spec.unit.get(lang, first),
                    confidence=kr_spec.confidence,
                    order=float(k),
                )
            )
            for i, initiative in enumerate(kr_spec.initiatives):
                # The key result's owner answers for the work planned under it.
                cards.append(
                    Initiative(
                        key_result_id=kr_id,
                        title=initiative.get(lang, first),
                        owner=kr_spec.owner,
                        order=float(i),
                    )
                )
    return cards
