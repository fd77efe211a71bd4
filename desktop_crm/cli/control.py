"""`desktop-crm control contact-info|registration|properties|names|duplicates`: run a control
check over the base and give out what it found as tasks (admins only; issue 11, DESIGN.md's
contract). The last line with --json: {"check", "found", "tasks": [{"id", "executor",
"items"}], "seconds"}. `names` and `duplicates` find their records in their own modules and
hand them to `distribute_found`.
"""

from __future__ import annotations

import argparse
from typing import Any, TypeAlias

from sqlalchemy.orm import Session

from desktop_crm.cli.context import CliContext
from desktop_crm.cli.control_duplicates import add_duplicates_command
from desktop_crm.cli.control_names import add_names_command, run_names
from desktop_crm.cli.control_run import (
    CheckRun,
    add_assignment_options,
    add_distribution_options,
    add_filter_options,
    check_options,
    client_filter,
    comma_list,
    run_control,
)
from desktop_crm.models import User
from desktop_crm.wizards.control import contact_info, properties, registration
from desktop_crm.wizards.control.lacking import ANY, MISSING_MODES
from desktop_crm.wizards.control.lookup import parse_date
from desktop_crm.wizards.control.records import FoundRecord

ControlSubparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

# Task titles of the checks that find their records before the control run.
TITLES = {"names": "Full-name control", "duplicates": "Duplicates in the base"}


def register(subparsers: ControlSubparsers) -> None:
    control = subparsers.add_parser(
        "control",
        help="find what the base lacks and give it out as tasks (admins only)",
        description="Run a control check over the whole base; what it finds becomes one task "
        "per executor. --dry-run shows the counts per executor and creates nothing.",
    )
    checks = control.add_subparsers(dest="control_command", metavar="CHECK", required=True)
    for add in (_add_contact_info, _add_registration, _add_properties, _add_names, _add_duplicates):
        add(checks)


def check_parser(checks: ControlSubparsers, name: str, help_text: str) -> argparse.ArgumentParser:
    """A check's subcommand; no abbreviations, so a stray --user is not taken for --users."""
    return checks.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)


def _add_missing(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--missing",
        choices=MISSING_MODES,
        default=ANY,
        help="any: some chosen one is missing (default); all: every one is",
    )


def _add_contact_info(checks: ControlSubparsers) -> None:
    parser = check_parser(
        checks, "contact-info", "clients and contact persons lacking phones, emails, addresses"
    )
    parser.add_argument(
        "--kinds", default="phone,email", metavar="KINDS", help="phone,email,address,website"
    )
    _add_missing(parser)
    add_filter_options(parser)
    add_distribution_options(parser)
    parser.set_defaults(run=run_contact_info)


def _add_registration(checks: ControlSubparsers) -> None:
    parser = check_parser(checks, "registration", "calls and emails with no client or person")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="on or after")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="on or before")
    parser.add_argument("--direction", choices=registration.DIRECTIONS)
    parser.add_argument("--kind", choices=registration.INTERACTION_KINDS)
    add_distribution_options(parser)
    parser.set_defaults(run=run_registration)


def _add_properties(checks: ControlSubparsers) -> None:
    parser = check_parser(checks, "properties", "clients whose chosen fields are empty")
    parser.add_argument(
        "--fields",
        required=True,
        metavar="FIELDS",
        help="card fields and custom fields, e.g. address,birth_date,custom.inn",
    )
    _add_missing(parser)
    add_filter_options(parser)
    add_distribution_options(parser)
    parser.set_defaults(run=run_properties)


def _add_names(checks: ControlSubparsers) -> None:
    parser = add_names_command(checks)
    add_assignment_options(parser)
    parser.set_defaults(run=run_names_check)


def _add_duplicates(checks: ControlSubparsers) -> None:
    add_assignment_options(add_duplicates_command(checks, distribute_found))


def run_names_check(ctx: CliContext) -> int:
    """Options refused before the sure splits are applied; the doubtful records (or, without
    --apply-names, all found) become tasks."""
    check_options(ctx)
    return run_names(ctx, ctx.args, distribute_found)


def distribute_found(
    ctx: CliContext,
    args: argparse.Namespace,
    kind: str,
    records: list[FoundRecord],
    extra: dict[str, Any],
) -> int:
    """Give out records a check found before the control run (names, duplicates) as tasks."""
    shown = {k: v for k, v in extra.items() if k != "seconds"}

    def found(session: Session, actor: User) -> CheckRun:
        return CheckRun(kind, TITLES[kind], {"check": kind}, records, shown)

    return run_control(ctx, found)


def run_contact_info(ctx: CliContext) -> int:
    a = ctx.args

    def check(session: Session, actor: User) -> CheckRun:
        found = contact_info.ContactInfoCheck(
            tuple(comma_list(a.kinds)), a.missing, client_filter(session, a)
        )
        records = contact_info.find(session, found)
        return CheckRun(found.KIND, found.TITLE, found.task_params(), records)

    return run_control(ctx, check)


def run_registration(ctx: CliContext) -> int:
    a = ctx.args

    def check(session: Session, actor: User) -> CheckRun:
        found = registration.RegistrationCheck(
            parse_date(a.date_from, "from"), parse_date(a.date_to, "to"), a.direction, a.kind
        )
        records = registration.find(session, found)
        return CheckRun(found.KIND, found.TITLE, found.task_params(), records)

    return run_control(ctx, check)


def run_properties(ctx: CliContext) -> int:
    a = ctx.args

    def check(session: Session, actor: User) -> CheckRun:
        keys = properties.property_keys(session, comma_list(a.fields))
        found = properties.PropertiesCheck(keys, a.missing, client_filter(session, a))
        records = properties.find(session, found)
        return CheckRun(found.KIND, found.TITLE, found.task_params(), records)

    return run_control(ctx, check)
