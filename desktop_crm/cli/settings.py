"""`desktop-crm settings show | region CODE`: the settings of the whole base, set by admins."""

from __future__ import annotations

import argparse

from desktop_crm.cli.context import CliContext
from desktop_crm.services.base_settings import (
    DEFAULT_REGION,
    attachment_limit_mb,
    phone_region,
    set_phone_region,
)


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


def run_show(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        ctx.user(session)  # a fresh base gets its first admin here
        chosen = phone_region(session)
        limit = attachment_limit_mb(session)
    region = chosen or DEFAULT_REGION
    note = "" if chosen else " (not chosen yet: the default)"
    ctx.emit(
        f"Phone country: {region}{note}\nLargest file on a card: {limit} MB",
        {
            "phone_region": region,
            "phone_region_chosen": chosen is not None,
            "attachment_limit_mb": limit,
        },
    )
    return 0


def run_region(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        code = set_phone_region(session, ctx.user(session), ctx.args.code)
    ctx.emit(f"Phone country: {code}.", {"phone_region": code})
    return 0
