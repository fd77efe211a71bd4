"""`desktop-crm mail import FILE.mbox|FILE.eml|FILE.msg|FOLDER... [--json]`: mail files stored
as emails' feed entries, once each, linked to their cards (progress on stderr at a terminal;
a damaged Outlook message is counted as failed and its sentence printed on stderr).

`MAIL_SUBCOMMANDS` lists what adds each `mail` subcommand (IMAP fetching and accounts add
theirs from their own modules)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from desktop_crm.cli.context import CliContext
from desktop_crm.cli.mail_fetch import add_accounts, add_fetch
from desktop_crm.services.mail.importer import import_mail

if TYPE_CHECKING:  # argparse's class is generic only to the type checker
    SubParsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def add_import(sub: SubParsers) -> None:
    command = sub.add_parser(
        "import", help="import .eml, .msg and .mbox files (a folder: every one inside) as emails"
    )
    command.add_argument("paths", nargs="+", type=Path, metavar="FILE|FOLDER")
    command.add_argument("--json", action="store_true")
    command.set_defaults(run=run_import)


MAIL_SUBCOMMANDS: tuple[Callable[[SubParsers], None], ...] = (add_import, add_fetch, add_accounts)


def register(subparsers: SubParsers) -> None:
    mail = subparsers.add_parser("mail", help="bring emails in from files and mail accounts")
    sub = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    for add in MAIL_SUBCOMMANDS:
        add(sub)


def run_import(ctx: CliContext) -> int:
    tty = sys.stderr.isatty() and not ctx.as_json

    def progress(done: int, _total: int | None) -> None:
        print(f"\rmessages read: {done:,}", end="", file=sys.stderr, flush=True)

    with ctx.database.transaction() as session:
        result = import_mail(
            session, ctx.user(session), ctx.args.paths, progress=progress if tty else None
        )
    if tty:
        print(file=sys.stderr)
    for problem in result.problems:
        print(problem.message, file=sys.stderr)
    r = result
    ctx.emit(
        f"Read {r.read:,} messages: {r.imported:,} imported, {r.duplicates:,} already there, "
        f"{r.failed:,} damaged or without a date (skipped), {r.linked:,} linked to cards, "
        f"in {r.seconds:.1f} s.",
        result.as_dict(),
    )
    return 0
