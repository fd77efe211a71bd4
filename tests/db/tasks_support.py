"""Control tasks written straight into the base for the tests of the task use cases (the
control wizards that make them are tested on their own)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop_crm.db import Database
from desktop_crm.models import Task, TaskItem, User
from desktop_crm.models.base import utcnow


def contact_task(
    database: Database,
    executor: User | None,
    items: Sequence[dict[str, object]],
    *,
    title: str = "Contact info",
    kind: str = "contact_info",
    due: date | None = None,
    done: Sequence[int] = (),
) -> int:
    """A control task (contact info unless `kind` says otherwise) with `items` (client_id,
    contact_person_id, missing); the items at the positions in `done` are marked done."""
    with database.transaction() as session:
        task = Task(
            kind=kind,
            title=title,
            params={"kinds": ["phone", "email"], "missing": "any"},
            executor_id=executor.id if executor is not None else None,
            due_date=due,
        )
        task.items = [
            TaskItem(**item, done_at=utcnow() if i in done else None)
            for i, item in enumerate(items)
        ]
        session.add(task)
        session.flush()
        return task.id
