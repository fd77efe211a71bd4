"""Setting the client of a call or email by hand, and the LNK-5 offer that follows: when the
chosen card holds none of the other side's addresses or numbers, save one to that card or to
one of its contact persons — its past unlinked calls and emails are linked at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.models import Client
from desktop_crm.services.access import current_user
from desktop_crm.services.contact_persons import list_contact_persons
from desktop_crm.services.interaction_records import (
    Counterpart,
    save_counterpart,
    set_interaction_client,
    unheld_counterparts,
)
from desktop_crm.ui.errors import show_error
from desktop_crm.ui.widgets.client_search import ClientSearchEdit


def persons_of(database: Database, client_id: int) -> list[tuple[int, str]]:
    with database.session() as session:
        return [(p.id, p.full_name) for p in list_contact_persons(session, client_id)]


class SetClientDialog(QDialog):
    """Choose a client by search-as-you-type, and optionally one of its contact persons."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setClientDialog")
        self.setWindowTitle(self.tr("Set the client"))
        self.database = database
        self.client_id: int | None = None
        self.search = ClientSearchEdit(database, self)
        self.search.clientChosen.connect(self.choose)
        self.person = QComboBox(self)
        self.person.setObjectName("personChoice")
        self.person.addItem(self.tr("The card itself"), None)
        self.person.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Client:"), self.search)
        form.addRow(self.tr("Contact person:"), self.person)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 140)

    def choose(self, client_id: int, name: str) -> None:
        self.client_id = client_id
        self.search.setText(name)
        self.person.clear()
        self.person.addItem(self.tr("The card itself"), None)
        for person_id, full_name in persons_of(self.database, client_id):
            self.person.addItem(full_name, person_id)
        self.person.setEnabled(self.person.count() > 1)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def person_id(self) -> int | None:
        value = self.person.currentData()
        return int(value) if value is not None else None


class SaveAddressOffer(QDialog):
    """LNK-5: "Save this address to the card?" Shown window-modal (`open()`), never blocking.

    Signals: `finished(int)`; `saved_count` holds how many earlier calls and emails the save
    linked (None when refused)."""

    def __init__(
        self,
        database: Database,
        login: str,
        client_id: int,
        client_name: str,
        found: list[Counterpart],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saveAddressOffer")
        self.setWindowTitle(self.tr("Save the address to the card?"))
        self.database, self.login, self.client_id = database, login, client_id
        self.found = found
        self.saved_count: int | None = None
        text = QLabel(
            self.tr(
                "No card holds this address or number yet. Save it to {0}, so that its other "
                "calls and emails, past and future, go to this card by themselves?"
            ).format(client_name),
            self,
        )
        text.setWordWrap(True)
        self.value = QComboBox(self)
        self.value.setObjectName("offerValue")
        for item in found:
            self.value.addItem(item.value, item.normalized)
        self.owner = QComboBox(self)
        self.owner.setObjectName("offerOwner")
        self.owner.addItem(self.tr("The card: {0}").format(client_name), None)
        for person_id, full_name in persons_of(database, client_id):
            self.owner.addItem(self.tr("Contact person: {0}").format(full_name), person_id)
        form = QFormLayout()
        form.addRow(self.tr("Address or number:"), self.value)
        form.addRow(self.tr("Save to:"), self.owner)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save to the card"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.refuse_button = buttons.addButton(
            self.tr("Don't save"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setObjectName("offerSave")
        self.refuse_button.setObjectName("offerRefuse")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 180)

    def save(self) -> None:
        chosen = self.found[max(0, self.value.currentIndex())]
        person = self.owner.currentData()
        try:
            with self.database.transaction() as session:
                user = current_user(session, self.login)
                self.saved_count = save_counterpart(
                    session, user, chosen, self.client_id, int(person) if person else None
                )
        except CrmError as exc:
            show_error(self, exc)
            return
        self.accept()


def link_by_hand(
    parent: QWidget,
    database: Database,
    login: str,
    interaction_id: int,
    client_id: int,
    person_id: int | None = None,
) -> SaveAddressOffer | None:
    """Link the interaction to the card; then, when the card lacks all of the other side's
    addresses, open (window-modal) and return the LNK-5 offer. None when refused by the
    services (the error shown) or when there is nothing to offer."""
    try:
        with database.transaction() as session:
            user = current_user(session, login)
            set_interaction_client(session, user, interaction_id, client_id, person_id)
            found = unheld_counterparts(session, interaction_id)
            name = session.get_one(Client, client_id).full_name
    except CrmError as exc:
        show_error(parent, exc)
        return None
    if not found:
        return None
    offer = SaveAddressOffer(database, login, client_id, name, found, parent)
    offer.open()
    return offer
