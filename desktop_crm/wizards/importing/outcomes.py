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

    def add(self, outcomes: Sequence[RowOutcome]) -> None:
        self.rows += len(outcomes)
        counts, reasons = self.counts, self.reasons
        for outcome in outcomes:
            counts[outcome.outcome] += 1
            if outcome.reason is not None:
                reasons[outcome.reason] += 1
            if outcome.warnings:
                self.warnings += [(outcome.number, w) for w in outcome.warnings]
            failure = outcome.failure
            if failure is not None and outcome.outcome == FAILED:
                if len(self.failures) < MAX_FAILURES_KEPT:
                    self.failures.append(failure)
                else:
                    self.truncated = True
