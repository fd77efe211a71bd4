"""`desktop-crm settings show | region CODE | sort-language CODE | own-addresses LIST`: the
settings of the whole base, set by admins. Changing the sort language makes every client's sort
key anew (progress on stderr when it is a terminal)."""

from __future__ import annotations

import argparse
import sys

from desktop_crm.cli.context import CliContext
from desktop_crm.cli.linking import register_settings as register_linking
from desktop_crm.services.base_settings import (
    DEFAULT_REGION,
    attachment_limit_mb,
    own_addresses,
    phone_region,
    set_own_addresses,
    set_phone_region,
    set_sort_language,
    sort_language,
)
from desktop_crm.services.collation import SORT_LANGUAGES


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    settings = subparsers.add_parser("settings", help="settings of the whole base (admins)")
    sub = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="show the base's settings")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)
    region = sub.add_parser(
        "region", help="the country of phone numbers written without a country code (admins)"
    )
    region.add_argument("code", help="two letters, e.g. RU, PL, US")
    region.add_argument("--json", action="store_true")
    region.set_defaults(run=run_region)
    language = sub.add_parser(
        "sort-language",
        help="the language whose alphabet orders names in the client list (admins); every "
        "client's sort key is made anew",
    )
    language.add_argument("code", help=f"one of {', '.join(SORT_LANGUAGES)}")
    language.add_argument("--json", action="store_true")
    language.set_defaults(run=run_sort_language)
    register_linking(sub)
    own = sub.add_parser(
        "own-addresses",
        help="the company's own email addresses and @domains (a message from one is outgoing)",
    )
    own.add_argument("addresses", help='comma-separated, e.g. "a@firm.pl,@firm.pl"; "" clears')
    own.add_argument("--json", action="store_true")
    own.set_defaults(run=run_own_addresses)


def run_show(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        ctx.user(session)  # a fresh base gets its first admin here
        chosen = phone_region(session)
        limit = attachment_limit_mb(session)
        language = sort_language(session)
        own = own_addresses(session)
    region = chosen or DEFAULT_REGION
    note = "" if chosen else " (not chosen yet: the default)"
    ctx.emit(
        f"Phone country: {region}{note}\nLargest file on a card: {limit} MB\n"
        f"Names sorted in: {language}\nOwn email addresses: {', '.join(own) or '(none)'}",
        {
            "phone_region": region,
            "phone_region_chosen": chosen is not None,
            "attachment_limit_mb": limit,
            "sort_language": language,
            "own_addresses": list(own),
        },
    )
    return 0


def run_region(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        code = set_phone_region(session, ctx.user(session), ctx.args.code)
    ctx.emit(f"Phone country: {code}.", {"phone_region": code})
    return 0


def run_own_addresses(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        own = set_own_addresses(session, ctx.user(session), ctx.args.addresses.split(","))
    ctx.emit(f"Own email addresses: {', '.join(own) or '(none)'}.", {"own_addresses": list(own)})
    return 0


def run_sort_language(ctx: CliContext) -> int:
    tty = sys.stderr.isatty() and not ctx.as_json

    def progress(done: int, total: int) -> None:
        print(f"\rsort keys: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)

    with ctx.database.transaction() as session:
        made = set_sort_language(
            session, ctx.user(session), ctx.args.code, progress=progress if tty else None
        )
        language = sort_language(session)
    if tty and made:
        print(file=sys.stderr)
    ctx.emit(
        f"Names sorted in: {language} ({made:,} clients sorted anew).",
        {"sort_language": language, "clients_rekeyed": made},
    )
    return 0
