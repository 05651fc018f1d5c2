"""A case study turned into a workshop board: lanes for its teams, its rounds, its reference OKRs.

Lanes and cards are placed by the interchange's tidy layout (the one JSON and CSV drafts get), so a
workshop started from a case looks like any other: lanes stacked top to bottom, each sub-team right
below its parent and indented, objectives side by side with room for their key results.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from typing import TYPE_CHECKING

from okrworkshop.interchange import place_missing
from okrworkshop.model import (
    Board,
    CheckIn,
    Entity,
    Initiative,
    KeyResult,
    Objective,
    Round,
    Team,
    Workshop,
    new_id,
)
from okrworkshop.model.progress import computed_score
from okrworkshop.model.scripted import write_scripted
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
                lessons=team.lessons.get(lang, case.languages[0]) if reference and team.lessons else "",
            )
        )
    follow_up = case.follow_up
    cards: list[Entity] = []
    kr_ids: dict[tuple[int, int], str] = {}
    if reference or follow_up is not None:
        # A follow-up case starts from the organisation's objectives: they are on every board.
        cards, kr_ids = _reference_cards(case, lang, team_ids, answers=reference)
    check_ins: dict[int, list[CheckIn]] = {}  # week -> the check-ins of that week
    if follow_up is not None:
        for (o, k), kr_id in kr_ids.items():
            for spec in case.objectives[o].key_results[k].check_ins:
                check_ins.setdefault(spec.week, []).append(
                    CheckIn(
                        key_result_id=kr_id,
                        date=follow_up.date_of(spec.week),
                        value=spec.value,
                        confidence=spec.confidence,
                        comment=spec.comment.get(lang, case.languages[0]) if spec.comment else "",
                    )
                )
    for index, case_round in enumerate(case.rounds(lang)):
        brought = [c for week in case_round.check_in_weeks for c in check_ins.get(week, [])]
        entities.append(
            Round(
                title=case_round.title,
                order=float(index),
                instructions=case_round.instructions,
                duration_s=case_round.minutes * 60,
                scripted_check_ins=write_scripted(brought),
            )
        )
    entities += cards
    if follow_up is not None:
        # The board shows the quarter as it stands: the weeks before the start (the reference: all
        # of them), each key result at its latest check-in.
        shown = [
            c for week, found in check_ins.items() if reference or week < follow_up.start_week for c in found
        ]
        entities += shown
        entities = _at_latest_check_in(entities, shown)
        if reference:
            entities = _scored(entities)
    board = Board(workshop)
    board.load(workshop, entities)
    place_missing(board, set())
    return board


def _at_latest_check_in(entities: list[Entity], check_ins: list[CheckIn]) -> list[Entity]:
    latest: dict[str, CheckIn] = {}
    for check_in in sorted(check_ins, key=lambda c: c.date):
        latest[check_in.key_result_id] = check_in
    result: list[Entity] = []
    for entity in entities:
        found = latest.get(entity.id) if isinstance(entity, KeyResult) else None
        if isinstance(entity, KeyResult) and found is not None:
            entity = dataclasses.replace(
                entity,
                current=found.value if found.value is not None else entity.current,
                confidence=found.confidence if found.confidence is not None else entity.confidence,
            )
        result.append(entity)
    return result


def _scored(entities: list[Entity]) -> list[Entity]:
    """The reference of a follow-up case is scored: the case's score, else the one progress gives."""
    return [
        dataclasses.replace(e, score=computed_score(e))
        if isinstance(e, KeyResult) and e.score is None and computed_score(e) is not None
        else e
        for e in entities
    ]


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


def _reference_cards(
    case: CaseStudy, lang: str, team_ids: dict[str, str], *, answers: bool = True
) -> tuple[list[Entity], dict[tuple[int, int], str]]:
    """The case's objectives, key results and initiatives, and the board id of each key result
    (by objective and key-result index). ``answers``: with a follow-up case's reference answers
    (keep / adjust / drop, scores, what each team learnt)."""
    first = case.languages[0]
    kr_ids: dict[tuple[int, int], str] = {}
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
    for o, spec in enumerate(case.objectives):
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
                decision=spec.decision if answers else "",  # type: ignore[arg-type]
            )
        )
        for k, kr_spec in enumerate(spec.key_results):
            kr_id = board_ids.get(kr_spec.id or "", new_id())
            kr_ids[(o, k)] = kr_id
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
                    score=kr_spec.score if answers else None,
                    decision=kr_spec.decision if answers else "",  # type: ignore[arg-type]
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
    return cards, kr_ids
