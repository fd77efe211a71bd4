"""`desktop-crm link`: run the linking job once (LNK-3), for cron or Task Scheduler; and
`desktop-crm settings linking on|off [--every N | --daily HH:MM]`, the window's schedule."""

from __future__ import annotations

import argparse
import time

from desktop_crm.cli.context import CliContext
from desktop_crm.services.access import Permission, require
from desktop_crm.services.linking import link_interactions
from desktop_crm.services.linking_schedule import (
    MAX_EVERY_MINUTES,
    linking_schedule,
    set_linking_schedule,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    link = subparsers.add_parser(
        "link", help="link unlinked calls and emails to the cards holding their addresses"
    )
    link.add_argument("--json", action="store_true")
    link.set_defaults(run=run_link)


def register_settings(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`settings linking`: added to the `settings` command's actions."""
    linking = sub.add_parser(
        "linking", help="when the window links calls and emails by itself (admins)"
    )
    linking.add_argument("state", choices=("on", "off", "show"))
    when = linking.add_mutually_exclusive_group()
    when.add_argument(
        "--every", type=int, metavar="N", help=f"every N minutes (1 to {MAX_EVERY_MINUTES})"
    )
    when.add_argument("--daily", metavar="HH:MM", help="once a day at this time")
    linking.add_argument("--json", action="store_true")
    linking.set_defaults(run=run_settings)


def run_link(ctx: CliContext) -> int:
    started = time.perf_counter()
    with ctx.database.transaction() as session:
        user = ctx.user(session)
        require(user, Permission.EDIT_CLIENTS)
        result = link_interactions(session)
    seconds = round(time.perf_counter() - started, 3)
    by = result.by
    ctx.emit(
        f"Examined {result.examined:,}; linked {result.linked:,} (to contact persons "
        f"{by['contact_person']:,}, clients {by['client']:,}, leads {by['lead']:,}); "
        f"{result.ambiguous:,} had several cards; {result.unlinked:,} stay unlinked "
        f"({seconds} s).",
        {**result.as_dict(), "seconds": seconds},
    )
    return 0


def run_settings(ctx: CliContext) -> int:
    a = ctx.args
    with ctx.database.transaction() as session:
        user = ctx.user(session)
        if a.state == "show":
            require(user, Permission.ADMIN)
            schedule = linking_schedule(session)
        else:
            schedule = set_linking_schedule(
                session, user, enabled=a.state == "on", every_minutes=a.every, daily_at=a.daily
            )
    ctx.emit(
        f"Linking calls and emails in the window: {schedule.describe()}.",
        {
            "linking_enabled": schedule.enabled,
            "linking_every_minutes": schedule.every_minutes,
            "linking_daily_at": schedule.daily_at,
        },
    )
    return 0
