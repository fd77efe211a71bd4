"""What undoing an import will do, asked before it runs: the same decision `undo_import`
makes (`undo.decide`), read without locking. The history's confirmation promises these numbers
and the undo's result reports the same ones, unless someone works on a client in between.

`companies_created` counts the companies an import made for names in its Company column (the
rows' own clients are `created`), for the history and the summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from desktop_crm.models import Client, ImportJob, ImportRow
from desktop_crm.models.imports import CREATED
from desktop_crm.wizards.importing.outcomes import DONE, UNDONE
from desktop_crm.wizards.importing.undo import decide


@dataclass(frozen=True)
class UndoPreview:
    job_id: int
    deleted: int  # clients the undo deletes: undo_import's `deleted`
    companies: int  # of them, the companies made for the Company column (not a row's own)
    restored: int  # clients it puts back as they were: undo_import's `restored`
    kept: int  # clients someone worked on since, kept as they are

    @property
    def deleted_by_rows(self) -> int:
        return self.deleted - self.companies


def _rows_own(job_id: int) -> Select[tuple[int | None]]:
    """The clients the job's rows created (the rest of what it created: companies)."""
    return select(ImportRow.client_id).where(
        and_(ImportRow.job_id == job_id, ImportRow.outcome == CREATED)
    )


def undo_preview(session: Session, job_id: int) -> UndoPreview:
    job = session.get(ImportJob, job_id)
    if job is None or job.status != DONE:
        return UndoPreview(job_id, 0, 0, 0, 0)
    decision = decide(session, job, lock=False)
    rows_own = {i for i in session.scalars(_rows_own(job_id)) if i is not None}
    companies = len(decision.deleting - rows_own)
    restored = len({i for i, _ in decision.updates})
    return UndoPreview(job_id, len(decision.deleting), companies, restored, len(decision.reasons))


def _count(session: Session, query: Select[Any]) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def companies_created(session: Session, job: ImportJob) -> int | None:
    """The companies a kept import made for names in its Company column; None once undone (they
    are gone, and the job keeps no count of its own), 0 for an import that kept nothing."""
    if job.status == UNDONE:
        return None
    if job.status != DONE:
        return 0
    created = select(Client.id).where(Client.import_job_id == job.id)
    by_rows = _rows_own(job.id).where(ImportRow.client_id.in_(created))
    return _count(session, created) - _count(session, by_rows)
