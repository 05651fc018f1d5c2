"""A case study as the app uses it: validated content, read per language.

:mod:`okrworkshop.cases.loader` builds a :class:`CaseStudy` from a trainer's ``case.toml``; the
methods here give the texts in one language (falling back to the case's first language for a
language it is not written in) and build workshop boards from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from okrworkshop.cases.text import LANGUAGE_NAMES, Text, format_as_of, format_number, with_unit
from okrworkshop.errors import InputError
from okrworkshop.model.value import Value

if TYPE_CHECKING:
    from okrworkshop.model import Board

#: Levels, in course order, with their names for the room.
LEVELS: dict[str, Text] = {
    "fundamentals": Text.of(fr="fondamentaux", en="fundamentals"),
    "intermediate": Text.of(fr="intermédiaire", en="intermediate"),
    "complex": Text.of(fr="organisations complexes", en="complex organisations"),
    "follow-up": Text.of(fr="suivi et rétrospective", en="follow-up and retrospective"),
}


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class CaseFigure(Value):
    """A key figure of the case: a current value teams can use as a key-result baseline."""

    id: str
    label: Text
    value: float
    unit: Text
    as_of: str
    decimals: int | None = None
    note: Text | None = None


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class FigureRow(Value):
    """One row of the figures table, in one language."""

    id: str
    label: str
    value: float
    value_text: str
    unit: str
    as_of: str
    note: str


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class CasePerson(Value):
    """Someone in the case (a possible owner), with their role."""

    name: str
    role: Text
    team: str | None = None


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class CaseTeam(Value):
    """A team of the case; ``parent`` is the id of the team it belongs to."""

    id: str
    names: Text
    parent: str | None = None
    mission: Text | None = None
    colour: str | None = None
    #: A follow-up case's reference answer: what the team should have learnt this quarter.
    lessons: Text | None = None

    def name(self, lang: str) -> str:
        return self.names.get(lang)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class RoundSpec(Value):
    """One exercise round of a case, in every language the case has."""

    title: Text
    minutes: int
    instructions: Text
    #: The checker profile the round holds the teams' work to (a profile id), if the round names one.
    profile: str | None = None
    #: A follow-up case's weeks whose check-ins arrive when the round starts.
    check_in_weeks: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class CaseRound(Value):
    """One exercise round, in one language."""

    title: str
    instructions: str
    minutes: int
    #: The checker profile the round names (its reference answer passes it), or None.
    profile: str | None = None
    #: A follow-up case's weeks whose check-ins arrive when the round starts.
    check_in_weeks: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class FollowUpSpec(Value):
    """A follow-up case: its quarter (week 1 starts on ``quarter_start``) and the week the board starts at."""

    quarter_start: str
    start_week: int
    weeks: int = 13

    def date_of(self, week: int) -> str:
        """The date of a week's check-in: the Friday of that week (``quarter_start`` is its Monday)."""
        from datetime import date, timedelta

        return (date.fromisoformat(self.quarter_start) + timedelta(days=7 * (week - 1) + 4)).isoformat()


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class CheckInSpec(Value):
    """One week's check-in of a key result in a follow-up case."""

    week: int
    value: float
    confidence: int | None
    comment: Text | None = None


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class NoteSpec(Value):
    """A facilitator's note of a case, in every language the case has."""

    topic: Text
    text: Text


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class FacilitatorNote(Value):
    """What the facilitator should challenge or expect, in one language."""

    topic: str
    text: str


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class KeyResultSpec(Value):
    """A reference key result (baseline and unit may come from a figure)."""

    id: str | None
    title: Text
    owner: str
    kind: str
    direction: str
    baseline: float | None
    target: float | None
    unit: Text
    confidence: int | None
    figure: str | None
    initiatives: tuple[Text, ...] = ()
    #: A follow-up case: the key result's check-ins, week by week.
    check_ins: tuple[CheckInSpec, ...] = ()
    #: Reference answers of a follow-up case: keep / adjust / drop, and a score given by hand.
    decision: str = ""
    score: float | None = None


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class ObjectiveSpec(Value):
    """A reference objective of one team; ``aligned_to`` is an objective or key-result id."""

    id: str | None
    team: str
    title: Text
    owner: str
    kind: str
    aligned_to: str | None
    description: Text | None
    key_results: tuple[KeyResultSpec, ...]
    #: A follow-up case's reference answer: keep, adjust or drop next quarter.
    decision: str = ""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class CaseStudy(Value):
    """A fictional case study: brief, figures, teams, rounds, facilitator notes, reference OKRs."""

    id: str
    level: str
    languages: tuple[str, ...]
    path: Path
    source: str
    title_text: Text
    summary_text: Text
    period_text: Text
    context: Text
    strategy: Text
    figure_specs: tuple[CaseFigure, ...]
    people: tuple[CasePerson, ...]
    teams: tuple[CaseTeam, ...]
    round_specs: tuple[RoundSpec, ...]
    note_specs: tuple[NoteSpec, ...]
    objectives: tuple[ObjectiveSpec, ...]
    #: Set for a follow-up case: the board starts mid-quarter with the objectives on it.
    follow_up: FollowUpSpec | None = None

    def __repr__(self) -> str:
        return f"CaseStudy(id={self.id!r}, level={self.level!r}, source={self.source!r}, path={str(self.path)!r})"

    # ------------------------------------------------------------------ texts
    def title(self, lang: str | None = None) -> str:
        return self.title_text.get(self._lang(lang), self.languages[0])

    def summary(self, lang: str | None = None) -> str:
        """One sentence saying what the case is about and what it trains."""
        return self.summary_text.get(self._lang(lang), self.languages[0])

    def period(self, lang: str | None = None) -> str:
        """The period the teams write OKRs for (e.g. ``T1 2027``)."""
        return self.period_text.get(self._lang(lang), self.languages[0])

    def level_name(self, lang: str | None = None) -> str:
        return LEVELS[self.level].get(self._lang(lang))

    @property
    def multi_level(self) -> bool:
        """True when some team has a parent team (company -> departments -> teams)."""
        return any(team.parent for team in self.teams)

    def team(self, team_id: str) -> CaseTeam:
        return next(team for team in self.teams if team.id == team_id)

    def brief(self, lang: str | None = None) -> str:
        """The participants' brief as Markdown-ish plain text (stored in ``Workshop.case_brief``)."""
        from okrworkshop.cases.brief import render_brief

        return render_brief(self, self._lang(lang))

    def figures(self, lang: str | None = None) -> list[FigureRow]:
        """The key figures as table rows (label, value, unit, as-of date) in one language."""
        lang = self._lang(lang)
        first = self.languages[0]
        return [
            FigureRow(
                id=figure.id,
                label=figure.label.get(lang, first),
                value=figure.value,
                value_text=with_unit(
                    format_number(figure.value, lang, figure.decimals), figure.unit.get(lang, first), lang
                ),
                unit=figure.unit.get(lang, first),
                as_of=format_as_of(figure.as_of, lang),
                note=figure.note.get(lang, first) if figure.note else "",
            )
            for figure in self.figure_specs
        ]

    def rounds(self, lang: str | None = None) -> list[CaseRound]:
        """The exercise rounds, in order, with their instructions and timing in minutes."""
        lang = self._lang(lang)
        first = self.languages[0]
        return [
            CaseRound(
                spec.title.get(lang, first),
                spec.instructions.get(lang, first),
                spec.minutes,
                spec.profile,
                spec.check_in_weeks,
            )
            for spec in self.round_specs
        ]

    @property
    def profile(self) -> str | None:
        """The checker profile a workshop on this case starts with: the first one a round names."""
        return next((spec.profile for spec in self.round_specs if spec.profile), None)

    @property
    def total_minutes(self) -> int:
        return sum(spec.minutes for spec in self.round_specs)

    def facilitator_notes(self, lang: str | None = None) -> list[FacilitatorNote]:
        """Notes for the facilitator only: what to challenge, the typical traps."""
        lang = self._lang(lang)
        first = self.languages[0]
        return [FacilitatorNote(n.topic.get(lang, first), n.text.get(lang, first)) for n in self.note_specs]

    # ----------------------------------------------------------------- boards
    def new_board(self, lang: str | None = None, reference: bool = False) -> Board:
        """A workshop on this case: brief, team lanes, rounds; with ``reference``, the reference OKRs.

        :class:`InputError` if the case is not written in ``lang``.
        """
        from okrworkshop.cases.board import build_board

        return build_board(self, self.require_language(lang), reference=reference)

    def reference_board(self, lang: str | None = None) -> Board:
        """A workshop holding the case's reference OKRs (what the reveal compares the drafts with)."""
        return self.new_board(lang, reference=True)

    # ---------------------------------------------------------------- helpers
    def _lang(self, lang: str | None) -> str:
        return lang if lang else self.languages[0]

    def require_language(self, lang: str | None) -> str:
        """``lang`` (default: the case's first language), refused if the case is not written in it."""
        lang = self._lang(lang)
        if lang not in self.languages:
            written = " and ".join(LANGUAGE_NAMES.get(code, code) for code in self.languages)
            raise InputError(
                self.path,
                f"case {self.id!r} is written in {written} only, not in {LANGUAGE_NAMES.get(lang, lang)}",
                where="languages",
            )
        return lang
