"""What the sort keys of names cost on a demo base: making every key anew (a change of the sort
language, and migration 0007's backfill, which runs the same code), the migration itself, and
the client list's first and last page sorted by name.

    python benchmarks/sort_keys_bench.py [--clients 100000] [--pg URL-of-an-empty-database]

Baselines, measured in the same run on the same base: for the rebuild, a bare executemany of
`UPDATE clients SET sort_key = ? WHERE id = ?` with the keys made before the clock starts (the
database alone); for the list, a bare `SELECT id ... ORDER BY sort_key, id LIMIT 200`. A ratio
is our time over the baseline's (lower is better); the key making alone is shown apart.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command
from sqlalchemy import text

from desktop_crm.db import Database, alembic_config, open_database, upgrade
from desktop_crm.demo.fill import fill_demo
from desktop_crm.services.collation import collation, sort_key
from desktop_crm.services.search import ClientQuery, ClientSearch
from desktop_crm.services.sort_keys import rebuild_sort_keys


def clock(what: str, seconds: float, base: float | None = None) -> None:
    ratio = f"  ratio {seconds / base:5.2f}" if base else ""
    print(f"  {what:<44} {seconds:8.3f} s{ratio}", flush=True)


def fresh(url: str | None, folder: Path) -> Database:
    if url is None:
        return open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
    return open_database(url)  # an empty database made for the run: the fill adds to it


def bench_rebuild(database: Database) -> None:
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, full_name FROM clients ORDER BY id")).all()
    collation.cache_clear()  # the word cache starts cold, as in a new process
    started = time.perf_counter()
    keys = [(sort_key(name, "ru"), i) for i, name in rows]
    clock("making the keys alone (Russian)", time.perf_counter() - started)
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        marker = "?" if database.engine.dialect.name == "sqlite" else "%s"
        started = time.perf_counter()
        if marker == "?":  # the application's connections leave BEGIN to SQLAlchemy
            cursor.execute("BEGIN")
        cursor.executemany(f"UPDATE clients SET sort_key = {marker} WHERE id = {marker}", keys)
        raw.commit()
        base = time.perf_counter() - started
    finally:
        raw.close()
    clock("baseline: bare UPDATE of made keys", base)
    collation.cache_clear()
    started = time.perf_counter()
    with database.engine.begin() as conn:
        rebuild_sort_keys(conn, "pl")
    clock("rebuild_sort_keys (Polish), committed", time.perf_counter() - started, base)


def bench_migration(database: Database) -> None:
    command.downgrade(alembic_config(database.engine), "0006")
    collation.cache_clear()
    started = time.perf_counter()
    upgrade(database.engine)
    clock("migration 0007: column, backfill, index", time.perf_counter() - started)


def bench_list(database: Database, count: int) -> None:
    """Best of three (the first run of a statement compiles it)."""
    bare = []
    with database.engine.connect() as conn:
        for _ in range(3):
            started = time.perf_counter()
            conn.execute(text("SELECT id FROM clients ORDER BY sort_key, id LIMIT 200")).all()
            last = "SELECT id FROM clients ORDER BY sort_key DESC, id DESC LIMIT 200"
            conn.execute(text(last)).all()
            bare.append(time.perf_counter() - started)
    clock("baseline: bare first + last 200 by sort_key", min(bare))
    ours = []
    for _ in range(3):
        with database.session() as session:
            started = time.perf_counter()
            search = ClientSearch(ClientQuery(sort="name")).prepare(session)
            search.window(session, 0, 200)
            search.window(session, count - 200, 200)
            ours.append(time.perf_counter() - started)
    clock("ClientSearch: count, first and last page", min(ours), min(bare))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--pg", help="a PostgreSQL URL to run on instead of a SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = fresh(args.pg, Path(folder))
        try:
            print(f"{database.engine.dialect.name}, {args.clients:,} demo clients", flush=True)
            started = time.perf_counter()
            fill_demo(database, args.clients, seed=1)
            clock("demo fill (with its keys)", time.perf_counter() - started)
            with database.engine.connect() as conn:
                count = conn.execute(text("SELECT count(*) FROM clients")).scalar_one()
            bench_rebuild(database)
            bench_migration(database)
            bench_list(database, count)
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
