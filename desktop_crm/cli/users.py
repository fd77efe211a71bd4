"""`desktop-crm users add|list|role|passwd|disable|enable`. On a team base (PostgreSQL after
`db init-team`) each user is also a login role: `add` asks for their password, `passwd` sets a
new one, `disable` stops the role from connecting (their records stay)."""

from __future__ import annotations

import argparse

from desktop_crm.cli.context import CliContext
from desktop_crm.cli.passwords import read_password
from desktop_crm.services.team.logins import create_login, set_password, sync_login
from desktop_crm.services.team.scram import scram_verifier
from desktop_crm.services.team.setup import is_team_base
from desktop_crm.services.users import add_user, list_users, set_active, set_role


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = subparsers.add_parser("users", help="manage users")
    sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a user (admins only)")
    add.add_argument("login")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", default="manager", help="admin or manager (default: manager)")
    add.add_argument("--group", action="append", default=[], help="user group (repeatable)")
    add.add_argument("--email")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=run_add)
    lst = sub.add_parser("list", help="list users")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=run_list)
    role = sub.add_parser("role", help="give a user another role (admins only)")
    role.add_argument("login")
    role.add_argument("role", help="admin or manager")
    role.set_defaults(run=run_role)
    for action, help_text in (("disable", "disable a user"), ("enable", "enable a user again")):
        toggle = sub.add_parser(action, help=help_text + " (admins only)")
        toggle.add_argument("login")
        toggle.add_argument("--json", action="store_true")
        toggle.set_defaults(run=run_toggle, active=action == "enable")
    passwd = sub.add_parser(
        "passwd", help="set a user's password on a team base (from standard input or asked)"
    )
    passwd.add_argument("login")
    passwd.add_argument("--json", action="store_true")
    passwd.set_defaults(run=run_passwd)


def run_add(ctx: CliContext) -> int:
    a = ctx.args
    with ctx.database.transaction() as session:
        user = add_user(session, ctx.user(session), a.login, a.name, a.role, a.group, a.email)
        if is_team_base(session):
            create_login(session, user, scram_verifier(read_password(f"Password for {a.login}: ")))
        ctx.emit(
            f"Added {user.full_name} ({user.login}, {user.role.name}).",
            {"id": user.id, "login": user.login, "role": user.role.name},
        )
    return 0


def run_list(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        ctx.user(session)  # a fresh base gets its first admin here
        users = list_users(session)
        rows = [
            {"login": u.login, "name": u.full_name, "role": u.role.name, "active": u.is_active}
            for u in users
        ]
    ctx.emit("\n".join(f"{r['login']:<20} {r['role']:<10} {r['name']}" for r in rows), rows)
    return 0


def run_role(ctx: CliContext) -> int:
    a = ctx.args
    with ctx.database.transaction() as session:
        user = set_role(session, ctx.user(session), a.login, a.role)
        sync_login(session, user)
        ctx.emit(f"{user.login} is now {user.role.name}.", {"login": user.login})
    return 0


def run_toggle(ctx: CliContext) -> int:
    a = ctx.args
    with ctx.database.transaction() as session:
        user = set_active(session, ctx.user(session), a.login, a.active)
        sync_login(session, user)
        state = "enabled" if user.is_active else "disabled"
        ctx.emit(f"{user.login} is {state}.", {"login": user.login, "active": user.is_active})
    return 0


def run_passwd(ctx: CliContext) -> int:
    a = ctx.args
    with ctx.database.transaction() as session:
        actor = ctx.user(session)
        set_password(session, actor, a.login, scram_verifier(read_password("New password: ")))
        ctx.emit(f"The password of {a.login} is set.", {"login": a.login})
    return 0
