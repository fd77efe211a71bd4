"""`desktop-crm demo N`: fill the base with N realistic demo clients.

Progress goes to stderr (rows/s as it goes), the summary to stdout (`--json`: one JSON object).
Ctrl+C stops after the batch being written; everything written so far stays.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from types import FrameType

from sqlalchemy import text

from desktop_crm.cli.context import CliContext
from desktop_crm.db import Database
from desktop_crm.demo.fill import DemoStats, fill_demo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="fill the base with N realistic demo clients",
        description="Add N demo clients (people and companies, leads and clients) with phones, "
        "e-mails, tags, groups, managers, notes, deals and calls. Works on a base that already "
        "holds data: the demo clients are added to it.",
    )
    demo.add_argument("count", type=int, metavar="N", help="how many clients to add")
    demo.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    demo.add_argument("--json", action="store_true", help="print the summary as JSON")
    demo.set_defaults(run=run_demo)


class _Reporter:
    """Progress lines on stderr, at most one a second (overwritten in place on a terminal)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.last = 0.0
        self.tty = sys.stderr.isatty()

    def __call__(self, stats: DemoStats) -> None:
        now = time.monotonic()
        if now - self.last < 1.0 and stats.clients < self.total:
            return
        self.last = now
        line = (
            f"demo: {stats.clients:,}/{self.total:,} clients, {stats.rows:,} rows, "
            f"{stats.rows_per_second:,.0f} rows/s"
        )
        print(f"\r{line}" if self.tty else line, end="" if self.tty else "\n", file=sys.stderr)
        sys.stderr.flush()

    def done(self) -> None:
        if self.tty and self.last:
            print(file=sys.stderr)


def database_size(database: Database) -> int | None:
    """Bytes the database takes on disk: the SQLite file with its WAL, or the PostgreSQL
    database; None when that cannot be told."""
    if database.dialect == "sqlite":
        name = database.engine.url.database
        if not name or name == ":memory:":
            return None
        files = [Path(name), Path(f"{name}-wal")]
        return sum(f.stat().st_size for f in files if f.exists())
    if database.dialect == "postgresql":
        with database.engine.connect() as conn:
            return conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
    return None


def _human(size: int | None) -> str:
    if size is None:
        return "unknown"
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def run_demo(ctx: CliContext) -> int:
    args = ctx.args
    database = ctx.database
    reporter = _Reporter(args.count)
    stop = False

    def on_interrupt(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stop
        if stop:  # a second Ctrl+C: stop right now
            raise KeyboardInterrupt
        stop = True
        print("\ndemo: stopping after this batch...", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        stats = fill_demo(
            database,
            args.count,
            seed=args.seed,
            login=ctx.login,
            on_batch=reporter,
            cancelled=lambda: stop,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
        reporter.done()
    size = database_size(database)
    verb = "Stopped after adding" if stats.cancelled else "Added"
    ctx.emit(
        f"{verb} {stats.clients:,} demo clients ({stats.companies:,} companies, "
        f"{stats.leads:,} leads) with {stats.rows:,} rows in {stats.seconds:,.1f} s: "
        f"{stats.rows_per_second:,.0f} rows/s, {stats.clients_per_second:,.0f} clients/s.\n"
        f"Database {database.url}: {_human(size)}.",
        {**stats.as_dict(), "database": database.url, "database_bytes": size},
    )
    return 130 if stats.cancelled else 0
