"""Helpers of the client-card tests: a realistic client made through the services, a card
opened on screen (offscreen), and answers for the card's dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.models import ChangeLog, Interaction, Task, User, utcnow
from desktop_crm.services import attachments, contact_persons, custom_fields, deals, groups, notes
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import (
    ClientData,
    ContactValue,
    create_client,
    get_client,
    update_client,
)
from desktop_crm.services.users import add_user
from desktop_crm.ui.card.client_card import ClientCardWidget


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
        return ClientData.from_client(
            get_client(session, client_id, current_user(session, "admin"))
        )


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


def make_showcase(database: Database, admin: User) -> tuple[int, int]:
    """A card as a real base has it, for screenshots: a person at a company, three phones, two
    emails, tags, custom values, and a feed with notes, a call, an email, a task, deals, files
    and field changes spread over a few weeks. Returns (person id, company id)."""
    add_custom_fields(database, admin)
    now = utcnow()
    with database.transaction() as session:
        actor = session.merge(admin)
        actor.full_name = "Алексей Орлов"
        anna = add_user(session, actor, "anna", "Анна Кузнецова", role="manager")
        group = groups.group_by_path(session, "Partners/Moscow")
        company = create_client(
            session,
            actor,
            ClientData(
                kind="company",
                full_name="Стомат +",
                address="Алматы, Бунина 43Б",
                website="stomat.kz",
                phones=[ContactValue("+77776553563", True)],
                emails=[ContactValue("info@stomat.kz", True)],
                tags=["Стоматология"],
                responsible_id=anna.id,
            ),
        )
        create_client(
            session,
            actor,
            ClientData(
                full_name="Ким Ольга Викторовна",
                position="Администратор",
                company_id=company.id,
                phones=[ContactValue("+7 701 555 12 34", True)],
                emails=[ContactValue("kim@stomat.kz", True)],
            ),
        )
        contact_persons.add_contact_person(
            session,
            actor,
            company.id,
            contact_persons.PersonData(
                full_name="Сергеев Павел",
                position="Бухгалтер",
                phones=[ContactValue("+7 727 250 11 22", True)],
            ),
        )
        person = create_client(
            session,
            actor,
            ClientData(
                full_name="Фронкин Игорь Михайлович",
                last_name="Фронкин",
                first_name="Игорь",
                middle_name="Михайлович",
                position="Главный врач",
                company_id=company.id,
                birth_date=date(1990, 9, 6),
                address="Алматы, Бунина 43Б, каб. 12",
                website="fronkin.kz",
                group_id=group.id,
                responsible_id=anna.id,
                phones=[
                    ContactValue("+77777859954", True, "мобильный"),
                    ContactValue("8 727 250 33 44", False, "рабочий"),
                    ContactValue("+7 912 345 67 89"),
                ],
                emails=[
                    ContactValue("ert@yandex.ru", True),
                    ContactValue("fronkin@stomat.kz", False, "рабочий"),
                ],
                tags=["VIP", "Опт", "Стоматология"],
                custom={
                    "source": "Fair",
                    "budget": "1 250 000",
                    "contract_date": "01.02.2025",
                    "newsletter": "да",
                },
            ),
        )
        person.created_at = now - timedelta(days=40)
        history = session.scalars(select(ChangeLog).where(ChangeLog.client_id == person.id))
        for row in history:
            row.changed_at = now - timedelta(days=40)

        def note(days: float, text: str, author: User = actor) -> None:
            notes.add_note(session, author, person.id, text).created_at = now - timedelta(days=days)

        note(21, "Познакомились на выставке «Дентал-Экспо». Интересуется креслами и автоклавами.")
        session.add_all(
            [
                Interaction(
                    kind="call",
                    direction="in",
                    occurred_at=now - timedelta(days=14, hours=3),
                    subject="Уточнить сроки поставки",
                    duration_seconds=312,
                    client_id=person.id,
                    registered_by_id=anna.id,
                ),
                Interaction(
                    kind="email",
                    direction="out",
                    occurred_at=now - timedelta(days=13),
                    subject="Коммерческое предложение: кресла Sirona",
                    body="Игорь Михайлович, добрый день! Во вложении предложение на три "
                    "кресла с установкой и обучением персонала.",
                    client_id=person.id,
                    registered_by_id=anna.id,
                ),
                Task(
                    title="Перезвонить после согласования бюджета",
                    description="Клиент ждёт решения собственника.",
                    client_id=person.id,
                    executor_id=anna.id,
                    author_id=actor.id,
                    due_date=(now + timedelta(days=3)).date(),
                    created_at=now - timedelta(days=6),
                ),
            ]
        )
        deal = deals.create_deal(
            session,
            anna,
            person.id,
            "Поставка трёх кресел Sirona",
            date=(now - timedelta(days=12)).date(),
            expected_revenue="4 350 000",
            description="Три кресла с установкой",
            activity="Согласовать договор",
            activity_date=(now + timedelta(days=3)).date(),
        )
        deal.created_at = now - timedelta(days=12)
        old = deals.create_deal(
            session, actor, person.id, "Автоклав класса B", expected_revenue="890 000"
        )
        deals.close_deal(session, actor, old.id, won=True)
        old.created_at = now - timedelta(days=30)
        for days, name, size, comment in (
            (12, "КП_кресла_Sirona.pdf", 184_320, "отправлено 10.11"),
            (9, "Реквизиты Стомат+.docx", 23_552, None),
            (2, "План кабинета.png", 1_468_006, "размеры помещения"),
        ):
            file = attachments.attach_file(
                session, actor, person.id, b"x" * size, filename=name, comment=comment
            )
            file.created_at = now - timedelta(days=days)
        note(1, "Договор на согласовании у юристов, ответ обещали в понедельник.", anna)
    with database.transaction() as session:  # a manager's later edit: history and feed lines
        client = get_client(session, person.id, current_user(session, "admin"))
        data = ClientData.from_client(client)
        data.stage = "client"
        data.tags = [*data.tags, "Договор"]
        data.custom["budget"] = "1 400 000"
        update_client(session, session.merge(anna), person.id, data, client.version)
    return person.id, company.id
