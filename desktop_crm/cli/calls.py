"""`desktop-crm calls import FILE [--format auto|asterisk|freepbx] [--mapping FILE.json]
[--preset NAME] [--save-preset NAME] [--timezone ZONE] [--json]`: a phone system's call log
stored as calls, once each, linked to the cards of their numbers (progress on stderr at a
terminal). Times in the log are the phone system's local time: this computer's time zone
unless `--timezone` names another."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from desktop_crm.cli.context import CliContext
from desktop_crm.wizards.calls.importer import CallImportResult, import_calls
from desktop_crm.wizards.calls.layout import AUTO, FORMATS, Matching

if TYPE_CHECKING:  # argparse's class is generic only to the type checker
    SubParsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

SHOWN_FAILURES = 10


def register(subparsers: SubParsers) -> None:
    calls = subparsers.add_parser("calls", help="bring calls in from phone system logs")
    sub = calls.add_subparsers(dest="calls_command", metavar="ACTION", required=True)
    command = sub.add_parser(
        "import", help="import a call log: Asterisk Master.csv, FreePBX CDR, any CSV/xlsx"
    )
    command.add_argument("path", type=Path, metavar="FILE")
    command.add_argument(
        "--format",
        choices=FORMATS,
        default=AUTO,
        dest="layout",
        help="the log's layout (auto: told by its content; any other table by column names)",
    )
    matching = command.add_mutually_exclusive_group()
    matching.add_argument(
        "--mapping", type=Path, metavar="FILE.json", help="its columns to call fields"
    )
    matching.add_argument("--preset", metavar="NAME", help="a saved call-log matching")
    command.add_argument(
        "--save-preset", metavar="NAME", help="keep a matched table's columns under NAME"
    )
    command.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the phone system's clock, e.g. Europe/Moscow or UTC (default: this computer's)",
    )
    command.add_argument("--json", action="store_true")
    command.set_defaults(run=run_import)


def _sentence(r: CallImportResult) -> str:
    lines = [
        f"Calls read ({r.format}): {r.read:,}; imported {r.imported:,}, already there "
        f"{r.duplicates:,}, between extensions (skipped) {r.skipped:,}, failed {r.failed:,}, "
        f"linked to cards {r.linked:,}, in {r.seconds:.1f} s."
    ]
    lines += [f"  row {row}: {reason}" for row, reason in r.failures[:SHOWN_FAILURES]]
    if r.failed > SHOWN_FAILURES:
        lines.append(f"  ... and {r.failed - SHOWN_FAILURES:,} more failed rows")
    return "\n".join(lines)


def run_import(ctx: CliContext) -> int:
    a = ctx.args
    tty = sys.stderr.isatty() and not ctx.as_json

    def progress(done: int, _total: int | None) -> None:
        print(f"\rcalls read: {done:,}", end="", file=sys.stderr, flush=True)

    with ctx.database.transaction() as session:
        result = import_calls(
            session,
            ctx.user(session),
            a.path,
            layout=a.layout,
            matching=Matching(a.mapping, a.preset),
            save_preset=a.save_preset,
            timezone=a.timezone,
            progress=progress if tty else None,
        )
    if tty:
        print(file=sys.stderr)
    ctx.emit(_sentence(result), result.as_dict())
    return 0
