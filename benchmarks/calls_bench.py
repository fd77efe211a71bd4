"""How fast `desktop-crm calls import` reads a call log, against the client import's rows per
second on a similar file in the same run (issue #12: within 2x).

    python benchmarks/calls_bench.py [--rows 100000]

It writes, for `--rows` N: an Asterisk Master.csv of N call legs (18 columns; a tenth between
extensions, a third missed), a Russian cloud PBX export of N rows in cp1251 with ';'
(matched by its column names), and a client list of N rows in cp1251 with ';' (name, phone,
birth date, city: the same kind of cells, a number to normalize per row). Each goes into a
fresh SQLite base (and PostgreSQL with DESKTOP_CRM_TEST_PG set): the client list through the
import engine in Add mode, the call logs through `import_calls`, then once more (every call
a duplicate). Lines read `name: value (ratio x.xx vs baseline)`; the baseline is the client
import's rows per second: a ratio above 0.5 meets the target.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop_crm.db import Database, open_database
from desktop_crm.services.access import current_user
from desktop_crm.wizards.calls.importer import import_calls
from desktop_crm.wizards.importing import (
    ImportSettings,
    field_catalog,
    open_source,
    run_import,
    suggest_mapping,
)

NAMES = ["Иванов Иван", "Петрова Анна", "Сидоров Пётр", "Кузнецова Ольга", "Смирнов Сергей"]
CITIES = ["Москва", "Казань", "Тверь", "Самара", "Пермь"]
START = datetime(2024, 1, 1, 8, 0)


def number(rng: random.Random) -> str:
    return f"8495{rng.randrange(10**7):07d}"


def write_master(path: Path, rows: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, quoting=csv.QUOTE_ALL)
        for i in range(rows):
            ext, other = str(100 + i % 50), number(rng)
            if i % 10 == 0:
                other = str(150 + i % 30)  # between extensions
            src, dst = (ext, other) if i % 2 else (other, ext)
            when = (START + timedelta(seconds=37 * i)).strftime("%Y-%m-%d %H:%M:%S")
            missed = i % 3 == 0
            billsec = 0 if missed else rng.randrange(5, 900)
            disposition = rng.choice(["NO ANSWER", "BUSY"]) if missed else "ANSWERED"
            out.writerow(
                ["", src, dst, "from-internal" if i % 2 else "from-trunk", f'"N" <{src}>',
                 f"SIP/{src}-1", f"SIP/{dst}-2", "Dial", dst, when, when, when,
                 billsec + 4, billsec, disposition, "DOCUMENTATION", f"{1704096000 + i}.{i}", ""]
            )  # fmt: skip


def write_cloud(path: Path, rows: int, rng: random.Random) -> None:
    with path.open("w", encoding="cp1251", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Дата", "Время", "Тип", "Откуда", "Куда", "Длительность", "Статус"])
        for i in range(rows):
            when = START + timedelta(seconds=41 * i)
            incoming = i % 2 == 0
            ext, other = str(100 + i % 50), f"+7 (495) {rng.randrange(10**7):07d}"
            seconds = 0 if i % 3 == 0 else rng.randrange(5, 900)
            out.writerow(
                [when.strftime("%d.%m.%Y"), when.strftime("%H:%M:%S"),
                 "Входящий" if incoming else "Исходящий", other if incoming else ext,
                 ext if incoming else other, f"00:{seconds // 60:02d}:{seconds % 60:02d}",
                 "Не отвечен" if seconds == 0 else "Отвечен"]
            )  # fmt: skip


def write_clients(path: Path, rows: int, rng: random.Random) -> None:
    with path.open("w", encoding="cp1251", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["ФИО", "Телефон", "Дата рождения", "Город"])
        for i in range(rows):
            born = datetime(1960, 1, 1) + timedelta(days=rng.randrange(15000))
            out.writerow(
                [f"{NAMES[i % 5]} {i}", f"+7 (495) {rng.randrange(10**7):07d}",
                 born.strftime("%d.%m.%Y"), CITIES[i % 5]]
            )  # fmt: skip


def client_import(database: Database, path: Path) -> int:
    source = open_source(path)
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(session, user, source, ImportSettings(mode="add"), mapping)
    return int(result.rows)


def call_import(database: Database, path: Path) -> int:
    with database.transaction() as session:
        result = import_calls(session, current_user(session, "admin"), path)
    return result.read


def timed(work: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    rows = work()
    return time.perf_counter() - started, rows


def line(name: str, rate: float, baseline: float) -> None:
    ratio = rate / baseline if baseline else float("nan")
    print(f"{name}: {rate:,.0f} rows/s (ratio {ratio:.2f} vs baseline client import)", flush=True)


def run_backend(label: str, fresh: Callable[[], Database], files: dict[str, Path]) -> None:
    database = fresh()
    seconds, rows = timed(lambda: client_import(database, files["clients"]))
    database.dispose()
    baseline = rows / seconds
    line(f"client import, {label}", baseline, baseline)
    for kind in ("asterisk", "cloud"):
        calls_twice(label, fresh(), files[kind], kind, baseline)


def calls_twice(label: str, database: Database, path: Path, kind: str, baseline: float) -> None:
    seconds, rows = timed(lambda: call_import(database, path))
    line(f"calls import {kind}, {label}", rows / seconds, baseline)
    seconds, rows = timed(lambda: call_import(database, path))
    line(f"calls import {kind} again (all duplicates), {label}", rows / seconds, baseline)
    database.dispose()


def postgres(pg_url: str) -> tuple[Callable[[], Database], Callable[[], None]]:
    """Fresh databases on the server, and what drops them all afterwards."""
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def fresh() -> Database:
        name = f"crm_calls_bench_{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
        return open_database(url)

    def drop() -> None:
        with admin.connect() as conn:
            for name in made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()

    return fresh, drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(12)
    one, five, fifteen = os.getloadavg()
    print(f"rows {args.rows:,}; load average {one:.2f} {five:.2f} {fifteen:.2f}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {k: folder / f"{k}.csv" for k in ("asterisk", "cloud", "clients")}
        write_master(files["asterisk"], args.rows, rng)
        write_cloud(files["cloud"], args.rows, rng)
        write_clients(files["clients"], args.rows, rng)
        counter = iter(range(1_000))

        def sqlite() -> Database:
            return open_database(f"sqlite:///{folder / f'b{next(counter)}.sqlite3'}")

        run_backend("sqlite", sqlite, files)
        if pg_url := os.environ.get("DESKTOP_CRM_TEST_PG"):
            fresh, drop = postgres(pg_url)
            try:
                run_backend("postgresql", fresh, files)
            finally:
                drop()


if __name__ == "__main__":
    main()
