"""How quick the duplicate check is (CTL-8, issue 11 Performance: under 10 s over the
1,000,000-client base), against the bare GROUP BY queries it needs, measured in the same run.

    python benchmarks/duplicates_bench.py --db sqlite:////tmp/dups.sqlite3 --make 100000

`--make N` first fills the base up to N clients with the demo generator (names, phones and
emails repeat in it as in life). Measured: the whole check (phones, emails, names: the
GROUP BY queries, the union-find into groups and the owners of the groups), and the same with
names only counted with one birth date; each the median of `--repeat` runs. The baseline runs
the same GROUP BY ... HAVING queries as bare SQL through the driver and fetches their rows.
Lines read `name: value (ratio x.xx vs baseline)`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from desktop_crm.db import Database, open_database
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import Client, ContactPoint, Role, User
from desktop_crm.services.access import role_by_name
from desktop_crm.wizards.control.duplicates import find_duplicates

SHARED_POINTS = (
    "SELECT DISTINCT p.normalized, p.client_id FROM contact_points p JOIN ("
    " SELECT normalized FROM contact_points WHERE kind = '{kind}' AND client_id IS NOT NULL"
    " AND normalized <> '' GROUP BY normalized HAVING count(DISTINCT client_id) > 1"
    ") s ON s.normalized = p.normalized WHERE p.kind = '{kind}' AND p.client_id IS NOT NULL"
)
SHARED_NAMES = (
    "SELECT c.name_key, c.id FROM clients c JOIN ("
    " SELECT name_key FROM clients WHERE name_key <> '' GROUP BY name_key HAVING count(*) > 1"
    ") s ON s.name_key = c.name_key"
)
SHARED_NAMES_BORN = (
    "SELECT c.name_key, c.id FROM clients c JOIN ("
    " SELECT name_key, birth_date FROM clients WHERE name_key <> '' AND birth_date IS NOT NULL"
    " GROUP BY name_key, birth_date HAVING count(*) > 1"
    ") s ON s.name_key = c.name_key AND s.birth_date = c.birth_date"
)


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median seconds of `action`."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def report(name: str, value: float, baseline: float) -> None:
    ratio = value / baseline if baseline > 0 else float("inf")
    print(f"{name}: {value:.2f} s (ratio {ratio:.2f} vs baseline {baseline:.2f} s)")


def bare(database: Database, statements: list[str]) -> int:
    rows = 0
    with database.engine.connect() as conn:
        for sql in statements:
            rows += len(conn.exec_driver_sql(sql).fetchall())
    return rows


def check(database: Database, login: str, birth_date: bool) -> int:
    with database.session() as session:
        user = session.scalar(select(User).where(User.login == login))
        assert user is not None
        return len(find_duplicates(session, user, birth_date=birth_date))


def first_admin(database: Database) -> str:
    """The first admin's login; a base without one (demo users are managers) gets one."""
    with database.transaction() as session:
        login = session.scalar(
            select(User.login).join(Role).where(Role.name == "admin").order_by(User.id)
        )
        if login is None:
            session.add(User(login="bench", full_name="Bench", role=role_by_name(session, "admin")))
            login = "bench"
    return login


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database URL of the base to measure")
    parser.add_argument("--make", type=int, default=0, help="fill the base up to N clients")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    database = open_database(args.db)
    with database.session() as session:
        have = session.scalar(select(func.count()).select_from(Client)) or 0
    if args.make > have:
        started = time.perf_counter()
        fill_demo(database, args.make - have, seed=have, login=None)
        print(f"filled {args.make - have} demo clients in {time.perf_counter() - started:.0f} s")
    login = first_admin(database)
    with database.session() as session:
        clients = session.scalar(select(func.count()).select_from(Client))
        points = session.scalar(select(func.count()).select_from(ContactPoint))
    print(f"base: {clients} clients, {points} contact points ({database.engine.dialect.name})")
    points_sql = [SHARED_POINTS.format(kind=kind) for kind in ("phone", "email")]
    bare(database, [*points_sql, SHARED_NAMES])  # warm the caches for both sides alike
    for name, names_sql, born in (
        ("duplicate check (phone, email, name)", SHARED_NAMES, False),
        ("duplicate check (phone, email, name + birth date)", SHARED_NAMES_BORN, True),
    ):
        rows = bare(database, [*points_sql, names_sql])
        baseline = timed(lambda sql=names_sql: bare(database, [*points_sql, sql]), args.repeat)
        value = timed(lambda b=born: check(database, login, b), args.repeat)
        groups = check(database, login, born)
        print(f"  {rows} rows share a key, {groups} groups")
        report(name, value, baseline)
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
