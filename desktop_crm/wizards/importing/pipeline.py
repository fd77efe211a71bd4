"""The import itself (IMP-1..IMP-14): validate, then stream the rows in batches through the
stages (rows -> matching -> apply), inside one transaction.

All or nothing: the work runs in a savepoint of the caller's transaction. An error rolls it back
and propagates; a cancel rolls it back and leaves only a job record saying "cancelled"; a dry run
does every step and rolls back at the end, so its counts are exactly what a real run would do.
The caller commits (or not) the transaction it owns.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_crm import gc_policy
from desktop_crm.errors import Code, DatabaseError
from desktop_crm.fields import custom_field_key
from desktop_crm.models import ImportJob, User, utcnow
from desktop_crm.models.imports import CREATED, FAILED, SKIPPED, UPDATED
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.text import clean_file_name
from desktop_crm.wizards.importing.apply import RowApplier
from desktop_crm.wizards.importing.bulk import ensure_planner_statistics, larger_page_cache
from desktop_crm.wizards.importing.locking import wait_for_other_imports
from desktop_crm.wizards.importing.mapping import Mapping
from desktop_crm.wizards.importing.matching import Matcher
from desktop_crm.wizards.importing.outcomes import (
    CANCELLED,
    DONE,
    DRY_RUN,
    EMPTY_ROW,
    RUNNING,
    WRONG_FORMAT,
    RowFailure,
    Tally,
)
from desktop_crm.wizards.importing.plan import ImportPlan, prepare_import
from desktop_crm.wizards.importing.references import References
from desktop_crm.wizards.importing.rows import RowNormalizer
from desktop_crm.wizards.importing.settings import ImportSettings
from desktop_crm.wizards.importing.sources.base import Source, SourceRow
from desktop_crm.wizards.importing.writer import BatchWriter

BATCH_ROWS = 2000


@dataclass(frozen=True)
class ImportResult:
    job_id: int | None  # None for a dry run (nothing is kept)
    status: str  # done | cancelled | dry_run
    rows: int
    created: int
    updated: int
    skipped: int
    failed: int
    reasons: dict[str, int]
    failures: list[RowFailure]
    failures_truncated: bool
    warnings: list[tuple[int, str]]
    seconds: float
    ignored_columns: list[int] = field(default_factory=list)
    # warnings by reason (`outcomes.WARNINGS`), and the imported rows that kept a value as typed
    warning_reasons: dict[str, int] = field(default_factory=dict)
    kept: list[RowFailure] = field(default_factory=list)
    companies_created: int = 0  # for names in a Company column; `created` counts rows' own

    def summary(self) -> dict[str, Any]:
        """The CLI's --json object."""
        return {
            "job_id": self.job_id,
            "status": self.status,
            "created": self.created,
            "companies_created": self.companies_created,
            "updated": self.updated,
            "skipped": self.skipped,
            "failed": self.failed,
            "reasons": dict(self.reasons),
            "warnings": dict(self.warning_reasons),
            "seconds": round(self.seconds, 3),
        }


class _Stages:
    """The stages of one running import, built once; each batch goes through each once."""

    def __init__(self, session: Session, user: User, plan: ImportPlan, job_id: int | None) -> None:
        s = plan.settings
        mapped = plan.mapping.fields()
        self.normalize = RowNormalizer(
            plan.mapping, plan.catalog, plan.phones, require_phone=s.require_phone
        ).normalize
        self.matcher = Matcher(session, s.mode, s.dedupe, s.unique_field, mapped)
        self.refs = refs = References(session, job_id, user.id, s.stage)
        refs.responsible_id = plan.responsible_id
        custom_mapped = [plan.custom_ids[c] for k in mapped if (c := custom_field_key(k))]
        writer = BatchWriter(
            session,
            job_id=job_id,
            user_id=user.id,
            load_tags="tags" in mapped,
            custom_field_ids=custom_mapped,
            load_notes="note" in mapped,
            load_deals="deal.topic" in mapped,
        )
        defaults = {
            "stage": s.stage,
            "responsible_id": plan.responsible_id,
            "queue_id": plan.queue_id,
            "group_id": refs.group_id(s.group) if s.group else None,
        }
        self.applier = RowApplier(
            refs,
            writer,
            defaults=defaults,
            custom_ids=plan.custom_ids,
            scenario_id=plan.scenario_id,
        )

    def batch(self, source_rows: list[SourceRow], tally: Tally) -> None:
        """One batch through the stages into `tally`; empty rows are only counted."""
        normalize = self.normalize
        rows = [
            normalize(r.number, r.cells)
            if r.problem is None
            else RowFailure(r.number, WRONG_FORMAT, r.problem, r.cells)
            for r in source_rows
        ]
        filled = [r for r in rows if not (isinstance(r, RowFailure) and r.reason == EMPTY_ROW)]
        tally.add_empty(len(rows) - len(filled))
        tally.add(self.applier.apply_batch(self.matcher.place(filled)))


def _batches(rows: Iterator[SourceRow], size: int) -> Iterator[list[SourceRow]]:
    batch: list[SourceRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _with_overrides(
    rows: Iterator[SourceRow], overrides: MappingABC[int, MappingABC[int, str]] | None
) -> Iterator[SourceRow]:
    if not overrides:
        yield from rows
        return
    for row in rows:
        fix = overrides.get(row.number)
        if fix:
            cells = list(row.cells)
            for column, value in fix.items():
                cells.extend([None] * (column + 1 - len(cells)))
                cells[column] = value
            row = SourceRow(row.number, cells)
        yield row


def run_import(
    session: Session,
    user: User,
    source: Source,
    settings: ImportSettings,
    mapping: Mapping,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    dry_run: bool = False,
    overrides: MappingABC[int, MappingABC[int, str]] | None = None,
    batch_rows: int = BATCH_ROWS,
) -> ImportResult:
    """Import `source` into the base as `user`; the caller commits the session afterwards.

    `overrides` ({row number: {column index: text}}) replaces cells, e.g. fixes typed in the
    dialog's preview. Raises `CrmError` subclasses for bad settings or a bad file (nothing
    written); returns status "cancelled" when `cancelled()` turned true (only a job record).
    """
    started = time.monotonic()
    plan = prepare_import(session, user, settings, mapping, len(source.headers))
    ensure_planner_statistics(session, ("clients", "contact_points"))
    tally = Tally()
    savepoint = session.begin_nested()
    try:
        job = _new_job(session, user, settings, mapping, source, RUNNING)
        stages = partial(_Stages, session, user, plan, None if dry_run else job.id)
        rows = _with_overrides(source.rows(), overrides)
        finished = _stream(session, stages, rows, tally, source, progress, cancelled, batch_rows)
        status = CANCELLED if not finished else DRY_RUN if dry_run else DONE
        if status == DONE:
            _finish_job(session, job, tally)
            savepoint.commit()
        else:
            savepoint.rollback()
    except BaseException:
        if savepoint.is_active:
            savepoint.rollback()
        raise
    job_id: int | None = job.id if status == DONE else None
    if status == CANCELLED:  # after the rollback: a record that the import changed nothing
        job_id = _new_job(session, user, settings, mapping, source, CANCELLED).id
    elif progress is not None:
        progress(tally.rows, tally.rows)
    return _result(tally, job_id, status, time.monotonic() - started, plan.ignored_columns)


def _result(
    tally: Tally, job_id: int | None, status: str, seconds: float, ignored: list[int]
) -> ImportResult:
    return ImportResult(
        job_id=job_id,
        status=status,
        rows=tally.rows,
        created=tally.counts[CREATED],
        updated=tally.counts[UPDATED],
        skipped=tally.counts[SKIPPED],
        failed=tally.counts[FAILED],
        reasons=dict(tally.reasons),
        failures=tally.failures,
        failures_truncated=tally.truncated,
        warnings=tally.warnings,
        seconds=seconds,
        ignored_columns=ignored,
        warning_reasons=dict(tally.warning_reasons),
        kept=tally.kept,
        companies_created=tally.companies_created,
    )


def _stream(
    session: Session,
    make_stages: Callable[[], _Stages],
    rows: Iterator[SourceRow],
    tally: Tally,
    source: Source,
    progress: Progress | None,
    cancelled: Cancelled | None,
    batch_rows: int,
) -> bool:
    """Wait until no other import of the base runs, then every batch through the stages; False
    when `cancelled()` turned true. A name that someone else saved meanwhile (a unique index
    refused it) is a coded error, not a traceback."""
    if not wait_for_other_imports(session, cancelled):  # before anything is looked up
        return False
    stages = make_stages()
    total = source.info.estimated_rows
    try:
        with gc_policy.long_work(), larger_page_cache(session):
            for batch in _batches(rows, batch_rows):
                if cancelled is not None and cancelled():
                    return False
                stages.batch(batch, tally)
                gc_policy.after_batch()
                if progress is not None:
                    progress(tally.rows, max(total, tally.rows) if total is not None else None)
    except IntegrityError as exc:
        raise DatabaseError(Code.IMPORT_CONFLICT) from exc
    tally.add_empty(source.empty_rows)
    tally.companies_created = stages.refs.created_companies  # a cancel keeps none
    return True


def _finish_job(session: Session, job: ImportJob, tally: Tally) -> None:
    job.status = DONE
    job.finished_at = utcnow()
    job.created = tally.counts[CREATED]
    job.updated = tally.counts[UPDATED]
    job.skipped = tally.counts[SKIPPED]
    job.failed = tally.counts[FAILED]
    session.flush()


def _new_job(
    session: Session,
    user: User,
    settings: ImportSettings,
    mapping: Mapping,
    source: Source,
    status: str,
) -> ImportJob:
    job = ImportJob(
        name=settings.name or f"Import of {clean_file_name(source.info.name)}",
        description=settings.description,
        source=clean_file_name(source.info.name),  # no bidi controls: "exe.txt" stays itself
        mode=settings.mode,
        settings=_job_settings(settings, mapping, source),
        user_id=user.id,
        status=status,
        finished_at=utcnow() if status == CANCELLED else None,
    )
    session.add(job)
    session.flush()
    return job


def _job_settings(settings: ImportSettings, mapping: Mapping, source: Source) -> dict[str, Any]:
    info = source.info
    return {
        **settings.to_json(),
        "mapping": mapping.to_json(source.headers),
        "headers": list(source.headers),
        "source": {
            "kind": info.kind,
            "name": info.name,
            "encoding": info.encoding,
            "delimiter": info.delimiter,
            "sheet": info.sheet,
            "has_header": info.has_header,
        },
    }
