"""The inspector: every field of the selected card or lane, each edit one undo step.

Edits go through the document as commands (:class:`ChangeCardFields`, and for lanes
:class:`RenameTeam`, :class:`RecolourTeam`, :class:`NestTeam`); the inspector shows the model,
so undo, redo and edits on the canvas show here at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from okrworkshop.canvas.commands import ChangeCardFields, NestTeam, RecolourTeam, RenameTeam, is_inside
from okrworkshop.canvas.document import Document
from okrworkshop.model import Entity, Initiative, KeyResult, Note, Objective, Team, card_paths
from okrworkshop.palette import NOTE_COLOURS, TEAM_COLOURS
from okrworkshop.ui.fields import ChoiceField, ConfidenceField, LineField, NumberField, TextField
from okrworkshop.ui.icons import colour_swatch


def tr(text: str) -> str:
    return QCoreApplication.translate("inspector", text)


def _kinds() -> dict[type, str]:
    return {
        Objective: tr("Objective"),
        KeyResult: tr("Key result"),
        Initiative: tr("Initiative"),
        Note: tr("Note"),
        Team: tr("Team"),
    }


def _where(board: Any, entity: Entity) -> str:
    """Where a card sits, for the heading: its team, and for stacked cards their objective."""
    team = board.team_of(entity.id) if not isinstance(entity, Team) else board.find(entity.parent_id)
    parts = [team.name] if isinstance(team, Team) else [tr("free note") if isinstance(entity, Note) else ""]
    if isinstance(entity, (KeyResult, Initiative)):
        holder = board.find(entity.objective_id if isinstance(entity, KeyResult) else entity.key_result_id)
        title = " ".join(str(getattr(holder, "title", "")).split())
        parts.append(title if len(title) <= 40 else title[:39] + "…")
    return " › ".join(p for p in parts if p) or tr("top level")


class Page(QWidget):
    """The fields of one kind of entity, as a form."""

    def __init__(
        self, fields: list[tuple[str, str, QWidget]], on_edit: Callable[[str, Any, Any], None]
    ) -> None:
        super().__init__()
        self.fields: dict[str, Any] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, widget in fields:
            widget.setObjectName(f"field_{name}")
            widget.edited.connect(lambda value, session, n=name: on_edit(n, value, session))  # type: ignore[attr-defined]
            form.addRow(label, widget)
            self.fields[name] = widget

    def load(self, entity: Entity) -> None:
        for name, widget in self.fields.items():
            widget.load(getattr(entity, name))


class Inspector(QWidget):
    """Shows and edits the one selected entity of a document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.document: Document | None = None
        self.entity_id: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("inspector_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.stack = QStackedWidget()
        self.empty = QLabel(tr("Select a card or a team lane to see its details here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.empty)
        self.pages: dict[type, Page] = {}
        self.language = "fr"
        self._build_pages()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(scroll)
        self.show_entity(None)

    def _build_pages(self) -> None:
        edit = self._edited
        objective_kind = ChoiceField()
        objective_kind.set_choices([(tr("Aspirational"), "aspirational"), (tr("Committed"), "committed")])
        kr_kind = ChoiceField()
        kr_kind.set_choices([(tr("Metric"), "metric"), (tr("Milestone"), "milestone")])
        direction = ChoiceField()
        direction.set_choices(
            [(tr("Increase"), "increase"), (tr("Decrease"), "decrease"), (tr("Maintain"), "maintain")]
        )
        note_colour = ChoiceField()
        note_colour.set_choices([(c, c) for c in NOTE_COLOURS], [colour_swatch(c) for c in NOTE_COLOURS])
        self.team_colour = ChoiceField()
        self.team_parent = ChoiceField()
        self.numbers = [NumberField(), NumberField(), NumberField()]
        specs: dict[type, list[tuple[str, str, QWidget]]] = {
            Objective: [
                ("title", tr("Title"), TextField(3)),
                ("owner", tr("Owner"), LineField()),
                ("kind", tr("Kind"), objective_kind),
                ("description", tr("Description"), TextField(4)),
            ],
            KeyResult: [
                ("title", tr("Title"), TextField(3)),
                ("owner", tr("Owner"), LineField()),
                ("kind", tr("Kind"), kr_kind),
                ("direction", tr("Direction"), direction),
                ("baseline", tr("Baseline"), self.numbers[0]),
                ("target", tr("Target"), self.numbers[1]),
                ("current", tr("Current"), self.numbers[2]),
                ("unit", tr("Unit"), LineField()),
                ("confidence", tr("Confidence"), ConfidenceField()),
            ],
            Initiative: [("title", tr("Title"), TextField(3)), ("owner", tr("Owner"), LineField())],
            Note: [("text", tr("Text"), TextField(5)), ("colour", tr("Colour"), note_colour)],
            Team: [
                ("name", tr("Name"), LineField()),
                ("colour", tr("Colour"), self.team_colour),
                ("parent_id", tr("Part of"), self.team_parent),
            ],
        }
        for kind, fields in specs.items():
            page = Page(fields, edit)
            page.setObjectName(f"page_{kind.__name__.lower()}")
            self.pages[kind] = page
            self.stack.addWidget(page)

    # ================================================================= document
    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self.document = document
        self.entity_id = None
        if document is not None:
            for signal, slot in self._connections():
                signal.connect(slot)
            self._set_language(document.board.workshop.language)
        self.show_entity(None)

    def _connections(self) -> list[tuple[Any, Any]]:
        assert self.document is not None
        return [
            (self.document.committed, self._refresh),
            (self.document.reloaded, self._refresh),
        ]

    def _set_language(self, language: str) -> None:
        self.language = language
        for field in self.numbers:
            field.language = language

    def _refresh(self, *_args: object) -> None:
        self.show_entity(self.entity_id)

    # ==================================================================== view
    def show_entity(self, entity_id: str | None, selected_count: int = 1) -> None:
        """Show the entity ``entity_id`` (None: nothing, or ``selected_count`` cards selected)."""
        board = self.document.board if self.document is not None else None
        if entity_id != self.entity_id:
            self._finish_typing()
        entity = board.find(entity_id) if board is not None else None
        if entity is None or type(entity) not in self.pages or board is None:
            self.entity_id = None
            self.heading.setText(
                tr("%1 cards selected").replace("%1", str(selected_count))
                if selected_count > 1
                else tr("Nothing selected")
            )
            self.stack.setCurrentWidget(self.empty)
            return
        self.entity_id = entity.id
        self._set_language(board.workshop.language)
        page = self.pages[type(entity)]
        if isinstance(entity, Team):
            self._team_choices(entity)
        page.load(entity)
        self.heading.setText(f"{_kinds()[type(entity)]}  ·  {_where(board, entity)}")
        self.heading.setToolTip(card_paths(board).get(entity.id, ""))
        self.stack.setCurrentWidget(page)

    def _finish_typing(self) -> None:
        """Commit what is being typed to the entity shown now, before another is shown."""
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            for widget in current.fields.values():
                if isinstance(widget, (LineField, TextField)):
                    widget.end_session()
                elif isinstance(widget, ConfidenceField):
                    widget.session = None

    def _team_choices(self, team: Team) -> None:
        assert self.document is not None
        board = self.document.board
        colours = list(dict.fromkeys([*TEAM_COLOURS, team.colour]))
        self.team_colour.set_choices([(c, c) for c in colours], [colour_swatch(c) for c in colours])
        candidates = [t for t in board.teams() if not is_inside(board, t.id, team.id)]
        self.team_parent.set_choices([(tr("— top level —"), None), *((t.name, t.id) for t in candidates)])

    # ================================================================== editing
    def _edited(self, name: str, value: Any, session: Any) -> None:
        document, entity_id = self.document, self.entity_id
        if document is None or entity_id is None:
            return
        board = document.board
        entity = board.find(entity_id)
        if entity is None or getattr(entity, name) == value:
            return
        if isinstance(entity, Team) and name == "name":
            if not str(value).strip():
                return
            document.execute(lambda: RenameTeam(board, entity_id, value))
        elif isinstance(entity, Team) and name == "colour":
            document.execute(lambda: RecolourTeam(board, entity_id, value))
        elif isinstance(entity, Team) and name == "parent_id":
            document.execute(lambda: NestTeam(board, entity_id, value))
        else:
            document.execute(lambda: ChangeCardFields(board, entity_id, {name: value}, session))
