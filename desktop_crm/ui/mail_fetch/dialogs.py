"""The dialogs of Interactions -> Fetch mail: this computer's mail accounts (a list to fetch
from, add to and remove from) and one account's server, login and password (kept in the
system's keyring)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.errors import CrmError
from desktop_crm.services.imap.accounts import (
    NONE,
    STARTTLS,
    TLS,
    MailAccount,
    mail_accounts,
    save_account,
)
from desktop_crm.services.imap.passwords import store_password
from desktop_crm.ui.errors import show_error

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """`widget` with its object name (tests and screen readers find it by it)."""
    widget.setObjectName(name)
    return widget


class AccountDialog(QDialog):
    """A new mail account: saved in this computer's settings, its password in the keyring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailAccountDialog")
        self.setWindowTitle(self.tr("Mail account"))
        self.name = self._line("accountName")
        self.host = self._line("accountHost")
        self.port = named(QSpinBox(), "accountPort")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("usual"))  # 0: 993 with TLS, else 143
        self.security = named(QComboBox(), "accountSecurity")
        for text, value in (
            ("TLS", TLS),  # the protocols' names, the same in every language
            ("STARTTLS", STARTTLS),
            (self.tr("None (plain text)"), NONE),
        ):
            self.security.addItem(text, value)
        self.login = self._line("accountLogin")
        self.password = self._line("accountPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("IMAP server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(self.tr("The password is kept in the system's keyring, not in a file."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _line(self, name: str) -> QLineEdit:
        return named(QLineEdit(), name)

    def account(self) -> MailAccount:
        return MailAccount(
            name=self.name.text().strip(),
            host=self.host.text().strip(),
            login=self.login.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
        )

    def accept(self) -> None:
        """Save, or say what is wrong and stay open."""
        try:
            account = self.account()
            save_account(account)
            store_password(account.name, self.password.text())
        except CrmError as exc:
            show_error(self, exc)
            return
        super().accept()


class AccountsDialog(QDialog):
    """This computer's mail accounts; Fetch brings in the new messages of all of them. Remove
    asks, then hands the account's name to `remove`, which calls `reload` when it is done."""

    def __init__(
        self, parent: QWidget | None = None, remove: Callable[[str], object] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailAccountsDialog")
        self.setWindowTitle(self.tr("Fetch mail"))
        self._remove = remove
        self.accounts = named(QListWidget(), "accountList")
        add = named(QPushButton(self.tr("Add account…")), "addAccount")
        add.clicked.connect(self.add_account)
        self.remove = named(QPushButton(self.tr("Remove…")), "removeAccount")
        self.remove.clicked.connect(self.remove_account)
        self.remove.setVisible(remove is not None)
        self.accounts.currentRowChanged.connect(self._selected)
        self.fetch = named(QPushButton(self.tr("Fetch")), "fetchMail")
        self.fetch.setDefault(True)
        self.fetch.clicked.connect(self.accept)
        close = named(QPushButton(self.tr("Close")), "closeAccounts")
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(self.fetch)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Mail accounts of this computer:")))
        layout.addWidget(self.accounts)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.accounts.clear()
        for account in mail_accounts():
            text = self.tr("{0}: {1} at {2}").format(account.name, account.login, account.host)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, account.name)
            self.accounts.addItem(item)
        self.fetch.setEnabled(self.accounts.count() > 0)
        self._selected(self.accounts.currentRow())

    def _selected(self, row: int) -> None:
        self.remove.setEnabled(row >= 0)

    def add_account(self) -> None:
        if AccountDialog(self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def remove_account(self) -> None:
        item = self.accounts.currentItem()
        if item is None or self._remove is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        question = self.tr(
            "Remove the mail account {0}? Its password and fetch positions are forgotten; "
            "the emails fetched from it stay."
        ).format(name)
        asked = QMessageBox.question(self, self.tr("Remove mail account"), question)
        if asked == QMessageBox.StandardButton.Yes:
            self._remove(name)
