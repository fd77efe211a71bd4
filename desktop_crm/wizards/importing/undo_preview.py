"""What undoing an import will do, counted the way `undo.undo_import` decides it: every client
the job created is deleted (the rows' own clients and the companies made for names in a Company
column), and every client it updated that it had not created itself gets its old values back.

The history's confirmation promises these numbers, and the undo's result reports the same
ones. (`undo_import` selects with the same conditions; it should call `undo_sets` itself.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from desktop_crm.models import Client, ImportJob, ImportRow
from desktop_crm.models.imports import CREATED, UPDATED
from desktop_crm.wizards.importing.outcomes import DONE, UNDONE


@dataclass(frozen=True)
class UndoPreview:
    job_id: int
    deleted: int  # every client the job created: undo_import's `deleted`
    companies: int  # of them, the companies made for the Company column (not a row's own)
    restored: int  # clients the job updated and did not create: undo_import's `restored`

    @property
    def deleted_by_rows(self) -> int:
        return self.deleted - self.companies


def undo_sets(job_id: int) -> tuple[Select[tuple[int]], Select[tuple[int | None]]]:
    """The ids undo deletes (clients the job created) and the ids it restores (distinct
    clients of the job's updated rows that the job did not create)."""
    created = select(Client.id).where(Client.import_job_id == job_id)
    restored = (
        select(ImportRow.client_id)
        .where(
            ImportRow.job_id == job_id,
            ImportRow.outcome == UPDATED,
            ImportRow.client_id.is_not(None),
            ImportRow.client_id.not_in(created),
        )
        .distinct()
    )
    return created, restored


def _count(session: Session, query: Select[Any]) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def undo_preview(session: Session, job_id: int) -> UndoPreview:
    created, restored = undo_sets(job_id)
    by_rows = select(ImportRow.client_id).where(
        and_(ImportRow.job_id == job_id, ImportRow.outcome == CREATED),
        ImportRow.client_id.in_(created),
    )
    deleted = _count(session, created)
    return UndoPreview(
        job_id, deleted, deleted - _count(session, by_rows), _count(session, restored)
    )


def companies_created(session: Session, job: ImportJob) -> int | None:
    """The companies a kept import made for names in its Company column; None once undone (they
    are gone, and the job keeps no count of its own), 0 for an import that kept nothing."""
    if job.status == UNDONE:
        return None
    if job.status != DONE:
        return 0
    return undo_preview(session, job.id).companies
