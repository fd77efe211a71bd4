"""`desktop-crm bulk-edits list|undo ID` (DESIGN.md contract): the changes made to many cards at
once outside an import (names split by `control names --apply-names`, merges of duplicates)
and their undo. Each kind's undo is looked up in `UNDOERS`; a kind adds its own there."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, Protocol

from sqlalchemy.orm import Session

from desktop_crm.cli.context import CliContext
from desktop_crm.errors import Code, CrmError
from desktop_crm.models import User
from desktop_crm.services.merging import undo_merge_edit
from desktop_crm.wizards.control.bulk_edits import bulk_edit_kind, list_bulk_edits
from desktop_crm.wizards.control.names_apply import undo_names


class Undone(Protocol):
    def summary(self) -> dict[str, Any]: ...


SHOWN = 50  # kept cards listed in the text output

# kind -> undo(session, bulk_edit_id, user)
UNDOERS: dict[str, Callable[[Session, int, User], Undone]] = {
    "names": undo_names,
    "merge": undo_merge_edit,
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    edits = subparsers.add_parser("bulk-edits", help="bulk edits (names split, merges): list, undo")
    sub = edits.add_subparsers(dest="bulk_edits_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="list the latest bulk edits")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=run_list)
    undo = sub.add_parser("undo", help="undo one bulk edit (cards changed since are kept)")
    undo.add_argument("id", type=int)
    undo.add_argument("--json", action="store_true")
    undo.set_defaults(run=run_undo)


def run_list(ctx: CliContext) -> int:
    with ctx.database.transaction(write=False) as session:
        edits = list_bulk_edits(session, ctx.user(session))
    lines = [
        f"#{e.id:<5} {e.created_at:%Y-%m-%d %H:%M}  {e.kind:<6} "
        f"{'undone' if e.undone_at else 'done':<7} {_counts(e.summary)}  ({e.user or '-'})"
        for e in edits
    ]
    ctx.emit("\n".join(lines) or "No bulk edits yet.", {"bulk_edits": [e.as_dict() for e in edits]})
    return 0


def _counts(summary: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in summary.items() if isinstance(v, int))


def run_undo(ctx: CliContext) -> int:
    bulk_edit_id = ctx.args.id
    with ctx.database.transaction() as session:
        user = ctx.user(session)
        undo = UNDOERS.get(bulk_edit_kind(session, user, bulk_edit_id))
        if undo is None:
            raise CrmError(Code.BULK_EDIT_NO_UNDO, bulk_edit_id=bulk_edit_id)
        summary = undo(session, bulk_edit_id, user).summary()
    lines = [
        f"Bulk edit #{bulk_edit_id} undone: restored {summary.get('restored', 0)} cards, "
        f"kept {summary.get('kept', 0)} changed since."
    ]
    kept = summary.get("kept_cards") or []
    lines += [f"  kept {k['entity']} #{k['id']} {k.get('name', '')}" for k in kept[:SHOWN]]
    if len(kept) > SHOWN:
        lines.append(f"  ... and {len(kept) - SHOWN} more (see --json).")
    ctx.emit("\n".join(lines), summary)
    return 0
