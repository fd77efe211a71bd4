"""What every `desktop-crm control CHECK` shares: the client filter's and the distribution's
options, and the run itself (permission, dates, the check, the plan, the tasks, the report).
The `names` and `duplicates` checks reuse them through `control.distribute_found`."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop_crm.cli.context import CliContext
from desktop_crm.models import User
from desktop_crm.wizards.control import lookup, runner
from desktop_crm.wizards.control.distribution import ASSIGN_MODES, MANAGERS, Distribution
from desktop_crm.wizards.control.filters import ClientFilter
from desktop_crm.wizards.control.runner import NOTHING_FOUND, CheckRun, Dates

__all__ = [  # CheckRun and NOTHING_FOUND live in the runner; the checks to come import them here
    "NOTHING_FOUND",
    "CheckRun",
    "add_distribution_options",
    "add_filter_options",
    "check_options",
    "client_filter",
    "comma_list",
    "distribution",
    "run_control",
]


def comma_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The client filter: --stage --tag --group --responsible --queue --from --to."""
    parser.add_argument("--stage", choices=("lead", "client"))
    parser.add_argument("--tag", metavar="TAG", help="clients with this tag")
    parser.add_argument(
        "--group", metavar="PATH", help='a client group ("Parent/Child") and its subgroups'
    )
    parser.add_argument("--responsible", metavar="LOGIN", help="clients of this manager")
    parser.add_argument("--queue", metavar="NAME", help="clients in this queue")
    parser.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help="created on or after"
    )
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="created on or before")


def client_filter(session: Session, a: argparse.Namespace) -> ClientFilter:
    """The filter the options name, each name looked up (an unknown one is a sentence)."""
    return ClientFilter(
        stage=a.stage,
        group_id=lookup.client_group_id(session, a.group) if a.group else None,
        tag_id=lookup.tag_id(session, a.tag) if a.tag else None,
        responsible_id=lookup.user_id(session, a.responsible) if a.responsible else None,
        queue_id=lookup.queue_id(session, a.queue) if a.queue else None,
        created_from=lookup.parse_date(a.date_from, "from"),
        created_to=lookup.parse_date(a.date_to, "to"),
    )


def add_distribution_options(parser: argparse.ArgumentParser) -> None:
    """Who gets the tasks, their dates and project, --dry-run and --json."""
    add_assignment_options(parser)
    parser.add_argument("--dry-run", action="store_true", help="count per executor, create nothing")
    parser.add_argument("--json", action="store_true")


def add_assignment_options(parser: argparse.ArgumentParser) -> None:
    """Who gets the tasks, their dates and project."""
    parser.add_argument(
        "--assign",
        choices=ASSIGN_MODES,
        default=MANAGERS,
        help="to each record's responsible manager (default) or evenly across the users",
    )
    who = parser.add_mutually_exclusive_group()
    who.add_argument(
        "--users", metavar="LOGIN,...", help="executors (managers: for records with no manager)"
    )
    who.add_argument("--user-group", metavar="NAME", help="a user group's members as the executors")
    parser.add_argument("--due", metavar="YYYY-MM-DD", help="due date (today or later)")
    parser.add_argument("--control", metavar="YYYY-MM-DD", help="control date")
    parser.add_argument("--project", metavar="NAME", help="project (made if new)")


def distribution(session: Session, a: argparse.Namespace, actor: User) -> Distribution:
    if a.user_group:
        users = tuple(lookup.user_group_member_ids(session, a.user_group))
    else:
        users = tuple(lookup.active_user_ids(session, comma_list(a.users or "")))
    return Distribution(a.assign, users, fallback_id=actor.id)


def check_options(ctx: CliContext) -> None:
    """Refuse a bad date, executor or permission before a check that writes (the names
    check's apply) changes anything."""
    a = ctx.args
    with ctx.database.session() as session:
        actor = ctx.user(session)
        runner.check_allowed(actor, Dates(a.due, a.control))
        distribution(session, a, actor)


def run_control(ctx: CliContext, check: Callable[[Session, User], CheckRun]) -> int:
    """Run `check` as the acting user and give out what it found as tasks (or, with
    --dry-run, only count them); one transaction: a refusal leaves the base as it was."""
    a = ctx.args
    started = time.perf_counter()
    dates = Dates(a.due, a.control, a.project)
    with ctx.database.transaction() as session:
        actor = ctx.user(session)
        runner.check_allowed(actor, dates)  # refused before the base is read
        how = distribution(session, a, actor)
        run = check(session, actor)
        make = runner.preview if a.dry_run else runner.create
        made = make(session, actor, run, how, dates)
    seconds = time.perf_counter() - started
    ctx.emit(runner.report_text(run, made), runner.report(run, made, seconds))
    return 0
