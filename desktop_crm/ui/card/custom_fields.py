"""Editors of custom fields (CLI-12), one per field type: text and number as line edits, a date
as DD.MM.YYYY, yes/no and choices as combo boxes with an empty entry (a value may be unset).

Each editor shows the stored value (`set_stored`) and gives back the text the service parses
(`value`), so the canonical form of a type lives in `services.custom_fields` only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop_crm.errors import ValidationError
from desktop_crm.models import CustomField
from desktop_crm.services.card_lookup import FieldSpec
from desktop_crm.services.custom_fields import parse_value
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.widgets.date_edit import DateLineEdit
from desktop_crm.ui.widgets.validation import mark_invalid

EMPTY = "—"


def _as_field(spec: FieldSpec) -> CustomField:
    """A transient field definition for the service's parser (never added to a session)."""
    return CustomField(key=spec.key, label=spec.label, type=spec.type, choices=list(spec.choices))


class CustomFieldEditor(QWidget):
    """The editor of one custom field. Signals: `changed()`."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._field = _as_field(spec)
        self.input: QWidget
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if spec.type == "date":
            self.input = DateLineEdit(self)
            self.input.changed.connect(self.changed)
        elif spec.type in ("bool", "choice"):
            combo = QComboBox(self)
            combo.addItem(EMPTY, None)
            if spec.type == "bool":
                combo.addItem(self.tr("Yes"), "true")
                combo.addItem(self.tr("No"), "false")
            else:
                for choice in spec.choices:
                    combo.addItem(choice, choice)
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
            self.input = combo
        else:
            edit = QLineEdit(self)
            if spec.type == "number":
                edit.setPlaceholderText(self.tr("a number"))
            edit.textChanged.connect(self._check)
            self.input = edit
        layout.addWidget(self.input)
        self.setFocusProxy(self.input)

    def set_stored(self, stored: str | None) -> None:
        """Show a value in its stored (canonical) form."""
        if isinstance(self.input, DateLineEdit):
            try:
                self.input.set_date(date.fromisoformat(stored) if stored else None)
            except ValueError:
                self.input.set_text(stored or "")
        elif isinstance(self.input, QComboBox):
            index = self.input.findData(stored) if stored is not None else 0
            if index < 0:  # a choice removed from the field since: keep showing it
                self.input.addItem(str(stored), stored)
                index = self.input.count() - 1
            self.input.setCurrentIndex(index)
        elif isinstance(self.input, QLineEdit):
            self.input.setText(stored or "")

    def value(self) -> str | None:
        """The value as text for `services.custom_fields.parse_value`; None when empty."""
        if isinstance(self.input, DateLineEdit):
            return self.input.text() or None
        if isinstance(self.input, QComboBox):
            choice: str | None = self.input.currentData()  # "true", "false", a choice or None
            return choice
        assert isinstance(self.input, QLineEdit)
        return self.input.text().strip() or None

    def problem(self) -> str | None:
        try:
            parse_value(self._field, self.value())
        except ValidationError as exc:
            return error_message(exc)
        return None

    def _check(self) -> None:
        mark_invalid(self.input, self.problem())
        self.changed.emit()
