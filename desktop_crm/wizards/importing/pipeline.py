"""The import itself (IMP-1..IMP-14): validate, then stream the rows in batches through
normalize -> duplicate search -> write, inside one transaction.

All or nothing: the work runs in a savepoint of the caller's transaction. An error rolls it back
and propagates; a cancel rolls it back and leaves only a job record saying "cancelled"; a dry run
does every step and rolls back at the end, so its counts are exactly what a real run would do.
The caller commits (or not) the transaction it owns.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from collections.abc import Mapping as MappingABC
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportSettingsError
from desktop_crm.models import CustomField, ImportJob, User, utcnow
from desktop_crm.models.imports import ADD, CREATED, FAILED, SKIPPED, UPDATE, UPDATED
from desktop_crm.services.access import Permission, require
from desktop_crm.wizards.importing.bulk import ensure_planner_statistics, larger_page_cache
from desktop_crm.wizards.importing.duplicates import DuplicateFinder, Key
from desktop_crm.wizards.importing.fields import FieldSpec, catalog_from
from desktop_crm.wizards.importing.mapping import Mapping, check_mapping
from desktop_crm.wizards.importing.phone_rules import PhonePolicy
from desktop_crm.wizards.importing.references import (
    References,
    queue_id,
    scenario_id,
    user_by_login,
)
from desktop_crm.wizards.importing.rows import (
    EMPTY_ROW,
    NOT_FOUND,
    NOT_UNIQUE,
    UNCHANGED,
    RowData,
    RowFailure,
    RowNormalizer,
    jsonable,
)
from desktop_crm.wizards.importing.settings import ImportSettings
from desktop_crm.wizards.importing.sources import Cell, Source, SourceRow
from desktop_crm.wizards.importing.targets import RowApplier, Target
from desktop_crm.wizards.importing.writer import BatchWriter, Outcome

Progress = Callable[[int, int | None], None]
Cancelled = Callable[[], bool]
BATCH_ROWS = 2000
MAX_FAILURES_KEPT = 100_000  # failures kept in the result; all of them are in the job's rows


@dataclass(frozen=True)
class ImportPlan:
    """Settings checked against the base: what `run_import` needs, resolved once."""

    settings: ImportSettings
    mapping: Mapping
    catalog: MappingABC[str, FieldSpec]
    phones: PhonePolicy
    responsible_id: int
    queue_id: int | None
    scenario_id: int | None
    custom_ids: dict[str, int]
    ignored_columns: list[int]


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

    def summary(self) -> dict[str, Any]:
        """The CLI's --json object."""
        return {
            "job_id": self.job_id,
            "status": self.status,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "failed": self.failed,
            "reasons": dict(self.reasons),
            "seconds": round(self.seconds, 3),
        }


def prepare_import(
    session: Session, user: User, settings: ImportSettings, mapping: Mapping, column_count: int
) -> ImportPlan:
    """Check everything that can be checked before a row is read; raise a `CrmError` with a
    sentence otherwise (PermissionDenied, ImportSettingsError)."""
    require(user, Permission.IMPORT)
    custom = list(session.scalars(select(CustomField)))
    catalog = catalog_from(custom)
    verdict = check_mapping(mapping, column_count, catalog)
    if verdict.problems:
        raise ImportSettingsError(
            Code.MAPPING_UNUSABLE if verdict.reason else Code.MAPPING_UNUSABLE_PLAIN,
            problems=" ".join(verdict.problems),
            reason=verdict.reason,
        )
    mapped = mapping.fields()
    if settings.require_phone and "phones" not in mapped:
        raise ImportSettingsError(Code.PHONES_UNMATCHED)
    if settings.unique_field is None and settings.mode == UPDATE and not settings.dedupe:
        raise ImportSettingsError(Code.UPDATE_NEEDS_SEARCH)
    DuplicateFinder(session, settings.dedupe, settings.unique_field, mapped)  # checks the field
    phones = PhonePolicy(settings.region, settings.phone_rules, settings.phone_valid)
    responsible = user_by_login(session, settings.responsible) if settings.responsible else user
    return ImportPlan(
        settings=settings,
        mapping=mapping,
        catalog=catalog,
        phones=phones,
        responsible_id=responsible.id,
        queue_id=queue_id(session, settings.queue) if settings.queue else None,
        scenario_id=scenario_id(session, settings.scenario) if settings.scenario else None,
        custom_ids={f.key: f.id for f in custom},
        ignored_columns=verdict.ignored,
    )


class _Run:
    """The state of one running import."""

    def __init__(
        self, session: Session, user: User, plan: ImportPlan, job_id: int | None, source: Source
    ) -> None:
        s = plan.settings
        self.session, self.plan, self.settings, self.job_id = session, plan, s, job_id
        self.mode = s.mode
        mapped = plan.mapping.fields()
        self.finder = DuplicateFinder(session, s.dedupe, s.unique_field, mapped)
        self.normalizer = RowNormalizer(
            plan.mapping, plan.catalog, plan.phones, require_phone=s.require_phone
        )
        self.refs = References(session, job_id, user.id, s.stage)
        self.refs.responsible_id = plan.responsible_id
        self.applier = RowApplier(
            self.refs,
            custom_ids=plan.custom_ids,
            scenario_id=plan.scenario_id,
            responsible_id=plan.responsible_id,
            user_id=user.id,
        )
        custom_mapped = [plan.custom_ids[k[7:]] for k in mapped if k.startswith("custom.")]
        self.writer = BatchWriter(
            session,
            job_id=job_id,
            user_id=user.id,
            load_tags="tags" in mapped,
            custom_field_ids=custom_mapped,
            load_notes="note" in mapped,
            load_deals="deal.topic" in mapped,
        )
        self.defaults = {
            "stage": s.stage,
            "responsible_id": plan.responsible_id,
            "queue_id": plan.queue_id,
            "group_id": self.refs.group_id(s.group) if s.group else None,
        }
        self.counts: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.failures: list[RowFailure] = []
        self.warnings: list[tuple[int, str]] = []
        self.truncated = False
        self.rows = 0

    # -- one batch ----------------------------------------------------------------------------
    def normalize(self, source_rows: list[SourceRow]) -> list[RowData | RowFailure]:
        """Rows -> values or failures, with their duplicate-search keys and client values."""
        normalize = self.normalizer.normalize
        finder = self.finder
        steps = finder.steps
        clean_values = self.applier.clean_values
        out = [normalize(n, c) for n, c in source_rows]
        for row in out:
            if type(row) is RowData:
                keys = [(step, finder.keys(row, step)) for step in steps]
                company = finder.company_key(row)
                keys.append(("company", [company] if company else []))
                row.keys = keys
                row.clean = clean_values(row)
        return out

    def batch(self, normalized: list[RowData | RowFailure]) -> None:
        hits = self.finder.lookup_keys(
            [row.keys for row in normalized if type(row) is RowData]  # type: ignore[misc]
        )
        index: dict[Key, list[Target]] = {}
        existing: dict[int, Target] = {}
        self._candidates: dict[int, Target] = {}  # clients found but not (yet) chosen
        new: list[Target] = []
        plan: list[tuple[RowData | RowFailure, Target | None, str]] = []
        for row in normalized:
            if type(row) is not RowData:
                assert isinstance(row, RowFailure)
                plan.append((row, None, row.reason))
                continue
            keys = row.keys
            assert keys is not None
            target, failure = self._resolve(row, keys, hits, index, existing)
            if failure is not None:
                plan.append((failure, None, failure.reason))
                continue
            if target is None:
                target = self.applier.new_target(row, self.defaults)
                new.append(target)
                plan.append((row, target, CREATED))
            else:
                plan.append((row, target, UPDATED))
            for step, values in keys:
                for value in values:
                    bucket = index.get((step, value))
                    if bucket is None:
                        index[(step, value)] = [target]
                    elif target not in bucket:
                        bucket.append(target)
        self.writer.load(existing)
        outcomes: list[Outcome] = []
        log: list[tuple[int | Target, str, str | None, str | None]] = []
        for row, target, what in plan:
            self.rows += 1
            if target is None:
                assert isinstance(row, RowFailure)
                self._fail(row, outcomes)
                continue
            assert isinstance(row, RowData)
            applied = self.applier.apply(target, row)
            detail = "; ".join(applied.warnings) or None
            for warning in applied.warnings:
                self.warnings.append((row.number, warning))
            if what == UPDATED and not applied.changed:
                self.counts[SKIPPED] += 1
                self.reasons[UNCHANGED] += 1
                outcomes.append(
                    self._outcome(row.number, SKIPPED, UNCHANGED, detail, target, None, None)
                )
                continue
            self.counts[what] += 1
            before = applied.before if not target.new else {}
            if not target.new:
                log += [(target, *entry) for entry in applied.log]
            outcomes.append(self._outcome(row.number, what, None, detail, target, before, None))
        if self.job_id is None:
            outcomes = []
        self.writer.write(new, list(existing.values()), log, outcomes)

    def _resolve(
        self,
        row: RowData,
        keys: list[tuple[str, list[str]]],
        hits: dict[Key, list[int]],
        index: dict[Key, list[Target]],
        existing: dict[int, Target],
    ) -> tuple[Target | None, RowFailure | None]:
        """The client `row` belongs to (None: a new one), or why it cannot be placed. The
        first step that finds anyone decides; Targets are compared by identity, one per id."""
        for step, values in keys:
            found: list[Target] = []
            found_on = ""
            for value in values:
                key = (step, value)
                for client_id in hits.get(key, ()):
                    target = existing.get(client_id)
                    if target is None:
                        target = self._candidates.get(client_id)
                        if target is None:
                            target = self._candidates[client_id] = Target(id=client_id, new=False)
                    if target not in found:
                        found.append(target)
                        found_on = value
                for target in index.get(key, ()):
                    if target not in found:
                        found.append(target)
                        found_on = value
            if not found:
                continue
            if len(found) > 1:
                ids = ", ".join(f"#{t.id}" if t.id else f"row {t.first_row}" for t in found[:5])
                return None, self._failure(
                    row, NOT_UNIQUE, f"{step} {found_on} matches {len(found)} clients ({ids})"
                )
            target = found[0]
            if self.mode == ADD:
                where = f"client #{target.id}" if target.id else f"row {target.first_row}"
                return None, self._failure(
                    row, NOT_UNIQUE, f"{step} {found_on} is already on {where}"
                )
            if target.id is not None:
                existing[target.id] = target
            return target, None
        if self.mode == UPDATE:
            return None, self._failure(row, NOT_FOUND, "no client has this row's keys")
        return None, None

    def _failure(self, row: RowData, reason: str, detail: str) -> RowFailure:
        return RowFailure(row.number, reason, detail, row.raw)

    def _fail(self, failure: RowFailure, outcomes: list[Outcome]) -> None:
        outcome = SKIPPED if failure.reason == EMPTY_ROW else FAILED
        self.counts[outcome] += 1
        self.reasons[failure.reason] += 1
        if outcome == FAILED:
            if len(self.failures) < MAX_FAILURES_KEPT:
                self.failures.append(failure)
            else:
                self.truncated = True
        outcomes.append(
            self._outcome(
                failure.number,
                outcome,
                failure.reason,
                failure.detail,
                None,
                None,
                failure.raw,
                failure.column,
            )
        )

    def _outcome(
        self,
        number: int,
        outcome: str,
        reason: str | None,
        detail: str | None,
        target: Target | None,
        before: dict[str, Any] | None,
        raw: list[Cell] | None,
        column: int | None = None,
    ) -> Outcome:
        if column is not None and detail is not None:
            detail = f"{detail} [column {column + 1}]"
        return (
            number,
            outcome,
            reason,
            detail,
            target,
            before,
            jsonable(raw) if raw is not None else None,
        )


@contextmanager
def _young_collections_only() -> Iterator[None]:
    """Python's cyclic garbage collector off while rows stream, with a collection of the young
    generations after each batch instead. An import allocates millions of short-lived objects;
    the automatic collections they trigger kept rescanning everything the import holds and took
    about a third of its time. Memory stays bounded: what a batch leaves behind is freed by
    reference counting or by the collection after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
    written); returns status "cancelled" when `cancelled()` turned true (nothing written but the
    job record).
    """
    started = time.monotonic()
    plan = prepare_import(session, user, settings, mapping, len(source.headers))
    total = source.info.estimated_rows
    ensure_planner_statistics(session, ("clients", "contact_points"))
    savepoint = session.begin_nested()
    try:
        job = ImportJob(
            name=settings.name or f"Import of {source.info.name}",
            description=settings.description,
            source=source.info.name,
            mode=settings.mode,
            settings=_job_settings(settings, mapping, source),
            user_id=user.id,
            status="running",
        )
        session.add(job)
        session.flush()
        run = _Run(session, user, plan, None if dry_run else job.id, source)
        status = "dry_run" if dry_run else "done"
        rows = _with_overrides(source.rows(), overrides)
        on_main_thread = threading.current_thread() is threading.main_thread()
        with _young_collections_only(), larger_page_cache(session):
            for batch in _batches(rows, batch_rows):
                if cancelled is not None and cancelled():
                    status = "cancelled"
                    break
                run.batch(run.normalize(batch))
                if on_main_thread:  # elsewhere the window's main thread collects (main_thread_gc)
                    gc.collect(1)
                if progress is not None:
                    progress(run.rows, max(total, run.rows) if total is not None else None)
        if status == "done":
            job.status = "done"
            job.finished_at = utcnow()
            job.created = run.counts[CREATED]
            job.updated = run.counts[UPDATED]
            job.skipped = run.counts[SKIPPED]
            job.failed = run.counts[FAILED]
            session.flush()
            savepoint.commit()
        else:
            savepoint.rollback()
    except BaseException:
        if savepoint.is_active:
            savepoint.rollback()
        raise
    job_id: int | None = job.id if status == "done" else None
    if status == "cancelled":
        job_id = _record_cancelled(session, user, settings, mapping, source)
    if progress is not None and status != "cancelled":
        progress(run.rows, run.rows)
    return ImportResult(
        job_id=job_id,
        status=status,
        rows=run.rows,
        created=run.counts[CREATED],
        updated=run.counts[UPDATED],
        skipped=run.counts[SKIPPED],
        failed=run.counts[FAILED],
        reasons=dict(run.reasons),
        failures=run.failures,
        failures_truncated=run.truncated,
        warnings=run.warnings,
        seconds=time.monotonic() - started,
        ignored_columns=plan.ignored_columns,
    )


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


def _record_cancelled(
    session: Session, user: User, settings: ImportSettings, mapping: Mapping, source: Source
) -> int:
    """After the rollback: a job record that says the import was cancelled and changed nothing."""
    job = ImportJob(
        name=settings.name or f"Import of {source.info.name}",
        description=settings.description,
        source=source.info.name,
        mode=settings.mode,
        settings=_job_settings(settings, mapping, source),
        user_id=user.id,
        status="cancelled",
        finished_at=utcnow(),
    )
    session.add(job)
    session.flush()
    return job.id
