"""Is the data there? One set of SQL predicates for "a card has a phone", "a custom field is
filled", "a call has its client"... used both by the control checks, which find what lacks it,
and by the tasks, whose items are done when the data is there now (CTL-3: derived from the base,
never ticked by hand).

A task item keeps what its record lacked as comma-joined keys (`TaskItem.missing`):
"phone", "email", "address", "website", "field:<clients column>", "custom:<custom field id>",
"client" (an interaction with no client or person), "names" (name parts empty),
"duplicate" (the card shares a phone, an email or its name with another card).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    Text,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased
from sqlalchemy.orm.util import AliasedClass

from desktop_crm.models import (
    Client,
    ContactPerson,
    ContactPoint,
    CustomFieldValue,
    Interaction,
    Task,
    TaskItem,
)
from desktop_crm.models.base import utcnow

POINT_KINDS = ("phone", "email")  # kept as contact points, on clients and on persons
CARD_CONTACT_KINDS = ("address", "website")  # columns of the card; persons have none
CONTACT_KINDS = POINT_KINDS + CARD_CONTACT_KINDS
FIELD_PREFIX = "field:"
CUSTOM_PREFIX = "custom:"
NAME_PARTS = ("last_name", "first_name", "middle_name")
DUPLICATE_BY = ("phone", "email", "name")

Column = ColumnElement[Any] | QueryableAttribute[Any]
ClientRef = type[Client] | AliasedClass[Client]
PersonRef = type[ContactPerson] | AliasedClass[ContactPerson]


def filled(column: Column) -> ColumnElement[bool]:
    """A value is there: not NULL, and for text not blank."""
    if isinstance(column.type, (String, Text)):
        return func.coalesce(func.trim(column), "") != ""
    return column.is_not(None)


def client_has_point(kind: str, client_id: Column) -> ColumnElement[bool]:
    """The card whose id is `client_id` has a contact point of this kind of its own."""
    return exists().where(ContactPoint.client_id == client_id, ContactPoint.kind == kind)


def person_has_point(kind: str, person_id: Column) -> ColumnElement[bool]:
    """The contact person whose id is `person_id` has a contact point of this kind."""
    return exists().where(ContactPoint.contact_person_id == person_id, ContactPoint.kind == kind)


def client_has(key: str, client: ClientRef = Client) -> ColumnElement[bool]:
    """The card (a row of `client`, in the query's FROM) has what `key` names."""
    if key in POINT_KINDS:
        return client_has_point(key, client.id)
    if key in CARD_CONTACT_KINDS:
        return filled(getattr(client, key))
    if key.startswith(FIELD_PREFIX):
        return filled(getattr(client, card_field(key)))
    if key.startswith(CUSTOM_PREFIX):
        return exists().where(
            CustomFieldValue.client_id == client.id,
            CustomFieldValue.field_id == custom_field_id(key),
            filled(CustomFieldValue.value),
        )
    if key == "names":
        return or_(*(filled(getattr(client, part)) for part in NAME_PARTS))
    if key == "duplicate":
        return ~has_duplicate(client, DUPLICATE_BY)
    return true()  # "client" and unknown keys say nothing about a card


def person_has(key: str, person: PersonRef = ContactPerson) -> ColumnElement[bool]:
    """The contact person has what `key` names; what a person cannot have counts as there."""
    if key in POINT_KINDS:
        return person_has_point(key, person.id)
    if key == "names":
        return or_(*(filled(getattr(person, part)) for part in NAME_PARTS))
    return true()


def interaction_linked(interaction: type[Interaction] = Interaction) -> ColumnElement[bool]:
    """A call or email is registered: it names its client or contact person."""
    return or_(interaction.client_id.is_not(None), interaction.contact_person_id.is_not(None))


def has_duplicate(client: ClientRef, by: Iterable[str]) -> ColumnElement[bool]:
    """Another card shares this one's folded name, or one of its phones or emails."""
    other = aliased(Client)
    mine, theirs = aliased(ContactPoint), aliased(ContactPoint)
    checks: list[ColumnElement[bool]] = []
    if "name" in by:
        checks.append(
            and_(
                client.name_key != "",
                exists().where(other.name_key == client.name_key, other.id != client.id),
            )
        )
    kinds = [kind for kind in POINT_KINDS if kind in by]
    if kinds:
        checks.append(
            exists()
            .where(mine.client_id == client.id, mine.kind.in_(kinds))
            .where(
                theirs.kind == mine.kind,
                theirs.normalized == mine.normalized,
                theirs.client_id.is_not(None),
                theirs.client_id != client.id,
            )
        )
    return or_(*checks) if checks else false()


def card_field(key: str) -> str:
    """The clients column a "field:<name>" key names."""
    name = key.removeprefix(FIELD_PREFIX)
    if name not in Client.__table__.columns:
        raise ValueError(f"no card field {name!r}")
    return name


def custom_field_id(key: str) -> int:
    return int(key.removeprefix(CUSTOM_PREFIX))


def lacks(item_missing: Column, key: str) -> ColumnElement[bool]:
    """The comma-joined keys in `item_missing` include `key`."""
    return (literal(",") + func.coalesce(item_missing, "") + literal(",")).like(f"%,{key},%")


def refresh_done(session: Session, task_ids: Sequence[int]) -> None:
    """Mark each item of these tasks done (or no longer done) by what the base holds now.

    An item is done when every key it lacked is there now; in a task made with "missing: all"
    (the record lacked every chosen kind), when any of them is. Set-based, whatever the task's
    size: the items are taken by their `missing` value and record kind (a handful of groups),
    one UPDATE a group rewrites only the items whose state changed, and each key an index
    probe per item.
    """
    for task_id, params in session.execute(
        select(Task.id, Task.params).where(Task.id.in_(task_ids))
    ):
        any_key = (params or {}).get("missing") == "all"
        now = utcnow()
        for missing in _missing_values(session, task_id):
            keys = [key for key in missing.split(",") if key]
            for of_person in (False, True):
                group = and_(
                    TaskItem.task_id == task_id,
                    TaskItem.missing == missing,
                    TaskItem.contact_person_id.is_not(None)
                    if of_person
                    else TaskItem.contact_person_id.is_(None),
                )
                has = [_item_has(key, of_person=of_person) for key in keys]
                there = or_(*has) if any_key else and_(*has)
                # an open item with its data there, or a done one without: one test of `there`
                changed = TaskItem.done_at.is_(None) == there
                session.execute(
                    update(TaskItem)
                    .where(group, changed)
                    .values(done_at=case((there, now), else_=None))
                    .execution_options(synchronize_session=False)
                )


def _missing_values(session: Session, task_id: int) -> list[str]:
    """The distinct `missing` values of a task's items (a handful: one per combination)."""
    values = session.scalars(select(TaskItem.missing).where(TaskItem.task_id == task_id).distinct())
    return sorted(value for value in values if value)


def _item_has(key: str, *, of_person: bool) -> ColumnElement[bool]:
    """`key` is there for the item's record: its interaction, its contact person or its card.

    A correlated EXISTS, answered by one index probe an item on both backends. (An IN over
    the whole base would be hashed once by PostgreSQL only while it fits in `work_mem`; at a
    million clients it does not, and PostgreSQL then rescans it for every item.)"""
    if key == "client":
        return exists().where(Interaction.id == TaskItem.interaction_id, interaction_linked())
    if of_person:
        if key in POINT_KINDS:  # straight to the contact points, no join through the person
            return person_has_point(key, TaskItem.contact_person_id)
        person = aliased(ContactPerson)
        return exists().where(person.id == TaskItem.contact_person_id, person_has(key, person))
    if key in POINT_KINDS:  # straight to the contact points, no join through the card
        return client_has_point(key, TaskItem.client_id)
    client = aliased(Client)
    return exists().where(client.id == TaskItem.client_id, client_has(key, client))
