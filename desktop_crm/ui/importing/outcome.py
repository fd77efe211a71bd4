"""What one import did, as the results view shows it: from a fresh result or from the history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_crm.ui.importing.common import ImportState
from desktop_crm.wizards.importing import ImportResult, JobDetails
from desktop_crm.wizards.importing.outcomes import RowFailure


@dataclass(frozen=True)
class Outcome:
    """What one import did, from a fresh result or from the history."""

    job_id: int | None
    name: str
    status: str
    mode: str
    created: int
    updated: int
    skipped: int
    failed: int
    reasons: dict[str, int]
    headers: list[str]
    source: str | None = None
    description: str | None = None
    user: str | None = None
    started: datetime | None = None
    seconds: float | None = None
    ignored: list[str] = field(default_factory=list)
    warnings: int = 0
    failures: list[RowFailure] | None = None  # when not read from the job's rows
    # for names in a Company column (`created`: the rows' own); None: not known (undone)
    companies_created: int | None = 0

    @classmethod
    def of_result(cls, result: ImportResult, state: ImportState) -> Outcome:
        headers = state.headers
        source = state.source.info.name if state.source is not None else None
        return cls(
            job_id=result.job_id,
            name=state.settings.name or source or "",
            status=result.status,
            mode=state.settings.mode,
            created=result.created,
            updated=result.updated,
            skipped=result.skipped,
            failed=result.failed,
            reasons=dict(result.reasons),
            headers=headers,
            source=source,
            description=state.settings.description,
            user=state.login,
            started=None,
            seconds=result.seconds,
            ignored=[headers[i] for i in result.ignored_columns if i < len(headers)],
            warnings=len(result.warnings),
            failures=None if result.job_id is not None else list(result.failures),
            companies_created=result.companies_created,
        )

    @classmethod
    def of_job(cls, details: JobDetails) -> Outcome:
        job = details.job
        seconds = None
        if job.finished_at is not None:
            seconds = (job.finished_at - job.started_at).total_seconds()
        return cls(
            job_id=job.id,
            name=job.name,
            status=job.status,
            mode=job.mode,
            created=job.created,
            updated=job.updated,
            skipped=job.skipped,
            failed=job.failed,
            reasons=dict(details.reasons),
            headers=list(details.headers),
            source=job.source,
            description=job.description,
            user=job.user,
            started=job.started_at,
            seconds=seconds,
            companies_created=job.companies_created,
        )
