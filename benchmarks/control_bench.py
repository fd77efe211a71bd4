"""How fast the control engine is on a demo base, each figure against the bare SQL it needs,
measured in the same run (issue 11, Performance).

    python benchmarks/control_bench.py [--db URL] [--clients 50000] [--found 300000]

Without --db a temporary SQLite base is made; the base is filled up to --clients demo clients
(`fill_demo`) first. It prints:
  * the contact-info check (email missing, no filter) over clients and contact persons, against
    a bare `NOT EXISTS` query of each (DB-API cursor, rows fetched);
  * distributing --found records (the check's findings, repeated if it found fewer) evenly
    across the sales group and writing the tasks and their items, against a bare executemany
    of the same items. Both writes are rolled back: the base stays as it was.
Lines read `name: value (ratio x.xx vs baseline ...)`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from desktop_crm.db import Database, open_database
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import Client, User, UserGroup
from desktop_crm.services.access import current_user
from desktop_crm.wizards.control.contact_info import ContactInfoCheck, find
from desktop_crm.wizards.control.distribution import Distribution, distribute
from desktop_crm.wizards.control.records import FoundRecord
from desktop_crm.wizards.control.task_maker import TaskSpec, make_tasks

BARE_CLIENTS = (
    "SELECT c.id, c.responsible_id FROM clients c WHERE NOT EXISTS "
    "(SELECT 1 FROM contact_points p WHERE p.client_id = c.id AND p.kind = 'email')"
)
BARE_PERSONS = (
    "SELECT cp.id, cp.client_id, c.responsible_id FROM contact_persons cp "
    "JOIN clients c ON c.id = cp.client_id WHERE NOT EXISTS "
    "(SELECT 1 FROM contact_points p WHERE p.contact_person_id = cp.id AND p.kind = 'email')"
)
BARE_ITEMS = (
    "INSERT INTO task_items (task_id, client_id, contact_person_id, interaction_id, missing) "
    "VALUES ({m}, {m}, {m}, {m}, {m})"
)


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    """Median seconds of `action`."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def report(name: str, value: float, baseline: float) -> None:
    ratio = value / baseline if baseline > 0 else float("inf")
    print(f"{name}: {value:.3f} s (ratio {ratio:.2f} vs baseline {baseline:.3f} s)", flush=True)


def prepare(database: Database, clients: int) -> None:
    with database.transaction() as session:
        current_user(session, "admin")  # a fresh base's first user: the admin running checks
        have = session.scalar(select(func.count(Client.id))) or 0
    if have < clients:
        print(f"filling the base with {clients - have:,} demo clients...", flush=True)
        fill_demo(database, clients - have)


def bare_check(database: Database) -> int:
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        found = 0
        for sql in (BARE_CLIENTS, BARE_PERSONS):
            cursor.execute(sql)
            found += len(cursor.fetchall())
        return found
    finally:
        raw.close()


def engine_check(database: Database) -> list[FoundRecord]:
    with database.session() as session:
        return find(session, ContactInfoCheck(("email",)))


def bench_check(database: Database) -> list[FoundRecord]:
    records: list[FoundRecord] = []

    def run() -> None:
        records[:] = engine_check(database)

    bare_found = bare_check(database)  # warms the cache for both
    baseline = timed(lambda: bare_check(database))
    value = timed(run)
    assert len(records) == bare_found, (len(records), bare_found)
    report(f"contact-info check, email missing, {len(records):,} found", value, baseline)
    return records


def distribute_and_write(database: Database, records: list[FoundRecord]) -> None:
    with database.session() as session, session.begin():
        actor = session.scalars(select(User).where(User.login == "admin")).one()
        group = session.scalars(select(UserGroup).order_by(UserGroup.id)).first()
        users = tuple(u.id for u in group.members) if group else (actor.id,)
        plan = distribute(session, records, Distribution("even", users))
        spec = TaskSpec("contact_info", "Contact info", {"check": "contact_info"})
        make_tasks(session, actor, plan, spec)
        session.rollback()


def bare_write(database: Database, records: list[FoundRecord]) -> None:
    raw = database.engine.raw_connection()
    sqlite = database.engine.dialect.name == "sqlite"
    marker = "?" if sqlite else "%s"
    try:
        cursor = raw.cursor()
        if sqlite:  # the engine's connections run in autocommit and begin explicitly
            cursor.execute("BEGIN")
        cursor.execute(
            "INSERT INTO tasks (kind, title, status, created_at) "
            "VALUES ('contact_info', 'Contact info', 'open', CURRENT_TIMESTAMP)"
        )
        cursor.execute("SELECT max(id) FROM tasks")
        task_id = cursor.fetchone()[0]
        rows: list[tuple[Any, ...]] = [
            (task_id, r.client_id, r.contact_person_id, r.interaction_id, r.missing)
            for r in records
        ]
        cursor.executemany(BARE_ITEMS.format(m=marker), rows)
    finally:
        raw.rollback()
        raw.close()


def bench_write(database: Database, records: list[FoundRecord], count: int) -> None:
    items = list(islice(cycle(records), count)) if records else []
    baseline = timed(lambda: bare_write(database, items), repeat=2)
    value = timed(lambda: distribute_and_write(database, items), repeat=2)
    report(f"distributing and writing {len(items):,} items", value, baseline)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--found", type=int, default=300_000, help="records to distribute")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'control.sqlite3'}"
        database = open_database(url)
        try:
            prepare(database, args.clients)
            records = bench_check(database)
            bench_write(database, records, args.found)
        finally:
            database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
