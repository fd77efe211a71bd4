"""A task's items, a page at a time: a task may list 100,000 records, so the window reads the
rows on screen only, by key (the item id) rather than by offset, and counts with one query."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, func, select
from sqlalchemy.orm import Session, aliased

from desktop_crm import fields
from desktop_crm.models import Client, ContactPerson, CustomField, Interaction, TaskItem, User
from desktop_crm.services.completeness import CUSTOM_PREFIX, FIELD_PREFIX, custom_field_id
from desktop_crm.services.tasks.access import visible_task
from desktop_crm.services.tasks.rows import ItemRow
from desktop_crm.services.visibility import visible_or_none

PAGE = 200  # items a page: a few screens

# What an item lacks, in English words for the command line (the window has its own, translated)
MISSING_WORDS = {
    "phone": "phone",
    "email": "email",
    "address": "address",
    "website": "website",
    "client": "client or contact person",
    "names": "last, first and middle name",
    "duplicate": "merge with its duplicate",
}


@dataclass(frozen=True)
class ItemCounts:
    items: int
    done: int


def _filter(task_id: int, not_done_only: bool) -> list[ColumnElement[bool]]:
    conditions = [TaskItem.task_id == task_id]
    if not_done_only:
        conditions.append(TaskItem.done_at.is_(None))
    return conditions


def item_counts(session: Session, task_id: int, *, not_done_only: bool = False) -> ItemCounts:
    """How many items the task has (or has not done, with `not_done_only`) and how many are
    done: one aggregate over the task's index range."""
    stmt = select(func.count(TaskItem.id), func.count(TaskItem.done_at)).where(
        *_filter(task_id, not_done_only)
    )
    items, done = session.execute(stmt).one()
    return ItemCounts(int(items or 0), int(done or 0))


def item_page(
    session: Session,
    viewer: User,
    task_id: int,
    *,
    after: int | None = None,
    limit: int = PAGE,
    not_done_only: bool = False,
) -> list[ItemRow]:
    """Up to `limit` items of the task in id order, after the item id `after`, with the names
    of their client and contact person. The caller checked the task may be seen; an item
    about a client `viewer` may not see (its own, its person's, its call's) is left out."""
    person = aliased(ContactPerson)
    conditions = _filter(task_id, not_done_only)
    conditions += [
        visible_or_none(viewer, column)
        for column in (TaskItem.client_id, person.client_id, Interaction.client_id)
    ]
    if after is not None:
        conditions.append(TaskItem.id > after)
    stmt = (
        select(
            TaskItem.id,
            TaskItem.client_id,
            TaskItem.contact_person_id,
            TaskItem.interaction_id,
            TaskItem.missing,
            TaskItem.done_at,
            TaskItem.details,
            Client.full_name.label("client_name"),
            person.full_name.label("person_name"),
            Interaction.kind.label("interaction_kind"),
            Interaction.occurred_at,
            Interaction.subject,
        )
        .outerjoin(Client, Client.id == TaskItem.client_id)
        .outerjoin(person, person.id == TaskItem.contact_person_id)
        .outerjoin(Interaction, Interaction.id == TaskItem.interaction_id)
        .where(*conditions)
        .order_by(TaskItem.id)
        .limit(max(1, limit))
    )
    return [_row(row) for row in session.execute(stmt)]


def _row(row: Row[Any]) -> ItemRow:
    return ItemRow(
        id=row.id,
        client_id=row.client_id,
        contact_person_id=row.contact_person_id,
        interaction_id=row.interaction_id,
        client_name=row.client_name,
        person_name=row.person_name,
        missing=missing_keys(row.missing),
        done=row.done_at is not None,
        interaction_kind=row.interaction_kind,
        interaction_at=row.occurred_at,
        interaction_subject=row.subject,
        proposed=proposed_split(row.details),
    )


def proposed_split(details: dict[str, Any] | None) -> tuple[str, ...]:
    """The name parts a full-name check proposed (names_check's `details["proposed"]`)."""
    parts = (details or {}).get("proposed") or ()
    return tuple(str(part) for part in parts if part)


def visible_items(
    session: Session,
    viewer: User,
    task_id: int,
    *,
    after: int | None = None,
    limit: int = PAGE,
    not_done_only: bool = False,
) -> list[ItemRow]:
    """`item_page`, for a viewer who may see the task."""
    visible_task(session, viewer, task_id)
    return item_page(
        session, viewer, task_id, after=after, limit=limit, not_done_only=not_done_only
    )


def missing_keys(value: str | None) -> tuple[str, ...]:
    return tuple(key for key in (value or "").split(",") if key)


def missing_words(session: Session, keys: Iterable[str]) -> str:
    """What an item lacks, in English: "phone, email", "Address", a custom field's label."""
    return ", ".join(_word(session, key) for key in keys)


def _word(session: Session, key: str) -> str:
    if key.startswith(FIELD_PREFIX):
        return fields.label(key.removeprefix(FIELD_PREFIX))
    if key.startswith(CUSTOM_PREFIX):
        stmt = select(CustomField.label).where(CustomField.id == custom_field_id(key))
        label = session.scalar(stmt)
        return label or key
    return MISSING_WORDS.get(key, key)


def custom_labels_by_id(session: Session) -> dict[int, str]:
    """Each custom field's label by its id, for the "custom:<id>" keys an item lacks."""
    return {row.id: row.label for row in session.execute(select(CustomField.id, CustomField.label))}
