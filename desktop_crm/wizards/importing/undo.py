"""Undoing an import (IMP-11): delete the clients the job created and put back the ones it
updated, from the before-images, but never destroy someone's later work.

What the undo does, client by client (the choices a careful user expects):

- A client the import **created** is deleted, with what the import gave it, unless someone
  worked on it since: its card was changed (any save bumps its version: fields, phones, tags
  added by hand), contact persons were added, notes written, files attached, deals made (or
  the import's own deal closed), it is in a task (or a control task's list), or calls and
  emails were linked to it. Then it is **kept whole, as it is now**: nothing the import gave
  it is taken off either, since the later work may rest on it (a phone someone called, the
  imported deal someone is working), and a half-reverted card is one nobody ever saw.
- A company the import created is also kept while any client that stays (one by hand,
  from another import, or a kept one) is attached to it: deleting it would silently detach
  them.
- A client the import **updated** gets its old values back (fields, and the phones, emails,
  tags, custom values, notes and open deals the import added), unless its card was changed
  since the import or the import's deal on it was closed: then it is kept as it is now.
  Notes, files, tasks or calls added to such a client since do not stop the restore: the
  restore does not touch them.
- Every kept client gets a line in its history saying the undo kept it and why; the result
  lists them with their reasons, and counts deleted, restored and kept separately. Kept
  clients do not keep the rest from being undone: the job is marked undone (a kept client
  stays in "its clients"), and what was kept is saved in the job's settings (`undo`).

Concurrency: the job's row is locked first (PostgreSQL: `FOR UPDATE NOWAIT`; a second undo
fails at once with "being undone"; once the first commits, with "undone already"). Then the
rows of every client to delete or restore are locked before any later work is looked up, so
a card saved meanwhile either came first (its new version keeps the client) or waits and
then fails its version check with the conflict message. On SQLite the write transaction
(`BEGIN IMMEDIATE`) holds the whole file and gives the same outcomes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, cast, delete, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ConflictError, ImportSettingsError, NotFound
from desktop_crm.models import (
    ChangeLog,
    Client,
    ContactPoint,
    CustomFieldValue,
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
from desktop_crm.wizards.importing.change_lines import CHANGE_INSERT
from desktop_crm.wizards.importing.outcomes import DONE, UNDONE
from desktop_crm.wizards.importing.undo_restore import restore_clients
from desktop_crm.wizards.importing.undo_work import (
    KEPT_REASONS,
    Locked,
    keep_employers,
    later_work,
    lock_clients,
)
from desktop_crm.wizards.importing.writer import chunks

clients_t = table_of(Client)
DELETE_CHUNK = 5000  # created clients deleted per round (and per progress report)
KEPT_SAVED = 1000  # kept clients listed in the job's settings
UNDO_FIELD = "import_undo"  # the history line of a kept client
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE for NOWAIT on a locked row


@dataclass(frozen=True)
class KeptClient:
    """A client the undo left as it is: `was` "created" or "updated" by the import; the
    reasons are codes of `undo_work.KEPT_REASONS`."""

    id: int
    name: str
    was: str
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "was": self.was, "reasons": list(self.reasons)}

    def reason_text(self) -> str:
        return "; ".join(KEPT_REASONS.get(r, r) for r in self.reasons)


@dataclass(frozen=True)
class UndoResult:
    job_id: int
    deleted: int  # clients (and companies) the import had created, deleted now
    restored: int  # clients it had updated, put back as they were
    kept: tuple[KeptClient, ...]  # clients left as they are, someone's work being on them
    seconds: float

    def summary(self) -> dict[str, Any]:
        """What `imports undo --json` prints."""
        return {
            "job_id": self.job_id,
            "deleted": self.deleted,
            "restored": self.restored,
            "kept": len(self.kept),
            "kept_clients": [k.as_dict() for k in self.kept],
            "seconds": round(self.seconds, 3),
        }


@dataclass
class _Plan:
    """What the job's rows say it did: the clients it created, the before-images of those
    it updated (in row order) and the version each client had when the import ended."""

    created: set[int]
    updates: list[tuple[int, dict[str, Any]]]
    expected: dict[int, int]


def undo_import(
    session: Session,
    user: User,
    job_id: int,
    progress: Callable[[int, int | None], None] | None = None,
) -> UndoResult:
    """Undo import `job_id` in the caller's (write) transaction; see the module's docstring."""
    started = time.monotonic()
    require(user, Permission.IMPORT)
    job = _lock_job(session, job_id)
    decision = decide(session, job, lock=True)
    plan, locked, reasons = decision.plan, decision.locked, decision.reasons
    updates, deleting = decision.updates, decision.deleting
    total = len(deleting) + len({i for i, _ in updates})
    if progress is not None:
        progress(0, total)
    restored = restore_clients(session, job, user, updates, plan.expected)
    if progress is not None:
        progress(restored, total)
    deleting = keep_employers(session, deleting, reasons)  # the restore settled their links
    deleted = 0
    for chunk in chunks(sorted(deleting), DELETE_CHUNK):
        deleted += _delete_clients(session, job_id, chunk, reasons)
        if progress is not None:
            progress(restored + deleted, total)
    kept = tuple(
        KeptClient(i, locked[i][1], "created" if i in plan.created else "updated", tuple(sorted(r)))
        for i, r in sorted(reasons.items())
    )
    _log_kept(session, job, user, kept)
    result = UndoResult(job_id, deleted, restored, kept, time.monotonic() - started)
    _finish(session, job, user, result)
    return result


@dataclass
class Decision:
    """What an undo of the job does: the clients it deletes and restores, and why it keeps
    the others (`reasons`); the same whether it runs (`lock`) or is only asked about."""

    plan: _Plan
    locked: Locked
    reasons: dict[int, set[str]]
    updates: list[tuple[int, dict[str, Any]]]
    deleting: set[int]


def decide(session: Session, job: ImportJob, *, lock: bool) -> Decision:
    """The undo's decision; with `lock`, the clients it touches stay locked until the
    transaction ends and the companies to keep are settled after the restore (`undo_import`),
    without it they are foreseen from the before-images (a preview)."""
    plan = _read_plan(session, job)
    locked = lock_clients(session, plan.created | {i for i, _ in plan.updates}, lock=lock)
    reasons = later_work(session, job, plan.created, locked, plan.expected)
    updates = [(i, b) for i, b in plan.updates if i in locked and i not in reasons]
    deleting = {i for i in plan.created if i in locked and i not in reasons}
    if not lock:
        deleting = keep_employers(session, deleting, reasons, _restored_companies(updates))
    return Decision(plan, locked, reasons, updates, deleting)


def _restored_companies(updates: list[tuple[int, dict[str, Any]]]) -> dict[int, int | None]:
    """The company each restored client will point at again, where the import changed it."""
    restoring: dict[int, int | None] = {}
    for client_id, before in updates:
        fields = before.get("fields") or {}
        if "company_id" in fields and client_id not in restoring:
            restoring[client_id] = fields["company_id"]
    return restoring


def _lock_job(session: Session, job_id: int) -> ImportJob:
    """The job, its row locked for this transaction; refused unless it can be undone."""
    query = (
        select(ImportJob)
        .where(ImportJob.id == job_id)
        .with_for_update(nowait=True)
        .execution_options(populate_existing=True)
    )
    try:
        job = session.scalar(query)
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
            raise ConflictError(Code.UNDO_IN_PROGRESS, job_id=job_id) from exc
        raise
    if job is None:
        raise NotFound(Code.IMPORT_UNKNOWN, job_id=job_id)
    if job.status == UNDONE:
        raise ImportSettingsError(Code.IMPORT_UNDONE_ALREADY, job_id=job_id)
    if job.status != DONE:
        raise ImportSettingsError(Code.IMPORT_NOTHING_TO_UNDO, job_id=job_id, status=job.status)
    return job


def _read_plan(session: Session, job: ImportJob) -> _Plan:
    created = set(session.scalars(select(Client.id).where(Client.import_job_id == job.id)))
    expected: dict[int, int] = dict.fromkeys(created, 1)
    updates: list[tuple[int, dict[str, Any]]] = []
    rows_t = table_of(ImportRow)
    # plain Core with the JSON read as text: the ORM's per-row work showed on large imports
    query = (
        select(rows_t.c.outcome, rows_t.c.client_id, cast(rows_t.c.before, Text))
        .where(
            rows_t.c.job_id == job.id,
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
    return _Plan(created, updates, expected)


def _delete_clients(
    session: Session, job_id: int, ids: Sequence[int], kept: dict[int, set[str]]
) -> int:
    """Delete clients the import created (`ids`, ascending); returns how many. Their own rows
    go first, one statement per table: left to the foreign keys' ON DELETE actions, the same
    work is done row by row and took about half again as long. The foreign keys still cover
    any other table. A range of ids is cheaper to name than a list, unless kept clients lie
    within it."""
    execute = session.execute
    in_range = clients_t.c.id.between(ids[0], ids[-1])
    if any(ids[0] <= k <= ids[-1] for k in kept):
        in_range = clients_t.c.id.in_(ids)
    mine = select(clients_t.c.id).where(clients_t.c.import_job_id == job_id, in_range)
    for table in (table_of(ContactPoint), client_tags, table_of(CustomFieldValue), table_of(Note)):
        execute(delete(table).where(table.c.client_id.in_(mine)))
    rows_t = table_of(ImportRow)
    execute(update(rows_t).where(rows_t.c.client_id.in_(mine)).values(client_id=None))
    result = execute(delete(clients_t).where(clients_t.c.import_job_id == job_id, in_range))
    return int(getattr(result, "rowcount", 0) or 0)


def _log_kept(session: Session, job: ImportJob, user: User, kept: Sequence[KeptClient]) -> None:
    """A line in each kept client's history: the undo of which import kept it, and why."""
    now = utcnow()
    rows = [
        (
            "client",
            k.id,
            k.id,
            UNDO_FIELD,
            None,
            f"Import #{job.id} was undone; this card was kept: {k.reason_text()}.",
            user.id,
            now,
            job.id,
        )
        for k in kept
    ]
    Bulk(session).insert(table_of(ChangeLog), CHANGE_INSERT, rows)


def _finish(session: Session, job: ImportJob, user: User, result: UndoResult) -> None:
    job.status = UNDONE
    job.undone_at = utcnow()
    job.settings = {
        **(job.settings or {}),
        "undo": {
            "by": user.login,
            "deleted": result.deleted,
            "restored": result.restored,
            "kept": len(result.kept),
            "kept_clients": [k.as_dict() for k in result.kept[:KEPT_SAVED]],
        },
    }
    session.flush()
