"""The fields of a client card (CLI-2, CLI-9, CLI-12): name and its parts, kind and stage,
company link, phones and emails, birth date, address, website, group, responsible manager,
tags and custom fields, each checked while typing.

The form edits a `ClientData`; what it does not show (the queue) passes through unchanged.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.fields import max_length
from desktop_crm.models.clients import CLIENT, COMPANY, EMAIL, LEAD, PERSON, PHONE
from desktop_crm.services.card_lookup import CardChoices, CardSnapshot, FieldSpec
from desktop_crm.services.client_values import ClientData, check_birth_date
from desktop_crm.ui.card.contacts import ContactListEditor
from desktop_crm.ui.card.custom_fields import CustomFieldEditor
from desktop_crm.ui.card.tags import TagChipsEditor
from desktop_crm.ui.widgets.client_search import ClientSearchEdit
from desktop_crm.ui.widgets.date_edit import DateLineEdit
from desktop_crm.ui.widgets.style import SECTION, emphasised
from desktop_crm.ui.widgets.validation import mark_invalid


def _section(title: str) -> QLabel:
    label = QLabel(title)
    emphasised(label, colour=SECTION).setContentsMargins(0, 8, 0, 0)
    return label


class CardFieldsForm(QWidget):
    """The editable fields of one client.

    Signals: `changed()` on any edit; `openClientRequested(int)` when the linked company's
    name is clicked."""

    changed = Signal()
    openClientRequested = Signal(int)

    def __init__(
        self,
        database: Database,
        login: str,
        client_id: int,
        region: str = "RU",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self._base = ClientData()
        self._company_id: int | None = None
        self._filling = False
        self.custom_editors: dict[str, CustomFieldEditor] = {}
        self._specs: tuple[FieldSpec, ...] | None = None
        self._build_fields(database, login, client_id, region)
        self._form = self._build_form(self._build_company_box())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._form)
        layout.addStretch(1)
        self._connect()

    def _build_fields(self, database: Database, login: str, client_id: int, region: str) -> None:
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Person"), PERSON)
        self.kind.addItem(self.tr("Company"), COMPANY)
        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("Client"), CLIENT)
        self.stage.addItem(self.tr("Lead"), LEAD)
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("fullName")
        self.last_name = QLineEdit(self)
        self.first_name = QLineEdit(self)
        self.middle_name = QLineEdit(self)
        self.position = QLineEdit(self)

        self.company_link = QLabel(self)
        self.company_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.detach_button = QPushButton(self.tr("Detach"), self)
        self.detach_button.setToolTip(self.tr("Detach this client from the company"))
        self.company_search = ClientSearchEdit(
            database, login, self, companies_only=True, exclude_ids=lambda: (client_id,)
        )
        self.company_search.setPlaceholderText(self.tr("Attach to company: type its name…"))
        self.phones = ContactListEditor(PHONE, region, self)
        self.emails = ContactListEditor(EMAIL, region, self)
        self.birth_date = DateLineEdit(self, check=check_birth_date)
        self.address = QLineEdit(self)
        self.website = QLineEdit(self)
        self.website.setPlaceholderText("example.com")
        self.group = QComboBox(self)
        self.responsible = QComboBox(self)
        self.tags = TagChipsEditor(self)

    def _build_company_box(self) -> QWidget:
        """The linked company (a link, and Detach) over the search that attaches one."""
        company_box = QWidget(self)
        company_layout = QVBoxLayout(company_box)
        company_layout.setContentsMargins(0, 0, 0, 0)
        company_layout.setSpacing(2)
        linked = QHBoxLayout()
        linked.addWidget(self.company_link, 1)
        linked.addWidget(self.detach_button)
        company_layout.addLayout(linked)
        company_layout.addWidget(self.company_search)
        return company_box

    def _build_form(self, company_box: QWidget) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        kind_stage = QHBoxLayout()
        kind_stage.addWidget(self.kind)
        kind_stage.addWidget(self.stage)
        kind_stage.addStretch(1)
        form.addRow(self.tr("Kind:"), kind_stage)
        form.addRow(self.tr("Full name:"), self.full_name)
        self._person_rows: list[QWidget] = []
        for label, widget in (
            (self.tr("Last name:"), self.last_name),
            (self.tr("First name:"), self.first_name),
            (self.tr("Middle name:"), self.middle_name),
            (self.tr("Position:"), self.position),
            (self.tr("Company:"), company_box),
        ):
            form.addRow(label, widget)
            self._person_rows.append(widget)
        form.addRow(_section(self.tr("Contacts")))
        form.addRow(self.tr("Phones:"), self.phones)
        form.addRow(self.tr("Emails:"), self.emails)
        form.addRow(_section(self.tr("Details")))
        form.addRow(self.tr("Birth date:"), self.birth_date)
        self._person_rows.append(self.birth_date)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Website:"), self.website)
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(self.tr("Responsible:"), self.responsible)
        form.addRow(self.tr("Tags:"), self.tags)
        self._custom_title = _section(self.tr("Additional fields"))
        form.addRow(self._custom_title)  # the custom fields' rows follow, last in the form
        return form

    def _connect(self) -> None:
        self.company_link.linkActivated.connect(self._company_clicked)
        self.detach_button.clicked.connect(lambda: self.set_company(None, None, user=True))
        self.company_search.clientChosen.connect(
            lambda cid, name: self.set_company(cid, name, user=True)
        )
        for edit in (
            self.full_name,
            self.last_name,
            self.first_name,
            self.middle_name,
            self.position,
            self.address,
            self.website,
        ):
            edit.textChanged.connect(self._edited)
        for combo in (self.kind, self.stage, self.group, self.responsible):
            combo.currentIndexChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._show_kind)
        for editor in (self.phones, self.emails, self.tags, self.birth_date):
            editor.changed.connect(self._edited)

    # filling ---------------------------------------------------------------------------

    def set_choices(self, choices: CardChoices, responsible_id: int | None = None) -> None:
        """Fill the pickers. Disabled users are offered only if they are the responsible."""
        self._filling = True
        try:
            self.group.clear()
            self.group.addItem(self.tr("(no group)"), None)
            for group_id, path in choices.groups:
                self.group.addItem(path, group_id)
            self.responsible.clear()
            self.responsible.addItem(self.tr("(nobody)"), None)
            for user in choices.users:
                if user.is_active or user.id == responsible_id:
                    suffix = "" if user.is_active else self.tr(" (disabled)")
                    self.responsible.addItem(user.full_name + suffix, user.id)
            self.tags.set_known_tags(choices.tags)
            self._build_custom(choices)
        finally:
            self._filling = False

    def _build_custom(self, choices: CardChoices) -> None:
        if choices.fields == self._specs:
            return  # the same fields: keep the editors (and the user's focus)
        self._specs = choices.fields
        for old in self.custom_editors.values():
            self._form.removeRow(old)
        self.custom_editors = {}
        for spec in choices.fields:
            editor = CustomFieldEditor(spec, self)
            editor.changed.connect(self._edited)
            self._form.addRow(spec.label + ":", editor)
            self.custom_editors[spec.key] = editor
        self._custom_title.setVisible(bool(choices.fields))

    def set_snapshot(self, snapshot: CardSnapshot) -> None:
        """Show a loaded client; the form is unchanged (`is_dirty` false) afterwards."""
        data = snapshot.data
        self._filling = True
        try:
            self._base = data
            self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
            self.stage.setCurrentIndex(max(0, self.stage.findData(data.stage)))
            self.full_name.setText(data.full_name)
            self.last_name.setText(data.last_name or "")
            self.first_name.setText(data.first_name or "")
            self.middle_name.setText(data.middle_name or "")
            self.position.setText(data.position or "")
            self.set_company(data.company_id, snapshot.company_name)
            self.phones.set_values(data.phones)
            self.emails.set_values(data.emails)
            self.birth_date.set_date(data.birth_date)
            self.address.setText(data.address or "")
            self.website.setText(data.website or "")
            self._select(self.group, data.group_id)
            self._select(self.responsible, data.responsible_id)
            self.tags.set_tags(list(data.tags))
            for key, editor in self.custom_editors.items():
                editor.set_stored(data.custom.get(key))
            self._show_kind()
        finally:
            self._filling = False
        self._check_all()

    def _select(self, combo: QComboBox, value: int | None) -> None:
        index = combo.findData(value)
        if index < 0:  # a group or user the pickers do not know (created meanwhile)
            combo.addItem(self.tr("#{0}").format(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def set_company(self, company_id: int | None, name: str | None, *, user: bool = False) -> None:
        self._company_id = company_id
        if company_id is None:
            not_attached = self.tr("not attached")
            self.company_link.setText(f"<i>{not_attached}</i>")
        else:
            escaped = (name or f"#{company_id}").replace("&", "&amp;").replace("<", "&lt;")
            self.company_link.setText(f'<a href="client:{company_id}">{escaped}</a>')
        self.detach_button.setVisible(company_id is not None)
        self.company_search.clear()
        if user:
            self._edited()

    # reading ---------------------------------------------------------------------------

    def data(self) -> ClientData:
        """What the form holds, as the service takes it (unparsed where a service parses)."""
        is_person = self.kind.currentData() == PERSON
        return dataclasses.replace(
            self._base,
            kind=self.kind.currentData(),
            stage=self.stage.currentData(),
            full_name=" ".join(self.full_name.text().split()),
            last_name=self.last_name.text().strip() or None,
            first_name=self.first_name.text().strip() or None,
            middle_name=self.middle_name.text().strip() or None,
            position=self.position.text().strip() or None,
            company_id=self._company_id if is_person else None,
            phones=self.phones.values(),
            emails=self.emails.values(),
            birth_date=self.birth_date.date(),
            address=self.address.text().strip() or None,
            website=self.website.text().strip() or None,
            group_id=self.group.currentData(),
            responsible_id=self.responsible.currentData(),
            tags=self.tags.tags(),
            custom={key: editor.value() for key, editor in self.custom_editors.items()},
        )

    def problems(self) -> list[str]:
        """What keeps the card from being saved, first the most visible; empty when none."""
        found: list[str] = []
        name_problem = self._name_problem()
        if name_problem:
            found.append(name_problem)
        for edit, label, limit in (
            (self.last_name, self.tr("The last name"), max_length("last_name")),
            (self.first_name, self.tr("The first name"), max_length("first_name")),
            (self.middle_name, self.tr("The middle name"), max_length("middle_name")),
            (self.position, self.tr("The position"), max_length("position")),
            (self.address, self.tr("The address"), max_length("address")),
            (self.website, self.tr("The website"), max_length("website")),
        ):
            if limit is not None and len(edit.text().strip()) > limit:
                found.append(
                    self.tr("{0} may be at most {1} characters long.").format(label, limit)
                )
        found += self.phones.problems()
        found += self.emails.problems()
        birth = self.birth_date.problem()
        if birth and self.kind.currentData() == PERSON:
            found.append(self.tr("Birth date: {0}").format(birth))
        found += [p for editor in self.custom_editors.values() if (p := editor.problem())]
        return found

    def _name_problem(self) -> str | None:
        name = self.full_name.text().strip()
        parts = [e.text().strip() for e in (self.last_name, self.first_name, self.middle_name)]
        if not name and not any(parts):
            return self.tr(
                "A client needs a name: fill in the full name or the last and first name."
            )
        limit = max_length("full_name")
        if limit is not None and len(name) > limit:
            return self.tr("{0} may be at most {1} characters long.").format(
                self.tr("The full name"), limit
            )
        return None

    # reacting --------------------------------------------------------------------------

    def _check_all(self) -> None:
        mark_invalid(self.full_name, self._name_problem())

    def _edited(self) -> None:
        if self._filling:
            return
        self._check_all()
        self.changed.emit()

    def _show_kind(self) -> None:
        is_person = self.kind.currentData() == PERSON
        for widget in self._person_rows:
            widget.setVisible(is_person)
            label = self._form.labelForField(widget)
            if label is not None:
                label.setVisible(is_person)

    def _company_clicked(self, link: str) -> None:
        if link.startswith("client:"):
            self.openClientRequested.emit(int(link.removeprefix("client:")))
