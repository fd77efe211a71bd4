"""Helpers of the control wizard tests: users, groups, persons and a check's findings as
plain tuples a test compares."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.models import ContactPerson, ContactPoint, Group, Queue, Role, User, UserGroup
from desktop_crm.wizards.control.records import FoundRecord


def add_user(database: Database, login: str, role: str = "manager", groups: Iterable[str] = ()):
    """A user (manager by default), in these user groups; returns its id."""
    with database.transaction() as session:
        user = User(
            login=login,
            full_name=login.title(),
            role=session.scalars(select(Role).where(Role.name == role)).one(),
        )
        for name in groups:
            group = session.scalar(select(UserGroup).where(UserGroup.name == name))
            user.groups.append(group or UserGroup(name=name))
        session.add(user)
        session.flush()
        return user.id


def add_person(
    database: Database,
    client_id: int,
    name: str,
    phone: str | None = None,
    email: str | None = None,
) -> int:
    with database.transaction() as session:
        person = ContactPerson(client_id=client_id, full_name=name)
        session.add(person)
        session.flush()
        for kind, value in (("phone", phone), ("email", email)):
            if value:
                session.add(
                    ContactPoint(
                        contact_person_id=person.id, kind=kind, value=value, normalized=value
                    )
                )
        return person.id


def add_group(database: Database, name: str, parent_id: int | None = None) -> int:
    with database.transaction() as session:
        group = Group(name=name, parent_id=parent_id)
        session.add(group)
        session.flush()
        return group.id


def add_queue(database: Database, name: str) -> int:
    with database.transaction() as session:
        queue = Queue(name=name)
        session.add(queue)
        session.flush()
        return queue.id


def found(records: Iterable[FoundRecord]) -> set[tuple[int | None, int | None, str]]:
    """(client id, contact person id, missing) of each record."""
    return {(r.client_id, r.contact_person_id, r.missing) for r in records}
