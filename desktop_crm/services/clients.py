"""Clients (CLI-1, CLI-2, CLI-9, CLI-11, STO-4): create, read, update under optimistic locking,
delete with everything that belongs to them, bulk changes from the list.

A save is checked completely before anything is written (`client_values.prepare_card`): a bad
phone, email, date or custom value raises `ValidationError` and the session is left as it was.
Every changed field goes to the change log; any change of the card (phones, tags and custom
values included) bumps the client's `version`, so a card opened elsewhere notices it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop_crm.errors import Code, ConflictError, CrmError, NotFound, ValidationError
from desktop_crm.fields import custom_key
from desktop_crm.models import (
    Client,
    ContactPerson,
    CustomFieldValue,
    Group,
    Queue,
    User,
    table_of,
    utcnow,
)
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.services import contact_points as points
from desktop_crm.services.access import Permission, require
from desktop_crm.services.changelog import CREATED, display, log_bulk, log_change, log_diff
from desktop_crm.services.client_values import (
    STAGES,
    TEXT_FIELDS,
    ClientData,
    PreparedCard,
    prepare_card,
)
from desktop_crm.services.contact_points import ContactValue
from desktop_crm.services.custom_fields import display_value
from desktop_crm.services.groups import group_path, group_paths
from desktop_crm.services.tags import render_tags, tag_by_name, tag_key
from desktop_crm.services.visibility import only_visible, require_queue_allowed, visible_clients

__all__ = [
    "ClientData",
    "ContactValue",
    "assign_responsible",
    "create_client",
    "delete_clients",
    "get_client",
    "update_client",
]

BATCH = 500


def _snapshot(session: Session, client: Client) -> dict[str, str | None]:
    """The card as the change log sees it: every field as displayed text."""
    with session.no_autoflush:
        group = session.get(Group, client.group_id) if client.group_id else None
        user = session.get(User, client.responsible_id) if client.responsible_id else None
        queue = session.get(Queue, client.queue_id) if client.queue_id else None
        company = session.get(Client, client.company_id) if client.company_id else None
        snap: dict[str, str | None] = {
            "kind": client.kind,
            "stage": client.stage,
            "full_name": client.full_name,
            **{name: getattr(client, name) for name in TEXT_FIELDS},
            "birth_date": display(client.birth_date),
            "group": group_path(group) if group else None,
            "responsible": user.full_name if user else None,
            "queue": queue.name if queue else None,
            "company": company.full_name if company else None,
            "phones": points.render(client, PHONE),
            "emails": points.render(client, EMAIL),
            "tags": render_tags(t.name for t in client.tags),
        }
        for value in client.custom_values:
            snap[custom_key(value.field.key)] = display_value(value.field, value.value) or None
    return snap


def _apply(session: Session, client: Client, prepared: PreparedCard) -> None:
    """Write a prepared card. Contact points first (they flush), then tags (creating a tag
    flushes too), then custom values and plain fields, so the client row is updated once."""
    points.sync(session, client, PHONE, prepared.phones)
    points.sync(session, client, EMAIL, prepared.emails)

    current = {t.name_key for t in client.tags}
    if current != {tag_key(n) for n in prepared.tags}:
        client.tags = [t for n in prepared.tags if (t := tag_by_name(session, n, create=True))]

    stored = {v.field_id: v for v in client.custom_values}
    for custom_field, value in prepared.custom:
        existing = stored.get(custom_field.id)
        if value is None:
            if existing is not None:
                client.custom_values.remove(existing)
        elif existing is None:
            client.custom_values.append(CustomFieldValue(field=custom_field, value=value))
        elif existing.value != value:
            existing.value = value

    for name, scalar in prepared.scalars.items():
        if getattr(client, name) != scalar:
            setattr(client, name, scalar)


def create_client(session: Session, actor: User, data: ClientData, *, region: str = "RU") -> Client:
    """A new client from card data; its creation is the first line of its history."""
    require(actor, Permission.EDIT_CLIENTS)
    prepared = prepare_card(session, data, region, None)
    client = Client(created_by_id=actor.id, updated_by_id=actor.id, **prepared.scalars)
    session.add(client)
    _apply(session, client, prepared)
    session.flush()
    log_change(
        session,
        actor,
        client_id=client.id,
        field=CREATED,
        old=None,
        new=client.full_name,
        at=client.created_at,
    )
    session.flush()
    return client


def _client_query(client_id: int) -> Select[tuple[Client]]:
    return (
        select(Client)
        .where(Client.id == client_id)
        .options(
            selectinload(Client.contact_points),
            selectinload(Client.tags),
            selectinload(Client.custom_values),
            selectinload(Client.contact_persons).selectinload(ContactPerson.contact_points),
        )
    )


def get_client(session: Session, client_id: int, viewer: User) -> Client:
    """A client with its contact points, tags, custom values and contact persons loaded, so
    the card can use it after the session is closed. One `viewer` may not see is missing."""
    client = session.scalar(_client_query(client_id).where(visible_clients(viewer)))
    if client is None:
        raise NotFound(Code.CLIENT_GONE, client_id=client_id)
    return client


def local_time(at: datetime) -> str:
    """A stored (naive UTC) time as the user's local DD.MM.YYYY HH:MM."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")


CONFLICT_RECORDS = {"client": "the card of {}", "contact_person": "the contact person {}"}


def conflict_error(
    record: str, name: str, changed_by: str | None, at: datetime | None, *, yourself: bool = False
) -> ConflictError:
    """The optimistic-lock error: who saved the `record` ("client" | "contact_person") called
    `name` meanwhile, when, and what to do."""
    if changed_by is None:
        code = Code.CHANGED_BY_SOMEONE if at else Code.CHANGED_BY_SOMEONE_UNTIMED
    elif yourself:
        code = Code.CHANGED_BY_YOU if at else Code.CHANGED_BY_YOU_UNTIMED
    else:
        code = Code.CHANGED_BY if at else Code.CHANGED_BY_UNTIMED
    return ConflictError(
        code,
        changed_by=changed_by,
        who=changed_by,
        what=CONFLICT_RECORDS[record].format(name),
        record=record,
        name=name,
        at=local_time(at) if at else None,
    )


def _conflict(session: Session, client: Client, actor: User) -> ConflictError:
    user = session.get(User, client.updated_by_id) if client.updated_by_id else None
    return conflict_error(
        "client",
        client.full_name,
        user.full_name if user else None,
        client.updated_at,
        yourself=user is not None and user.id == actor.id,
    )


def conflict_after_flush(
    session: Session, actor_id: int, record: str, record_id: int, fallback_name: str
) -> CrmError:
    """The conflict found by the version check of the UPDATE itself (a save that raced
    another one, or an import undo, on PostgreSQL): worded as the check before the save
    words it, naming who saved and saying so when it was the actor in another window; a
    record deleted meanwhile is said to be gone. The session's transaction is unusable now
    (its objects expired: pass the actor's id read before), so the newer row is read on a
    connection of its own."""
    table = table_of(Client if record == "client" else ContactPerson)
    users = table_of(User)
    try:
        with session.get_bind().engine.connect() as conn:
            conn.execution_options(sqlite_begin="DEFERRED")
            row = conn.execute(
                select(table.c.full_name, table.c.updated_at, users.c.id, users.c.full_name)
                .outerjoin(users, users.c.id == table.c.updated_by_id)
                .where(table.c.id == record_id)
            ).first()
    except Exception:  # the message is a courtesy; the conflict stands without it
        return conflict_error(record, fallback_name, None, None)
    if row is None:
        if record == "client":
            return NotFound(Code.CLIENT_GONE_WHILE_OPEN, client_id=record_id)
        return NotFound(Code.PERSON_GONE)
    name, at, user_id, user_name = row
    return conflict_error(record, name, user_name, at, yourself=user_id == actor_id)


def update_client(
    session: Session,
    actor: User,
    client_id: int,
    data: ClientData,
    expected_version: int,
    *,
    region: str = "RU",
    force: bool = False,
) -> Client:
    """Save card data over the client loaded at `expected_version`.

    If someone saved the client since, raises `ConflictError` naming them, unless `force`
    ("keep mine"): then these values are saved over the newer version."""
    require(actor, Permission.EDIT_CLIENTS)
    found = _client_query(client_id).where(visible_clients(actor))
    client = session.scalar(found.execution_options(populate_existing=True))
    if client is None:
        raise NotFound(Code.CLIENT_GONE_WHILE_OPEN, client_id=client_id)
    if client.version != expected_version and not force:
        raise _conflict(session, client, actor)
    prepared = prepare_card(session, data, region, client)
    new_queue = prepared.scalars.get("queue_id", client.queue_id)
    if new_queue != client.queue_id:
        require_queue_allowed(session, actor, new_queue if isinstance(new_queue, int) else None)
    name, actor_id = client.full_name, actor.id  # read now: a failed flush expires them
    try:
        before = _snapshot(session, client)
        _apply(session, client, prepared)
        now = utcnow()
        changed = log_diff(
            session,
            actor,
            client_id=client.id,
            before=before,
            after=_snapshot(session, client),
            at=now,
        )
        if changed:
            client.updated_at = now
            client.updated_by_id = actor.id
        session.flush()
    except StaleDataError as exc:
        raise conflict_after_flush(session, actor_id, "client", client_id, name) from exc
    except IntegrityError as exc:  # its history rows refer to a client deleted meanwhile
        gone = conflict_after_flush(session, actor_id, "client", client_id, name)
        if isinstance(gone, NotFound):
            raise gone from exc
        raise
    return client


def delete_clients(session: Session, actor: User, client_ids: Iterable[int]) -> int:
    """Delete clients for good, with their contact points, contact persons, notes, files,
    deals, tasks, custom values, tag links and history (the database cascades). Employees
    attached to a deleted company stay, without a company; calls and emails stay, unlinked.
    Returns how many clients were deleted."""
    require(actor, Permission.DELETE_CLIENTS)
    ids = only_visible(session, actor, client_ids)
    deleted = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        result = session.execute(
            delete(Client).where(Client.id.in_(batch)).execution_options(synchronize_session=False)
        )
        deleted += getattr(result, "rowcount", 0) or 0
    gone = set(ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Client) and obj.id in gone:
            session.expunge(obj)
    return deleted


def _bulk_set(
    session: Session,
    actor: User,
    client_ids: Iterable[int],
    column: str,
    value: object,
    log_field: str,
    shown: Mapping[Any, str | None],
) -> int:
    """Set one column on many clients, logging each change and bumping versions.
    `shown` maps stored values to what the change log shows."""
    require(actor, Permission.EDIT_CLIENTS)
    ids = only_visible(session, actor, client_ids)  # a hidden client is left as it is
    attr = getattr(Client, column)
    now = utcnow()
    changed = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        rows = session.execute(
            select(Client.id, attr).where(Client.id.in_(batch), attr.is_distinct_from(value))
        ).tuples()
        changes = [
            (client_id, shown.get(old, old), shown.get(value, value)) for client_id, old in rows
        ]
        targets = [client_id for client_id, _, _ in changes]
        log_bulk(session, actor, log_field, changes, now)
        if not targets:
            continue
        session.execute(
            update(Client)
            .where(Client.id.in_(targets))
            .values(
                {
                    column: value,
                    "version": Client.version + 1,
                    "updated_at": now,
                    "updated_by_id": actor.id,
                }
            )
            .execution_options(synchronize_session="fetch")
        )
        changed += len(targets)
    session.flush()
    return changed


def assign_responsible(
    session: Session, actor: User, client_ids: Iterable[int], user_id: int | None
) -> int:
    """Make `user_id` (None: nobody) the responsible manager of the clients (CLI-9).
    Returns how many clients changed hands."""
    require(actor, Permission.EDIT_CLIENTS)
    if user_id is not None:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(Code.CHOSEN_MANAGER_GONE)
        if not user.is_active:
            raise ValidationError(Code.MANAGER_DISABLED, field="responsible", name=user.full_name)
    names = dict(session.execute(select(User.id, User.full_name)).tuples().all())
    return _bulk_set(session, actor, client_ids, "responsible_id", user_id, "responsible", names)


def set_group(
    session: Session, actor: User, client_ids: Iterable[int], group_id: int | None
) -> int:
    """Move clients into a group (None: out of any group). Returns how many moved."""
    require(actor, Permission.EDIT_CLIENTS)
    if group_id is not None and session.get(Group, group_id) is None:
        raise NotFound(Code.CHOSEN_GROUP_GONE)
    shown = dict(group_paths(session))
    return _bulk_set(session, actor, client_ids, "group_id", group_id, "group", shown)


def set_stage(session: Session, actor: User, client_ids: Iterable[int], stage: str) -> int:
    """Turn leads into clients (CLI-1), or back. Returns how many changed stage."""
    if stage not in STAGES:
        raise ValidationError(Code.STAGE_UNKNOWN, field="stage", stage=stage)
    return _bulk_set(session, actor, client_ids, "stage", stage, "stage", {})
