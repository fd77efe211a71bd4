"""How fast the import engine is, against baselines run in the same process on the same file.

    python benchmarks/import_bench.py [--rows 5000] [--base 20000] [--memory-rows 0]

It writes messy, realistic files (mixed phone formats, duplicates of the base and of the file,
a few bad values; cp1251 CSV with ';' and an xlsx), fills a fresh SQLite base with `--base`
clients (the issue's figure is 200,000), and imports each file in Add + Update mode with
phone + email duplicate search, then undoes it. Baselines:
  (a) bare reading of the file (csv module / openpyxl read-only);
  (b) a bare pipeline: reading + phonenumbers parse/format + sqlite3 executemany into one
      flat table;
  (c) pandas.read_csv + to_sql, when pandas is installed.
Lines read `name: value (ratio x.xx vs baseline)`. With DESKTOP_CRM_TEST_PG set, the import
and undo also run against PostgreSQL. `--memory-rows 1000000` measures the peak memory of
importing a CSV of that many rows (in a child process).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import phonenumbers
from openpyxl import Workbook, load_workbook
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from desktop_crm.db import Database, open_database
from desktop_crm.models import Client, ContactPoint, utcnow
from desktop_crm.services.access import current_user
from desktop_crm.wizards.importing import (
    ImportSettings,
    field_catalog,
    open_source,
    run_import,
    suggest_mapping,
    undo_import,
)

FIRST = ["Иван", "Пётр", "Анна", "Мария", "Сергей", "Ольга", "Дмитрий", "Елена", "Алексей"]
LAST = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков", "Зайцев"]
MIDDLE = ["Иванович", "Петрович", "Сергеевич", "Алексеевич", "Дмитриевич"]
HEADERS = ["ФИО", "Телефон", "Email", "Теги", "Дата рождения", "Адрес"]


def phone_digits(n: int) -> str:
    return f"9{n % 1_000_000_000:09d}"


def messy_phone(rng: random.Random, ten: str) -> str:
    style = rng.randrange(6)
    if style == 0:
        return f"+7 ({ten[:3]}) {ten[3:6]}-{ten[6:8]}-{ten[8:]}"
    if style == 1:
        return f"8 {ten[:3]} {ten[3:]}"
    if style == 2:
        return f"7{ten}"
    if style == 3:
        return f"8({ten[:3]}){ten[3:6]}-{ten[6:]}"
    if style == 4:
        return ten
    return f"+7{ten}"


def make_rows(count: int, base: int, seed: int = 7) -> list[list[str]]:
    """Rows: ~10% match a base client by phone, ~5% repeat an earlier row, ~1% bad phones."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.10 and base:
            n = rng.randrange(base)
        elif roll < 0.15 and rows:
            rows.append(list(rows[rng.randrange(len(rows))]))
            continue
        else:
            n = base + 10_000_000 + i
        ten = phone_digits(n)
        phone = messy_phone(rng, ten) if rng.random() > 0.01 else "нет телефона"
        name = f"{rng.choice(LAST)} {rng.choice(FIRST)} {rng.choice(MIDDLE)}"
        email = f"Client{n}@Example.RU" if rng.random() < 0.7 else ""
        tags = rng.choice(["", "VIP", "Опт;Москва", "Розница"])
        birth = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1950, 2004)}"
        rows.append([name, phone, email, tags, birth, f"г. Москва, ул. Ленина, д. {i % 200}"])
    return rows


def write_files(folder: Path, rows: list[list[str]]) -> tuple[Path, Path]:
    csv_path = folder / "clients.csv"
    with csv_path.open("w", encoding="cp1251", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    xlsx_path = folder / "clients.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Клиенты")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(xlsx_path)
    return csv_path, xlsx_path


def fill_base(database: Database, count: int) -> None:
    """`count` clients with a phone and an email each, through Core in batches."""
    now = utcnow()
    with database.transaction() as session:
        user = current_user(session, "admin")
        for start in range(0, count, 10_000):
            ids = (
                session.execute(
                    insert(Client.__table__).returning(
                        Client.__table__.c.id, sort_by_parameter_order=True
                    ),
                    [
                        {
                            "kind": "person",
                            "stage": "client",
                            "full_name": f"База Клиент {n}",
                            "name_key": f"база клиент {n}",
                            "responsible_id": user.id,
                            "created_at": now,
                            "updated_at": now,
                            "version": 1,
                        }
                        for n in range(start, min(count, start + 10_000))
                    ],
                )
                .scalars()
                .all()
            )
            points = []
            for n, cid in zip(range(start, start + len(ids)), ids, strict=True):
                points.append(
                    {
                        "client_id": cid,
                        "kind": "phone",
                        "value": phone_digits(n),
                        "normalized": "+7" + phone_digits(n),
                        "is_primary": True,
                        "position": 0,
                    }
                )
                points.append(
                    {
                        "client_id": cid,
                        "kind": "email",
                        "value": f"client{n}@example.ru",
                        "normalized": f"client{n}@example.ru",
                        "is_primary": True,
                        "position": 0,
                    }
                )
            session.execute(insert(ContactPoint.__table__), points)


# -- baselines --------------------------------------------------------------------------------
def read_csv_bare(path: Path) -> int:
    with path.open(encoding="cp1251", newline="") as fh:
        return sum(1 for _ in csv.reader(fh, delimiter=";")) - 1


def read_xlsx_bare(path: Path) -> int:
    book = load_workbook(path, read_only=True)
    count = sum(1 for _ in book.active.iter_rows(values_only=True)) - 1
    book.close()
    return count


def csv_rows(path: Path):
    with path.open(encoding="cp1251", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        next(reader)
        yield from reader


def xlsx_rows(path: Path):
    book = load_workbook(path, read_only=True)
    rows = book.active.iter_rows(values_only=True)
    next(rows)
    for row in rows:
        yield ["" if v is None else str(v) for v in row]
    book.close()


def bare_pipeline(rows, db_path: Path) -> int:
    """(b): read + phonenumbers + sqlite3 executemany into one flat table."""
    conn = sqlite3.connect(db_path)
    conn.execute(
        "CREATE TABLE flat (name TEXT, phone TEXT, email TEXT, tags TEXT, birth TEXT, address TEXT)"
    )
    batch, count = [], 0
    for row in rows:
        try:
            number = phonenumbers.parse(row[1], "RU")
            phone = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            phone = None
        batch.append((row[0], phone, row[2].lower(), row[3], row[4], row[5]))
        if len(batch) == 2000:
            conn.executemany("INSERT INTO flat VALUES (?, ?, ?, ?, ?, ?)", batch)
            count += len(batch)
            batch = []
    conn.executemany("INSERT INTO flat VALUES (?, ?, ?, ?, ?, ?)", batch)
    count += len(batch)
    conn.commit()
    conn.close()
    return count


def pandas_baseline(path: Path, db_path: Path) -> float | None:
    try:
        import pandas  # noqa: F401
    except ImportError:
        return None
    import pandas as pd

    started = time.perf_counter()
    frame = pd.read_csv(path, sep=";", encoding="cp1251", dtype=str)
    conn = sqlite3.connect(db_path)
    frame.to_sql("flat", conn, index=False)
    conn.close()
    return len(frame) / (time.perf_counter() - started)


def timed(fn: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    count = fn()
    return time.perf_counter() - started, count


# -- the engine ---------------------------------------------------------------------------------
def engine_import(database: Database, path: Path) -> tuple[float, int, object]:
    source = open_source(path)
    started = time.perf_counter()
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(
            session,
            user,
            source,
            ImportSettings(mode="add-update", dedupe=("phone", "email")),
            mapping,
        )
    return time.perf_counter() - started, result.rows, result


def engine_undo(database: Database, job_id: int) -> float:
    started = time.perf_counter()
    with database.transaction() as session:
        undo_import(session, current_user(session, "admin"), job_id)
    return time.perf_counter() - started


def load() -> str:
    """The machine's load average: the figures mean little on a busy machine."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def line(name: str, value: float, unit: str, baseline: float, baseline_name: str) -> None:
    ratio = value / baseline if baseline else float("nan")
    shown = f"{value:,.1f}" if unit == "s" else f"{value:,.0f}"
    print(f"{name}: {shown} {unit} (ratio {ratio:.2f} vs baseline {baseline_name})", flush=True)


def run_sqlite(folder: Path, base_file: Path, path: Path, kind: str, baseline_b: float) -> None:
    work = folder / f"work_{kind}.sqlite3"
    shutil.copy(base_file, work)
    database = open_database(f"sqlite:///{work}")
    seconds, rows, result = engine_import(database, path)
    rate = rows / seconds
    line(f"{kind} import add-update phone+email, sqlite", rate, "rows/s", baseline_b, f"b-{kind}")
    print(
        f"  created {result.created}, updated {result.updated}, skipped {result.skipped}, "
        f"failed {result.failed} {result.reasons}",
        flush=True,
    )
    undo = engine_undo(database, result.job_id)
    line(f"{kind} undo, sqlite", undo, "s", seconds, "import time")
    database.dispose()


def run_postgres(pg_url: str, base: int, path: Path, kind: str, baseline_b: float) -> None:
    name = f"crm_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    try:
        database = open_database(url)
        fill_base(database, base)
        seconds, rows, result = engine_import(database, path)
        line(
            f"{kind} import add-update phone+email, postgresql",
            rows / seconds,
            "rows/s",
            baseline_b,
            f"b-{kind}",
        )
        undo = engine_undo(database, result.job_id)
        line(f"{kind} undo, postgresql", undo, "s", seconds, "import time")
        database.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def memory_child(rows: int, folder: Path) -> None:
    """Import a `rows`-row CSV into a fresh base; print the peak resident memory in MB."""
    path = folder / "big.csv"
    rng = random.Random(3)
    with path.open("w", encoding="cp1251", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADERS)
        for i in range(rows):
            ten = phone_digits(50_000_000 + i)
            writer.writerow(
                [
                    f"{rng.choice(LAST)} {rng.choice(FIRST)}",
                    messy_phone(rng, ten),
                    f"c{i}@example.ru",
                    "VIP",
                    "01.02.1990",
                    "Москва",
                ]
            )
    database = open_database(f"sqlite:///{folder / 'big.sqlite3'}")
    seconds, count, _ = engine_import(database, path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{count} {seconds:.1f} {peak:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000, help="rows per file (default 5000)")
    parser.add_argument(
        "--base",
        type=int,
        default=20_000,
        help="clients already in the base (the issue's figure: 200000)",
    )
    parser.add_argument(
        "--memory-rows",
        type=int,
        default=0,
        help="also measure peak memory of a CSV import of this many rows",
    )
    parser.add_argument("--memory-child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, Path(args.folder))
        return
    folder = Path(tempfile.mkdtemp(prefix="import_bench_"))
    try:
        print(f"# {args.rows:,} rows per file, base of {args.base:,} clients", flush=True)
        print(f"# {load()}", flush=True)
        rows = make_rows(args.rows, args.base)
        csv_path, xlsx_path = write_files(folder, rows)
        base_file = folder / "base.sqlite3"
        started = time.perf_counter()
        base_db = open_database(f"sqlite:///{base_file}")
        fill_base(base_db, args.base)
        with base_db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        base_db.dispose()
        print(f"# base filled in {time.perf_counter() - started:.1f} s", flush=True)

        a_csv = args.rows / timed(lambda: read_csv_bare(csv_path))[0]
        line("csv bare read (a)", a_csv, "rows/s", a_csv, "a-csv")
        b_csv = args.rows / timed(lambda: bare_pipeline(csv_rows(csv_path), folder / "b1.db"))[0]
        line("csv bare pipeline (b)", b_csv, "rows/s", a_csv, "a-csv")
        c_csv = pandas_baseline(csv_path, folder / "c1.db")
        if c_csv is None:
            print("csv pandas read_csv+to_sql (c): skipped (pandas is not installed)")
        else:
            line("csv pandas read_csv+to_sql (c)", c_csv, "rows/s", b_csv, "b-csv")
        run_sqlite(folder, base_file, csv_path, "csv", b_csv)

        a_xlsx = args.rows / timed(lambda: read_xlsx_bare(xlsx_path))[0]
        line("xlsx bare read, openpyxl read-only (a)", a_xlsx, "rows/s", a_xlsx, "a-xlsx")
        b_xlsx = args.rows / timed(lambda: bare_pipeline(xlsx_rows(xlsx_path), folder / "b2.db"))[0]
        line("xlsx bare pipeline (b)", b_xlsx, "rows/s", a_xlsx, "a-xlsx")
        run_sqlite(folder, base_file, xlsx_path, "xlsx", b_xlsx)

        pg_url = os.environ.get("DESKTOP_CRM_TEST_PG")
        if pg_url:
            run_postgres(pg_url, args.base, csv_path, "csv", b_csv)
        if args.memory_rows:
            child = folder / "memory"
            child.mkdir()
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--memory-child",
                    str(args.memory_rows),
                    "--folder",
                    str(child),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            count, seconds, peak = int(out[0]), float(out[1]), float(out[2])
            print(
                f"# {count:,}-row csv imported in {seconds:.0f} s ({count / seconds:,.0f} rows/s)"
            )
            line(f"peak memory, {count:,}-row csv import", peak, "MB", 500, "500 MB limit")
        print(f"# {load()}", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
