"""Done-ness of task items is derived from the base (CTL-3): an item flips to done when the data
it lacked is there, and back when it is gone again; on both backends."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.models import (
    ContactPerson,
    ContactPoint,
    CustomField,
    CustomFieldValue,
    Interaction,
    Task,
    TaskItem,
)
from desktop_crm.models.base import utcnow
from desktop_crm.services.completeness import refresh_done


def _task(database: Database, items: list[dict[str, object]], **params: object) -> int:
    with database.transaction() as session:
        task = Task(kind="contact_info", title="check", params={"check": "x", **params})
        task.items = [TaskItem(**item) for item in items]
        session.add(task)
        session.flush()
        return task.id


def _done(database: Database, task_id: int) -> list[bool]:
    with database.transaction() as session:
        refresh_done(session, [task_id])
    with database.session() as session:
        rows = session.scalars(
            select(TaskItem.done_at).where(TaskItem.task_id == task_id).order_by(TaskItem.id)
        )
        return [done is not None for done in rows]


def test_phone_added_then_removed(database: Database, add_client: Callable[..., int]) -> None:
    bare = add_client("Иванов Иван")
    with_email = add_client("Петров Пётр", emails=["p@example.com"])
    task = _task(
        database,
        [
            {"client_id": bare, "missing": "phone"},
            {"client_id": with_email, "missing": "phone,email"},
        ],
    )
    assert _done(database, task) == [False, False]
    with database.transaction() as session:
        for client_id in (bare, with_email):
            session.add(
                ContactPoint(client_id=client_id, kind="phone", value="1", normalized="+71")
            )
    assert _done(database, task) == [True, True]
    with database.transaction() as session:
        point = session.scalars(select(ContactPoint).where(ContactPoint.client_id == bare)).one()
        session.delete(point)
    assert _done(database, task) == [False, True]


def test_person_email_and_names(database: Database, add_client: Callable[..., int]) -> None:
    company = add_client("ООО Ромашка", kind="company")
    with database.transaction() as session:
        person = ContactPerson(client_id=company, full_name="Сидорова Анна")
        session.add(person)
        session.flush()
        person_id = person.id
    task = _task(
        database,
        [
            {"client_id": company, "contact_person_id": person_id, "missing": "email"},
            {"client_id": company, "contact_person_id": person_id, "missing": "names"},
        ],
    )
    assert _done(database, task) == [False, False]
    with database.transaction() as session:
        # the company's own email does not complete its person
        session.add(
            ContactPoint(client_id=company, kind="email", value="a@b.c", normalized="a@b.c")
        )
    assert _done(database, task) == [False, False]
    with database.transaction() as session:
        session.add(
            ContactPoint(
                contact_person_id=person_id, kind="email", value="s@b.c", normalized="s@b.c"
            )
        )
        session.get_one(ContactPerson, person_id).last_name = "Сидорова"
    assert _done(database, task) == [True, True]


def test_missing_all_needs_any_kind(database: Database, add_client: Callable[..., int]) -> None:
    client = add_client("Nowak Jan")
    task = _task(database, [{"client_id": client, "missing": "phone,email"}], missing="all")
    assert _done(database, task) == [False]
    with database.transaction() as session:
        session.add(
            ContactPoint(client_id=client, kind="email", value="j@n.pl", normalized="j@n.pl")
        )
    assert _done(database, task) == [True]


def test_fields_custom_and_registration(database: Database, add_client: Callable[..., int]) -> None:
    client = add_client("Smith John")
    with database.transaction() as session:
        field = CustomField(key="inn", label="INN")
        call = Interaction(kind="call", direction="in", occurred_at=utcnow())
        session.add_all([field, call])
        session.flush()
        field_id, call_id = field.id, call.id
        session.add(CustomFieldValue(client_id=client, field_id=field_id, value="  "))
    task = _task(
        database,
        [
            {"client_id": client, "missing": "field:address"},
            {"client_id": client, "missing": f"custom:{field_id}"},
            {"interaction_id": call_id, "missing": "client"},
        ],
    )
    assert _done(database, task) == [False, False, False]  # a blank value is not a value
    with database.transaction() as session:
        session.get_one(Interaction, call_id).client_id = client
        session.get_one(CustomFieldValue, (client, field_id)).value = "7701234567"
    assert _done(database, task) == [False, True, True]


def test_duplicate_done_when_alone(database: Database, add_client: Callable[..., int]) -> None:
    first = add_client("Анна Белова", phones=["+74951234567"])
    second = add_client("Белова Анна Сергеевна", phones=["+7 495 123-45-67"])
    task = _task(database, [{"client_id": first, "missing": "duplicate"}])
    assert _done(database, task) == [False]
    with database.transaction() as session:
        for point in session.scalars(select(ContactPoint).where(ContactPoint.client_id == second)):
            session.delete(point)
    assert _done(database, task) == [True]
