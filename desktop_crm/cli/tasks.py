"""`desktop-crm tasks list [--user LOGIN] [--all] | show ID | add --title T | close ID`
(CTL-3; issue 11's contract for the JSON each prints)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_crm.cli.context import CliContext
from desktop_crm.services.tasks import (
    ManualTask,
    TaskSummary,
    add_manual_task,
    close_task,
    item_page,
    list_tasks,
    missing_words,
    refresh,
    task_summary,
)
from desktop_crm.values import parse_date

SHOW_PAGE = 5000  # items read a query while printing a task


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    tasks = subparsers.add_parser("tasks", help="tasks: list, show, add, close")
    sub = tasks.add_subparsers(dest="tasks_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="open tasks (yours, one user's or everyone's)")
    # the global --user is who acts; this one whose tasks are listed
    lst.add_argument("--user", dest="executor", metavar="LOGIN", help="this user's tasks")
    lst.add_argument("--all", action="store_true", help="everyone's tasks (admins)")
    lst.add_argument("--closed", action="store_true", help="closed tasks too")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=run_list)
    show = sub.add_parser("show", help="a task and its items, done-ness refreshed")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)
    add = sub.add_parser("add", help="write a manual task")
    add.add_argument("--title", required=True)
    add.add_argument("--description")
    add.add_argument("--client", type=int, metavar="ID", help="the client it is about")
    add.add_argument("--executor", metavar="LOGIN", help="who does it (default: you)")
    add.add_argument("--due", metavar="DATE", help="due date, e.g. 2026-12-31 or 31.12.2026")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=run_add)
    close = sub.add_parser("close", help="close a task (a control task once all is done)")
    close.add_argument("id", type=int)
    close.add_argument("--json", action="store_true")
    close.set_defaults(run=run_close)


def task_json(task: TaskSummary) -> dict[str, Any]:
    return {
        "id": task.id,
        "title": task.title,
        "kind": task.kind,
        "executor": task.executor,
        "due": task.due.isoformat() if task.due else None,
        "status": task.status,
        "items": task.items,
        "done": task.done,
        "percent": task.percent,
        "overdue": task.overdue,
    }


def task_line(task: TaskSummary) -> str:
    due = task.due.strftime("%d.%m.%Y") if task.due else "no due date"
    late = ", overdue" if task.overdue else ""
    progress = f"{task.done}/{task.items} done, {task.percent}%" if task.items else task.status
    return f"#{task.id:<6} {task.title} — {task.executor or '-'}, {due}{late} ({progress})"


def run_list(ctx: CliContext) -> int:
    a = ctx.args
    with ctx.database.transaction() as session:
        tasks = list_tasks(
            session,
            ctx.user(session),
            executor=a.executor,
            everyone=a.all,
            closed_too=a.closed,
            fresh=True,
        )
    text = "\n".join(task_line(t) for t in tasks) or "No open tasks."
    ctx.emit(text, {"tasks": [task_json(t) for t in tasks]})
    return 0


def run_show(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        viewer = ctx.user(session)
        summary = refresh(session, viewer, ctx.args.id)
        items: list[dict[str, Any]] = []
        lines = [task_line(summary)]
        after: int | None = None
        while page := item_page(session, viewer, summary.id, after=after, limit=SHOW_PAGE):
            after = page[-1].id
            for row in page:
                items.append(
                    {
                        "client_id": row.client_id,
                        "contact_person_id": row.contact_person_id,
                        "interaction_id": row.interaction_id,
                        "missing": list(row.missing),
                        "done": row.done,
                    }
                )
                mark = "x" if row.done else " "
                words = missing_words(session, row.missing)
                if row.proposed:
                    words += f" (proposed: {' '.join(row.proposed)})"
                lines.append(f"  [{mark}] {row.name}: {words}")
    ctx.emit("\n".join(lines), {**task_json(summary), "items": items})
    return 0


def run_add(ctx: CliContext) -> int:
    a = ctx.args
    due = parse_date(a.due) if a.due else None  # not a date: one sentence, status 2
    data = ManualTask(a.title, a.description, a.client, a.executor, due)
    with ctx.database.transaction() as session:
        task = add_manual_task(session, ctx.user(session), data)
        summary = task_summary(session, task.id)
    ctx.emit(f"Added task #{summary.id}: {task_line(summary)}", task_json(summary))
    return 0


def run_close(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        summary = close_task(session, ctx.user(session), ctx.args.id)
    ctx.emit(f"Closed task #{summary.id}.", task_json(summary))
    return 0
