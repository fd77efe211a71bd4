"""A contact person's editor for a company's People tab: name, position, phone, email, note.
Phones and emails beyond the first are kept as they are (the dialog edits the primary one)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop_crm.services.contact_persons import PersonData
from desktop_crm.services.contact_points import ContactValue
from desktop_crm.services.names import split_full_name


def _with_first(values: list[ContactValue], typed: str) -> list[ContactValue]:
    """`values` with the first (primary) one replaced by `typed`, or dropped when emptied."""
    rest = values[1:]
    if typed:
        return [ContactValue(typed, True, values[0].comment if values else None), *rest]
    return [replace(v, is_primary=i == 0) for i, v in enumerate(rest)]


class PersonDialog(QDialog):
    """Edits a `PersonData`; `data()` gives it back with what was typed."""

    def __init__(self, data: PersonData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.original = data
        self.setWindowTitle(
            self.tr("Contact person: {0}").format(data.full_name)
            if data.full_name
            else self.tr("New contact person")
        )
        self.full_name = self._edit("personName", data.full_name)
        self.position = self._edit("personPosition", data.position or "")
        self.phone = self._edit("personPhone", data.phones[0].value if data.phones else "")
        self.email = self._edit("personEmail", data.emails[0].value if data.emails else "")
        self.note = self._edit("personNote", data.note or "")
        form = QFormLayout(self)
        for label, edit in (
            (self.tr("Full name:"), self.full_name),
            (self.tr("Position:"), self.position),
            (self.tr("Phone:"), self.phone),
            (self.tr("Email:"), self.email),
            (self.tr("Note:"), self.note),
        ):
            form.addRow(label, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(440)

    def _edit(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        return edit

    def data(self) -> PersonData:
        full_name = " ".join(self.full_name.text().split())
        last, first, middle = split_full_name(full_name)
        return replace(
            self.original,
            full_name=full_name,
            last_name=last,
            first_name=first,
            middle_name=middle,
            position=self.position.text().strip() or None,
            note=self.note.text().strip() or None,
            phones=_with_first(self.original.phones, self.phone.text().strip()),
            emails=_with_first(self.original.emails, self.email.text().strip()),
        )
