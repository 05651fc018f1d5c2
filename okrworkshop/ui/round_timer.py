"""The round countdown as the room sees it: big bold digits, pause, more time, a discreet end.

The arithmetic lives in :class:`okrworkshop.workflow.Countdown` (with an injectable clock); this
widget only shows it, refreshed by a ``QTimer``. At zero nothing rings by default: the digits turn
red, pulse gently and count the overtime ("+0:42"), because a room mid-sentence should not be
startled; :attr:`RoundTimer.beep_at_end` adds the system beep for those who want it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from okrworkshop.canvas.style import FAMILY, load_fonts
from okrworkshop.workflow.timer import Countdown, format_clock

#: Refresh period: often enough that a second never shows late, seldom enough to cost nothing.
TICK_MS = 200
#: Below this many seconds left the digits turn amber: the room should start wrapping up.
LAST_MINUTE_S = 60.0
#: One gentle pulse of the end signal, in seconds.
PULSE_PERIOD_S = 2.0

INK = QColor("#1f2933")
PAUSED_INK = QColor("#7b8794")
LAST_MINUTE_INK = QColor("#b35c00")
END_INK = QColor("#c0392b")
END_PALE = QColor("#f2b8b0")


def format_overtime(seconds: float) -> str:
    """``42`` -> ``"+0:42"``; ``3725`` -> ``"+1:02:05"`` (whole seconds, rounded down)."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"+{hours}:{minutes:02d}:{secs:02d}" if hours else f"+{minutes}:{secs:02d}"


class ClockFace(QWidget):
    """Digits drawn as large as the widget allows, in the one bold font of the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_fonts()
        self._text = "00:00"
        self._colour = QColor(PAUSED_INK)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 64)

    @property
    def text(self) -> str:
        return self._text

    @property
    def colour(self) -> QColor:
        return QColor(self._colour)

    def show_time(self, text: str, colour: QColor) -> None:
        if text != self._text or colour != self._colour:
            self._text, self._colour = text, QColor(colour)
            self.setAccessibleName(text)
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 140)

    def digits_font(self) -> QFont:
        """The bold font sized so that the longest likely text ("+00:00") fills the face."""
        font = QFont(FAMILY)
        font.setBold(True)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        sample = max(self._text, "+00:00", key=len)
        width = metrics.horizontalAdvance(sample)
        scale = min(self.width() * 0.92 / max(width, 1.0), self.height() * 0.95 / max(metrics.height(), 1.0))
        font.setPixelSize(max(8, int(100 * scale)))
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.digits_font())
        painter.setPen(self._colour)
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()


class RoundTimer(QWidget):
    """A large countdown with pause/resume, +1 min, +5 min and End."""

    #: The countdown reached zero (once per round).
    finished = Signal()
    #: The trainer asked to end the round (the rounds panel ends it and keeps the snapshot).
    end_requested = Signal()
    #: Started, paused, resumed, extended or stopped.
    state_changed = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._countdown: Countdown | None = None
        self._signalled_end = False
        #: Ring the system bell once at zero (off: the room sees the end, it need not hear it).
        self.beep_at_end = False

        self.title_label = QLabel(self)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        title_font = QFont(FAMILY)
        title_font.setPixelSize(18)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.status_label = QLabel(self)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        status_font = QFont(FAMILY)
        status_font.setPixelSize(16)
        self.status_label.setFont(status_font)
        self.face = ClockFace(self)

        self.pause_action = self._action(self.tr("Pause"), "Space", self.toggle_pause)
        self.add_minute_action = self._action(self.tr("+1 min"), "+", lambda: self.add_time(60))
        self.add_five_action = self._action(self.tr("+5 min"), "Ctrl++", lambda: self.add_time(300))
        self.end_action = self._action(self.tr("End round"), "Ctrl+Return", self.end_requested.emit)
        self.pause_button = self._button(self.pause_action)
        self.add_minute_button = self._button(self.add_minute_action)
        self.add_five_button = self._button(self.add_five_action)
        self.end_button = self._button(self.end_action)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.pause_button, self.add_minute_button, self.add_five_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.face, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        self.refresh()

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        # Only while the timer (or a child) has focus: Space and + mean other things on the canvas.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(34)
        return button

    # ------------------------------------------------------------------ control
    @property
    def countdown(self) -> Countdown | None:
        """The countdown shown, or None while no round runs."""
        return self._countdown

    @property
    def title(self) -> str:
        return self.title_label.text()

    def start(self, duration_s: float, title: str = "", elapsed_s: float = 0.0) -> None:
        """Start counting ``duration_s`` down for the round called ``title``.

        ``elapsed_s`` is time already used (a round resumed after reopening its file), so an
        overdue round shows its true overtime.
        """
        self._countdown = Countdown.resumed(max(0.0, float(duration_s)), elapsed_s, clock=self._clock)
        self._signalled_end = self._countdown.finished  # a round resumed overdue has already ended
        self.title_label.setText(title)
        self._ticker.start()
        self.refresh()
        self.state_changed.emit()

    def stop(self) -> None:
        """No round runs any more: the timer rests at 00:00."""
        self._countdown = None
        self._ticker.stop()
        self.title_label.clear()
        self.refresh()
        self.state_changed.emit()

    def toggle_pause(self) -> None:
        if self._countdown is None:
            return
        self._countdown.toggle()
        self.refresh()
        self.state_changed.emit()

    def add_time(self, seconds: float) -> None:
        """Give the room more time (the end signal stops if time is left again)."""
        if self._countdown is None:
            return
        self._countdown.extend(seconds)
        if not self._countdown.finished:
            self._signalled_end = False
        self.refresh()
        self.state_changed.emit()

    # ------------------------------------------------------------------ display
    def refresh(self) -> None:
        """Show the time now (the QTimer calls this; tests call it after moving their clock)."""
        countdown = self._countdown
        running = countdown is not None
        self.pause_action.setEnabled(running)
        self.add_minute_action.setEnabled(running)
        self.add_five_action.setEnabled(running)
        self.end_action.setEnabled(running)
        if countdown is None:
            self.face.show_time("00:00", PAUSED_INK)
            self.status_label.setText(self.tr("No round running"))
            self.pause_action.setText(self.tr("Pause"))
            return
        self.pause_action.setText(self.tr("Pause") if countdown.running else self.tr("Resume"))
        if countdown.finished:
            if not self._signalled_end:
                self._signalled_end = True
                if self.beep_at_end:
                    QApplication.beep()
                self.finished.emit()
            self.face.show_time(format_overtime(countdown.overtime()), self._end_colour(countdown))
            self.status_label.setText(self.tr("Time is up"))
        elif not countdown.running:
            self.face.show_time(format_clock(countdown.remaining()), PAUSED_INK)
            self.status_label.setText(self.tr("Paused"))
        else:
            remaining = countdown.remaining()
            colour = LAST_MINUTE_INK if remaining <= LAST_MINUTE_S else INK
            self.face.show_time(format_clock(remaining), colour)
            self.status_label.setText(self.tr("Time left"))

    def _end_colour(self, countdown: Countdown) -> QColor:
        """Red, breathing slowly towards pale red and back (still while paused)."""
        if not countdown.running:
            return QColor(END_INK)
        phase = (countdown.overtime() % PULSE_PERIOD_S) / PULSE_PERIOD_S
        mix = 0.5 - 0.5 * math.cos(2 * math.pi * phase)  # 0 -> 1 -> 0 over one period
        return QColor(
            round(END_INK.red() + (END_PALE.red() - END_INK.red()) * mix * 0.6),
            round(END_INK.green() + (END_PALE.green() - END_INK.green()) * mix * 0.6),
            round(END_INK.blue() + (END_PALE.blue() - END_INK.blue()) * mix * 0.6),
        )
