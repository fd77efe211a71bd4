"""Reading one call or email: when, which way, the parties, the card it is linked to (and how),
the attachments' names and sizes, and the body. "Set client…" links it by hand (with the LNK-5
offer after)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.services.interaction_records import InteractionView, get_interaction
from desktop_crm.ui.interactions.link_dialogs import SaveAddressOffer, SetClientDialog, link_by_hand
from desktop_crm.ui.interactions.words import (
    direction_word,
    duration_text,
    kind_word,
    link_word,
    local_text,
    role_word,
    size_text,
)
from desktop_crm.ui.widgets.style import emphasised


class InteractionDialog(QDialog):
    """Signals: `linked(int)` with the interaction's id after its client was set here."""

    linked = Signal(int)

    def __init__(
        self,
        database: Database,
        login: str,
        interaction_id: int,
        parent: QWidget | None = None,
        *,
        open_card: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionDialog")
        self.database, self.login, self.interaction_id = database, login, interaction_id
        self.open_card = open_card
        self.offer: SaveAddressOffer | None = None
        self.title = QLabel(self)
        emphasised(self.title, point_delta=2)
        self.title.setWordWrap(True)
        self.details = QFormLayout()
        self.attachments = QListWidget(self)
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(90)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("body")
        self.body.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.set_client_button = buttons.addButton(
            self.tr("Set client…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.set_client_button.clicked.connect(self.choose_client)
        self.open_card_button = buttons.addButton(
            self.tr("Open card"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_card_button.clicked.connect(self._open_card)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.details)
        self.attachments_label = QLabel(self.tr("Attachments:"), self)
        layout.addWidget(self.attachments_label)
        layout.addWidget(self.attachments)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.view: InteractionView | None = None
        self.reload()

    def reload(self) -> None:
        with self.database.session() as session:
            view = self.view = get_interaction(session, self.interaction_id)
        heading = f"{direction_word(view.direction)} {kind_word(view.kind).lower()}"
        if view.kind == "call" and view.missed:
            heading += ", " + self.tr("missed")
        if view.subject:
            heading += f": {view.subject}"
        self.title.setText(heading)
        self.setWindowTitle(heading)
        while self.details.rowCount():
            self.details.removeRow(0)
        self.details.addRow(self.tr("When:"), QLabel(local_text(view.occurred_at)))
        if view.kind == "call" and view.duration_seconds is not None:
            self.details.addRow(self.tr("Duration:"), QLabel(duration_text(view.duration_seconds)))
        for party in view.parties:
            self.details.addRow(role_word(party.role) + ":", QLabel(party.shown()))
        card = view.client_name or "—"
        method = link_word(view.link_method, bool(view.link_candidates))
        self.details.addRow(self.tr("Client:"), QLabel(f"{card} ({method})"))
        if view.account or view.source:
            self.details.addRow(self.tr("Source:"), QLabel(view.account or view.source or ""))
        self.attachments.clear()
        for item in view.attachments:
            self.attachments.addItem(f"{item.get('name', '')}  {size_text(item.get('size'))}")
        has_files = bool(view.attachments)
        self.attachments.setVisible(has_files)
        self.attachments_label.setVisible(has_files)
        self.body.setPlainText(view.body or "")
        self.body.setVisible(bool(view.body))
        self.open_card_button.setEnabled(view.client_id is not None and self.open_card is not None)

    def choose_client(self) -> None:
        dialog = SetClientDialog(self.database, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.client_id is None:
            return
        self.link_to(dialog.client_id, dialog.person_id())

    def link_to(self, client_id: int, person_id: int | None = None) -> SaveAddressOffer | None:
        """Link by hand, then offer to save the address (LNK-5); returns the offer if any."""
        self.offer = link_by_hand(
            self, self.database, self.login, self.interaction_id, client_id, person_id
        )
        self.reload()
        self.linked.emit(self.interaction_id)
        return self.offer

    def _open_card(self) -> None:
        if self.view is not None and self.view.client_id is not None and self.open_card:
            self.open_card(self.view.client_id)
