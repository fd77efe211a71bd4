"""`desktop-crm merge KEEP_ID OTHER_ID... [--take FIELD=ID ...]`, `desktop-crm merges list` and
`desktop-crm merges undo ID` (CTL-8): merge duplicate cards into one, list merges, undo one.
Every command takes --json; its last line is one JSON object."""

from __future__ import annotations

import argparse

from desktop_crm.cli.context import CliContext
from desktop_crm.services.merging import list_merges, merge_clients, undo_merge


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    merge = subparsers.add_parser(
        "merge",
        help="merge duplicate cards into one (needs edit and delete permissions)",
        description="Move everything of the OTHER cards to KEEP and delete them; undo with "
        "'merges undo'. A field takes the kept card's value, or the first other card's when "
        "the kept one is empty, unless --take says which card's value wins.",
    )
    merge.add_argument("keep", type=int, metavar="KEEP_ID", help="the card that stays")
    merge.add_argument("others", type=int, nargs="+", metavar="OTHER_ID", help="cards merged in")
    merge.add_argument(
        "--take",
        action="append",
        default=[],
        type=_take,
        metavar="FIELD=ID",
        help="the card whose value of FIELD wins, e.g. full_name=12, manager=15, custom.inn=12",
    )
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(run=run_merge)

    merges = subparsers.add_parser("merges", help="list merges of duplicate cards, undo one")
    sub = merges.add_subparsers(dest="merges_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="the latest merges, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)
    undo = sub.add_parser("undo", help="put the cards of a merge back as they were")
    undo.add_argument("id", type=int, metavar="ID", help="the merge's number ('merges list')")
    undo.add_argument("--json", action="store_true")
    undo.set_defaults(run=run_undo)


def _take(text: str) -> tuple[str, int]:
    field, sep, client_id = text.partition("=")
    if not sep or not field.strip() or not client_id.strip().isdigit():
        raise argparse.ArgumentTypeError(f"--take wants FIELD=CARD_ID, not {text!r}")
    return field.strip(), int(client_id)


def run_merge(ctx: CliContext) -> int:
    a = ctx.args
    with ctx.database.transaction() as session:
        result = merge_clients(session, ctx.user(session), a.keep, a.others, dict(a.take))
    merged = ", ".join(f"#{client_id}" for client_id in result.merged)
    ctx.emit(
        f"Merged {merged} into #{result.kept} (merge #{result.bulk_edit_id}; "
        f"'desktop-crm merges undo {result.bulk_edit_id}' puts them back).",
        {"kept": result.kept, "merged": result.merged, "bulk_edit": result.bulk_edit_id},
    )
    return 0


def run_list(ctx: CliContext) -> int:
    with ctx.database.session() as session:
        entries = list_merges(session, ctx.user(session))
    lines = [
        f"#{e.id}  {e.at:%Y-%m-%d %H:%M}  {e.by or '-'}  kept #{e.kept}  merged "
        f"{', '.join(e.names)}{'  (undone)' if e.undone_at else ''}"
        for e in entries
    ]
    payload = [
        {
            "id": e.id,
            "at": e.at.isoformat(),
            "by": e.by,
            "kept": e.kept,
            "merged": e.merged,
            "names": e.names,
            "undone_at": e.undone_at.isoformat() if e.undone_at else None,
        }
        for e in entries
    ]
    ctx.emit("\n".join(lines) or "No merges yet.", {"merges": payload})
    return 0


def run_undo(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        entry = undo_merge(session, ctx.user(session), ctx.args.id)
    restored = ", ".join(f"#{client_id}" for client_id in entry.merged)
    ctx.emit(
        f"Undid merge #{entry.id}: {restored} are back beside #{entry.kept}.",
        {"undone": entry.id, "kept": entry.kept, "restored": entry.merged},
    )
    return 0
