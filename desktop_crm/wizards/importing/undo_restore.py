"""Undoing an import, the updated clients: put their own columns back from the before-images
and take off what the import added to them (contact points, tags, custom values, notes, deals).
Only the clients `undo` chose to restore come here; the rows are locked by then."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, select, tuple_, update
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ConflictError
from desktop_crm.models import (
    ChangeLog,
    Client,
    ContactPoint,
    CustomFieldValue,
    Deal,
    ImportJob,
    Note,
    User,
    client_tags,
    table_of,
    utcnow,
)
from desktop_crm.services.base_settings import sort_language
from desktop_crm.services.collation import sort_key
from desktop_crm.wizards.importing.bulk import Bulk
from desktop_crm.wizards.importing.change_lines import CHANGE_INSERT, LogEntry, change_rows
from desktop_crm.wizards.importing.writer import chunks

clients_t = table_of(Client)


def _value(column: str, stored: Any) -> Any:
    if column == "birth_date" and isinstance(stored, str):
        return date.fromisoformat(stored)
    return stored


@dataclass
class Restore:
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


def restore_clients(
    session: Session,
    job: ImportJob,
    user: User,
    updates: list[tuple[int, dict[str, Any]]],
    expected: dict[int, int],
) -> int:
    """Put the updated clients of `updates` back as they were; returns how many."""
    undo = Restore()
    for client_id, before in updates:
        undo.add(client_id, before)
    bulk = Bulk(session)
    now = utcnow()
    # the history's lines, "value now → value restored", read before the update
    current = _current(session, undo.fields)
    lines: list[LogEntry] = [
        (client_id, column, current.get(client_id, {}).get(column), value)
        for client_id, values in undo.fields.items()
        for column, value in values.items()
    ]
    language = sort_language(session)
    for values in undo.fields.values():  # a name put back sorts as it did
        if values.get("full_name"):
            values["sort_key"] = sort_key(values["full_name"], language)
    _restore_fields(bulk, job, user, undo.fields, expected, now)
    _remove_added(session, job, undo)
    _remove_deals(session, job, undo.fields)
    log = change_rows(session, lines, user_id=user.id, at=now, job_id=job.id)
    bulk.insert(table_of(ChangeLog), CHANGE_INSERT, log)
    return len(undo.fields)


def _current(session: Session, fields: dict[int, dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The restored columns of the clients as they are now."""
    columns = sorted({column for values in fields.values() for column in values})
    if not columns:
        return {}
    found: dict[int, dict[str, Any]] = {}
    for chunk in chunks(sorted(fields)):
        query = select(clients_t.c.id, *(clients_t.c[c] for c in columns)).where(
            clients_t.c.id.in_(chunk)
        )
        for row in session.execute(query):
            found[row[0]] = dict(zip(columns, row[1:], strict=True))
    return found


def _restore_fields(
    bulk: Bulk,
    job: ImportJob,
    user: User,
    fields: dict[int, dict[str, Any]],
    expected: dict[int, int],
    now: datetime,
) -> None:
    """The clients' own columns, one bulk update per set of columns, checked by version."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for client_id, values in fields.items():
        groups[tuple(sorted(values))].append(client_id)
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
        if count not in (-1, len(rows)):  # the rows are locked: a bug, not a race
            raise ConflictError(Code.UNDO_CHANGED_MEANWHILE, job_id=job.id)


def _remove_added(session: Session, job: ImportJob, undo: Restore) -> None:
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
        # the import's own notes only: written by its user while it ran, not a note of the
        # same text someone wrote by hand afterwards
        execute(
            delete(notes_t).where(
                and_(
                    notes_t.c.client_id == bindparam("_c"),
                    notes_t.c.text == bindparam("_x"),
                    notes_t.c.author_id == job.user_id,
                    notes_t.c.created_at >= job.started_at,
                    notes_t.c.created_at <= _finished(job),
                )
            ),
            undo.notes,
        )


def _remove_deals(session: Session, job: ImportJob, restored: Collection[int]) -> None:
    """The deals the import made for the restored clients (a closed one kept the client)."""
    deals_t = table_of(Deal)
    for chunk in chunks(sorted(restored)):
        session.execute(
            delete(deals_t).where(deals_t.c.import_job_id == job.id, deals_t.c.client_id.in_(chunk))
        )


def _finished(job: ImportJob) -> datetime:
    return job.finished_at or utcnow()
