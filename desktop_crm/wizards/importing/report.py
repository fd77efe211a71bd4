"""What an import left behind: the job list and details (IMP-11), and the failed-rows file
(IMP-12) with the original cells plus reason and detail columns.

The failed-rows file is opened in Excel by the person who fixes it, so it must never run
anything: a cell starting with = + - @ (or a tab / carriage return) is written as text, never
as a formula (CSV: prefixed with an apostrophe, the OWASP advice; xlsx: a string cell).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from openpyxl import Workbook
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportSettingsError, NotFound
from desktop_crm.models import ImportJob, ImportRow, User
from desktop_crm.models.imports import CREATED, FAILED, UPDATED
from desktop_crm.services.visibility import visible_or_none
from desktop_crm.services.xlsx_cells import text_cell
from desktop_crm.wizards.importing.outcomes import PHONE_KEPT, REASONS, WARNINGS, RowFailure
from desktop_crm.wizards.importing.undo_preview import companies_created

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
REASON_HEADER, DETAIL_HEADER, ROW_HEADER = "Reason", "Detail", "Row"


def safe_text(value: Any) -> str:
    """A cell as text that no spreadsheet will evaluate."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


@dataclass(frozen=True)
class FailedRow:
    number: int
    reason: str
    detail: str | None
    raw: list[Any]


def failed_rows_of_job(session: Session, viewer: User, job_id: int) -> list[FailedRow]:
    """The rows that failed, and the imported rows that kept a value as typed (their cells are
    kept for this file; `PHONE_KEPT` is their reason); a row about a client `viewer` may not
    see is left out."""
    kept = and_(ImportRow.outcome.in_((CREATED, UPDATED)), ImportRow.raw.is_not(None))
    rows = session.execute(
        select(ImportRow.row_number, ImportRow.reason, ImportRow.detail, ImportRow.raw)
        .where(ImportRow.job_id == job_id, or_(ImportRow.outcome == FAILED, kept))
        .where(visible_or_none(viewer, ImportRow.client_id))
        .order_by(ImportRow.row_number)
    )
    return [FailedRow(n, r or PHONE_KEPT, d, list(raw or [])) for n, r, d, raw in rows]


def failed_rows_of(failures: Iterable[RowFailure]) -> list[FailedRow]:
    return [FailedRow(f.number, f.reason, f.detail, [_plain(c) for c in f.raw]) for f in failures]


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def write_failed_rows(path: Path, headers: Sequence[str], rows: Sequence[FailedRow]) -> int:
    """Write `rows` to `path` (.xlsx or .csv): row number, the original cells, reason, detail.
    Returns the number of rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    width = max([len(headers), *(len(r.raw) for r in rows)]) if rows else len(headers)
    columns = list(headers) + [f"Column {i + 1}" for i in range(len(headers), width)]
    head = [ROW_HEADER, *columns, REASON_HEADER, DETAIL_HEADER]
    body = [
        [r.number, *(list(r.raw) + [None] * (width - len(r.raw))), r.reason, r.detail or ""]
        for r in rows
    ]
    try:
        if suffix == ".xlsx":
            book = Workbook(write_only=True)
            sheet = book.create_sheet("Failed rows")
            sheet.append([safe_text(h) for h in head])
            for line in body:
                sheet.append([_xlsx_cell(sheet, v) for v in line])
            book.save(path)
        elif suffix in (".csv", ".txt"):
            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([safe_text(h) for h in head])
                for line in body:
                    writer.writerow([v if isinstance(v, int) else safe_text(v) for v in line])
        else:
            raise ImportSettingsError(Code.FAILED_ROWS_FORMAT, suffix=suffix or str(path))
    except OSError as exc:
        raise ImportSettingsError(
            Code.FILE_UNWRITABLE, path=str(path), reason=exc.strerror, errno=exc.errno
        ) from exc
    return len(body)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    """Strings go in as string cells: openpyxl would otherwise store "=..." as a formula."""
    if value is None or isinstance(value, int | float):
        return value
    return text_cell(sheet, str(value))


# -- history ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class JobSummary:
    id: int
    name: str
    description: str | None
    source: str | None
    mode: str
    status: str
    user: str | None
    started_at: datetime
    finished_at: datetime | None
    undone_at: datetime | None
    created: int
    updated: int
    skipped: int
    failed: int
    # made for a Company column; derived while the job is kept (None: undone, not known)
    companies_created: int | None = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            k: (v.isoformat(sep=" ", timespec="seconds") if isinstance(v, datetime) else v)
            for k, v in self.__dict__.items()
        }


@dataclass(frozen=True)
class JobDetails:
    job: JobSummary
    settings: dict[str, Any]
    reasons: dict[str, int]
    headers: list[str]


def _summary(job: ImportJob, user: str | None, session: Session) -> JobSummary:
    return JobSummary(
        job.id,
        job.name,
        job.description,
        job.source,
        job.mode,
        job.status,
        user,
        job.started_at,
        job.finished_at,
        job.undone_at,
        job.created,
        job.updated,
        job.skipped,
        job.failed,
        companies_created(session, job),
    )


def list_jobs(session: Session, limit: int = 200) -> list[JobSummary]:
    """Past imports, newest first."""
    rows = session.execute(
        select(ImportJob, User.login)
        .outerjoin(User, User.id == ImportJob.user_id)
        .order_by(ImportJob.id.desc())
        .limit(limit)
    )
    return [_summary(job, login, session) for job, login in rows]


def job_details(session: Session, job_id: int) -> JobDetails:
    row = session.execute(
        select(ImportJob, User.login)
        .outerjoin(User, User.id == ImportJob.user_id)
        .where(ImportJob.id == job_id)
    ).first()
    if row is None:
        raise NotFound(Code.IMPORT_UNKNOWN, job_id=job_id)
    job, login = row
    counts = session.execute(
        select(ImportRow.reason, func.count())
        .where(ImportRow.job_id == job_id, ImportRow.reason.is_not(None))
        .group_by(ImportRow.reason)
    ).tuples()
    reasons = {cast(str, reason): count for reason, count in counts}  # no NULL: see the WHERE
    settings = dict(job.settings or {})
    return JobDetails(
        _summary(job, login, session), settings, reasons, list(settings.get("headers", []))
    )


def describe_reason(reason: str) -> str:
    return REASONS.get(reason) or WARNINGS.get(reason, reason)
