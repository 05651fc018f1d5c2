"""The round timer, driven by a fake clock and real clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from okrworkshop.ui.round_timer import INK, LAST_MINUTE_INK, PAUSED_INK, RoundTimer, format_overtime


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _timer(qtbot: QtBot) -> tuple[RoundTimer, FakeClock]:
    clock = FakeClock()
    timer = RoundTimer(clock=clock)
    qtbot.addWidget(timer)
    timer.resize(520, 300)
    timer.show()
    qtbot.waitExposed(timer)
    return timer, clock


def test_counts_down_pauses_and_extends_with_the_buttons(qtbot: QtBot) -> None:
    timer, clock = _timer(qtbot)
    assert timer.face.text == "00:00"
    assert not timer.pause_button.isEnabled()
    timer.start(10 * 60, "Un objectif, un seul")
    assert (timer.face.text, timer.title) == ("10:00", "Un objectif, un seul")
    assert timer.face.colour == INK
    clock.now += 61
    timer.refresh()
    assert timer.face.text == "08:59"

    qtbot.mouseClick(timer.pause_button, Qt.MouseButton.LeftButton)
    assert timer.pause_button.text() == "Resume"
    clock.now += 300  # paused: the time does not move
    timer.refresh()
    assert (timer.face.text, timer.status_label.text()) == ("08:59", "Paused")
    assert timer.face.colour == PAUSED_INK
    qtbot.mouseClick(timer.pause_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(timer.add_minute_button, Qt.MouseButton.LeftButton)
    assert timer.face.text == "09:59"
    qtbot.mouseClick(timer.add_five_button, Qt.MouseButton.LeftButton)
    assert timer.face.text == "14:59"
    clock.now += 14 * 60
    timer.refresh()
    assert timer.face.text == "00:59"
    assert timer.face.colour == LAST_MINUTE_INK


def test_the_end_is_signalled_once_shows_overtime_and_pulses(qtbot: QtBot) -> None:
    timer, clock = _timer(qtbot)
    finished: list[bool] = []
    timer.finished.connect(lambda: finished.append(True))
    timer.start(90)
    clock.now += 90
    timer.refresh()
    assert finished == [True]
    assert (timer.face.text, timer.status_label.text()) == ("+0:00", "Time is up")
    colours = set()
    for _ in range(42):
        clock.now += 1
        timer.refresh()
        colours.add(timer.face.colour.name())
    assert timer.face.text == "+0:42"
    assert finished == [True]  # once, not on every tick
    assert len(colours) > 1  # it pulses
    assert all(QColor(c).red() > QColor(c).green() for c in colours)  # and stays red
    # More time: the signal stops, and may come again at the new end.
    qtbot.mouseClick(timer.add_minute_button, Qt.MouseButton.LeftButton)
    assert timer.face.text == "00:18"
    clock.now += 18
    timer.refresh()
    assert finished == [True, True]


def test_end_button_and_keyboard_shortcuts(qtbot: QtBot) -> None:
    timer, _ = _timer(qtbot)
    ended: list[bool] = []
    timer.end_requested.connect(lambda: ended.append(True))
    timer.start(300)
    timer.activateWindow()
    timer.setFocus()
    qtbot.waitUntil(timer.hasFocus)
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    assert not timer.countdown.running  # type: ignore[union-attr]
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    assert timer.countdown.running  # type: ignore[union-attr]
    qtbot.keyClick(timer, Qt.Key.Key_Plus)
    assert timer.face.text == "06:00"
    qtbot.keyClick(timer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert timer.face.text == "11:00"
    qtbot.mouseClick(timer.end_button, Qt.MouseButton.LeftButton)
    assert ended == [True]
    timer.stop()
    assert (timer.face.text, timer.countdown) == ("00:00", None)
    assert not timer.end_button.isEnabled()


def test_the_qtimer_keeps_the_display_current(qtbot: QtBot) -> None:
    timer, clock = _timer(qtbot)
    timer.start(120)
    clock.now += 30
    qtbot.waitUntil(lambda: timer.face.text == "01:30", timeout=2000)


def test_overtime_format() -> None:
    assert format_overtime(0) == "+0:00"
    assert format_overtime(42.9) == "+0:42"
    assert format_overtime(3725) == "+1:02:05"


def test_the_digits_grow_with_the_widget(qtbot: QtBot) -> None:
    timer, _ = _timer(qtbot)
    small = timer.face.digits_font().pixelSize()
    timer.resize(1400, 800)
    qtbot.waitUntil(lambda: timer.face.width() > 1000)
    assert timer.face.digits_font().pixelSize() > 2 * small
    assert not timer.grab().isNull()
