"""How fast `fill_demo` fills a SQLite base, against a bare sqlite3 executemany of the same rows.

    python benchmarks/demo_bench.py [--count 50000] [--batch 5000]

Both runs write into a freshly migrated database (same schema, indexes and triggers, same
pragmas, one transaction per batch). The baseline gets its rows already made and converted to
what sqlite3 binds, so it measures the database alone; the ratio says how much of that speed
the whole fill keeps (row generation, SQLAlchemy Core) — higher is better.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_crm.db import open_database
from desktop_crm.demo.batch import Batch
from desktop_crm.demo.fill import assign_ids, fill_demo, prepare_references
from desktop_crm.demo.rows import DemoGenerator
from desktop_crm.models import utcnow

TABLES = (
    ("clients", "companies"),
    ("clients", "persons"),
    ("contact_persons", "contact_persons"),
    ("contact_points", "contact_points"),
    ("client_tags", "client_tags"),
    ("notes", "notes"),
    ("deals", "deals"),
    ("interactions", "interactions"),
    ("interaction_parties", "parties"),
    ("change_log", "change_log"),
)


ORDER = {
    "contact_points": ("kind", "normalized"),
    "parties": ("kind", "normalized"),
}


def _sqlite_value(value: Any) -> Any:
    """What SQLAlchemy's SQLite types bind, done before the clock starts."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _rows(batch: Batch) -> int:
    return sum(len(getattr(batch, attr)) for _, attr in TABLES)


def baseline(path: Path, count: int, batch_size: int, seed: str) -> tuple[int, float]:
    """Rows and seconds of bare sqlite3 executemany of the rows `fill_demo` would write."""
    db = open_database(f"sqlite:///{path}")
    with db.transaction() as session:
        refs = prepare_references(session)
    generator = DemoGenerator(refs, seed=seed, now=utcnow(), total=count)
    statements: list[list[tuple[str, list[tuple[Any, ...]]]]] = []
    made = people = calls = 0
    while made < count:  # ids as fill_demo gives them on an empty base
        batch = generator.batch(min(batch_size, count - made))
        n = len(batch.companies) + len(batch.persons)
        n_people, n_calls = len(batch.contact_persons), len(batch.interactions)
        assign_ids(
            batch,
            range(made + 1, made + n + 1),
            range(people + 1, people + n_people + 1),
            range(calls + 1, calls + n_calls + 1),
        )
        made, people, calls = made + n, people + n_people, calls + n_calls
        prepared = []
        for table, attr in TABLES:
            rows = getattr(batch, attr)
            if attr in ORDER:  # the order fill_demo inserts them in
                rows = sorted(rows, key=itemgetter(*ORDER[attr]))
            if rows:
                columns = list(rows[0])
                sql = (
                    f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})"
                )
                prepared.append((sql, [tuple(_sqlite_value(r[c]) for c in columns) for r in rows]))
        statements.append(prepared)
    db.dispose()
    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in ("busy_timeout = 15000", "journal_mode = WAL", "foreign_keys = ON"):
        raw.execute(f"PRAGMA {pragma}")
    raw.execute("PRAGMA synchronous = NORMAL")
    rows = 0
    started = time.perf_counter()
    for prepared in statements:
        raw.execute("BEGIN IMMEDIATE")
        for sql, params in prepared:
            raw.executemany(sql, params)
            rows += len(params)
        raw.execute("COMMIT")
    seconds = time.perf_counter() - started
    raw.close()
    return rows, seconds


def generation(count: int, batch_size: int, seed: str, path: Path) -> tuple[int, float]:
    db = open_database(f"sqlite:///{path}")
    with db.transaction() as session:
        refs = prepare_references(session)
    db.dispose()
    generator = DemoGenerator(refs, seed=seed, now=utcnow(), total=count)
    rows = made = 0
    started = time.perf_counter()
    while made < count:
        batch = generator.batch(min(batch_size, count - made))
        made += len(batch.companies) + len(batch.persons)
        rows += _rows(batch)
    return rows, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000, help="demo clients (50000)")
    parser.add_argument("--batch", type=int, default=5_000, help="clients per batch (5000)")
    args = parser.parse_args()
    os.environ.setdefault("DESKTOP_CRM_HOME", tempfile.mkdtemp(prefix="demo-bench-home-"))
    with tempfile.TemporaryDirectory(prefix="demo-bench-") as tmp:
        folder = Path(tmp)
        base_rows, base_s = baseline(folder / "base.sqlite3", args.count, args.batch, "0/0")
        gen_rows, gen_s = generation(args.count, args.batch, "0/0", folder / "gen.sqlite3")
        db = open_database(f"sqlite:///{folder / 'fill.sqlite3'}")
        stats = fill_demo(db, args.count, batch_size=args.batch)
        db.dispose()
        size = (folder / "fill.sqlite3").stat().st_size
    base_rate = base_rows / base_s
    print(f"clients: {args.count} in batches of {args.batch}; rows: {stats.rows}")
    print(f"sqlite3 executemany rows/s: {base_rate:.0f} (ratio 1.00 vs baseline)")
    for name, value in (
        ("fill_demo rows/s", stats.rows_per_second),
        ("generate only rows/s", gen_rows / gen_s),
    ):
        print(f"{name}: {value:.0f} (ratio {value / base_rate:.2f} vs baseline)")
    print(f"fill_demo clients/s: {stats.clients_per_second:.0f}")
    print(f"database size MB: {size / 1e6:.1f} ({size / max(stats.clients, 1):.0f} bytes/client)")


if __name__ == "__main__":
    main()
