"""Undoing an import, what it must not destroy: the clients it would delete or restore are
locked first (`lock_clients`), then every kind of later work on them is looked up, per client
(`later_work`), and a company it created stays while a client that stays is attached to it
(`keep_employers`). The reasons are codes; `KEPT_REASONS` words them in English."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from desktop_crm.models import (
    Attachment,
    Client,
    ContactPerson,
    Deal,
    ImportJob,
    Interaction,
    Note,
    Task,
    TaskItem,
    utcnow,
)
from desktop_crm.models.deals import OPEN
from desktop_crm.wizards.importing.writer import chunks

EDITED = "edited"
CONTACT_PERSONS = "contact_persons"
EMPLOYEES = "employees"
NOTES = "notes"
FILES = "files"
DEALS = "deals"
TASKS = "tasks"
INTERACTIONS = "interactions"
KEPT_REASONS = {
    EDITED: "its card was changed after the import",
    CONTACT_PERSONS: "contact persons were added to it",
    EMPLOYEES: "clients that stay are attached to it",
    NOTES: "notes were written on it",
    FILES: "files were attached to it",
    DEALS: "it has deals made after the import, or the import's deal was worked on",
    TASKS: "it is in a task",
    INTERACTIONS: "calls or emails are linked to it",
}

# client id -> (version, full name), read under the row lock
Locked = dict[int, tuple[int, str]]


def lock_clients(session: Session, ids: Iterable[int], *, lock: bool = True) -> Locked:
    """Lock the clients' rows (PostgreSQL: `FOR UPDATE`, in id order, so two undos never
    deadlock; SQLite: the write transaction has the whole file) and read their versions.
    A card saved meanwhile waits for the undo, then fails its version check; a save that
    came first is seen here. Clients deleted since the import are not in the answer.
    `lock=False` only reads (what an undo would do, asked before it runs)."""
    found: Locked = {}
    for chunk in chunks(sorted(set(ids))):
        query = (
            select(Client.id, Client.version, Client.full_name)
            .where(Client.id.in_(chunk))
            .order_by(Client.id)
        )
        rows = session.execute(query.with_for_update() if lock else query)
        found.update((i, (version, name)) for i, version, name in rows)
    return found


def later_work(
    session: Session,
    job: ImportJob,
    created: set[int],
    locked: Locked,
    expected: dict[int, int],
) -> dict[int, set[str]]:
    """Why each client (of those `locked`) must stay as it is now; clients with no reason
    are absent. A created client stays for any work done on it; an updated one for an edit
    of its card or a worked-on deal of the import (other work does not touch what the undo
    puts back)."""
    reasons: dict[int, set[str]] = defaultdict(set)
    for client_id, (version, _name) in locked.items():
        if version != expected.get(client_id, 1):
            reasons[client_id].add(EDITED)
    finished = job.finished_at or utcnow()
    mine = sorted(i for i in created if i in locked)
    others = sorted(i for i in locked if i not in created)
    for chunk in chunks(mine):
        for reason, query in _work_on_created(job, chunk, finished):
            for client_id in session.scalars(query):
                reasons[client_id].add(reason)
    for chunk in chunks(others):
        for client_id in session.scalars(_worked_deals(job, chunk)):
            reasons[client_id].add(DEALS)
    return dict(reasons)


def _work_on_created(
    job: ImportJob, ids: Sequence[int], finished: datetime
) -> Iterator[tuple[str, Select[Any]]]:
    """A query of the clients among `ids` with later work of each kind (an import makes no
    contact persons, files, tasks or links of calls)."""
    yield CONTACT_PERSONS, select(ContactPerson.client_id).where(ContactPerson.client_id.in_(ids))
    yield NOTES, select(Note.client_id).where(Note.client_id.in_(ids), Note.created_at > finished)
    yield FILES, select(Attachment.client_id).where(Attachment.client_id.in_(ids))
    yield (
        DEALS,
        select(Deal.client_id).where(
            Deal.client_id.in_(ids),
            or_(Deal.import_job_id.is_(None), Deal.import_job_id != job.id),
        ),
    )
    yield DEALS, _worked_deals(job, ids)
    yield TASKS, select(Task.client_id).where(Task.client_id.in_(ids))
    yield TASKS, select(TaskItem.client_id).where(TaskItem.client_id.in_(ids))
    yield INTERACTIONS, select(Interaction.client_id).where(Interaction.client_id.in_(ids))


def _worked_deals(job: ImportJob, ids: Sequence[int]) -> Select[Any]:
    """Clients among `ids` whose deal made by the import was closed since."""
    return select(Deal.client_id).where(
        Deal.client_id.in_(ids),
        Deal.import_job_id == job.id,
        or_(Deal.status != OPEN, Deal.closed_at.is_not(None)),
    )


def keep_employers(
    session: Session,
    deleting: set[int],
    reasons: dict[int, set[str]],
    restoring: Mapping[int, int | None] | None = None,
) -> set[int]:
    """Take out of `deleting` every company a client that stays is attached to (a client
    not from the import, one kept, or one restored still pointing at it), adding the reason;
    repeated, since a company kept may keep its own company. Returns the clients to delete.
    Run after the restore; before it (a preview), `restoring` gives the company each restored
    client will point at again."""
    attached: dict[int, list[int]] = defaultdict(list)
    for chunk in chunks(sorted(deleting)):
        for company_id, client_id in session.execute(
            select(Client.company_id, Client.id).where(Client.company_id.in_(chunk))
        ).tuples():
            if restoring is not None and client_id in restoring:
                company_id = restoring[client_id]
            if company_id is not None:
                attached[company_id].append(client_id)
    while True:
        staying = {
            company
            for company in deleting
            if any(e not in deleting for e in attached.get(company, ()))
        }
        if not staying:
            return deleting
        deleting = deleting - staying
        for company in staying:
            reasons.setdefault(company, set()).add(EMPLOYEES)
