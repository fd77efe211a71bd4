"""What the control wizard adds to a check, on a demo base, each figure against a bare
baseline measured in the same run: reading the found records' names for the results page, and
showing and sorting them in its table (offscreen).

    python benchmarks/control_results_bench.py [--db URL] [--clients 50000] [--rows 300000]

Without --db a temporary SQLite base is made and filled up to --clients demo clients. It prints:
  * the names of what the contact-info check (email missing) found (`checks.result_rows`:
    clients, persons, managers read by key in chunks) against one bare join of the clients
    found with their managers' names (DB-API cursor, rows fetched);
  * --rows result rows (the found ones repeated) set into the results model and sorted by
    client, against Python's own sort of the same names.
Lines read `name: value (ratio x.xx vs baseline ...)`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from itertools import cycle, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.control_bench import prepare, report, timed
from desktop_crm.db import Database, open_database
from desktop_crm.services.access import current_user
from desktop_crm.wizards.control.checks import ResultRow, result_rows, run_check
from desktop_crm.wizards.control.contact_info import ContactInfoCheck
from desktop_crm.wizards.control.records import FoundRecord

BARE_NAMES = (
    "SELECT c.id, c.full_name, u.full_name FROM clients c LEFT JOIN users u "
    "ON u.id = c.responsible_id WHERE NOT EXISTS "
    "(SELECT 1 FROM contact_points p WHERE p.client_id = c.id AND p.kind = 'email')"
)


def found(database: Database) -> list[FoundRecord]:
    with database.session() as session:
        actor = current_user(session, "admin")
        return run_check(session, actor, ContactInfoCheck(("email",))).records


def bare_names(database: Database) -> int:
    connection = database.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(BARE_NAMES)
        return len(cursor.fetchall())
    finally:
        connection.close()


def engine_names(database: Database, records: list[FoundRecord]) -> list[ResultRow]:
    with database.session() as session:
        return result_rows(session, records)


def bench_sort(rows: list[ResultRow], count: int) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop_crm.ui.control.results_model import CLIENTS, ResultsModel

    app = QApplication.instance() or QApplication([])
    many = list(islice(cycle(rows), count)) if rows else []
    baseline = timed(lambda: sorted(many, key=lambda r: r.client.casefold()))
    model = ResultsModel()
    view = QTableView()
    view.setModel(model)

    def show_and_sort() -> None:
        model.set_rows(many, CLIENTS, {})
        model.sort(0)
        app.processEvents()

    report(f"results table of {len(many):,} rows, set and sorted", timed(show_and_sort), baseline)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=300_000, help="result rows to sort")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'control.sqlite3'}"
        database = open_database(url)
        try:
            prepare(database, args.clients)
            records = found(database)
            baseline = timed(lambda: bare_names(database))
            value = timed(lambda: engine_names(database, records))
            report(f"names of {len(records):,} records found", value, baseline)
            rows = engine_names(database, records)
            bench_sort(rows, args.rows)
        finally:
            database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
