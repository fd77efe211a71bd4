"""What became of each input row and of the job (IMP-11, IMP-12).

Reason codes say why a row failed or was skipped; `ui/importing` words them in the user's
language (`REASONS` is the plain English for the CLI and the failed-rows file). Every input row
gets one `RowOutcome`, stored as an `ImportRow` of the job, and a `Tally` counts them for the
result. Row outcomes themselves (created, updated, skipped, failed) are the model's constants.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_crm.models.imports import FAILED, SKIPPED
from desktop_crm.wizards.importing.sources.base import Cell
from desktop_crm.wizards.importing.targets import Target

# Reasons a row fails or is skipped (IMP-12).
NOT_UNIQUE = "not_unique"
WRONG_FORMAT = "wrong_format"
NO_PHONES = "no_phones_column"
NO_FIELDS = "no_fields"
MISSING_REQUIRED = "missing_required"
NOT_FOUND = "not_found"
EMPTY_ROW = "empty_row"
UNCHANGED = "unchanged"
REASONS = {
    NOT_UNIQUE: "a client with this phone, email or name exists already (or earlier in the file)",
    WRONG_FORMAT: "a value has the wrong format",
    NO_PHONES: "the phone cell is empty",
    NO_FIELDS: "no value in any matched column",
    MISSING_REQUIRED: "no name, phone or email",
    NOT_FOUND: "no such client to update",
    EMPTY_ROW: "the row is empty",
    UNCHANGED: "the client has these values already",
}

# Warnings: a row imported with a value it could not use as given (`RowOutcome.warnings`; each
# warning is its text, carrying its reason).
PHONE_KEPT = "phone_not_normalized"
DATE_NO_YEAR = "date_no_year"
MANAGER_UNKNOWN = "manager_unknown"
INTEREST_NO_TOPIC = "interest_without_topic"
OTHER_WARNING = "other"
WARNINGS = {
    PHONE_KEPT: "a phone is not a number; kept as typed, not normalized",
    DATE_NO_YEAR: "a date has no year; left empty",
    MANAGER_UNKNOWN: "the manager is not a user; kept the default",
    INTEREST_NO_TOPIC: "interest fields without a topic; no interest created",
    OTHER_WARNING: "other warnings",
}


class RowWarning(str):
    """A warning's text that knows its reason (one of `WARNINGS`)."""

    reason: str = OTHER_WARNING


def warning(reason: str, text: str) -> str:
    made = RowWarning(text)
    made.reason = reason
    return made


def warning_reason(text: str) -> str:
    return getattr(text, "reason", OTHER_WARNING)


# Job statuses: `ImportJob.status` and `ImportResult.status` (a dry run keeps no job).
RUNNING = "running"
DONE = "done"
CANCELLED = "cancelled"
UNDONE = "undone"
DRY_RUN = "dry_run"

MAX_FAILURES_KEPT = 100_000  # failures kept in the result; all of them are in the job's rows


@dataclass(frozen=True, slots=True)
class RowFailure:
    """A row that cannot be imported, with its cells for the failed-rows file."""

    number: int
    reason: str
    detail: str
    raw: list[Cell]
    column: int | None = None  # the cell at fault, when there is one
    key: str | None = None  # its field key


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What became of one input row: one `ImportRow` record of the job."""

    number: int
    outcome: str  # created | updated | skipped | failed
    reason: str | None = None
    detail: str | None = None
    target: Target | None = None  # the client written; its id is known once it is inserted
    before: dict[str, Any] | None = None  # what undo restores (the writer adds the version)
    failure: RowFailure | None = None  # a row that failed or was empty: its cells
    warnings: Sequence[str] = ()

    @classmethod
    def of_failure(cls, failure: RowFailure) -> RowOutcome:
        detail = failure.detail
        if failure.column is not None:
            detail = f"{detail} [column {failure.column + 1}]"
        outcome = SKIPPED if failure.reason == EMPTY_ROW else FAILED
        return cls(failure.number, outcome, failure.reason, detail, failure=failure)


class Tally:
    """The counts of one run, batch by batch. `counts` are the rows' outcomes (a created row
    is one client: a person or a company of its own); `companies_created` are the companies
    made for names in a Company column, which no row stands for."""

    def __init__(self) -> None:
        self.rows = 0
        self.companies_created = 0
        self.counts: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.failures: list[RowFailure] = []
        self.truncated = False
        self.warnings: list[tuple[int, str]] = []
        self.warning_reasons: Counter[str] = Counter()
        self.kept: list[RowFailure] = []  # imported rows with a value kept as typed

    def add_empty(self, count: int) -> None:
        """Empty rows are counted (skipped, `EMPTY_ROW`), not recorded one by one."""
        if not count:
            return
        self.rows += count
        self.counts[SKIPPED] += count
        self.reasons[EMPTY_ROW] += count

    def add(self, outcomes: Sequence[RowOutcome]) -> None:
        self.rows += len(outcomes)
        counts, reasons = self.counts, self.reasons
        for outcome in outcomes:
            counts[outcome.outcome] += 1
            if outcome.reason is not None:
                reasons[outcome.reason] += 1
            if outcome.warnings:
                self.warnings += [(outcome.number, w) for w in outcome.warnings]
                self.warning_reasons.update(warning_reason(w) for w in outcome.warnings)
            failure = outcome.failure
            if failure is not None and outcome.outcome != SKIPPED:
                kept = outcome.outcome != FAILED
                into = self.kept if kept else self.failures
                if len(into) < MAX_FAILURES_KEPT:
                    into.append(failure)
                else:
                    self.truncated = True
