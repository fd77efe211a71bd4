"""Phones or emails of a card as an editable list (CLI-2, CLI-3): one row per value with a
radio button for the primary one (used for calls, SMS and mailings), a comment and a remove
button; "Add" appends a row. Phones typed in any local format are shown formatted once the
row is left and stored in E.164 by the service. Numbers without a country code are read as
numbers of the base's phone country, which the phones' hint names; a number that fits only
another country is flagged there, not stored under the wrong code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.services.contact_points import ContactValue
from desktop_crm.services.emails import try_normalize_email
from desktop_crm.services.phone_country import example_number
from desktop_crm.services.phones import format_phone, try_normalize_phone
from desktop_crm.ui.widgets.regions import country_hint, foreign_warning
from desktop_crm.ui.widgets.style import MESSAGE_STYLES
from desktop_crm.ui.widgets.validation import mark_invalid


class ContactRow(QWidget):
    """One phone or email: `radio` (primary), `edit` (the value), `comment`, `remove_button`.
    Signals: `left()` when the value was left (edited or not)."""

    left = Signal()

    def __init__(self, kind: str, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.region = region
        self.radio = QRadioButton(self)
        self.radio.setToolTip(
            self.tr("Primary: used for calls and SMS")
            if kind == PHONE
            else self.tr("Primary: used for emails and mailings")
        )
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            example_number(region) if kind == PHONE else self.tr("name@example.com")
        )
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("comment"))
        self.comment.setMaximumWidth(130)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(
            self.tr("Remove this phone") if kind == PHONE else self.tr("Remove this email")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.radio)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.comment)
        layout.addWidget(self.remove_button)
        self.edit.textChanged.connect(self._check)
        self.edit.editingFinished.connect(self._tidy)

    def value(self) -> ContactValue:
        return ContactValue(
            self.edit.text().strip(), self.radio.isChecked(), self.comment.text().strip() or None
        )

    def problem(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        if self.kind == PHONE and try_normalize_phone(text, self.region) is None:
            return self.tr("“{0}” is not a phone number.").format(text)
        if self.kind == EMAIL and try_normalize_email(text) is None:
            return self.tr("“{0}” is not an email address.").format(text)
        return None

    def warning(self) -> str | None:
        """A phone that is a number of another country only, not of the base's one."""
        if self.kind != PHONE:
            return None
        return foreign_warning(self.edit.text(), self.region)

    def _check(self) -> None:
        mark_invalid(self.edit, self.problem())

    def _tidy(self) -> None:
        """Show a phone the way the card stores and shows it, once it is a phone of the base's
        country (a number of another one stays as typed, and its warning is shown)."""
        self.left.emit()
        if self.kind != PHONE or self.warning() is not None:
            return
        normalized = try_normalize_phone(self.edit.text(), self.region)
        if normalized is not None:
            shown = format_phone(normalized)
            if shown != self.edit.text():
                self.edit.setText(shown)


class ContactListEditor(QWidget):
    """The phones or the emails of a card. Signals: `changed()` on any edit."""

    changed = Signal()

    def __init__(self, kind: str, region: str = "RU", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.region = region
        self._rows: list[ContactRow] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.buttonToggled.connect(lambda *_: self.changed.emit())
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(3)
        self.add_button = QPushButton(
            self.tr("+ Add phone") if kind == PHONE else self.tr("+ Add email"), self
        )
        self.add_button.setFlat(True)
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(self._add_clicked)
        self.hint = QLabel(self)  # phones: the base's country, or a number of another one
        self.hint.setObjectName("phoneCountryHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(kind == PHONE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        self._show_hint()

    def rows(self) -> list[ContactRow]:
        return list(self._rows)

    def set_values(self, values: list[ContactValue]) -> None:
        """Show `values`; an empty list shows one empty row to type into."""
        for row in self._rows:
            self._group.removeButton(row.radio)
            row.deleteLater()
        self._rows = []
        for value in values or [ContactValue("", True)]:
            row = self.add_row(value.value, value.comment)
            row.radio.setChecked(value.is_primary)
        self._ensure_primary()
        self._show_hint()

    def add_row(self, text: str = "", comment: str | None = None) -> ContactRow:
        row = ContactRow(self.kind, self.region, self)
        row.edit.setText(text)
        row.comment.setText(comment or "")
        self._group.addButton(row.radio)
        row.edit.textChanged.connect(self.changed)
        row.comment.textChanged.connect(self.changed)
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        row.left.connect(self._show_hint)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        self._ensure_primary()
        return row

    def remove_row(self, row: ContactRow) -> None:
        if row not in self._rows:
            return
        self._rows.remove(row)
        self._group.removeButton(row.radio)
        row.hide()
        row.deleteLater()
        if not self._rows:
            self.add_row()
        self._ensure_primary()
        self.changed.emit()

    def values(self) -> list[ContactValue]:
        """The values typed, blank rows left out, in card order."""
        return [row.value() for row in self._rows if row.edit.text().strip()]

    def problems(self) -> list[str]:
        return [p for row in self._rows if (p := row.problem())]

    def warnings(self) -> list[str]:
        """Numbers that fit another country than the base's (they can still be saved)."""
        return [w for row in self._rows if (w := row.warning())]

    def _show_hint(self) -> None:
        if self.kind != PHONE:
            return
        warnings = self.warnings()
        if warnings:
            self.hint.setText(warnings[0])
            self.hint.setStyleSheet(MESSAGE_STYLES["warning"])
        else:
            self.hint.setText(country_hint(self.region))
            self.hint.setStyleSheet("color: palette(placeholder-text);")

    def _ensure_primary(self) -> None:
        if self._rows and not any(row.radio.isChecked() for row in self._rows):
            self._rows[0].radio.setChecked(True)

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.edit.setFocus()
        self.changed.emit()
