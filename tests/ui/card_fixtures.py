"""Helpers of the client-card tests: a realistic client made through the services, a card
opened on screen (offscreen), and answers for the card's dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services import custom_fields, groups
from desktop_crm.services.clients import ClientData, ContactValue, create_client, get_client
from desktop_crm.services.users import add_user
from desktop_crm.ui.client_card import ClientCardWidget


def make_client(database: Database, admin: User, **overrides: object) -> int:
    """A person with two phones, two emails, tags, a birth date and an address."""
    data = ClientData(
        full_name="Фронкин Игорь Михайлович",
        last_name="Фронкин",
        first_name="Игорь",
        middle_name="Михайлович",
        phones=[ContactValue("+77777859954", True), ContactValue("8 912 345 67 89")],
        emails=[ContactValue("ert@yandex.ru", True), ContactValue("fronkin@mail.ru")],
        tags=["VIP", "Опт"],
        birth_date=date(1990, 9, 6),
        address="Бунина 43Б",
    )
    for name, value in overrides.items():
        setattr(data, name, value)
    with database.transaction() as session:
        return create_client(session, admin, data).id


def add_custom_fields(database: Database, admin: User) -> None:
    with database.transaction() as session:
        custom_fields.add_field(session, admin, "source", "Lead source", "choice", ["Web", "Fair"])
        custom_fields.add_field(session, admin, "budget", "Budget", "number")
        custom_fields.add_field(session, admin, "contract_date", "Contract date", "date")
        custom_fields.add_field(session, admin, "newsletter", "Newsletter", "bool")
        groups.group_by_path(session, "Partners/Moscow")


def add_manager(database: Database, admin: User, login: str = "maria") -> User:
    with database.transaction() as session:
        return add_user(session, admin, login, "Мария Соколова", role="manager")


def stored(database: Database, client_id: int) -> ClientData:
    """The client as stored now, read through the service."""
    with database.session() as session:
        return ClientData.from_client(get_client(session, client_id))


def open_card(qtbot: QtBot, database: Database, login: str, client_id: int) -> ClientCardWidget:
    card = ClientCardWidget(database, login, client_id)
    Answers(card, choice="discard")  # no dialog may wait for a person, even after a failure
    qtbot.addWidget(card)
    card.resize(1366, 768)
    with qtbot.waitActive(card):  # shortcuts (Ctrl+S) work in the active window only
        card.show()
        card.activateWindow()
    return card


class Answers:
    """Records the card's questions and answers them: `ask` with `choice`, `confirm` with
    `yes`; errors are collected in `errors`."""

    def __init__(self, card: ClientCardWidget, *, choice: str = "cancel", yes: bool = True) -> None:
        self.choice = choice
        self.yes = yes
        self.asked: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.files: list[str] = []
        self.save_path: str | None = None
        self.text: str | None = None
        self.opened: list[Path] = []
        prompts = card.prompts
        prompts.ask = self._ask
        prompts.confirm = self._confirm
        prompts.error = lambda title, text: self.errors.append(text)
        prompts.choose_files = lambda title: list(self.files)
        prompts.choose_save_path = lambda title, suggested: self.save_path
        prompts.ask_text = lambda title, label, text: self.text
        prompts.open_file = self._open

    def _ask(self, title: str, text: str, choices: Sequence[tuple[str, str]]) -> str:
        self.asked.append((title, text))
        assert self.choice in [key for key, _ in choices]
        return self.choice

    def _confirm(self, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.yes

    def _open(self, path: Path) -> bool:
        self.opened.append(path)
        return True


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` into a widget key by key. QTest types ASCII only, so other characters
    (Cyrillic) are sent as key events carrying their text, as a keyboard layout would."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
    qtbot.wait(1)


def wait_for(qtbot: QtBot, condition: Callable[[], object], timeout: int = 3000) -> None:
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)
