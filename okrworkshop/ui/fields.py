"""Inspector field editors that report finished edits and live typing, each with its own session.

A field emits ``edited(value, session)``: while the user types, after a short pause (so the
checker can react within a fraction of a second) and again when the field loses focus. Edits of
one session merge into one undo step (:class:`okrworkshop.canvas.commands.ChangeCardFields`).
"""

from __future__ import annotations

import re
from abc import abstractmethod
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from okrworkshop.canvas.labels import format_number
from okrworkshop.model.limits import NUMBER_LIMIT

#: Milliseconds of typing pause after which a text field commits what it has.
TYPING_PAUSE_MS = 450

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")


def tr(text: str) -> str:
    return QCoreApplication.translate("inspector", text)


def parse_number(text: str) -> float | None:
    """``"1 850"``, ``"4,5"``, ``"4.5"``, ``"-3"`` -> float; empty -> None; :class:`ValueError` otherwise."""
    cleaned = _SPACES.sub("", text)
    if not cleaned:
        return None
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    value = float(cleaned)
    if value != value or not abs(value) <= NUMBER_LIMIT:
        raise ValueError(text)
    return value


class Session:
    """One editing session of one field (edits within it merge into one undo step)."""


class _LiveText:
    """Shared live-typing behaviour: a pause timer and a session that ends on focus-out."""

    edited: Any

    def _setup_live(self) -> None:
        self.session: Session | None = None
        self._loading = False
        self._timer = QTimer(self)  # type: ignore[arg-type]
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.commit)

    def _typed(self) -> None:
        if self._loading:
            return
        if self.session is None:
            self.session = Session()
        self._timer.start()

    def commit(self) -> None:
        """Emit the current value now (if it is valid and something was typed)."""
        self._timer.stop()
        if self.session is None:
            return
        try:
            value = self.value()
        except ValueError:
            return
        self.edited.emit(value, self.session)

    def end_session(self) -> None:
        self.commit()
        self.session = None

    @abstractmethod
    def value(self) -> Any:
        """Each kind provides its own."""


class LineField(QLineEdit, _LiveText):
    """A one-line text field (owner, unit, team name)."""

    edited = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_live()
        self.textEdited.connect(lambda _text: self._typed())
        self.returnPressed.connect(self.end_session)

    def value(self) -> Any:
        return self.text()

    def load(self, value: Any) -> None:
        if self.session is not None:  # the user is typing here: their text wins
            return
        text = "" if value is None else str(value)
        if text != self.text():
            self._loading = True
            self.setText(text)
            self._loading = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.end_session()
        super().focusOutEvent(event)


class NumberField(LineField):
    """A number (baseline, target, current): French or English decimals; empty means none."""

    def __init__(self, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.textChanged.connect(self._validate)
        self.setPlaceholderText(tr("none"))

    def value(self) -> Any:
        return parse_number(self.text())

    def _validate(self, text: str) -> None:
        try:
            parse_number(text)
            self.setStyleSheet("")
            self.setToolTip("")
        except ValueError:
            self.setStyleSheet("QLineEdit { background: #fde2e1; }")
            self.setToolTip(tr("Not a number: write 45, 4,5 or 1 850"))

    def load(self, value: Any) -> None:
        if self.session is not None:
            return
        try:
            if self.value() == value:
                return
        except ValueError:
            pass
        self._loading = True
        self.setText("" if value is None else format_number(float(value), self.language))
        self._loading = False


class TextField(QPlainTextEdit, _LiveText):
    """A wrapped text (titles, description): Enter keeps the text, Shift+Enter starts a new line."""

    edited = Signal(object, object)

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_live()
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._typed)
        self.setFixedHeight(int(self.fontMetrics().lineSpacing() * lines + 14))

    def value(self) -> Any:
        return self.toPlainText()

    def load(self, value: Any) -> None:
        if self.session is not None:
            return
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            self._loading = True
            self.setPlainText(text)
            self._loading = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.end_session()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.end_session()
        super().focusOutEvent(event)


class ChoiceField(QComboBox):
    """A choice among fixed values (kinds, direction, colours, parent team)."""

    edited = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activated.connect(lambda _index: self.edited.emit(self.currentData(), None))

    def set_choices(self, choices: list[tuple[str, Any]], icons: list[Any] | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        for index, (label, value) in enumerate(choices):
            if icons is not None:
                self.addItem(icons[index], label, value)
            else:
                self.addItem(label, value)
        self.blockSignals(False)

    def load(self, value: Any) -> None:
        index = self.findData(value)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)


class ConfidenceField(QSpinBox):
    """Confidence 0–10, or "—" for not given; arrow steps of one session merge."""

    edited = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, 10)
        self.setSpecialValueText("—")
        self.setSuffix(" / 10")
        self.session: Session | None = None
        self._loading = False
        self.valueChanged.connect(self._changed)

    def _changed(self, value: int) -> None:
        if self._loading:
            return
        if self.session is None:
            self.session = Session()
        self.edited.emit(None if value < 0 else value, self.session)

    def load(self, value: Any) -> None:
        self._loading = True
        self.setValue(-1 if value is None else int(value))
        self._loading = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.session = None
        super().focusOutEvent(event)
