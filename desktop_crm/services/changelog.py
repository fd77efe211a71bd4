"""The change history of client and contact-person cards (CLI-7): writing one row per changed
field and reading it back for the card's History tab.

Values are stored as the text a person reads (a user's name, not their id; a date as
DD.MM.YYYY), so the history stays readable after the referenced rows change or disappear.
Read back, the values of date and number fields are dates and Decimals again, for the window
to write in the user's locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, insert, select, update
from sqlalchemy.orm import Session, aliased

from desktop_crm.fields import (
    DATE,
    FIELDS,
    MONEY,
    NUMBER,
    custom_field_key,
    custom_key,
    label,
)
from desktop_crm.models import (
    ChangeLog,
    Client,
    ContactPerson,
    CustomField,
    ImportJob,
    User,
    utcnow,
)
from desktop_crm.services.visibility import can_see

CLIENT_ENTITY, PERSON_ENTITY = "client", "contact_person"

# Special field names for whole-record events.
CREATED, DELETED = "created", "deleted"

# What the history calls a field: a card field by its label, and the names the history has of
# its own (the responsible manager is the card's "manager" field).
FIELD_LABELS = {
    **{key: spec.label for key, spec in FIELDS.items()},
    CREATED: "Created",
    DELETED: "Deleted",
    "responsible": label("manager"),
    "queue": "Queue",
    "deal.client": "Deal client",
    "import_undo": "Import undo",
    "bulk_edit": "Bulk edit",
}


def display(value: object) -> str | None:
    """A value as the history shows it; None and empty text both read as "nothing"."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value)
    return text if text.strip() else None


def field_label(field: str, custom_labels: dict[str, str] | None = None) -> str:
    """What a person calls `field`: "Phones", or a custom field's label for its field key."""
    if (key := custom_field_key(field)) is not None:
        return (custom_labels or {}).get(key, key)
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def log_change(
    session: Session,
    actor: User | None,
    *,
    client_id: int,
    field: str,
    old: object,
    new: object,
    entity: str = CLIENT_ENTITY,
    entity_id: int | None = None,
    at: datetime | None = None,
) -> ChangeLog | None:
    """Add one history row when the displayed old and new values differ; None otherwise."""
    old_text, new_text = display(old), display(new)
    if old_text == new_text and field not in (CREATED, DELETED):
        return None
    row = ChangeLog(
        entity=entity,
        entity_id=entity_id if entity_id is not None else client_id,
        client_id=client_id,
        field=field,
        old_value=old_text,
        new_value=new_text,
        user_id=actor.id if actor is not None else None,
        changed_at=at or utcnow(),
    )
    session.add(row)
    return row


def log_bulk(
    session: Session,
    actor: User | None,
    field: str,
    changes: Sequence[tuple[int, object, object]],
    at: datetime,
) -> None:
    """One history row per (client id, old, new) of a bulk action, in one INSERT: a bulk
    change of thousands of clients should not build thousands of ORM objects."""
    rows = [
        {
            "entity": CLIENT_ENTITY,
            "entity_id": client_id,
            "client_id": client_id,
            "field": field,
            "old_value": display(old),
            "new_value": display(new),
            "user_id": actor.id if actor is not None else None,
            "changed_at": at,
        }
        for client_id, old, new in changes
        if display(old) != display(new)
    ]
    if rows:
        session.execute(insert(ChangeLog), rows)


def log_diff(
    session: Session,
    actor: User | None,
    *,
    client_id: int,
    before: dict[str, str | None],
    after: dict[str, str | None],
    entity: str = CLIENT_ENTITY,
    entity_id: int | None = None,
    at: datetime | None = None,
) -> list[str]:
    """Log every field whose displayed value differs between two snapshots; the changed field
    names, in snapshot order."""
    at = at or utcnow()
    changed = []
    for field in dict.fromkeys([*before, *after]):
        old, new = before.get(field), after.get(field)
        if display(old) != display(new):
            changed.append(field)
            log_change(
                session,
                actor,
                client_id=client_id,
                field=field,
                old=old,
                new=new,
                entity=entity,
                entity_id=entity_id,
                at=at,
            )
    return changed


def touch_clients(
    session: Session, actor: User | None, client_ids: Sequence[int], at: datetime
) -> None:
    """Mark clients changed by a bulk action: who, when, and a new version, so a card opened
    before the bulk change reports a conflict instead of silently saving over it (STO-4)."""
    if not client_ids:
        return
    session.execute(
        update(Client)
        .where(Client.id.in_(client_ids))
        .values(
            version=Client.version + 1,
            updated_at=at,
            updated_by_id=actor.id if actor is not None else None,
        )
        .execution_options(synchronize_session="fetch")
    )


# A history value as read back: text, or the date or number a date or number field held.
HistoryValue = str | date | Decimal | None


def typed(kind: str, text: str | None) -> HistoryValue:
    """The stored text of a field of this kind as its value; text that does not read as one
    (a value logged before the field changed type) stays text."""
    try:
        if text is not None and kind == DATE:
            return datetime.strptime(text, "%d.%m.%Y").date()
        if text is not None and kind in (MONEY, NUMBER):
            return Decimal(text)
    except (ValueError, ArithmeticError):
        pass
    return text


def field_kinds(session: Session) -> dict[str, str]:
    """The kind of value of every field the history may name, custom ones by field key."""
    kinds = {key: spec.kind for key, spec in FIELDS.items()}
    for key, type_ in session.execute(select(CustomField.key, CustomField.type)).tuples():
        kinds[custom_key(key)] = type_
    return kinds


@dataclass(frozen=True)
class ChangeEntry:
    """One row of a card's History tab."""

    id: int
    at: datetime
    entity: str  # client | contact_person
    entity_id: int
    entity_name: str | None  # the contact person's name for person changes
    field: str
    field_label: str
    old: HistoryValue
    new: HistoryValue
    author: str | None
    import_job_id: int | None = None  # the import (or its undo) that made the change
    import_name: str | None = None  # the import's name; "" when it has none
    by_undo: bool = False  # made by the undo of that import, not by the import


def made_by_undo(changed_at: datetime, finished_at: datetime | None) -> bool:
    """True for a line an import's undo wrote: the import's own lines are all older than the
    end of the import."""
    return finished_at is not None and changed_at > finished_at


def custom_labels(session: Session) -> dict[str, str]:
    return dict(session.execute(select(CustomField.key, CustomField.label)).tuples().all())


def _older_than(anchor: ChangeLog) -> ColumnElement[bool]:
    return (ChangeLog.changed_at < anchor.changed_at) | (
        (ChangeLog.changed_at == anchor.changed_at) & (ChangeLog.id < anchor.id)
    )


def history(
    session: Session,
    viewer: User,
    client_id: int,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[ChangeEntry]:
    """The change log of a card, newest first. Pass the last entry's id as `before_id` for the
    next page. `entity`/`entity_id` narrow it to the client itself or one contact person.
    A client `viewer` may not see has no history, like a missing one."""
    if not can_see(session, viewer, client_id):
        return []
    person = aliased(ContactPerson)
    stmt = (
        select(ChangeLog, User.full_name, person.full_name, ImportJob.name, ImportJob.finished_at)
        .outerjoin(User, User.id == ChangeLog.user_id)
        .outerjoin(ImportJob, ImportJob.id == ChangeLog.import_job_id)
        .outerjoin(
            person,
            (ChangeLog.entity == PERSON_ENTITY) & (person.id == ChangeLog.entity_id),
        )
        .where(ChangeLog.client_id == client_id)
        .order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc())
        .limit(limit)
    )
    if entity is not None:
        stmt = stmt.where(ChangeLog.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(ChangeLog.entity_id == entity_id)
    if before_id is not None and (anchor := session.get(ChangeLog, before_id)) is not None:
        stmt = stmt.where(_older_than(anchor))
    labels, kinds = custom_labels(session), field_kinds(session)
    entries = []
    for row, author, person_name, job_name, finished in session.execute(stmt).tuples():
        name = person_name
        if row.entity == PERSON_ENTITY and name is None and row.field == DELETED:
            name = row.old_value  # the person is gone; its deletion row keeps the name
        entries.append(
            ChangeEntry(
                id=row.id,
                at=row.changed_at,
                entity=row.entity,
                entity_id=row.entity_id,
                entity_name=name if row.entity == PERSON_ENTITY else None,
                field=row.field,
                field_label=field_label(row.field, labels),
                old=typed(kinds.get(row.field, ""), row.old_value),
                new=typed(kinds.get(row.field, ""), row.new_value),
                author=author,
                import_job_id=row.import_job_id,
                import_name=job_name if row.import_job_id is not None else None,
                by_undo=row.import_job_id is not None and made_by_undo(row.changed_at, finished),
            )
        )
    return entries
