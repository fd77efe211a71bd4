"""Lists of tasks: a user's open tasks with their progress (My tasks), everyone's for the
admins (All tasks), and the count on the status bar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, func, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, PermissionDenied
from desktop_crm.models import Task, TaskItem, User
from desktop_crm.services.access import Permission, require
from desktop_crm.services.tasks.done import refresh_items
from desktop_crm.services.tasks.rows import MANUAL, OPEN, TaskSummary
from desktop_crm.services.users import user_by_login


def list_tasks(
    session: Session,
    viewer: User,
    *,
    executor: str | None = None,
    everyone: bool = False,
    closed_too: bool = False,
    fresh: bool = False,
    today: date | None = None,
) -> list[TaskSummary]:
    """Open tasks (all, with `closed_too`) of `viewer`, of the user `executor` (a login), or of
    `everyone`; another user's tasks only for the holders of the control permission. Soonest
    due first, tasks without a due date last. `fresh`: the open control tasks' done-ness is
    derived from the base first (set-based, two UPDATEs a task), so the percentages are today's."""
    if not viewer.is_active:
        raise PermissionDenied(Code.ACCOUNT_DISABLED, login=viewer.login)
    conditions: list[ColumnElement[bool]] = []
    if everyone:
        require(viewer, Permission.CONTROL)
    else:
        user = viewer
        if executor is not None and executor != viewer.login:
            require(viewer, Permission.CONTROL)
            user = user_by_login(session, executor)
        conditions.append(Task.executor_id == user.id)
    if not closed_too:
        conditions.append(Task.status == OPEN)
    if fresh:
        open_checks = select(Task.id).where(*conditions, Task.status == OPEN, Task.kind != MANUAL)
        refresh_items(session, list(session.scalars(open_checks)))
    return summaries(session, conditions, today=today)


def summaries(
    session: Session, conditions: Sequence[ColumnElement[bool]], *, today: date | None = None
) -> list[TaskSummary]:
    """The tasks matching `conditions`, each with its item and done counts."""
    counts = (
        select(
            TaskItem.task_id,
            func.count(TaskItem.id).label("n_items"),
            func.count(TaskItem.done_at).label("n_done"),
        )
        .join(Task, Task.id == TaskItem.task_id)
        .where(*conditions)
        .group_by(TaskItem.task_id)
        .subquery()
    )
    stmt = (
        select(Task, User.login, User.full_name, counts.c.n_items, counts.c.n_done)
        .outerjoin(User, User.id == Task.executor_id)
        .outerjoin(counts, counts.c.task_id == Task.id)
        .where(*conditions)
        .order_by(Task.due_date.is_(None), Task.due_date, Task.id)
    )
    day = today or date.today()
    return [_summary(row, day) for row in session.execute(stmt)]


def _summary(row: Row[Any], today: date) -> TaskSummary:
    task: Task = row[0]
    return TaskSummary(
        id=task.id,
        title=task.title,
        kind=task.kind,
        status=task.status,
        executor=row.login,
        executor_name=row.full_name,
        due=task.due_date,
        items=row.n_items or 0,
        done=row.n_done or 0,
        overdue=task.status == OPEN and task.due_date is not None and task.due_date < today,
        client_id=task.client_id,
        description=task.description,
        created_at=task.created_at,
        closed_at=task.closed_at,
    )


def task_summary(session: Session, task_id: int, *, today: date | None = None) -> TaskSummary:
    """One task's summary (the caller checked that it may be seen)."""
    return summaries(session, [Task.id == task_id], today=today)[0]


def open_task_count(session: Session, user: User) -> int:
    """How many open tasks `user` has: the status bar's count."""
    stmt = select(func.count(Task.id)).where(Task.executor_id == user.id, Task.status == OPEN)
    return int(session.scalar(stmt) or 0)
