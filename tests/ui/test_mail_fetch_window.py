"""Interactions -> Fetch mail (IMAP) in the window, against the real dovecot of
tests/imap_server.py: an account is added (its password goes to the keyring, not to
settings.json), the fetch runs on a worker and the status bar says what came in; a refused
login is one sentence in a warning box; Remove forgets an account, its password and positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.config import Settings
from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.models.interactions import Interaction
from desktop_crm.services.imap.accounts import NONE, MailAccount, mail_accounts, save_account
from desktop_crm.services.imap.passwords import store_password
from desktop_crm.services.imap.positions import Position, positions, save_position
from desktop_crm.ui.main_window import MainWindow
from tests.file_keyring import FileKeyring
from tests.imap_server import PASSWORD, Dovecot, message
from tests.ui.conftest import Answer, answer_modals, click
from tests.ui.test_main_window import open_window


def add_then_fetch(widget: QWidget) -> None:
    """In the accounts dialog: Add account… (answered next), then Fetch."""
    assert widget.objectName() == "mailAccountsDialog", widget

    def later() -> None:
        widget.findChild(QPushButton, "addAccount").click()  # waits for the account dialog
        widget.findChild(QPushButton, "fetchMail").click()

    QTimer.singleShot(0, later)


def fill_account(server: Dovecot, login: str, password: str) -> Answer:
    def answer(widget: QWidget) -> None:
        assert widget.objectName() == "mailAccountDialog", widget
        texts = {"accountName": "office", "accountHost": "127.0.0.1", "accountLogin": login}
        for name, text in {**texts, "accountPassword": password}.items():
            widget.findChild(QLineEdit, name).setText(text)
        widget.findChild(QSpinBox, "accountPort").setValue(server.port)
        security = widget.findChild(QComboBox, "accountSecurity")
        security.setCurrentIndex(security.findData(NONE))
        widget.accept()

    return answer


def stored(database: Database) -> int:
    with database.transaction(write=False) as session:
        return session.scalar(select(func.count()).select_from(Interaction)) or 0


def fetch_through_the_menu(qtbot: QtBot, window: MainWindow, *answers: Answer) -> list[str]:
    """Answer the accounts dialogs, then wait for the fetch; the texts of the message boxes
    it showed (closed with OK). The progress dialog may come and go meanwhile."""
    with answer_modals(*answers):
        window.actions["mail_fetch"].trigger()  # returns once the accounts dialog is closed
    operation = window.operation
    assert operation is not None
    boxes: list[str] = []

    def close_boxes() -> None:  # a timer: it fires inside the box's own event loop too
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            boxes.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(close_boxes)
    timer.start()
    try:
        qtbot.waitUntil(lambda: operation.outcome is not None, timeout=20_000)
    finally:
        timer.stop()
    return boxes


@pytest.mark.usefixtures("file_keyring")
def test_an_account_is_added_and_its_mail_fetched(
    qtbot: QtBot, database: Database, admin: User, server: Dovecot, file_keyring: FileKeyring
) -> None:
    login = server.new_user()
    server.append(login, "INBOX", [message(1), message(2)])
    window = open_window(qtbot, database)
    fetch_through_the_menu(qtbot, window, add_then_fetch, fill_account(server, login, PASSWORD))
    assert window.operation is not None and window.operation.outcome == "succeeded"
    assert stored(database) == 2
    assert window.statusBar().currentMessage() == "Fetched 2 messages: 2 new, 0 linked to clients"
    settings = Path(Settings.path()).read_text(encoding="utf-8")
    assert login in settings and PASSWORD not in settings
    assert file_keyring.get_password("desktop-crm mail", "office") == PASSWORD


@pytest.mark.usefixtures("file_keyring")
def test_a_refused_login_is_one_sentence(
    qtbot: QtBot, database: Database, admin: User, server: Dovecot
) -> None:
    login = server.new_user()
    window = open_window(qtbot, database)
    boxes = fetch_through_the_menu(
        qtbot, window, add_then_fetch, fill_account(server, login, "wrong")
    )
    assert len(boxes) == 1 and "refused the login" in boxes[0], boxes
    assert window.operation is not None and window.operation.outcome == "failed"
    assert stored(database) == 0


@pytest.mark.usefixtures("file_keyring")
def test_remove_forgets_the_chosen_account(
    qtbot: QtBot, database: Database, admin: User, file_keyring: FileKeyring
) -> None:
    for name, login in (("office", "sales"), ("home", "me")):
        save_account(MailAccount(name=name, host="mail.example.org", login=login))
        store_password(name, PASSWORD)
    with database.transaction() as session:
        save_position(session, "sales@mail.example.org", "INBOX", Position(7, 42))
    window = open_window(qtbot, database)
    left: list[str] = []

    def remove_office(widget: QWidget) -> None:
        assert widget.objectName() == "mailAccountsDialog", widget
        accounts = widget.findChild(QListWidget, "accountList")
        remove = widget.findChild(QPushButton, "removeAccount")

        def later() -> None:
            accounts.setCurrentRow(0)
            remove.click()  # asks first (answered next)
            qtbot.waitUntil(lambda: accounts.count() == 1, timeout=10_000)
            left.extend(accounts.item(i).text() for i in range(accounts.count()))
            widget.reject()

        QTimer.singleShot(0, later)

    with answer_modals(remove_office, click(QMessageBox.StandardButton.Yes)) as log:
        window.actions["mail_fetch"].trigger()
    assert log.texts[1] == (
        "Remove the mail account office? Its password and fetch positions are forgotten; the "
        "emails fetched from it stay."
    )
    assert left == ["home: me at mail.example.org"]
    assert [a.name for a in mail_accounts()] == ["home"]
    assert file_keyring.get_password("desktop-crm mail", "office") is None
    with database.transaction(write=False) as session:
        assert positions(session, "sales@mail.example.org") == {}
    assert window.statusBar().currentMessage() == "Removed the mail account office"
