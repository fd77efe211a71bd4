"""One run of a control wizard, shared by the `control` command and the window's wizard: what
a check found becomes a plan (who gets what) and then tasks.

`preview` counts per executor and creates nothing (the wizard's Preview table, `--dry-run`);
`create` writes the tasks. Both refuse a user without the CONTROL permission and bad dates
before anything is read or distributed, so the window and the command line obey alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import User
from desktop_crm.services.access import Permission, require
from desktop_crm.wizards.control.distribution import Distribution, Plan, distribute
from desktop_crm.wizards.control.records import FoundRecord
from desktop_crm.wizards.control.task_maker import MadeTask, TaskSpec, make_tasks, validate

NOTHING_FOUND = "nothing found, no task created"


@dataclass
class CheckRun:
    """What a check found, with what its tasks record of it. `extra` adds keys to the JSON
    report (`names`: "split", `duplicates`: "groups")."""

    kind: str
    title: str
    params: dict[str, Any]
    records: list[FoundRecord]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Dates:
    """The tasks' due and control dates (dates or YYYY-MM-DD text) and their project."""

    due: date | str | None = None
    control: date | str | None = None
    project: str | None = None


def check_allowed(actor: User, dates: Dates | None = None, today: date | None = None) -> None:
    """Refuse before the base is read: a user who may not run checks, a date that is not one
    or a due date before today."""
    require(actor, Permission.CONTROL)
    dates = dates or Dates()
    spec = TaskSpec("", "", due_date=dates.due, control_date=dates.control)
    validate(actor, spec, today or date.today())


def check_due(due: date, today: date | None = None) -> None:
    """A due date a task can have: today or later (the window says so as it is typed)."""
    today = today or date.today()
    if due < today:
        raise ValidationError(Code.DUE_IN_PAST, field="due_date", due=due, today=today)


def plan(session: Session, actor: User, run: CheckRun, how: Distribution) -> Plan:
    """Who gets which of the records found (nothing written)."""
    require(actor, Permission.CONTROL)
    return distribute(session, run.records, how) if run.records else {}


def preview(
    session: Session, actor: User, run: CheckRun, how: Distribution, dates: Dates | None = None
) -> list[MadeTask]:
    """The tasks `create` would make, each with its executor and item count; ids None."""
    return _make(session, actor, run, how, dates, dry_run=True)


def create(
    session: Session, actor: User, run: CheckRun, how: Distribution, dates: Dates | None = None
) -> list[MadeTask]:
    """One task per executor with one item per record; nothing when nothing was found."""
    return _make(session, actor, run, how, dates, dry_run=False)


def counts(made: list[MadeTask]) -> dict[int, int]:
    """Items per executor id."""
    return {task.executor_id: task.items for task in made}


def _make(
    session: Session,
    actor: User,
    run: CheckRun,
    how: Distribution,
    dates: Dates | None,
    dry_run: bool,
) -> list[MadeTask]:
    dates = dates or Dates()
    check_allowed(actor, dates)
    spec = TaskSpec(run.kind, run.title, run.params, dates.due, dates.control, dates.project)
    return make_tasks(session, actor, plan(session, actor, run, how), spec, dry_run=dry_run)


def report(run: CheckRun, made: list[MadeTask], seconds: float) -> dict[str, Any]:
    """The JSON of a run (issue 11): {"check", "found", ...extra, "tasks", "seconds"}."""
    return {
        "check": run.kind,
        "found": len(run.records),
        **run.extra,
        "tasks": [{"id": t.id, "executor": t.executor, "items": t.items} for t in made],
        "seconds": round(seconds, 3),
    }


def report_text(run: CheckRun, made: list[MadeTask]) -> str:
    """The same in lines for a person reading the terminal."""
    if not made:
        return f"{run.title}: {NOTHING_FOUND}."
    verb = "would get" if made[0].id is None else "got"
    lines = [f"{run.title}: {len(run.records)} found."]
    lines += [
        f"  {t.executor} {verb} {t.items} item(s)" + (f" (task {t.id})" if t.id else "")
        for t in made
    ]
    return "\n".join(lines)
