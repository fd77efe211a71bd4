"""Undoing an import removes only what the import made, never someone's later work (issue 10):
a client worked on since is kept, with the reason, in the result and in its history; a company
with a hand-made employee stays; the rest of the import is still undone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from import_support import do_import
from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.errors import ImportSettingsError
from desktop_crm.models import (
    ChangeLog,
    Client,
    ContactPerson,
    ImportJob,
    Interaction,
    Note,
    Task,
    User,
    utcnow,
)
from desktop_crm.services import attachments, deals, notes, tags
from desktop_crm.services.access import current_user
from desktop_crm.services.client_values import ClientData
from desktop_crm.services.clients import get_client, update_client
from desktop_crm.services.contact_persons import PersonData, add_contact_person
from desktop_crm.wizards.importing import UndoResult, undo_import


def undo(database: Database, job_id: int) -> UndoResult:
    with database.transaction() as session:
        return undo_import(session, current_user(session, "admin"), job_id)


def ids_by_name(database: Database) -> dict[str, int]:
    with database.session() as session:
        return dict(session.execute(select(Client.full_name, Client.id)).tuples().all())


def history(database: Database, client_id: int, field: str = "import_undo") -> list[str]:
    with database.session() as session:
        return list(
            session.scalars(
                select(ChangeLog.new_value).where(
                    ChangeLog.client_id == client_id, ChangeLog.field == field
                )
            )
        )


PEOPLE = (
    "ФИО;Телефон\n"
    "Первый Клиент;+7 912 000 00 01\n"
    "Второй Клиент;+7 912 000 00 02\n"
    "Третий Клиент;+7 912 000 00 03\n"
)


def test_undo_keeps_a_client_with_a_hand_added_contact_person(
    database: Database, admin: User
) -> None:
    job_id = do_import(database, text=PEOPLE).job_id
    assert job_id is not None
    ids = ids_by_name(database)
    with database.transaction() as session:
        add_contact_person(session, admin, ids["Второй Клиент"], PersonData(full_name="Жена"))
    result = undo(database, job_id)
    assert (result.deleted, result.restored, len(result.kept)) == (2, 0, 1)
    kept = result.kept[0]
    assert (kept.id, kept.name, kept.was, kept.reasons) == (
        ids["Второй Клиент"],
        "Второй Клиент",
        "created",
        ("contact_persons",),
    )
    assert set(ids_by_name(database)) == {"Второй Клиент"}
    with database.session() as session:
        person = session.scalars(select(ContactPerson)).one()
        assert (person.full_name, person.client_id) == ("Жена", ids["Второй Клиент"])
        job = session.get(ImportJob, job_id)
        assert job is not None and job.status == "undone"
        assert job.settings["undo"]["kept_clients"][0]["reasons"] == ["contact_persons"]
    line = history(database, ids["Второй Клиент"])
    assert line == [
        f"Import #{job_id} was undone; this card was kept: contact persons were added to it."
    ]
    with pytest.raises(ImportSettingsError, match="undone already"):
        undo(database, job_id)


def test_undo_of_an_imported_company_keeps_it_with_a_hand_made_employee(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    text = "ФИО;Телефон;Компания\nИмпортов Иван;+7 912 000 00 11;ООО Ромашка\n"
    job_id = do_import(database, text=text).job_id
    assert job_id is not None
    company_id = ids_by_name(database)["ООО Ромашка"]
    hand_made = add_client("Ручной Сотрудник", company_id=company_id)
    result = undo(database, job_id)
    assert (result.deleted, result.restored) == (1, 0)  # Иван, whom nobody touched
    assert [(k.id, k.was, k.reasons) for k in result.kept] == [
        (company_id, "created", ("employees",))
    ]
    assert set(ids_by_name(database)) == {"ООО Ромашка", "Ручной Сотрудник"}
    with database.session() as session:
        employee = session.get(Client, hand_made)
        assert employee is not None and employee.company_id == company_id
    assert history(database, company_id) == [
        f"Import #{job_id} was undone; this card was kept: clients that stay are attached to it."
    ]


def test_every_kind_of_later_work_keeps_its_client(
    database: Database, admin: User, tmp_path
) -> None:
    rows = ["ФИО;Телефон"] + [f"Клиент {i};+7 912 000 01 {i:02d}" for i in range(9)]
    job_id = do_import(database, text="\n".join(rows) + "\n").job_id
    assert job_id is not None
    ids = ids_by_name(database)
    with database.transaction() as session:
        me = session.merge(admin)
        notes.add_note(session, me, ids["Клиент 0"], "позвонить в понедельник")
        attachments.attach_file(session, me, ids["Клиент 1"], b"%PDF", filename="offer.pdf")
        deals.create_deal(session, me, ids["Клиент 2"], "Поставка")
        session.add(Task(title="Перезвонить", client_id=ids["Клиент 3"], author_id=me.id))
        session.add(
            Interaction(
                kind="call", direction="in", occurred_at=utcnow(), client_id=ids["Клиент 4"]
            )
        )
        tags.add_tag(session, me, [ids["Клиент 5"]], "важный")
    with database.transaction() as session:
        me = session.merge(admin)
        card = get_client(session, ids["Клиент 6"], current_user(session, "admin"))
        data = ClientData.from_client(card)
        data.address = "Москва"
        update_client(session, me, card.id, data, card.version)
    result = undo(database, job_id)
    reasons = {k.name: k.reasons for k in result.kept}
    assert reasons == {
        "Клиент 0": ("notes",),
        "Клиент 1": ("files",),
        "Клиент 2": ("deals",),
        "Клиент 3": ("tasks",),
        "Клиент 4": ("interactions",),
        "Клиент 5": ("edited",),
        "Клиент 6": ("edited",),
    }
    assert (result.deleted, result.restored) == (2, 0)
    assert set(ids_by_name(database)) == set(reasons)
    with database.session() as session:
        assert session.scalar(select(Note.text)) == "позвонить в понедельник"
        assert (
            get_client(session, ids["Клиент 6"], current_user(session, "admin")).address == "Москва"
        )


def test_an_updated_client_edited_since_keeps_its_values_the_others_are_restored(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    first = add_client("Старый Первый", phones=["+7 912 000 02 01"])
    second = add_client("Старый Второй", phones=["+7 912 000 02 02"])
    text = (
        "ФИО;Телефон;Адрес;Заметка\n"
        "Старый Первый;+7 912 000 02 01;Казань;из файла\n"
        "Старый Второй;+7 912 000 02 02;Самара;из файла\n"
    )
    job_id = do_import(database, text=text, mode="update").job_id
    assert job_id is not None
    with database.transaction() as session:
        me = session.merge(admin)
        card = get_client(session, second, current_user(session, "admin"))
        data = ClientData.from_client(card)
        data.website = "example.org"
        update_client(session, me, second, data, card.version)
        # a note of the same text by hand after the import is not the import's note
        notes.add_note(session, me, first, "из файла")
    result = undo(database, job_id)
    assert (result.deleted, result.restored) == (0, 1)
    assert [(k.id, k.was, k.reasons) for k in result.kept] == [(second, "updated", ("edited",))]
    with database.session() as session:
        assert get_client(session, first, current_user(session, "admin")).address is None
        kept = get_client(session, second, current_user(session, "admin"))
        assert (kept.address, kept.website) == ("Самара", "example.org")
        assert list(session.scalars(select(Note.text).where(Note.client_id == first))) == [
            "из файла"
        ]
    assert history(database, second) != [] and history(database, first) == []
