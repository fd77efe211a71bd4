"""Invariants the database itself enforces, whatever code writes to it, and the delete cascade
that leaves no orphan rows behind."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from desktop_crm.db import Database
from desktop_crm.models import (
    Attachment,
    ChangeLog,
    Client,
    ContactPerson,
    ContactPoint,
    CustomFieldValue,
    Deal,
    Interaction,
    Note,
    Task,
    TaskItem,
    User,
    client_tags,
)
from desktop_crm.services import attachments, clients, contact_persons, deals, notes
from desktop_crm.services.access import role_by_name
from desktop_crm.services.clients import ClientData, ContactValue
from desktop_crm.services.contact_persons import PersonData
from desktop_crm.services.custom_fields import add_field


def _bare_client(session, name: str = "X") -> Client:  # type: ignore[no-untyped-def]
    client = Client(full_name=name, name_key=name.lower())
    session.add(client)
    session.flush()
    return client


def test_one_primary_phone_per_client(database: Database) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        client = _bare_client(session)
        for number in ("+79120000001", "+79120000002"):
            session.add(
                ContactPoint(
                    client_id=client.id,
                    kind="phone",
                    value=number,
                    normalized=number,
                    is_primary=True,
                )
            )
        session.flush()


def test_primary_per_kind_and_non_primary_many(database: Database) -> None:
    with database.transaction() as session:
        client = _bare_client(session)
        rows = [
            ("phone", "+79120000001", True),
            ("phone", "+79120000002", False),
            ("phone", "+79120000003", False),
            ("email", "a@b.cd", True),
        ]
        for kind, value, primary in rows:
            session.add(
                ContactPoint(
                    client_id=client.id,
                    kind=kind,
                    value=value,
                    normalized=value,
                    is_primary=primary,
                )
            )
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(ContactPoint)) == 4


def test_one_primary_email_per_contact_person(database: Database) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        client = _bare_client(session)
        person = ContactPerson(client_id=client.id, full_name="P")
        session.add(person)
        session.flush()
        for value in ("a@b.cd", "c@d.ef"):
            session.add(
                ContactPoint(
                    contact_person_id=person.id,
                    kind="email",
                    value=value,
                    normalized=value,
                    is_primary=True,
                )
            )
        session.flush()


@pytest.mark.parametrize("owners", ["none", "both"])
def test_contact_point_needs_exactly_one_owner(database: Database, owners: str) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        client = _bare_client(session)
        person = ContactPerson(client_id=client.id, full_name="P")
        session.add(person)
        session.flush()
        point = ContactPoint(kind="phone", value="1", normalized="+71")
        if owners == "both":
            point.client_id, point.contact_person_id = client.id, person.id
        session.add(point)
        session.flush()


def test_login_is_unique(database: Database, admin: User) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(User(login="admin", full_name="Another", role=role_by_name(session, "manager")))
        session.flush()


def _fill_client(database: Database, admin: User, name: str) -> tuple[int, int]:
    """A client with something in every table that belongs to it; (client id, person id)."""
    with database.transaction() as session:
        client = clients.create_client(
            session,
            admin,
            ClientData(
                full_name=name,
                kind="company",
                phones=[ContactValue("+79120000001"), ContactValue("+79120000002")],
                emails=[ContactValue(f"{name.lower()}@example.com")],
                tags=["vip"],
                custom={"source": "fair"},
            ),
        )
        person = contact_persons.add_contact_person(
            session,
            admin,
            client.id,
            PersonData(full_name="Contact Person", phones=[ContactValue("+79120000003")]),
        )
        notes.add_note(session, admin, client.id, "Called, no answer", contact_person_id=person.id)
        attachments.attach_file(session, admin, client.id, b"%PDF-1.4", "offer.pdf")
        deals.create_deal(session, admin, client.id, "Supply of paper")
        task = Task(title="Fill in the email", client_id=client.id, author_id=admin.id)
        session.add(task)
        session.flush()
        session.add(TaskItem(task_id=task.id, client_id=client.id, contact_person_id=person.id))
        session.add(
            Interaction(
                kind="call",
                direction="in",
                occurred_at=datetime(2024, 5, 1, 10, 0),
                client_id=client.id,
                contact_person_id=person.id,
            )
        )
        employee = clients.create_client(
            session, admin, ClientData(full_name=f"{name} employee", company_id=client.id)
        )
        assert employee.company_id == client.id
        return client.id, person.id


def test_delete_cascades_and_leaves_no_orphans(database: Database, admin: User) -> None:
    with database.transaction() as session:
        add_field(session, admin, "source", "Source")
    doomed, doomed_person = _fill_client(database, admin, "Doomed")
    kept, _ = _fill_client(database, admin, "Kept")

    with database.transaction() as session:
        assert clients.delete_clients(session, admin, [doomed, doomed, 424242]) == 1

    with database.session() as session:
        # nothing anywhere refers to the deleted client or its contact person
        inspector = inspect(database.engine)
        for table in inspector.get_table_names():
            columns = {c["name"] for c in inspector.get_columns(table)}
            for column, gone in (
                ("client_id", doomed),
                ("contact_person_id", doomed_person),
                ("company_id", doomed),
            ):
                if column in columns:
                    refs = session.scalar(
                        text(f"SELECT COUNT(*) FROM {table} WHERE {column} = :id"), {"id": gone}
                    )
                    assert refs == 0, f"{table}.{column} still points at the deleted row"
        # the other client keeps all of its data
        for model, column in (
            (ContactPoint, ContactPoint.client_id),
            (ContactPerson, ContactPerson.client_id),
            (Note, Note.client_id),
            (Attachment, Attachment.client_id),
            (Deal, Deal.client_id),
            (ChangeLog, ChangeLog.client_id),
            (CustomFieldValue, CustomFieldValue.client_id),
            (Task, Task.client_id),
        ):
            assert session.scalar(select(func.count()).select_from(model).where(column == kept))
        assert session.scalar(
            select(func.count()).select_from(client_tags).where(client_tags.c.client_id == kept)
        )
        # the employee of the deleted company stays, without a company; calls stay, unlinked
        employee = session.scalar(select(Client).where(Client.full_name == "Doomed employee"))
        assert employee is not None and employee.company_id is None
        assert session.scalar(select(func.count()).select_from(Interaction)) == 2
        # a contact point of the deleted person is gone too
        assert (
            session.scalar(
                select(func.count())
                .select_from(ContactPoint)
                .where(ContactPoint.normalized == "+79120000003")
            )
            == 1
        )


def test_delete_of_nothing_is_zero(database: Database, admin: User) -> None:
    with database.transaction() as session:
        assert clients.delete_clients(session, admin, []) == 0
