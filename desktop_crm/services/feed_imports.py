"""An import's changes of a card as one feed entry: "Updated by import #N: Phone, Address".

An import writes one change-log line per field it changes, all of one batch at one instant.
The feed shows the lines one import (or its undo) wrote in a row as one entry, whose `changes`
hold the lines (field, old, new) and whose time and id are those of its last line, so the next
page starts right after it. A page that ends inside such a run reads the rest of the run's
instant, so the run is not split over two pages.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.models import ChangeLog, ImportJob
from desktop_crm.services.changelog import (
    CLIENT_ENTITY,
    CREATED,
    DELETED,
    custom_labels,
    field_kinds,
    field_label,
    made_by_undo,
    typed,
)
from desktop_crm.services.feed_entry import CHANGE, FeedEntry


def _groupable(entry: FeedEntry) -> bool:
    return (
        entry.kind == CHANGE
        and entry.import_job is not None
        and entry.field not in (CREATED, DELETED)
        and entry.person is None
    )


def group_imports(
    session: Session, client_id: int, entries: list[FeedEntry], *, full: bool
) -> list[FeedEntry]:
    """`entries` with each run of one import's (or one undo's) changes made one entry; `full`:
    the page is full, so its last run may go on beyond it."""
    jobs = {e.import_job for e in entries if _groupable(e)}
    if not jobs:
        return entries
    found = select(ImportJob.id, ImportJob.name, ImportJob.finished_at).where(
        ImportJob.id.in_(jobs)
    )
    info = {i: (name, finished) for i, name, finished in session.execute(found).tuples()}
    out: list[FeedEntry] = []
    for entry in entries:
        if not _groupable(entry):
            out.append(entry)
            continue
        name, finished = info.get(entry.import_job or 0, (None, None))
        undo = made_by_undo(entry.at, finished)
        last = out[-1] if out else None
        if (
            last is not None
            and last.changes
            and (last.import_job, last.by_undo)
            == (
                entry.import_job,
                undo,
            )
        ):
            out[-1] = replace(last, id=entry.id, at=entry.at, changes=(*last.changes, entry))
        else:
            out.append(replace(entry, import_name=name, by_undo=undo, changes=(entry,), text=None))
    if full and out[-1].changes:
        out[-1] = _rest_of_run(session, client_id, out[-1])
    return out


def _rest_of_run(session: Session, client_id: int, group: FeedEntry) -> FeedEntry:
    """The lines of `group`'s import and instant that the page did not reach."""
    rows = session.execute(
        select(ChangeLog.id, ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value)
        .where(
            ChangeLog.client_id == client_id,
            ChangeLog.import_job_id == group.import_job,
            ChangeLog.entity == CLIENT_ENTITY,
            ChangeLog.changed_at == group.at,
            ChangeLog.id < group.id,
            ChangeLog.field.not_in((CREATED, DELETED)),
        )
        .order_by(ChangeLog.id.desc())
    ).all()
    if not rows:
        return group
    labels, kinds = custom_labels(session), field_kinds(session)
    more = tuple(
        FeedEntry(
            kind=CHANGE,
            id=row_id,
            at=group.at,
            text=None,
            author=group.author,
            field=field,
            label=field_label(field, labels),
            old=typed(kinds.get(field, ""), old),
            new=typed(kinds.get(field, ""), new),
            import_job=group.import_job,
        )
        for row_id, field, old, new in rows
    )
    return replace(group, id=more[-1].id, changes=(*group.changes, *more))
