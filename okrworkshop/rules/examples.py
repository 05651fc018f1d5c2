"""The catalogue's examples as boards the checker can run on.

Every rule of ``catalogue.json`` has a flagged (``bad``) and a passing (``good``) example per
language. For text rules the example *is* a card's title: it is put on a small board whose other
cards no rule flags. For rules about a team, a workshop, owners, alignment or check-ins, the
example text describes a situation ("A team with 5 objectives"); the entry then carries a
``situation``: the same two examples written as data, language-neutral, that :func:`example_board`
turns into a board::

    "situation": {
      "at": [0],                        # what the rule looks at: [] the workshop, [t] team t,
                                        # [t, o] its objective o, [t, o, k] that objective's key result k
      "bad":  {"teams": [{"objectives": 5}]},
      "good": {"teams": [{"objectives": 2}]}
    }

A board spec has ``period`` (default: a quarter) and ``teams``; a team has ``name``, ``parent``
(index of an earlier team) and ``objectives`` (a number, or a list); an objective has ``title``,
``owner``, ``kind``, ``aligned_to`` ([t, o] or [t, o, k]) and ``key_results`` (a number, or a
list); a key result has ``title``, ``owner``, ``confidence``, ``baseline``, ``target``,
``direction``, ``unit`` and ``check_ins`` (``{"week": 0, "value": 40, "confidence": 7}``, weeks
counted from the quarter's first Monday). Titles and names may be one text or ``{"fr", "en"}``.
Cards the spec leaves untitled get titles that no rule flags, all different.

``okrworkshop.rules.docs`` prints each message with the parameters of its flagged example, and a
test runs every example through the checker: the bad one must be flagged by its rule, the good
one must leave the whole board clean.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from okrworkshop.model import Board, CheckIn, KeyResult, Objective, Team, Workshop
from okrworkshop.rules.rulebook import RuleInfo

#: Titles no rule flags, all different (the builder takes them in turn).
QUIET_OBJECTIVES = {
    "fr": (
        "Devenir la boulangerie préférée des familles du quartier",
        "Rendre nos livraisons fiables pour les restaurants clients",
        "Faire de notre site la première source de commandes",
        "Offrir aux nouveaux clients un accueil qui donne envie de revenir",
        "Conquérir les entreprises de la zone d’activité",
        "Devenir l’employeur que les apprentis recommandent",
    ),
    "en": (
        "Become the favourite bakery of local families",
        "Make our deliveries dependable for the restaurants we serve",
        "Make our website the first source of orders",
        "Give new customers a welcome that makes them come back",
        "Win over the businesses of the industrial estate",
        "Become the employer apprentices recommend",
    ),
}
QUIET_KEY_RESULTS = {
    "fr": (
        "Passer le NPS de 30 à 45",
        "Réduire le délai de livraison de 5 à 2 jours",
        "Porter la part des clients qui reviennent dans le mois de 25 % à 40 %",
        "Faire passer les commandes en ligne de 120 à 200 par semaine",
        "Réduire les réclamations de 18 à 6 par mois",
        "Porter la part des livraisons à l’heure de 70 % à 95 %",
        "Faire passer le panier moyen de 18 € à 22 €",
        "Ramener l’attente en caisse de 9 à 4 minutes",
        "Faire passer les abonnés à la lettre du mois de 300 à 650",
        "Réduire les invendus de 12 % à 5 % de la production",
        "Porter les clients professionnels actifs de 14 à 30",
        "Faire passer les avis reçus chaque mois de 8 à 25",
    ),
    "en": (
        "Raise NPS from 30 to 45",
        "Cut delivery time from 5 days to 2 days",
        "Raise the share of customers returning within a month from 25% to 40%",
        "Grow online orders from 120 to 200 a week",
        "Cut complaints from 18 to 6 a month",
        "Raise the share of on-time deliveries from 70% to 95%",
        "Grow the average basket from €18 to €22",
        "Bring the queue at the till down from 9 to 4 minutes",
        "Grow newsletter subscribers from 300 to 650",
        "Cut unsold bread from 12% to 5% of production",
        "Grow active business customers from 14 to 30",
        "Grow reviews received each month from 8 to 25",
    ),
}
QUIET_TEAMS = {
    "fr": ("Boutique", "Fournil", "Livraisons", "Commercial"),
    "en": ("Shop", "Bakehouse", "Deliveries", "Sales"),
}
QUIET_OWNERS = ("Claire", "Inès", "Marc", "Sam")
PERIODS = {"fr": "2027-T1", "en": "2027-Q1"}
#: Week 0 of the check-ins: the first Monday of the examples' quarter.
FIRST_MONDAY = date(2027, 1, 4)


@dataclass(frozen=True, slots=True)
class ExampleBoard:
    """A board built from an example, and the id of what the rule looks at (None: the workshop)."""

    board: Board
    target: str | None


def example_board(entry: RuleInfo, lang: str, which: str) -> ExampleBoard:
    """The board of ``entry``'s ``which`` ("bad" or "good") example in ``lang``."""
    if which not in ("bad", "good"):
        raise ValueError(f"an example is 'bad' or 'good', not {which!r}")
    if entry.situation is not None:
        return _Builder(lang).situation(entry.situation["at"], entry.situation[which])
    title = entry.example[lang][which]
    if entry.target == "key_result":
        spec: dict[str, Any] = {"teams": [{"objectives": [{"key_results": [{}, {"title": title}]}]}]}
        return _Builder(lang).situation([0, 0, 1], spec)
    if entry.target in ("objective", "card"):
        return _Builder(lang).situation([0, 0], {"teams": [{"objectives": [{"title": title}]}]})
    raise ValueError(f"rule {entry.id!r} looks at a {entry.target}: its examples need a situation")


class _Builder:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.counters = {"objective": 0, "key_result": 0, "team": 0}
        self.teams: list[Team] = []
        self.objectives: list[list[Objective]] = []
        self.key_results: list[list[list[KeyResult]]] = []

    def text(self, value: Any, kind: str, pool: Mapping[str, Sequence[str]]) -> str:
        if value is None:
            quiet = pool[self.lang]
            index = self.counters[kind]
            self.counters[kind] += 1
            if index >= len(quiet):
                raise ValueError(f"examples use at most {len(quiet)} untitled {kind} cards")
            return quiet[index]
        if isinstance(value, Mapping):
            return str(value[self.lang])
        return str(value)

    def plain(self, value: Any, default: str) -> str:
        """A text that is not a title (an owner): the default when not given."""
        if value is None:
            return default
        return str(value[self.lang]) if isinstance(value, Mapping) else str(value)

    def situation(self, at: Sequence[int], spec: Mapping[str, Any]) -> ExampleBoard:
        title = "exemple" if self.lang == "fr" else "example"
        board = Board(
            Workshop(title=title, language=self.lang, period=spec.get("period", PERIODS[self.lang]))
        )
        alignments: list[tuple[Objective, Sequence[int]]] = []
        for t, team_spec in enumerate(spec.get("teams", [{}])):
            parent = team_spec.get("parent")
            team = board.add(
                Team(
                    self.text(team_spec.get("name"), "team", QUIET_TEAMS),
                    parent_id=self.teams[parent].id if parent is not None else None,
                    order=float(t),
                )
            )
            self.teams.append(team)
            self.objectives.append([])
            self.key_results.append([])
            for o, objective_spec in enumerate(_items(team_spec.get("objectives", 1))):
                objective = board.add(
                    Objective(
                        team.id,
                        self.text(objective_spec.get("title"), "objective", QUIET_OBJECTIVES),
                        owner=self.plain(objective_spec.get("owner"), QUIET_OWNERS[t % len(QUIET_OWNERS)]),
                        kind=objective_spec.get("kind", "aspirational"),
                        order=float(o),
                    )
                )
                self.objectives[t].append(objective)
                if "aligned_to" in objective_spec:
                    alignments.append((objective, objective_spec["aligned_to"]))
                self.key_results[t].append(
                    [
                        self.key_result(board, objective, k, kr_spec, t)
                        for k, kr_spec in enumerate(_items(objective_spec.get("key_results", 2)))
                    ]
                )
        for objective, path in alignments:
            board.update(objective.id, aligned_to=self.find(path))
        return ExampleBoard(board, self.find(at) if at else None)

    def key_result(
        self, board: Board, objective: Objective, order: int, spec: Mapping[str, Any], team: int
    ) -> KeyResult:
        fields = {
            name: spec[name]
            for name in ("confidence", "baseline", "target", "direction", "unit", "kind")
            if name in spec
        }
        kr = board.add(
            KeyResult(
                objective.id,
                self.text(spec.get("title"), "key_result", QUIET_KEY_RESULTS),
                owner=self.plain(spec.get("owner"), QUIET_OWNERS[team % len(QUIET_OWNERS)]),
                order=float(order),
                **fields,
            )
        )
        for check_in in spec.get("check_ins", ()):
            day = FIRST_MONDAY + timedelta(weeks=check_in["week"])
            board.add(
                CheckIn(
                    kr.id, day.isoformat(), value=check_in.get("value"), confidence=check_in.get("confidence")
                )
            )
        return kr

    def find(self, path: Sequence[int]) -> str:
        if len(path) == 1:
            return self.teams[path[0]].id
        if len(path) == 2:
            return self.objectives[path[0]][path[1]].id
        return self.key_results[path[0]][path[1]][path[2]].id


def _items(value: int | Sequence[Mapping[str, Any]]) -> Sequence[Mapping[str, Any]]:
    """``3`` means three cards the builder fills in; a list gives each card's fields."""
    return [{}] * value if isinstance(value, int) else value
