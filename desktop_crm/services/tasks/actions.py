"""What a user does with tasks: refresh a task's done-ness from the base, close it, write a
manual one. Validate, then write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop_crm.errors import Code, PermissionDenied, ValidationError
from desktop_crm.models import Task, User
from desktop_crm.models.base import utcnow
from desktop_crm.services.tasks.access import visible_task
from desktop_crm.services.tasks.done import refresh_items
from desktop_crm.services.tasks.items import item_counts
from desktop_crm.services.tasks.listing import task_summary
from desktop_crm.services.tasks.rows import DONE, MANUAL, OPEN, TaskSummary
from desktop_crm.services.users import user_by_login
from desktop_crm.services.visibility import require_visible


def refresh(session: Session, viewer: User, task_id: int) -> TaskSummary:
    """Derive each item's done-ness from the base as it is now (set-based, whatever the size)."""
    task = visible_task(session, viewer, task_id)
    if task.kind != MANUAL:
        refresh_items(session, [task.id])
    return task_summary(session, task.id)


def close_task(session: Session, viewer: User, task_id: int) -> TaskSummary:
    """Close the task and record when: a manual task any time, a control task once every item
    is done (done-ness is refreshed first, so a fix made a moment ago counts)."""
    task = visible_task(session, viewer, task_id)
    if task.status != OPEN:
        raise ValidationError(Code.TASK_CLOSED, field="status", task_id=task.id)
    if task.kind != MANUAL:
        refresh_items(session, [task.id])
        counts = item_counts(session, task.id)
        if counts.done < counts.items:
            raise ValidationError(
                Code.TASK_NOT_DONE,
                field="status",
                task_id=task.id,
                left=counts.items - counts.done,
                items=counts.items,
            )
    task.status = DONE
    task.closed_at = utcnow()
    session.flush()
    return task_summary(session, task.id)


@dataclass(frozen=True)
class ManualTask:
    """What a person writes in a manual task; `executor` is a login (None: the author)."""

    title: str
    description: str | None = None
    client_id: int | None = None
    executor: str | None = None
    due: date | None = None


def add_manual_task(
    session: Session, author: User, data: ManualTask, *, today: date | None = None
) -> Task:
    """Write a manual task: a title, an active executor, a due date from today on and a
    client the author may see."""
    if not author.is_active:
        raise PermissionDenied(Code.ACCOUNT_DISABLED, login=author.login)
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError(Code.TASK_TITLE_EMPTY, field="title")
    executor = author if not data.executor else user_by_login(session, data.executor.strip())
    if not executor.is_active:
        raise ValidationError(Code.ACCOUNT_DISABLED, field="executor", login=executor.login)
    day = today or date.today()
    if data.due is not None and data.due < day:
        raise ValidationError(
            Code.DUE_IN_PAST, field="due", value=data.due, due=data.due, today=day
        )
    if data.client_id is not None:
        require_visible(session, author, data.client_id)
    description = (data.description or "").strip() or None
    task = Task(
        kind=MANUAL,
        title=title,
        description=description,
        client_id=data.client_id,
        executor_id=executor.id,
        author_id=author.id,
        due_date=data.due,
        status=OPEN,
    )
    session.add(task)
    session.flush()
    return task
