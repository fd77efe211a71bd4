"""Execution discipline (CTL-7): for the tasks given in a period, per executor, how many were
done on time, done late, are open past their due date, or open and not yet due.

One grouped query with conditional sums, whatever the number of tasks. Cancelled tasks count
nowhere. A task with no due date is on time when done and never overdue. "Share on time" is
taken over the tasks already decided (done, or open past due): a task still open before its
due date says nothing yet about its executor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import Task, User
from desktop_crm.services.access import Permission, require
from desktop_crm.services.export import write_table


@dataclass(frozen=True, slots=True)
class DisciplineRow:
    executor_id: int | None
    executor: str  # the executor's full name; "" for tasks given to nobody
    login: str
    given: int
    on_time: int
    late: int
    overdue: int
    open: int  # open and not yet due (or with no due date)

    @property
    def decided(self) -> int:
        return self.on_time + self.late + self.overdue

    @property
    def share_on_time(self) -> float | None:
        """On-time share of the decided tasks, 0..1; None while none is decided."""
        return self.on_time / self.decided if self.decided else None


@dataclass(frozen=True, slots=True)
class DisciplineReport:
    date_from: date | None
    date_to: date | None
    today: date
    rows: list[DisciplineRow]

    @property
    def total(self) -> DisciplineRow:
        def total_of(name: str) -> int:
            return sum(getattr(row, name) for row in self.rows)

        return DisciplineRow(
            None,
            "",
            "",
            *(total_of(n) for n in ("given", "on_time", "late", "overdue", "open")),
        )


def discipline_report(
    session: Session,
    viewer: User,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
) -> DisciplineReport:
    """Counts per executor for the tasks created between `date_from` and `date_to` (inclusive,
    either open-ended). `today` decides what is overdue (the clock, unless a test fixes it)."""
    require(viewer, Permission.CONTROL)
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError(Code.PERIOD_REVERSED, start=date_from, end=date_to)
    today = today or date.today()
    done = Task.status == "done"
    is_open = Task.status == "open"
    no_due = Task.due_date.is_(None)
    closed_on = func.date(Task.closed_at)
    counts = (
        func.count(Task.id),
        _count(and_(done, or_(no_due, closed_on <= Task.due_date))),
        _count(and_(done, ~no_due, closed_on > Task.due_date)),
        _count(and_(is_open, ~no_due, Task.due_date < today)),
        _count(and_(is_open, or_(no_due, Task.due_date >= today))),
    )
    query = (
        select(User.id, User.full_name, User.login, *counts)
        .select_from(Task)
        .outerjoin(User, User.id == Task.executor_id)
        .where(Task.status != "cancelled", *_period(date_from, date_to))
        .group_by(User.id, User.full_name, User.login)
        .order_by(User.full_name, User.id)
    )
    rows = [
        DisciplineRow(uid, name or "", login or "", *numbers)
        for uid, name, login, *numbers in session.execute(query)
    ]
    return DisciplineReport(date_from, date_to, today, rows)


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _period(date_from: date | None, date_to: date | None) -> list[ColumnElement[bool]]:
    """Tasks created within the period: `created_at` is a UTC timestamp, the days are whole."""
    where: list[ColumnElement[bool]] = []
    if date_from is not None:
        where.append(Task.created_at >= datetime.combine(date_from, time.min))
    if date_to is not None:
        where.append(Task.created_at < datetime.combine(date_to + timedelta(days=1), time.min))
    return where


HEADERS = ("Executor", "Login", "Given", "On time", "Late", "Overdue", "Open", "On time, %")


def report_table(
    report: DisciplineReport, words: tuple[str, str] = ("(nobody)", "Total")
) -> list[list[object]]:
    """The report's rows and its total as table rows, in the order of `HEADERS`; `words` name
    the tasks given to nobody and the total (the window passes them translated)."""
    nobody, total = words
    rows = [_table_row(row, row.executor or nobody) for row in report.rows]
    return [*rows, _table_row(report.total, total)]


def _table_row(row: DisciplineRow, name: str) -> list[object]:
    share = row.share_on_time
    return [
        name,
        row.login,
        row.given,
        row.on_time,
        row.late,
        row.overdue,
        row.open,
        None if share is None else round(share * 100, 1),
    ]


def export_report(
    report: DisciplineReport,
    path: Path,
    headers: Sequence[str] = HEADERS,
    words: tuple[str, str] = ("(nobody)", "Total"),
) -> int:
    """Save the report as .xlsx (or .csv), atomically; returns the number of rows written."""
    rows = iter(report_table(report, words))
    return write_table(Path(path), list(headers), rows, "Discipline")
