"""`desktop-crm mail accounts add|list|remove` and `desktop-crm mail fetch [--account NAME]
[--json]`: this desktop's mail accounts (the password goes to the OS keyring; removing one
forgets it and the account's fetch positions, its emails stay) and fetching their new messages
over IMAP into the base, linked to their cards. Plugged into `mail` through
`cli/mail.MAIL_SUBCOMMANDS`."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, TypeAlias

from desktop_crm.cli.context import CliContext
from desktop_crm.errors import Code, CrmError
from desktop_crm.services.imap.accounts import (
    DEFAULT_FOLDERS,
    DEFAULT_SINCE_DAYS,
    SECURITIES,
    TLS,
    MailAccount,
    find_account,
    mail_accounts,
    save_account,
)
from desktop_crm.services.imap.fetch import FetchResult, fetch_mail
from desktop_crm.services.imap.passwords import store_password
from desktop_crm.services.imap.removal import remove_account

if TYPE_CHECKING:  # argparse's class is generic only to the type checker
    SubParsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def add_accounts(sub: SubParsers) -> None:
    accounts = sub.add_parser("accounts", help="this computer's mail accounts (IMAP)")
    actions = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add or change a mail account; the password is read from stdin or asked"
    )
    add.add_argument("name")
    add.add_argument("--host", required=True)
    add.add_argument("--port", type=int, default=0, help="default: 993 with tls, else 143")
    add.add_argument("--security", choices=SECURITIES, default=TLS)
    add.add_argument("--login", required=True)
    add.add_argument(
        "--folder",
        action="append",
        dest="folders",
        help=f"folder to fetch (repeatable; default: {' and '.join(DEFAULT_FOLDERS)})",
    )
    add.add_argument("--since-days", type=int, default=DEFAULT_SINCE_DAYS)
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=run_add)
    lst = actions.add_parser("list", help="list the mail accounts")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=run_list)
    remove = actions.add_parser(
        "remove",
        help="remove a mail account: its settings, keyring password and fetch positions "
        "(the emails it fetched stay)",
    )
    remove.add_argument("name")
    remove.add_argument("--json", action="store_true")
    remove.set_defaults(run=run_remove)


def add_fetch(sub: SubParsers) -> None:
    fetch = sub.add_parser("fetch", help="fetch new messages of the mail accounts over IMAP")
    fetch.add_argument("--account", help="only this account (default: every one)")
    fetch.add_argument("--json", action="store_true")
    fetch.set_defaults(run=run_fetch)


def _password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    return sys.stdin.readline().rstrip("\r\n")


def run_add(ctx: CliContext) -> int:
    a = ctx.args
    account = MailAccount(
        name=a.name.strip(),
        host=a.host.strip(),
        login=a.login.strip(),
        port=a.port,
        security=a.security,
        folders=tuple(a.folders or DEFAULT_FOLDERS),
        since_days=a.since_days,
    )
    is_new = save_account(account)
    store_password(account.name, _password())
    verb = "Added" if is_new else "Changed"
    ctx.emit(
        f"{verb} the mail account {account.name} ({account.login} at "
        f"{account.host}:{account.server_port}, {account.security}).",
        {**account.as_json(), "added": is_new},
    )
    return 0


def run_list(ctx: CliContext) -> int:
    accounts = mail_accounts()
    lines = [
        f"{a.name}: {a.login} at {a.host}:{a.server_port} ({a.security}), "
        f"folders {', '.join(a.folders)}"
        for a in accounts
    ]
    ctx.emit("\n".join(lines) or "No mail accounts.", [a.as_json() for a in accounts])
    return 0


def run_remove(ctx: CliContext) -> int:
    name = ctx.args.name
    with ctx.database.transaction() as session:
        dropped = remove_account(session, ctx.user(session), name)
    ctx.emit(
        f"Removed the mail account {name}; the emails it fetched stay.",
        {"removed": name, "positions": dropped},
    )
    return 0


def run_fetch(ctx: CliContext) -> int:
    name = ctx.args.account
    accounts = [find_account(name)] if name else mail_accounts()
    if not accounts:
        raise CrmError(Code.IMAP_NO_ACCOUNTS)
    tty = sys.stderr.isatty() and not ctx.as_json

    def progress(done: int, total: int | None) -> None:
        print(f"\rmessages fetched: {done:,} of {total or 0:,}", end="", file=sys.stderr)

    total = FetchResult()
    for account in accounts:
        with ctx.database.transaction(write=False) as session:
            user = ctx.user(session)
        r = fetch_mail(ctx.database, user, account, progress=progress if tty else None)
        for key in ("read", "imported", "duplicates", "failed", "linked", "seconds"):
            setattr(total, key, getattr(total, key) + getattr(r, key))
    if tty:
        print(file=sys.stderr)
    t = total
    ctx.emit(
        f"Fetched {t.read:,} messages: {t.imported:,} imported, {t.duplicates:,} already "
        f"there, {t.failed:,} unreadable or without a date, {t.linked:,} linked to cards, "
        f"in {t.seconds:.1f} s.",
        total.as_dict(),
    )
    return 0
