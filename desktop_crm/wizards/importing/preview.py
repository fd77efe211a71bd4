"""What the import dialog shows around the engine, Qt-free: sample values per column, numbers
from the file for the phone-rule preview, the names the settings offer (users, groups, queues,
scenarios), and a re-check of single rows after the user fixed a cell in the preview.

Nothing here changes the base: a re-check is a dry run, rolled back by the engine. Also: the
clients an import left in the base, for "Show imported clients".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.fields import custom_key
from desktop_crm.models import CustomField, Queue, SalesScenario, User
from desktop_crm.models.imports import CREATED, FAILED, SKIPPED, UPDATED
from desktop_crm.services.groups import group_paths
from desktop_crm.wizards.importing.mapping import Mapping
from desktop_crm.wizards.importing.matching import UNIQUE_FIELDS
from desktop_crm.wizards.importing.pipeline import run_import
from desktop_crm.wizards.importing.settings import ImportSettings
from desktop_crm.wizards.importing.sources.base import Cell, Source, SourceRow

_SPLIT_PHONES = re.compile(r"\s*(?:;|:::)\s*")


def cell_text(cell: Cell) -> str:
    """A cell as a person reads it: dates as DD.MM.YYYY, blanks as nothing."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        if (cell.hour, cell.minute, cell.second) == (0, 0, 0):
            return cell.strftime("%d.%m.%Y")
        return cell.strftime("%d.%m.%Y %H:%M")
    if isinstance(cell, date):
        return cell.strftime("%d.%m.%Y")
    return str(cell).strip()


def sample_values(
    rows: Sequence[SourceRow], column_count: int, per_column: int = 3
) -> list[list[str]]:
    """Up to `per_column` different non-empty values of each column, in file order."""
    out: list[list[str]] = [[] for _ in range(column_count)]
    for row in rows:
        for index, cell in enumerate(row.cells[:column_count]):
            text = cell_text(cell)
            if text and len(out[index]) < per_column and text not in out[index]:
                out[index].append(text)
    return out


def phone_samples(rows: Iterable[SourceRow], columns: Sequence[int], limit: int = 8) -> list[str]:
    """Different phone values of `columns` (a cell may hold several), for the rule preview."""
    seen: list[str] = []
    for row in rows:
        for column in columns:
            if column >= len(row.cells):
                continue
            for part in _SPLIT_PHONES.split(cell_text(row.cells[column])):
                if part and part not in seen:
                    seen.append(part)
                    if len(seen) >= limit:
                        return seen
    return seen


@dataclass(frozen=True)
class ImportChoices:
    """What the settings page offers, read in one go."""

    users: tuple[tuple[str, str], ...]  # (login, full name) of active users
    groups: tuple[str, ...]  # "Parent/Child" paths
    queues: tuple[str, ...]
    scenarios: tuple[str, ...]
    unique_fields: tuple[str, ...]  # field keys that can be the unique field


def import_choices(session: Session) -> ImportChoices:
    users = session.execute(
        select(User.login, User.full_name).where(User.is_active).order_by(User.full_name)
    ).tuples()
    custom = session.scalars(select(CustomField.key).order_by(CustomField.position))
    return ImportChoices(
        users=tuple(users),
        groups=tuple(sorted(group_paths(session).values(), key=str.casefold)),
        queues=tuple(session.scalars(select(Queue.name).order_by(Queue.name))),
        scenarios=tuple(session.scalars(select(SalesScenario.name).order_by(SalesScenario.name))),
        unique_fields=(*UNIQUE_FIELDS, *(custom_key(key) for key in custom)),
    )


class RowsSource(Source):
    """Given rows of another source, with its headers: for checking a few rows again."""

    def __init__(self, original: Source, rows: Sequence[SourceRow]) -> None:
        self.headers = list(original.headers)
        self.info = replace(original.info, estimated_rows=len(rows))
        self._rows = list(rows)

    def rows(self) -> Iterator[SourceRow]:
        yield from self._rows


@dataclass(frozen=True)
class RowCheck:
    """What the import would do with one row now: created | updated | skipped | failed."""

    number: int
    outcome: str
    reason: str | None = None
    detail: str | None = None
    column: int | None = None
    key: str | None = None


def apply_fixes(row: SourceRow, fixes: dict[int, str] | None) -> SourceRow:
    """`row` with the cells the user typed in its place."""
    if not fixes:
        return row
    cells = list(row.cells)
    for column, text in fixes.items():
        cells.extend([None] * (column + 1 - len(cells)))
        cells[column] = text
    return SourceRow(row.number, cells)


def recheck_rows(
    session: Session,
    user: User,
    source: Source,
    settings: ImportSettings,
    mapping: Mapping,
    rows: Sequence[SourceRow],
) -> list[RowCheck]:
    """Dry-run each row alone (with its fixes applied by the caller) against the base.

    A row alone cannot clash with the other rows of the file; the real run still checks that.
    """
    checks = []
    for row in rows:
        result = run_import(
            session, user, RowsSource(source, [row]), settings, mapping, dry_run=True
        )
        if result.failures:
            f = result.failures[0]
            checks.append(RowCheck(row.number, FAILED, f.reason, f.detail, f.column, f.key))
        elif result.created:
            checks.append(RowCheck(row.number, CREATED))
        elif result.updated:
            checks.append(RowCheck(row.number, UPDATED))
        else:
            reason = next(iter(result.reasons), None)
            checks.append(RowCheck(row.number, SKIPPED, reason))
    return checks
