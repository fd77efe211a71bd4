"""The login dialog of a team base: server (from the settings' URL), login, password and
'Remember me'. Signing in connects on a pool thread (an unreachable server takes seconds);
a refusal shows its one sentence under the fields and the dialog stays open."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database, open_database
from desktop_crm.errors import CrmError
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.login import remembered
from desktop_crm.ui.login.server_url import login_of, server_of, signed_url
from desktop_crm.ui.workers import run_task


class LoginDialog(QDialog):
    def __init__(self, db_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to the team base"))
        self._db_url = db_url
        self.database: Database | None = None
        self.server = QLineEdit(server_of(db_url))
        self.login = QLineEdit(login_of(db_url))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.message = QLabel()
        for widget, name in (
            (self.server, "loginServer"), (self.login, "loginName"),
            (self.password, "loginPassword"), (self.remember, "loginRemember"),
            (self.message, "loginMessage"),
        ):  # fmt: skip
            widget.setObjectName(name)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._prefill()

    def _prefill(self) -> None:
        saved = remembered.recall(self.login.text(), self.server.text())
        if saved is not None:
            self.password.setText(saved)
            self.remember.setChecked(True)
        (self.password if self.login.text() else self.login).setFocus()

    def sign_in(self) -> None:
        """Connect with what is typed; on success the dialog closes with the open base."""
        url = signed_url(
            self._db_url, self.server.text(), self.login.text(), self.password.text()
        ).render_as_string(hide_password=False)
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Connecting…"))
        self.message.show()

        def connect(_progress: Progress, _cancelled: Cancelled) -> Database:
            return open_database(url)

        run_task(self, connect, on_success=self._signed_in, on_failure=self._refused)

    def _signed_in(self, database: Database) -> None:
        login, server = self.login.text().strip(), self.server.text().strip()
        if self.remember.isChecked():
            remembered.remember(login, server, self.password.text())
        else:
            remembered.forget(login, server)
        self.database = database
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, CrmError):
            raise exc
        self.message.setText(error_message(exc))
        self.password.selectAll()
        self.password.setFocus()
