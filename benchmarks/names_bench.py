"""The full-name check and its one-step apply (CTL-6) on a demo base whose name parts are empty.

    python benchmarks/names_bench.py [--db URL] [--clients N]

Without `--db` it makes a SQLite base in a temporary folder with N demo clients (default
20,000). Every person's and contact person's name parts are then emptied (the demo fills them),
so every one of them is found. Lines read `name: value (ratio x.xx vs baseline)`, measured in
the same run:

- the check (`find_names`: two set-based queries, the splitter over the rows found) against
  the bare SELECT of the same rows;
- the apply of the sure splits (`apply_names`: the parts, versions, History lines and the bulk
  edit's undo data) against a bare executemany UPDATE of the same parts; both rolled back.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("DESKTOP_CRM_HOME", tempfile.mkdtemp(prefix="names-bench-home-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import bindparam, text, update

from desktop_crm.db import Database, open_database
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import Client, table_of
from desktop_crm.services.access import current_user
from desktop_crm.services.name_split import propose_split
from desktop_crm.wizards.control.names_apply import apply_names
from desktop_crm.wizards.control.names_check import find_names

LOGIN = "admin"


def empty(t: str) -> str:
    """The name parts of table alias `t` are empty while its full name is not."""
    return (
        f"coalesce(trim({t}.last_name), '') = '' AND coalesce(trim({t}.first_name), '') = '' "
        f"AND coalesce(trim({t}.middle_name), '') = '' AND coalesce(trim({t}.full_name), '') <> ''"
    )


BARE_SELECT = (
    f"SELECT c.id, c.full_name, c.responsible_id FROM clients c WHERE c.kind = 'person' "
    f"AND {empty('c')}",
    "SELECT p.id, p.client_id, p.full_name, c.responsible_id FROM contact_persons p "
    f"JOIN clients c ON c.id = p.client_id WHERE {empty('p')}",
)


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = action()
    return result, (time.perf_counter() - started) * 1000


def report(name: str, value_ms: float, baseline_ms: float) -> None:
    ratio = value_ms / baseline_ms if baseline_ms else float("nan")
    print(f"{name}: {value_ms:.0f} ms (ratio {ratio:.2f} vs baseline)", flush=True)


def empty_the_names(database: Database) -> None:
    with database.transaction() as session:
        for table in ("clients", "contact_persons"):
            session.execute(
                text(f"UPDATE {table} SET last_name = NULL, first_name = NULL, middle_name = NULL")
            )


def bare_select(database: Database) -> int:
    with database.session() as session:
        return sum(len(session.execute(text(sql)).all()) for sql in BARE_SELECT)


def check(database: Database) -> list[Any]:
    with database.session() as session:
        return find_names(session, current_user(session, LOGIN))


def bare_update(database: Database, rows: list[dict[str, Any]]) -> None:
    table = table_of(Client)
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(last_name=bindparam("b_l"), first_name=bindparam("b_f"), middle_name=None)
    )
    with database.session(write=True) as session, session.begin():
        session.execute(statement, rows)
        session.rollback()


def apply(database: Database, records: list[Any]) -> int:
    with database.session(write=True) as session, session.begin():
        split = apply_names(session, current_user(session, LOGIN), records).split
        session.rollback()
    return split


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="an existing base (default: a new temporary SQLite file)")
    parser.add_argument("--clients", type=int, default=20_000, help="demo clients in a new base")
    args = parser.parse_args()
    if args.db:
        database = open_database(args.db)
    else:
        folder = Path(tempfile.mkdtemp(prefix="names-bench-"))
        database = open_database(f"sqlite:///{folder / 'names-bench.sqlite3'}")
        with database.transaction() as session:
            current_user(session, LOGIN)  # the first user of a new base: an admin
        started = time.perf_counter()
        fill_demo(database, args.clients, login=LOGIN)
        print(f"# made {args.clients} demo clients in {time.perf_counter() - started:.1f} s")
    empty_the_names(database)
    bare_select(database)  # warm the caches before timing anything
    rows, bare_ms = timed(lambda: bare_select(database))
    records, check_ms = timed(lambda: check(database))
    sure = [r for r in records if r.details["sure"]]
    print(
        f"# {database.dialect}: {rows} cards with empty parts; found {len(records)}, "
        f"{len(sure)} sure"
    )
    print(f"bare SELECT of the cards with empty parts: {bare_ms:.0f} ms (ratio 1.00 vs baseline)")
    report("names check (find_names, splitter included)", check_ms, bare_ms)
    names = [r.details["full_name"] for r in records]
    _, split_ms = timed(lambda: [propose_split(n) for n in names])
    print(
        f"# the splitter alone: {split_ms:.0f} ms, {1000 * split_ms / max(len(names), 1):.1f} "
        "µs a name"
    )
    clients = [r for r in sure if r.contact_person_id is None]
    updates = [
        {"b_id": r.client_id, "b_l": r.details["proposed"][0], "b_f": r.details["proposed"][1]}
        for r in clients
    ]
    _, update_ms = timed(lambda: bare_update(database, updates))
    print(
        f"bare executemany UPDATE of {len(updates)} clients' parts: {update_ms:.0f} ms "
        "(ratio 1.00 vs baseline)"
    )
    split, apply_ms = timed(lambda: apply(database, clients))
    report(f"apply {split} sure splits (parts, versions, History, undo data)", apply_ms, update_ms)
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
