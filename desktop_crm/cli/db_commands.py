"""`desktop-crm db upgrade`: apply migrations (the window does it on start too)."""

from __future__ import annotations

import argparse

from desktop_crm.cli.context import CliContext
from desktop_crm.db import current_revision, make_engine, open_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = subparsers.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="apply schema migrations")
    up.add_argument("--json", action="store_true", help="print the result as JSON")
    up.set_defaults(run=run_upgrade)


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
    ctx.emit(
        f"Database {database.url}: {state} (revision {after}).",
        {"url": database.url, "from": before, "to": after},
    )
    return 0
