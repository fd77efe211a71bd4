"""`desktop-crm export FILE.xlsx|FILE.csv` and `desktop-crm template FILE.xlsx`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_crm.cli.context import CliContext
from desktop_crm.services.export import export_clients
from desktop_crm.wizards.importing import write_template


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = subparsers.add_parser("export", help="export clients (round-trips through import)")
    exp.add_argument("file", metavar="FILE", help="FILE.xlsx or FILE.csv")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(run=run_export)
    tpl = subparsers.add_parser("template", help="save the sample import file")
    tpl.add_argument("file", metavar="FILE", help="FILE.xlsx (or .csv)")
    tpl.set_defaults(run=run_template)


def run_export(ctx: CliContext) -> int:
    with ctx.database.transaction(write=False) as session:
        result = export_clients(session, ctx.user(session), Path(ctx.args.file))
    ctx.emit(
        f"Exported {result.rows} clients to {result.path}.",
        {"path": str(result.path), "rows": result.rows},
    )
    return 0


def run_template(ctx: CliContext) -> int:
    path = write_template(Path(ctx.args.file))
    print(f"Sample import file saved to {path}.")
    return 0
