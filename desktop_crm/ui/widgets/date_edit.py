"""A date typed as DD.MM.YYYY, or picked from a calendar; empty is allowed (CLI-2 birth date,
deal dates, custom date fields). QDateEdit cannot be empty, hence a line edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop_crm.errors import ValidationError
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.widgets.validation import mark_invalid
from desktop_crm.values import parse_date

FORMAT = "%d.%m.%Y"


class DateLineEdit(QWidget):
    """A line edit for a date with a calendar button.

    Signals: `changed()` when the text changes (typed or picked)."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        check: Callable[[date], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.edit.setClearButtonEnabled(True)
        # digits and the separators people type; the exact check is `problem()`
        pattern = QRegularExpression(r"[0-9./\- ]{0,10}")
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))
        self.edit.textChanged.connect(self._on_text)
        self.edit.editingFinished.connect(self._tidy)

        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick a date"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)

        def pick(day: QDate) -> None:
            self._pick(day)
            menu.close()

        self.calendar.clicked.connect(pick)
        self.calendar_button.setMenu(menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.strftime(FORMAT) if value else "")

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def date(self) -> date | None:
        """The date typed; None when empty or not a date (see `problem`)."""
        if not self.text():
            return None
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def problem(self) -> str | None:
        """Why the text is not an acceptable date, in a sentence; None when it is."""
        if not self.text():
            return None
        try:
            value = parse_date(self.text())
            if self._check is not None:
                self._check(value)
        except ValidationError as exc:  # the parser's InvalidValue is one too
            return error_message(exc)
        return None

    def _on_text(self) -> None:
        mark_invalid(self.edit, self.problem())
        self.changed.emit()

    def _tidy(self) -> None:
        value = self.date()
        if value is not None and self.problem() is None:
            shown = value.strftime(FORMAT)
            if shown != self.edit.text():
                self.edit.setText(shown)

    def _sync_calendar(self) -> None:
        value = self.date()
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _pick(self, day: QDate) -> None:
        self.set_date(date(day.year(), day.month(), day.day()))
