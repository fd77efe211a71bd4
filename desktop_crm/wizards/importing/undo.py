"""Undoing an import (IMP-11): delete what the job created, restore what it updated from the
before-images, and refuse, changing nothing, when any of those clients was edited since."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Text, and_, bindparam, cast, delete, func, select, tuple_, update
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ConflictError, ImportSettingsError, NotFound
from desktop_crm.models import (
    Attachment,
    ChangeLog,
    Client,
    ContactPoint,
    CustomFieldValue,
    Deal,
    ImportJob,
    ImportRow,
    Note,
    User,
    client_tags,
    table_of,
    utcnow,
)
from desktop_crm.models.imports import CREATED, UPDATED
from desktop_crm.services.access import Permission, require
from desktop_crm.wizards.importing.bulk import Bulk
from desktop_crm.wizards.importing.outcomes import DONE, UNDONE
from desktop_crm.wizards.importing.writer import CHANGE_INSERT, chunks

clients_t = table_of(Client)
DELETE_CHUNK = 5000  # created clients deleted per round (and per progress report)


@dataclass(frozen=True)
class UndoResult:
    job_id: int
    deleted: int  # clients (and companies) the import had created
    restored: int  # clients put back as they were
    seconds: float


def undo_import(
    session: Session,
    user: User,
    job_id: int,
    progress: Callable[[int, int | None], None] | None = None,
) -> UndoResult:
    """Undo import `job_id` in the caller's transaction."""
    started = time.monotonic()
    require(user, Permission.IMPORT)
    job = session.get(ImportJob, job_id)
    if job is None:
        raise NotFound(Code.IMPORT_UNKNOWN, job_id=job_id)
    if job.status == UNDONE:
        raise ImportSettingsError(Code.IMPORT_UNDONE_ALREADY, job_id=job_id)
    if job.status != DONE:
        raise ImportSettingsError(Code.IMPORT_NOTHING_TO_UNDO, job_id=job_id, status=job.status)
    created_ids = list(
        session.scalars(select(Client.id).where(Client.import_job_id == job_id).order_by(Client.id))
    )
    created = set(created_ids)
    expected: dict[int, int] = {i: 1 for i in created_ids}
    updates: list[tuple[int, dict[str, Any]]] = []
    rows_t = table_of(ImportRow)
    # plain Core with the JSON read as text: the ORM's per-row work showed on large imports
    query = (
        select(rows_t.c.outcome, rows_t.c.client_id, cast(rows_t.c.before, Text))
        .where(
            rows_t.c.job_id == job_id,
            rows_t.c.outcome.in_((CREATED, UPDATED)),
            rows_t.c.client_id.is_not(None),
        )
        .order_by(rows_t.c.row_number)
    )
    parsed: dict[str, dict[str, Any]] = {}  # most before-images are {"version": 1}
    for outcome, client_id, text in session.execute(query):
        before = parsed.get(text) if text else {}
        if before is None:
            before = json.loads(text) or {}
            if len(text) < 32:
                parsed[text] = before
        if "version" in before:
            expected[client_id] = before["version"]
        if outcome == UPDATED and client_id not in created:
            updates.append((client_id, before))
    _check_unchanged(session, job, expected, created)
    total = len(created_ids) + len(updates)
    restored = _restore(session, job, user, updates, expected)
    if progress is not None:
        progress(len(updates), total)
    deleted = 0
    for chunk in chunks(created_ids, DELETE_CHUNK):
        _delete_clients(session, job_id, chunk)
        deleted += len(chunk)
        if progress is not None:
            progress(len(updates) + deleted, total)
    job.status = UNDONE
    job.undone_at = utcnow()
    session.flush()
    return UndoResult(job_id, len(created_ids), restored, time.monotonic() - started)


def _delete_clients(session: Session, job_id: int, ids: Sequence[int]) -> None:
    """Delete clients the import created (`ids`, ascending). Their own rows go first, one
    statement per table: left to the foreign keys' ON DELETE actions, the same work is done row
    by row and took about half again as long. The foreign keys still cover any other table."""
    execute = session.execute
    mine = select(clients_t.c.id).where(
        clients_t.c.import_job_id == job_id, clients_t.c.id.between(ids[0], ids[-1])
    )
    for table in (table_of(ContactPoint), client_tags, table_of(CustomFieldValue), table_of(Note)):
        execute(delete(table).where(table.c.client_id.in_(mine)))
    rows_t = table_of(ImportRow)
    execute(update(rows_t).where(rows_t.c.client_id.in_(mine)).values(client_id=None))
    execute(
        delete(clients_t).where(
            clients_t.c.import_job_id == job_id, clients_t.c.id.between(ids[0], ids[-1])
        )
    )


def _check_unchanged(
    session: Session, job: ImportJob, expected: dict[int, int], created: set[int]
) -> None:
    changed: list[tuple[int, str]] = []
    versions = select(Client.id, Client.version, Client.full_name)
    rows = list(session.execute(versions.where(Client.import_job_id == job.id)))
    for chunk in chunks(sorted(set(expected) - created)):
        rows += session.execute(versions.where(Client.id.in_(chunk)))
    for client_id, version, name in sorted(rows):
        if client_id in expected and version != expected[client_id]:
            changed.append((client_id, name))
    finished = job.finished_at or job.started_at
    mine = select(Client.id).where(Client.import_job_id == job.id)
    for model, when in ((Note, Note.created_at), (Attachment, Attachment.created_at)):
        count = session.scalar(
            select(func.count()).where(model.client_id.in_(mine), when > finished)
        )
        if count:
            changed.append((0, f"{count} new {model.__tablename__}"))
    count = session.scalar(
        select(func.count()).where(
            Deal.client_id.in_(mine),
            (Deal.import_job_id.is_(None)) | (Deal.import_job_id != job.id),
        )
    )
    if count:
        changed.append((0, f"{count} new deals"))
    if changed:
        examples = ", ".join(f"{n} (#{i})" if i else n for i, n in changed[:3])
        raise ConflictError(
            Code.UNDO_CHANGED_SINCE, job_id=job.id, count=len(changed), examples=examples
        )


def _value(column: str, stored: Any) -> Any:
    if column == "birth_date" and isinstance(stored, str):
        return date.fromisoformat(stored)
    return stored


@dataclass
class _Undo:
    """What the before-images of the updated clients ask to put back, gathered in row order:
    the first row's old value of a field is the original one."""

    fields: dict[int, dict[str, Any]] = field(default_factory=dict)
    points: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    custom_old: dict[tuple[int, int], Any] = field(default_factory=dict)
    custom_new: set[tuple[int, int]] = field(default_factory=set)
    notes: list[dict[str, Any]] = field(default_factory=list)

    def add(self, client_id: int, before: dict[str, Any]) -> None:
        target = self.fields.setdefault(client_id, {})
        for column, old in (before.get("fields") or {}).items():
            target.setdefault(column, _value(column, old))
        self.points += [{"_c": client_id, "_k": k, "_n": n} for k, n in before.get("points", [])]
        self.tags += [{"_c": client_id, "_t": t} for t in before.get("tags", [])]
        for field_id, old in (before.get("custom") or {}).items():
            self.custom_old.setdefault((client_id, int(field_id)), old)
        self.custom_new |= {(client_id, int(f)) for f in before.get("custom_new", [])}
        self.notes += [{"_c": client_id, "_x": text} for text in before.get("notes", [])]


def _restore(
    session: Session,
    job: ImportJob,
    user: User,
    updates: list[tuple[int, dict[str, Any]]],
    expected: dict[int, int],
) -> int:
    """Put the updated clients back as they were; returns how many."""
    undo = _Undo()
    for client_id, before in updates:
        undo.add(client_id, before)
    bulk = Bulk(session)
    log = _restore_fields(bulk, job, user, undo.fields, expected)
    _remove_added(session, job, undo)
    session.execute(delete(table_of(Deal)).where(table_of(Deal).c.import_job_id == job.id))
    bulk.insert(table_of(ChangeLog), CHANGE_INSERT, log)
    return len(undo.fields)


def _restore_fields(
    bulk: Bulk,
    job: ImportJob,
    user: User,
    fields: dict[int, dict[str, Any]],
    expected: dict[int, int],
) -> list[tuple[Any, ...]]:
    """The clients' own columns, one bulk update per set of columns, checked by version;
    returns the change-log rows."""
    now = utcnow()
    log = []
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for client_id, values in fields.items():
        groups[tuple(sorted(values))].append(client_id)
        log += [
            ("client", client_id, client_id, c, None, None if v is None else str(v), user.id, now)
            for c, v in values.items()
            if c != "name_key"
        ]
    for columns, ids in groups.items():
        rows = [
            (
                client_id,
                expected[client_id],
                *(fields[client_id][c] for c in columns),
                expected[client_id] + 1,
                now,
                user.id,
            )
            for client_id in ids
        ]
        count = bulk.update(
            clients_t, (*columns, "version", "updated_at", "updated_by_id"), rows, check="version"
        )
        if count not in (-1, len(rows)):
            raise ConflictError(Code.UNDO_CHANGED_MEANWHILE, job_id=job.id)
    return log


def _remove_added(session: Session, job: ImportJob, undo: _Undo) -> None:
    """The contact points, tags, custom values and notes the import added to the clients."""
    execute = session.execute
    points_t = table_of(ContactPoint)
    for start in range(0, len(undo.points), 500):
        # one statement per 500 points: the search index's triggers then write once, not per row
        chunk = undo.points[start : start + 500]
        execute(
            delete(points_t).where(
                points_t.c.client_id.in_({p["_c"] for p in chunk}),
                tuple_(points_t.c.client_id, points_t.c.kind, points_t.c.normalized).in_(
                    [(p["_c"], p["_k"], p["_n"]) for p in chunk]
                ),
            )
        )
    if undo.tags:
        execute(
            delete(client_tags).where(
                and_(
                    client_tags.c.client_id == bindparam("_c"),
                    client_tags.c.tag_id == bindparam("_t"),
                )
            ),
            undo.tags,
        )
    custom_t = table_of(CustomFieldValue)
    for (client_id, field_id), old in undo.custom_old.items():
        where = and_(custom_t.c.client_id == client_id, custom_t.c.field_id == field_id)
        if (client_id, field_id) in undo.custom_new:
            execute(delete(custom_t).where(where))
        else:
            execute(update(custom_t).where(where).values(value=old))
    notes_t = table_of(Note)
    if undo.notes:
        execute(
            delete(notes_t).where(
                and_(
                    notes_t.c.client_id == bindparam("_c"),
                    notes_t.c.text == bindparam("_x"),
                    notes_t.c.author_id == job.user_id,
                    notes_t.c.created_at >= job.started_at,
                )
            ),
            undo.notes,
        )
