"""`desktop-crm control duplicates [--by phone,email,name] [--birth-date] [--dry-run] [--json]`
(CTL-8): groups of cards sharing a phone, an email or a name. The last line with --json:
{"check": "duplicates", "found", "groups": [{"client_ids", "by", "keys"}]}.

`add_duplicates_command(control_subparsers, distribute)` adds the subcommand to `control`; the
task-making part is the `distribute` function passed in (the control engine's), called as
`distribute(ctx, args, "duplicates", records, {"groups": [...]})` with one "merge these" record a
group (`cli/control.distribute_found` fits: it counts per executor with --dry-run). Without
it the command only shows the groups.

Wiring it into `control` (cli/control.py): `parser = add_duplicates_command(checks,
distribute_found)`, then `add_assignment_options(parser)`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop_crm.cli.context import CliContext
from desktop_crm.wizards.control.duplicates import (
    BY_KEYS,
    DuplicateGroup,
    find_duplicates,
    to_records,
)
from desktop_crm.wizards.control.records import FoundRecord

CHECK = "duplicates"
Distribute = Callable[[CliContext, argparse.Namespace, str, list[FoundRecord], dict[str, Any]], int]


def add_duplicates_command(
    control_subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    distribute: Distribute | None = None,
) -> argparse.ArgumentParser:
    """Add `duplicates` to the `control` subcommands; returns its parser, for the engine's
    distribution options."""
    parser = control_subparsers.add_parser(
        CHECK,
        help="cards sharing a phone, an email or a name (admins only)",
        description="Find groups of cards that share a normalized phone (with its extension), "
        "a normalized email or a folded full name; each group can become a 'merge these' task.",
        allow_abbrev=False,
    )
    parser.add_argument(
        "--by", type=_by, default=list(BY_KEYS), metavar="KEYS", help="phone,email,name (all)"
    )
    parser.add_argument(
        "--birth-date", action="store_true", help="a shared name counts only with one birth date"
    )
    parser.add_argument("--dry-run", action="store_true", help="count the tasks, create nothing")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=lambda ctx: run_duplicates(ctx, distribute))
    return parser


def _by(text: str) -> list[str]:
    keys = [key.strip() for key in text.split(",") if key.strip()]
    unknown = [key for key in keys if key not in BY_KEYS]
    if unknown or not keys:
        raise argparse.ArgumentTypeError(
            f"--by takes {', '.join(BY_KEYS)} separated by commas, not {text!r}"
        )
    return keys


def run_duplicates(ctx: CliContext, distribute: Distribute | None = None) -> int:
    a = ctx.args
    with ctx.database.session() as session:
        groups = find_duplicates(session, ctx.user(session), a.by, birth_date=a.birth_date)
    shown = [group.as_dict() for group in groups]
    if distribute is not None:  # the engine makes the tasks, or with --dry-run counts them
        return distribute(ctx, a, CHECK, to_records(groups), {"groups": shown})
    ctx.emit(_text(groups), {"check": CHECK, "found": len(groups), "groups": shown})
    return 0


def _text(groups: list[DuplicateGroup]) -> str:
    if not groups:
        return "No duplicates found."
    lines = [f"{len(groups)} group(s) of duplicates:"]
    for group in groups:
        cards = ", ".join(f"#{client_id}" for client_id in group.client_ids)
        keys = "; ".join(f"{by} {value}" for by, value in group.keys)
        lines.append(f"  {cards}: {keys}")
    return "\n".join(lines)
