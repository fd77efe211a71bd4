"""`desktop-crm control names [--apply-names] [--dry-run] [--json]` (CTL-6): find the clients and
contact persons whose name parts are empty, apply the sure splits in one bulk edit when asked,
and hand the records left to the control command's distribution.

The `control` command registers it: `add_names_command(control_subparsers, distribute)`, where
`distribute(ctx, args, check, records, extra) -> int` makes (or, with --dry-run, counts) the
tasks and prints the result, merging `extra` ({"found", "split", "bulk_edit_id"}) into it.
Without --apply-names every record found goes on to the tasks, its proposed split in the
item's details; with it, only the doubtful ones do.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from desktop_crm.cli.context import CliContext
from desktop_crm.wizards.control.names_apply import apply_names
from desktop_crm.wizards.control.names_check import find_names, is_sure
from desktop_crm.wizards.control.records import FoundRecord

CHECK = "names"
Distribute = Callable[[CliContext, argparse.Namespace, str, list[FoundRecord], dict[str, Any]], int]


def add_names_command(
    control_subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    distribute: Distribute | None = None,
) -> argparse.ArgumentParser:
    """Add `control names`; its `run` ends in `distribute` (the control command's own). The
    parser is returned so the control command can add its shared options to it."""
    names = control_subparsers.add_parser(
        CHECK,
        help="full-name control: split empty last / first / middle names",
        description="Find clients and contact persons whose name parts are empty while the "
        "full name is set, with a proposed split for each. --apply-names writes the sure "
        "splits in one step (undo: desktop-crm bulk-edits undo ID); the doubtful ones "
        "become tasks.",
    )
    names.add_argument(
        "--apply-names", action="store_true", help="write the sure splits (one bulk edit)"
    )
    names.add_argument("--dry-run", action="store_true", help="change nothing, only count")
    names.add_argument("--json", action="store_true")
    names.set_defaults(check=CHECK)
    if distribute is not None:
        names.set_defaults(run=lambda ctx: run_names(ctx, ctx.args, distribute))
    return names


def run_names(ctx: CliContext, args: argparse.Namespace, distribute: Distribute) -> int:
    """Find, apply the sure splits if asked (committed before the tasks are made), then
    distribute the records left."""
    started = time.monotonic()
    applying = bool(args.apply_names)
    dry_run = bool(getattr(args, "dry_run", False))
    with ctx.database.transaction(write=applying and not dry_run) as session:
        user = ctx.user(session)
        records = find_names(session, user)
        sure = [r for r in records if is_sure(r)]
        split, bulk_edit_id = (len(sure) if applying else 0), None
        if applying and not dry_run:
            applied = apply_names(session, user, sure)
            split, bulk_edit_id = applied.split, applied.bulk_edit_id
    left = [r for r in records if not is_sure(r)] if applying else records
    extra: dict[str, Any] = {"found": len(records), "split": split, "bulk_edit_id": bulk_edit_id}
    extra["seconds"] = round(time.monotonic() - started, 3)  # the search and apply; tasks add
    return distribute(ctx, args, CHECK, left, extra)


def report_found(
    ctx: CliContext,
    args: argparse.Namespace,
    check: str,
    records: list[FoundRecord],
    extra: dict[str, Any],
) -> int:
    """A `distribute` that makes no task: it prints what was found and split (the records
    left, their proposed splits with --json). For scripts and tests until tasks are wanted."""
    lines = [f"Found {extra.get('found', len(records))} cards with empty name parts."]
    if extra.get("bulk_edit_id"):
        lines.append(f"Split {extra['split']} (bulk edit #{extra['bulk_edit_id']}).")
    elif getattr(args, "apply_names", False):
        lines.append(f"Would split {extra.get('split', 0)}.")
    for record in records[:50]:
        details = record.details or {}
        proposed = " | ".join(part or "-" for part in details.get("proposed") or ())
        who = f"client #{record.client_id}"
        if record.contact_person_id is not None:
            who += f", person #{record.contact_person_id}"
        lines.append(f"  {who}: {details.get('full_name', '')} -> {proposed}")
    payload = {
        "check": check,
        **extra,
        "records": [
            {
                "client_id": r.client_id,
                "contact_person_id": r.contact_person_id,
                **(r.details or {}),
            }
            for r in records
        ],
    }
    ctx.emit("\n".join(lines), payload)
    return 0
