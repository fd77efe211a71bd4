"""Contact persons of a client (CLI-1): people of a company who are not clients themselves,
with their phones and emails, their own change history (CLI-7) and optimistic locking.
Also the list of a company's people for its card: attached person-clients and contact persons.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import cast

from sqlalchemy import Select, String, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop_crm.errors import Code, NotFound
from desktop_crm.models import Client, ContactPerson, ContactPoint, User, table_of, utcnow
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.services import contact_points as points
from desktop_crm.services.access import Permission, require
from desktop_crm.services.base_settings import sort_language
from desktop_crm.services.changelog import (
    CREATED,
    DELETED,
    PERSON_ENTITY,
    display,
    log_change,
    log_diff,
)
from desktop_crm.services.client_values import (
    NAME_PARTS,
    build_full_name,
    check_birth_date,
    clean_text,
)
from desktop_crm.services.clients import conflict_after_flush, conflict_error
from desktop_crm.services.collation import sort_key
from desktop_crm.services.contact_points import ContactValue, PreparedPoint
from desktop_crm.services.phones import format_phone
from desktop_crm.services.visibility import require_visible

TEXT_FIELDS = ("last_name", "first_name", "middle_name", "position")


@dataclass
class PersonData:
    """Everything a contact person's editor edits."""

    full_name: str = ""
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    position: str | None = None
    birth_date: date | None = None
    note: str | None = None
    phones: list[ContactValue] = field(default_factory=list)
    emails: list[ContactValue] = field(default_factory=list)

    @classmethod
    def from_person(cls, person: ContactPerson) -> PersonData:
        return cls(
            full_name=person.full_name,
            last_name=person.last_name,
            first_name=person.first_name,
            middle_name=person.middle_name,
            position=person.position,
            birth_date=person.birth_date,
            note=person.note,
            phones=points.values_of(person, PHONE),
            emails=points.values_of(person, EMAIL),
        )


@dataclass
class _Prepared:
    scalars: dict[str, object]
    phones: list[PreparedPoint]
    emails: list[PreparedPoint]


def _prepare(data: PersonData, region: str) -> _Prepared:
    """Check everything before anything is written."""
    columns = table_of(ContactPerson).c

    def length(name: str) -> int | None:
        return cast(String, columns[name].type).length  # the text fields are String columns

    scalars: dict[str, object] = {
        name: clean_text(getattr(data, name), name, length(name)) for name in TEXT_FIELDS
    }
    parts = [scalars[p] for p in NAME_PARTS]
    full_name = build_full_name(data.full_name, [p if isinstance(p, str) else None for p in parts])
    scalars["full_name"] = clean_text(full_name, "full_name", length("full_name"))
    scalars["birth_date"] = check_birth_date(data.birth_date)
    scalars["note"] = clean_text(data.note, "note", 100_000)
    return _Prepared(
        scalars,
        points.prepare(PHONE, data.phones, region),
        points.prepare(EMAIL, data.emails, region),
    )


def _snapshot(person: ContactPerson) -> dict[str, str | None]:
    return {
        "full_name": person.full_name,
        **{name: getattr(person, name) for name in TEXT_FIELDS},
        "birth_date": display(person.birth_date),
        "note": person.note,
        "phones": points.render(person, PHONE),
        "emails": points.render(person, EMAIL),
    }


def _apply(session: Session, person: ContactPerson, prepared: _Prepared) -> None:
    points.sync(session, person, PHONE, prepared.phones)
    points.sync(session, person, EMAIL, prepared.emails)
    for name, value in prepared.scalars.items():
        if getattr(person, name) != value:
            setattr(person, name, value)


def _person_query(person_id: int) -> Select[tuple[ContactPerson]]:
    return (
        select(ContactPerson)
        .where(ContactPerson.id == person_id)
        .options(selectinload(ContactPerson.contact_points))
    )


def get_contact_person(session: Session, person_id: int) -> ContactPerson:
    person = session.scalar(_person_query(person_id))
    if person is None:
        raise NotFound(Code.PERSON_GONE)
    return person


def list_contact_persons(session: Session, client_id: int) -> list[ContactPerson]:
    """A client's contact persons by name in the base's sort language (a company has a few:
    sorted here, no stored key), with their contact points loaded."""
    persons = session.scalars(
        select(ContactPerson)
        .where(ContactPerson.client_id == client_id)
        .options(selectinload(ContactPerson.contact_points))
        .order_by(ContactPerson.id)
    )
    language = sort_language(session)
    return sorted(persons, key=lambda p: sort_key(p.full_name, language))


def add_contact_person(
    session: Session, actor: User, client_id: int, data: PersonData, *, region: str = "RU"
) -> ContactPerson:
    require_visible(session, actor, client_id, Permission.EDIT_CLIENTS)
    prepared = _prepare(data, region)
    person = ContactPerson(client_id=client_id, updated_by_id=actor.id, **prepared.scalars)
    session.add(person)
    _apply(session, person, prepared)
    session.flush()
    log_change(
        session,
        actor,
        client_id=client_id,
        field=CREATED,
        old=None,
        new=person.full_name,
        entity=PERSON_ENTITY,
        entity_id=person.id,
        at=person.created_at,
    )
    session.flush()
    return person


def update_contact_person(
    session: Session,
    actor: User,
    person_id: int,
    data: PersonData,
    expected_version: int,
    *,
    region: str = "RU",
    force: bool = False,
) -> ContactPerson:
    """Save a contact person loaded at `expected_version`; `ConflictError` naming who saved it
    meanwhile, unless `force` saves over their version."""
    require(actor, Permission.EDIT_CLIENTS)
    person = session.scalar(_person_query(person_id).execution_options(populate_existing=True))
    if person is None:
        raise NotFound(Code.PERSON_GONE)
    require_visible(session, actor, person.client_id)
    # read now: after a failed flush the rows cannot be loaded
    name, actor_id = person.full_name, actor.id
    if person.version != expected_version and not force:
        user = session.get(User, person.updated_by_id) if person.updated_by_id else None
        raise conflict_error(
            "contact_person",
            name,
            user.full_name if user else None,
            person.updated_at,
            yourself=user is not None and user.id == actor.id,
        )
    prepared = _prepare(data, region)
    try:
        before = _snapshot(person)
        _apply(session, person, prepared)
        now = utcnow()
        changed = log_diff(
            session,
            actor,
            client_id=person.client_id,
            before=before,
            after=_snapshot(person),
            entity=PERSON_ENTITY,
            entity_id=person.id,
            at=now,
        )
        if changed:
            person.updated_at = now
            person.updated_by_id = actor.id
        session.flush()
    except StaleDataError as exc:
        raise conflict_after_flush(session, actor_id, "contact_person", person_id, name) from exc
    return person


def delete_contact_person(session: Session, actor: User, person_id: int) -> None:
    """Remove a contact person with their phones and emails; the client's history keeps a
    line saying who was removed. Only someone who may delete the card itself may (a manager
    may not)."""
    person = get_contact_person(session, person_id)
    require_visible(session, actor, person.client_id, Permission.DELETE_CLIENTS)
    log_change(
        session,
        actor,
        client_id=person.client_id,
        field=DELETED,
        old=person.full_name,
        new=None,
        entity=PERSON_ENTITY,
        entity_id=person.id,
    )
    session.delete(person)
    session.flush()


@dataclass(frozen=True)
class Employee:
    """A person of a company, for the company's card: a client attached to the company
    (`kind` "client") or one of its contact persons (`kind` "contact_person")."""

    kind: str
    id: int
    full_name: str
    position: str | None
    phone: str | None  # primary, formatted
    email: str | None  # primary


def _primaries(
    session: Session, owner_column: InstrumentedAttribute[int | None], ids: list[int]
) -> dict[tuple[int, str], str]:
    if not ids:
        return {}
    rows = session.execute(
        select(owner_column, ContactPoint.kind, ContactPoint.normalized).where(
            owner_column.in_(ids),
            ContactPoint.is_primary.is_(True),
            ContactPoint.kind.in_((PHONE, EMAIL)),
        )
    ).tuples()
    return {
        (cast(int, owner), kind): format_phone(value) if kind == PHONE else value  # in `ids`
        for owner, kind, value in rows
    }


def employees(session: Session, company_id: int) -> list[Employee]:
    """The company's people by name: clients attached to it and its contact persons."""
    clients = (
        session.execute(
            select(Client.id, Client.full_name, Client.position).where(
                Client.company_id == company_id
            )
        )
        .tuples()
        .all()
    )
    persons = (
        session.execute(
            select(ContactPerson.id, ContactPerson.full_name, ContactPerson.position).where(
                ContactPerson.client_id == company_id
            )
        )
        .tuples()
        .all()
    )
    client_points = _primaries(session, ContactPoint.client_id, [r[0] for r in clients])
    person_points = _primaries(session, ContactPoint.contact_person_id, [r[0] for r in persons])
    result = [
        Employee(
            "client", i, name, pos, client_points.get((i, PHONE)), client_points.get((i, EMAIL))
        )
        for i, name, pos in clients
    ]
    result += [
        Employee(
            "contact_person",
            i,
            name,
            pos,
            person_points.get((i, PHONE)),
            person_points.get((i, EMAIL)),
        )
        for i, name, pos in persons
    ]
    result.sort(key=lambda e: (e.full_name.casefold(), e.kind, e.id))
    return result
