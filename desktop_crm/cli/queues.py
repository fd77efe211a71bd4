"""`desktop-crm queues add NAME | members NAME --add L --remove L | list`."""

from __future__ import annotations

import argparse

from desktop_crm.cli.context import CliContext
from desktop_crm.services.queues import add_queue, list_queues, set_member


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    queues = subparsers.add_parser("queues", help="manage queues (who sees which clients)")
    sub = queues.add_subparsers(dest="queues_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a queue (admins only)")
    add.add_argument("name")
    add.set_defaults(run=run_add)
    members = sub.add_parser("members", help="add or remove members (admins only)")
    members.add_argument("name")
    members.add_argument("--add", action="append", default=[], metavar="LOGIN")
    members.add_argument("--remove", action="append", default=[], metavar="LOGIN")
    members.set_defaults(run=run_members)
    lst = sub.add_parser("list", help="list queues and their members")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=run_list)


def run_add(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        queue = add_queue(session, ctx.user(session), ctx.args.name)
        ctx.emit(f"Added the queue {queue.name}.", {"id": queue.id, "name": queue.name})
    return 0


def run_members(ctx: CliContext) -> int:
    a = ctx.args
    with ctx.database.transaction() as session:
        actor = ctx.user(session)
        for login in a.add:
            set_member(session, actor, a.name, login, True)
        for login in a.remove:
            set_member(session, actor, a.name, login, False)
    return run_list(ctx)


def run_list(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        ctx.user(session)
        queues = list_queues(session)
    rows = [{"name": q.name, "members": list(q.members), "clients": q.clients} for q in queues]
    ctx.emit("\n".join(f"{q.name:<24} {', '.join(q.members)}" for q in queues), rows)
    return 0
