"""`desktop-crm report discipline [--from D] [--to D] [--xlsx FILE] [--json]` (CTL-7)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop_crm.cli.context import CliContext
from desktop_crm.services.discipline import HEADERS, discipline_report, export_report, report_table
from desktop_crm.values import parse_date


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser("report", help="reports on the team's work")
    sub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    discipline = sub.add_parser(
        "discipline",
        help="tasks per executor: given, done on time, done late, overdue, open (admins)",
    )
    discipline.add_argument("--from", dest="date_from", metavar="DATE", help="created on or after")
    discipline.add_argument("--to", dest="date_to", metavar="DATE", help="created on or before")
    discipline.add_argument("--xlsx", metavar="FILE", help="also save the report (.xlsx or .csv)")
    discipline.add_argument("--json", action="store_true")
    discipline.set_defaults(run=run_discipline)


def _date(text: str | None) -> date | None:
    return None if text is None else parse_date(text)


def run_discipline(ctx: CliContext) -> int:
    a = ctx.args
    date_from, date_to = _date(a.date_from), _date(a.date_to)
    with ctx.database.session() as session:
        report = discipline_report(session, ctx.user(session), date_from, date_to)
    if a.xlsx:
        export_report(report, Path(a.xlsx))
    rows = [
        {
            "executor": row.login or None,
            "name": row.executor or None,
            "given": row.given,
            "on_time": row.on_time,
            "late": row.late,
            "overdue": row.overdue,
            "open": row.open,
            "share_on_time": row.share_on_time,
        }
        for row in report.rows
    ]
    widths = (24, 14, 6, 8, 6, 8, 6, 10)
    lines = ["".join(f"{h:<{w}}" for h, w in zip(HEADERS, widths, strict=True))]
    for table_row in report_table(report):
        cells = ["" if v is None else str(v) for v in table_row]
        lines.append("".join(f"{c:<{w}}" for c, w in zip(cells, widths, strict=True)))
    ctx.emit("\n".join(lines), {"rows": rows, "file": a.xlsx})
    return 0
