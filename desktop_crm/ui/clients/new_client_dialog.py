"""The New client dialog (CLI-1, CLI-2): name, kind, stage, a phone, an email and the
responsible manager. While the user types it lists existing clients with the same phone,
email or name (`services.matching.possible_duplicates`, shared with the import engine), each
with an "Open" button; creating the client anyway is allowed."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.models.clients import CLIENT, COMPANY, LEAD, PERSON
from desktop_crm.services.access import current_user
from desktop_crm.services.base_settings import region_or_default
from desktop_crm.services.card_lookup import load_choices, user_id
from desktop_crm.services.clients import ClientData, ContactValue, create_client
from desktop_crm.services.emails import try_normalize_email
from desktop_crm.services.matching import PossibleDuplicate, possible_duplicates
from desktop_crm.services.names import split_full_name
from desktop_crm.services.phone_country import example_number
from desktop_crm.services.phones import format_phone, try_normalize_phone
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.widgets.regions import country_hint, foreign_warning
from desktop_crm.ui.widgets.style import MESSAGE_STYLES, error_text
from desktop_crm.ui.widgets.validation import mark_invalid

DEBOUNCE_MS = 300


class DuplicateRow(QFrame):
    """An existing client like the one being typed: `label` says why, `open_button`."""

    def __init__(self, duplicate: PossibleDuplicate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duplicate = duplicate
        matched = {
            "phone": self.tr("same phone {0}"),
            "email": self.tr("same email {0}"),
            "name": self.tr("same name"),
        }[duplicate.matched_on]
        value = (
            format_phone(duplicate.value) if duplicate.matched_on == "phone" else duplicate.value
        )
        self.label = QLabel(
            f"<b>{_escape(duplicate.full_name)}</b> — {_escape(matched.format(value))}", self
        )
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open this client's card instead"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NewClientDialog(QDialog):
    """Create a client. After `accept()`, `client_id` holds the new client's id.

    Signals: `openClientRequested(int)` when the user opens an existing client instead (the
    dialog then closes), `created(int)` with the new client's id."""

    openClientRequested = Signal(int)
    created = Signal(int)

    def __init__(self, database: Database, user_login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.user_login = user_login
        with database.session() as session:
            self.region = region_or_default(session)  # the base's phone country
        self.client_id: int | None = None
        self.duplicates: list[PossibleDuplicate] = []
        self.duplicate_rows: list[DuplicateRow] = []
        self.setWindowTitle(self.tr("New client"))
        self.setMinimumWidth(520)
        form = self._build_form()
        self._build_duplicates()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates_title)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_duplicates)
        for edit in (self.full_name, self.phone, self.email):
            edit.textChanged.connect(self._typed)
        self.phone.editingFinished.connect(self._tidy_phone)
        self._show_duplicates([])
        self._show_phone_hint(None)
        self._check()

    def _build_form(self) -> QFormLayout:
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Person"), PERSON)
        self.kind.addItem(self.tr("Company"), COMPANY)
        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("Client"), CLIENT)
        self.stage.addItem(self.tr("Lead"), LEAD)
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("newFullName")
        self.full_name.setPlaceholderText(self.tr("Last name First name Middle name, or company"))
        self.phone = QLineEdit(self)
        self.phone.setObjectName("newPhone")
        self.phone.setPlaceholderText(example_number(self.region))
        self.phone_hint = QLabel(self)  # the base's country, or a number of another one
        self.phone_hint.setObjectName("phoneCountryHint")
        self.phone_hint.setWordWrap(True)
        self.email = QLineEdit(self)
        self.email.setObjectName("newEmail")
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.responsible = QComboBox(self)
        self._fill_responsible()

        form = QFormLayout()
        kind_stage = QHBoxLayout()
        kind_stage.addWidget(self.kind)
        kind_stage.addWidget(self.stage)
        kind_stage.addStretch(1)
        form.addRow(self.tr("Kind:"), kind_stage)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow("", self.phone_hint)
        form.addRow(self.tr("Email:"), self.email)
        form.addRow(self.tr("Responsible:"), self.responsible)
        return form

    def _build_duplicates(self) -> None:
        """The clients that look like this one, and why the client cannot be created yet."""
        self.duplicates_title = QLabel(self)
        self.duplicates_title.setStyleSheet(MESSAGE_STYLES["info"])
        self.duplicates_title.setWordWrap(True)
        self.duplicates_box = QWidget(self)
        self._duplicates_layout = QVBoxLayout(self.duplicates_box)
        self._duplicates_layout.setContentsMargins(4, 0, 4, 0)
        self.reason = QLabel(self)
        error_text(self.reason)
        self.reason.setWordWrap(True)

    def _fill_responsible(self) -> None:
        with self.database.session() as session:
            choices = load_choices(session)
            me = user_id(session, self.user_login)
        self.responsible.addItem(self.tr("(nobody)"), None)
        for user in choices.users:
            if user.is_active:
                self.responsible.addItem(user.full_name, user.id)
        index = self.responsible.findData(me)
        self.responsible.setCurrentIndex(index if index >= 0 else 0)

    # checking while typing ------------------------------------------------------------

    def _typed(self) -> None:
        self._check()
        self._timer.start()

    def problems(self) -> list[str]:
        found = []
        if not self.full_name.text().strip():
            found.append(self.tr("A client needs a name."))
        phone = self.phone.text().strip()
        if phone and try_normalize_phone(phone, self.region) is None:
            found.append(self.tr("“{0}” is not a phone number.").format(phone))
        email = self.email.text().strip()
        if email and try_normalize_email(email) is None:
            found.append(self.tr("“{0}” is not an email address.").format(email))
        return found

    def _check(self) -> None:
        phone, email = self.phone.text().strip(), self.email.text().strip()
        bad_phone = bool(phone) and try_normalize_phone(phone, self.region) is None
        bad_email = bool(email) and try_normalize_email(email) is None
        mark_invalid(self.phone, self.tr("Not a phone number.") if bad_phone else None)
        mark_invalid(self.email, self.tr("Not an email address.") if bad_email else None)
        problems = self.problems()
        # a name not typed yet is not worth a red line; the disabled button says enough
        shown = problems[1:] if not self.full_name.text().strip() else problems
        self.reason.setText(shown[0] if shown else "")
        self.create_button.setEnabled(not problems)

    def phone_warning(self) -> str | None:
        """The phone typed is a number of another country only, not of the base's one."""
        return foreign_warning(self.phone.text(), self.region)

    def _show_phone_hint(self, warning: str | None) -> None:
        if warning is None:
            text = country_hint(self.region)
            self.phone_hint.setText(text)
            self.phone_hint.setStyleSheet("color: palette(placeholder-text);")
        else:
            self.phone_hint.setText(warning)
            self.phone_hint.setStyleSheet(MESSAGE_STYLES["warning"])

    def _tidy_phone(self) -> None:
        """Show the phone as it will be stored, unless it fits another country only."""
        warning = self.phone_warning()
        self._show_phone_hint(warning)
        if warning is not None:
            return
        normalized = try_normalize_phone(self.phone.text(), self.region)
        if normalized is not None and format_phone(normalized) != self.phone.text():
            self.phone.setText(format_phone(normalized))

    def check_duplicates(self) -> list[PossibleDuplicate]:
        """Look for existing clients like the one typed and list them (runs after a pause in
        typing; callable directly)."""
        self._timer.stop()
        name = self.full_name.text().strip()
        with self.database.session() as session:
            found = possible_duplicates(
                session,
                phones=[self.phone.text()] if self.phone.text().strip() else [],
                emails=[self.email.text()] if self.email.text().strip() else [],
                full_name=name or None,
                region=self.region,
                limit=5,
            )
        self._show_duplicates(found)
        return found

    def _show_duplicates(self, found: list[PossibleDuplicate]) -> None:
        for row in self.duplicate_rows:
            row.hide()
            row.deleteLater()
        self.duplicates = list(found)
        self.duplicate_rows = []
        for duplicate in found:
            row = DuplicateRow(duplicate, self.duplicates_box)
            row.open_button.clicked.connect(
                lambda _=False, cid=duplicate.client_id: self.open_existing(cid)
            )
            self._duplicates_layout.addWidget(row)
            self.duplicate_rows.append(row)
        if found:
            self.duplicates_title.setText(
                self.tr(
                    "This client may be in the base already. Open the card, or create a new "
                    "client anyway."
                )
            )
        self.duplicates_title.setVisible(bool(found))
        self.duplicates_box.setVisible(bool(found))

    # finishing ------------------------------------------------------------------------

    def open_existing(self, client_id: int) -> None:
        self.openClientRequested.emit(client_id)
        self.reject()

    def client_data(self) -> ClientData:
        phone, email = self.phone.text().strip(), self.email.text().strip()
        full_name = " ".join(self.full_name.text().split())
        # a person's name in its parts, read as the import reads it (Russian, Polish, English)
        last, first, middle = (
            split_full_name(full_name) if self.kind.currentData() == PERSON else (None,) * 3
        )
        return ClientData(
            kind=self.kind.currentData(),
            stage=self.stage.currentData(),
            full_name=full_name,
            last_name=last,
            first_name=first,
            middle_name=middle,
            phones=[ContactValue(phone, True)] if phone else [],
            emails=[ContactValue(email, True)] if email else [],
            responsible_id=self.responsible.currentData(),
        )

    # hides QWidget.create(window, ...), which Qt does not call through Python
    def create(self) -> bool:  # type: ignore[override]
        """Create the client and close the dialog; a refusal is shown in a sentence."""
        if self.problems():
            return False
        data = self.client_data()
        try:
            with self.database.transaction() as session:
                actor = current_user(session, self.user_login)
                client_id = create_client(session, actor, data, region=self.region).id
        except CrmError as exc:
            self.reason.setText(error_message(exc))
            return False
        self.client_id = client_id
        self.created.emit(client_id)
        self.accept()
        return True
