"""Registering a call or an email by hand (LNK-2), from the journal, the menu or a card: the
client found by search-as-you-type, which way, when, how long, the other side, subject, text."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.services.access import current_user
from desktop_crm.services.interaction_records import (
    MAX_DURATION_SECONDS,
    ManualInteraction,
    register_interaction,
)
from desktop_crm.ui.errors import show_error
from desktop_crm.ui.locale_format import datetime_pattern
from desktop_crm.ui.widgets.client_search import ClientSearchEdit


class RegisterDialog(QDialog):
    """`registered_id` holds the new interaction's id once saved."""

    def __init__(
        self,
        database: Database,
        login: str,
        kind: str,
        parent: QWidget | None = None,
        *,
        client_id: int | None = None,
        client_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.database, self.login, self.kind = database, login, kind
        self.client_id = client_id
        self.registered_id: int | None = None
        self.setWindowTitle(
            self.tr("Register a call") if kind == "call" else self.tr("Register an email")
        )
        self.client = ClientSearchEdit(database, login, self)
        self.client.setText(client_name)
        self.client.clientChosen.connect(self._chosen)
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Incoming"), "in")
        self.direction.addItem(self.tr("Outgoing"), "out")
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setDisplayFormat(datetime_pattern())
        self.when.setCalendarPopup(True)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("durationMinutes")
        self.minutes.setRange(0, MAX_DURATION_SECONDS // 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.counterpart = QLineEdit(self)
        self.counterpart.setPlaceholderText(
            self.tr("Their number") if kind == "call" else self.tr("Their address")
        )
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("What was said or written"))
        form = QFormLayout()
        form.addRow(self.tr("Client:"), self.client)
        form.addRow(self.tr("Direction:"), self.direction)
        form.addRow(self.tr("When:"), self.when)
        if kind == "call":
            form.addRow(self.tr("Duration:"), self.minutes)
        form.addRow(self.tr("Other side:"), self.counterpart)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._update()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 420)

    def _chosen(self, client_id: int, name: str) -> None:
        self.client_id = client_id
        self.client.setText(name)
        self._update()

    def _update(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.client_id is not None)

    def data(self) -> ManualInteraction:
        assert self.client_id is not None
        # seconds since the epoch: the local time typed, as naive UTC
        stamp = self.when.dateTime().toSecsSinceEpoch()
        moment = datetime.fromtimestamp(stamp, UTC).replace(tzinfo=None)
        return ManualInteraction(
            kind=self.kind,
            direction=str(self.direction.currentData()),
            client_id=self.client_id,
            occurred_at=moment,
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            duration_seconds=self.minutes.value() * 60 if self.kind == "call" else None,
            counterpart=self.counterpart.text(),
        )

    def save(self) -> None:
        if self.client_id is None:
            return
        try:
            with self.database.transaction() as session:
                user = current_user(session, self.login)
                self.registered_id = register_interaction(session, user, self.data())
        except CrmError as exc:
            show_error(self, exc)
            return
        self.accept()
