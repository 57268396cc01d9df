"""A date box typed as the volunteer reads it: "15.12.2026", digit by digit.

Qt's ``QDateEdit`` cannot be empty, so an optional date was shown blank at a
sentinel minimum; typing into that blank went into its sections one by one
("15.12.2026" became "5122026" and was dropped), and Tab walked day, month and
year. Here the date is a line edit with a mask in the UI language's order
(``dd.MM.yyyy``, ``dd/MM/yyyy``): the separators are skipped as they are typed,
the whole date is one Tab stop, and empty means empty. The calendar opens with
Alt+Down or F4 (as a combo box's list does) or from the button beside it, on the
chosen day or else on today, never on a day the box would refuse.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ui.strings import i18n

EARLIEST = QDate(1900, 1, 1)


def box_format() -> str:
    """The UI language's short date format with two-digit day and month, four-digit year."""
    fmt = i18n.date_format()
    if re.fullmatch(r"d{1,2}\W+M{1,2}\W+y{4}|y{4}\W+M{1,2}\W+d{1,2}|M{1,2}\W+d{1,2}\W+y{4}", fmt):
        return re.sub(r"M+", "MM", re.sub(r"d+", "dd", fmt))
    return "dd.MM.yyyy"  # a format with month names cannot be typed as digits


class DateBox(QWidget):
    """An optional date: ``value()`` is a ``date``, ``None`` when empty, or the
    typed text when it is not a whole date (so a save can say what is wrong)."""

    dateChanged = Signal(object)  # the new value()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = box_format()
        self.edit = QLineEdit()
        self.edit.setInputMask(re.sub(r"[dMy]", "9", self.fmt) + "; ")
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop per date
        self.button.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.minimum, self.maximum = EARLIEST, QDate(2100, 12, 31)
        self.calendar: QCalendarWidget | None = None
        self._last: date | str | None = None
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._tidy)
        width = self.edit.fontMetrics().horizontalAdvance(self.fmt.replace("y", "0") + "00")
        self.edit.setMinimumWidth(width + 12)

    # --- value ------------------------------------------------------------------

    def value(self) -> date | str | None:
        text = self.edit.text()
        if not text.strip(" " + re.sub(r"[dMy]", "", self.fmt)):
            return None
        d = QDate.fromString(text, self.fmt)
        if not d.isValid():  # "5 .3.2026": a one-digit day or month, ended by its separator
            d = QDate.fromString(
                text.replace(" ", ""), self.fmt.replace("dd", "d").replace("MM", "M")
            )
        if not d.isValid():
            return text.strip()
        return date(d.year(), d.month(), d.day())

    def date_value(self) -> date | None:
        """The date, or ``None`` while the box is empty or half typed (for filters)."""
        value = self.value()
        return value if isinstance(value, date) else None

    def _tidy(self) -> None:
        """Show a date typed with one-digit parts the way every other date is shown."""
        value = self.value()
        if isinstance(value, date):
            self.set_value(value)

    def set_value(self, value: date | None) -> None:
        if value is None or not isinstance(value, date):
            self.edit.clear()
        else:
            self.edit.setText(QDate(value.year, value.month, value.day).toString(self.fmt))

    def setDate(self, value: QDate) -> None:  # the names of QDateEdit, for its callers
        self.set_value(date(value.year(), value.month(), value.day()))

    def setMaximumDate(self, value: QDate) -> None:
        self.maximum = value

    def setMinimumDate(self, value: QDate) -> None:
        self.minimum = value

    def _text_changed(self, _text: str) -> None:
        now = self.value()
        if now != self._last:
            self._last = now
            self.dateChanged.emit(now)

    # --- keys and calendar ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        if watched is self.edit and event.type() == QEvent.Type.FocusIn and not self.value():
            self.edit.setCursorPosition(0)  # typing into an empty box starts at the day
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        """The calendar on the chosen day, or on today (within the box's bounds)."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        calendar.setDateRange(self.minimum, self.maximum)
        current = self.value()
        if isinstance(current, date):
            day = QDate(current.year, current.month, current.day)
        else:
            day = min(max(QDate.currentDate(), self.minimum), self.maximum)
        calendar.setSelectedDate(day)
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        if self.calendar is not None:
            self.calendar.close()
            self.calendar = None
        self.edit.setFocus()
