"""`desktop-crm db upgrade`: apply migrations (the window does it on start too)."""

from __future__ import annotations

import argparse

from sqlalchemy.exc import ProgrammingError

from desktop_crm.cli.context import CliContext
from desktop_crm.cli.passwords import read_password
from desktop_crm.db import current_revision, make_engine, open_database
from desktop_crm.errors import Code, DatabaseError
from desktop_crm.services.team.scram import scram_verifier
from desktop_crm.services.team.setup import init_team, is_team_base, refresh_team


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = subparsers.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="apply schema migrations")
    up.add_argument("--json", action="store_true", help="print the result as JSON")
    up.set_defaults(run=run_upgrade)
    team = db_sub.add_parser(
        "init-team",
        help="make a PostgreSQL base a team base: roles, grants, the first admin's login "
        "(run with a superuser's URL; the password is read from standard input or asked)",
    )
    team.add_argument("--admin", required=True, metavar="LOGIN", help="the first admin's login")
    team.add_argument("--name", default="", help="the first admin's full name")
    team.add_argument("--json", action="store_true", help="print the result as JSON")
    team.set_defaults(run=run_init_team)


def run_upgrade(ctx: CliContext) -> int:
    engine = make_engine(ctx.db_url)
    try:
        before = current_revision(engine)
    except Exception:
        before = None  # open_database below reports the real problem in a sentence
    finally:
        engine.dispose()
    database = open_database(ctx.db_url)
    after = current_revision(database.engine)
    database.dispose()
    state = "already up to date" if before == after else f"upgraded from {before or 'empty'}"
    if database.dialect == "postgresql":
        with database.transaction() as session:
            # a team base keeps its grants in step with the schema (new tables, new rules)
            if is_team_base(session):
                refresh_team(session)
    ctx.emit(
        f"Database {database.url}: {state} (revision {after}).",
        {"url": database.url, "from": before, "to": after},
    )
    return 0


def run_init_team(ctx: CliContext) -> int:
    a = ctx.args
    database = ctx.database
    if database.dialect != "postgresql":
        raise DatabaseError(Code.TEAM_NEEDS_POSTGRESQL, url=database.url)

    def ask() -> str:
        return scram_verifier(read_password(f"Password for {a.admin}: "))

    try:
        with database.transaction() as session:
            done = init_team(session, a.admin, a.name, ask)
    except ProgrammingError as exc:  # not allowed to make roles or hand tables over
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(Code.TEAM_NOT_PERMITTED, detail=detail) from exc
    text = "\n".join(done) if done else "Nothing to change: the team base is set up."
    ctx.emit(text, {"url": database.url, "admin": a.admin, "changes": done})
    return 0
