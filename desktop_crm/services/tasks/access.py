"""Who sees which tasks: everyone their own (given to them or written by them); the holders of
the control permission (admins) everyone's."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, PermissionDenied
from desktop_crm.models import Task, User
from desktop_crm.services.access import Permission, has_permission


def sees_all(user: User) -> bool:
    return has_permission(user, Permission.CONTROL)


def visible_task(session: Session, viewer: User, task_id: int) -> Task:
    """The task, if `viewer` may see and close it."""
    if not viewer.is_active:
        raise PermissionDenied(Code.ACCOUNT_DISABLED, login=viewer.login)
    task = session.scalar(select(Task).where(Task.id == task_id))
    if task is None:
        raise NotFound(Code.TASK_MISSING, task_id=task_id)
    if viewer.id not in (task.executor_id, task.author_id) and not sees_all(viewer):
        raise PermissionDenied(
            Code.TASK_NOT_YOURS, name=viewer.full_name, login=viewer.login, task_id=task_id
        )
    return task
