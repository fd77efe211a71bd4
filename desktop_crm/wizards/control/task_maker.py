"""Writes a plan as tasks (CTL-2): one task per executor, titled by the check, with one item per
record found. Items go in bulk (executemany in chunks), so 300,000 of them take seconds, not
minutes. Admin-only: the permission is checked here, so the window and the CLI obey alike."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, ValidationError
from desktop_crm.models import Project, Task, TaskItem, User, table_of
from desktop_crm.services.access import Permission, require
from desktop_crm.wizards.control.distribution import Plan
from desktop_crm.wizards.control.lookup import parse_date
from desktop_crm.wizards.control.records import FoundRecord

CHUNK = 10_000  # items a statement: bounded memory for the driver, few round trips
ITEMS = table_of(TaskItem)


@dataclass(frozen=True)
class TaskSpec:
    """What every task of one run shares: the check (its kind, title and what it checked) and
    the dates and project the admin chose. Dates may come as text (YYYY-MM-DD)."""

    kind: str
    title: str
    params: dict[str, Any] = field(default_factory=dict)
    due_date: date | str | None = None
    control_date: date | str | None = None
    project: str | None = None  # a project's name: the existing one, or a new one


@dataclass(frozen=True)
class MadeTask:
    id: int | None  # None in a dry run
    executor_id: int
    executor: str  # login
    items: int


def validate(actor: User, spec: TaskSpec, today: date) -> tuple[date | None, date | None]:
    """The due and control dates, once the actor may run checks and the dates make sense."""
    require(actor, Permission.CONTROL)
    due = _as_date(spec.due_date, "due_date")
    control = _as_date(spec.control_date, "control_date")
    if due is not None and due < today:
        raise ValidationError(Code.DUE_IN_PAST, field="due_date", due=due, today=today)
    return due, control


def make_tasks(
    session: Session,
    actor: User,
    plan: Plan,
    spec: TaskSpec,
    *,
    today: date | None = None,
    dry_run: bool = False,
) -> list[MadeTask]:
    """One task per executor of `plan` and its items; with `dry_run`, only what would be
    made (every check made, nothing written)."""
    due, control = validate(actor, spec, today or date.today())
    if not plan:
        return []
    logins = _executors(session, list(plan))
    if dry_run:
        return [MadeTask(None, user_id, logins[user_id], len(plan[user_id])) for user_id in plan]
    project_id = _project_id(session, spec.project)
    made = []
    for user_id, records in plan.items():
        task = Task(
            kind=spec.kind,
            title=spec.title,
            params=spec.params,
            executor_id=user_id,
            author_id=actor.id,
            project_id=project_id,
            due_date=due,
            control_date=control,
        )
        session.add(task)
        session.flush()
        _insert_items(session, task.id, records)
        made.append(MadeTask(task.id, user_id, logins[user_id], len(records)))
    return made


def _as_date(value: date | str | None, what: str) -> date | None:
    if isinstance(value, date):
        return value
    return parse_date(value, what)


def _executors(session: Session, user_ids: list[int]) -> dict[int, str]:
    """Login by id of the plan's executors, who must be active users."""
    logins = dict(
        session.execute(select(User.id, User.login).where(User.id.in_(user_ids), User.is_active))
        .tuples()
        .all()
    )
    for user_id in user_ids:
        if user_id not in logins:
            raise NotFound(Code.EXECUTOR_UNKNOWN, login=f"#{user_id}")
    return logins


def _project_id(session: Session, name: str | None) -> int | None:
    if name is None or not name.strip():
        return None
    name = name.strip()
    project = session.scalar(select(Project).where(Project.name == name))
    if project is None:
        project = Project(name=name)
        session.add(project)
        session.flush()
    return project.id


def _insert_items(session: Session, task_id: int, records: list[FoundRecord]) -> None:
    connection = session.connection()  # Core executemany: the ORM would only add time per row
    for rows in _item_rows(task_id, records):
        connection.execute(insert(ITEMS), rows)


def _item_rows(task_id: int, records: list[FoundRecord]) -> Iterator[list[dict[str, Any]]]:
    """The items' rows in chunks; `details` only when the check gives some (else SQL NULL)."""
    with_details = any(record.details is not None for record in records)
    for start in range(0, len(records), CHUNK):
        rows: list[dict[str, Any]] = [
            {
                "task_id": task_id,
                "client_id": r.client_id,
                "contact_person_id": r.contact_person_id,
                "interaction_id": r.interaction_id,
                "missing": r.missing,
            }
            for r in records[start : start + CHUNK]
        ]
        if with_details:
            for row, record in zip(rows, records[start : start + CHUNK], strict=True):
                row["details"] = record.details
        yield rows
