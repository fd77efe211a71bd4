"""`desktop-crm interactions list [--unlinked] [--client ID]` and `interactions register`:
the calls and emails journal from the command line, and a call or email registered by hand."""

from __future__ import annotations

import argparse

from desktop_crm.cli.context import CliContext
from desktop_crm.models import utcnow
from desktop_crm.services.access import require_client
from desktop_crm.services.interaction_list import (
    ALL,
    UNLINKED,
    InteractionFilter,
    InteractionRow,
    list_interactions,
    viewer_of,
)
from desktop_crm.services.interaction_records import (
    ManualInteraction,
    parse_local_moment,
    register_interaction,
)

PAGE = 1000


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser("interactions", help="calls and emails")
    sub = command.add_subparsers(dest="interactions_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="list calls and emails, newest first")
    lst.add_argument("--unlinked", action="store_true", help="only those no card holds")
    lst.add_argument("--client", type=int, metavar="ID", help="only those of this client")
    lst.add_argument("--limit", type=int, default=None, help="at most this many")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=run_list)
    reg = sub.add_parser("register", help="register a call or an email by hand on a card")
    reg.add_argument("--kind", choices=("call", "email"), required=True)
    reg.add_argument("--client", type=int, metavar="ID", required=True)
    reg.add_argument("--direction", choices=("in", "out"), required=True)
    reg.add_argument("--subject")
    reg.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'", help="local time (default: now)")
    reg.add_argument("--duration", type=int, metavar="SECONDS", help="a call's length")
    reg.add_argument("--counterpart", metavar="NUMBER|ADDRESS", help="the other side")
    reg.add_argument("--json", action="store_true")
    reg.set_defaults(run=run_register)


def run_list(ctx: CliContext) -> int:
    a = ctx.args
    rows: list[InteractionRow] = []
    with ctx.database.transaction() as session:
        user = ctx.user(session)
        found = InteractionFilter(
            link=UNLINKED if a.unlinked else ALL, client_id=a.client, viewer_id=viewer_of(user)
        )
        if a.client is not None:
            require_client(session, user, a.client)
        before = None
        while a.limit is None or len(rows) < a.limit:
            page = list_interactions(session, found, before=before, limit=PAGE)
            rows += page
            if len(page) < PAGE:
                break
            before = page[-1]
    rows = rows[: a.limit] if a.limit is not None else rows
    lines = [
        f"{r.id:>8} {r.occurred_at:%Y-%m-%d %H:%M} {r.kind:<5} {r.direction:<3} "
        f"{r.counterparts():<30} {r.client_name or '-':<30} {r.subject or ''}"
        for r in rows
    ]
    ctx.emit(
        "\n".join(lines) or "No calls or emails.", {"interactions": [r.as_json() for r in rows]}
    )
    return 0


def run_register(ctx: CliContext) -> int:
    a = ctx.args
    moment = parse_local_moment(a.at) if a.at else utcnow()
    with ctx.database.transaction() as session:
        new_id = register_interaction(
            session,
            ctx.user(session),
            ManualInteraction(
                kind=a.kind,
                direction=a.direction,
                client_id=a.client,
                occurred_at=moment,
                subject=a.subject,
                duration_seconds=a.duration,
                counterpart=a.counterpart,
            ),
        )
    what = "call" if a.kind == "call" else "email"
    ctx.emit(
        f"Registered {what} {new_id} on client {a.client}.",
        {"id": new_id, "kind": a.kind, "client_id": a.client, "occurred_at": moment.isoformat()},
    )
    return 0
