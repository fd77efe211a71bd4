"""What row-level security costs on a team base (issue 13, Performance): the list's first page
and typed name, phone and email searches, as a manager in two of five queues against the same
queries as an admin, both logged in as themselves, measured in the same run.

    python benchmarks/team_bench.py --server postgresql+psycopg://postgres@127.0.0.1:5432 \\
        --template demo1m_template --db team_bench_1m

The server's URL is a superuser's on a server that trusts local logins (the shared test
server): the benchmark clones `--template` into `--db`, puts five clients in six in one of
five queues (the sixth in none), runs `db init-team`, adds a manager in two queues, and then
connects as the admin and as the manager with their own logins. Each query is what the list
does: `ClientSearch.prepare` (no count of a broad result), the first window of 60 ids and
their rows. Lines read `name: manager X ms, admin Y ms (ratio r.rr)`; `--explain` prints the
manager's plans. `--keep` leaves the database for a second run (`--reuse` takes it as is and
leaves it).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop_crm.db import Database, open_database
from desktop_crm.services.access import current_user
from desktop_crm.services.client_rows import fetch_rows
from desktop_crm.services.queues import add_queue, set_member
from desktop_crm.services.search import ClientQuery, ClientSearch
from desktop_crm.services.team.logins import add_login_user
from desktop_crm.services.team.scram import scram_verifier
from desktop_crm.services.team.setup import init_team

QUERIES = 20
PAGE = 60
ADMIN, MANAGER = "bench_admin", "bench_manager"


def _url(server: str, db: str, login: str | None = None) -> str:
    url = make_url(server).set(database=db)
    if login:
        url = url.set(username=login, password=None)
    return url.render_as_string(hide_password=False)


def prepare(server: str, template: str, db: str) -> None:
    """The cloned base with queues, RLS and the two users."""
    root = create_engine(_url(server, "postgres"), isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{db}" TEMPLATE "{template}"'))
    root.dispose()
    database = open_database(_url(server, db))
    with database.transaction() as session:
        init_team(session, ADMIN, "Bench Admin", lambda: scram_verifier("bench"))
    with database.transaction() as session:
        admin = current_user(session, ADMIN)
        ids = [add_queue(session, admin, f"Queue {n}").id for n in range(1, 6)]
        cases = " ".join(f"WHEN {n} THEN {qid}" for n, qid in enumerate(ids, 1))
        session.execute(text(f"UPDATE clients SET queue_id = CASE id % 6 {cases} END"))
        add_login_user(session, admin, MANAGER, "Bench Manager", "manager", "bench")
        for name in ("Queue 1", "Queue 2"):
            set_member(session, admin, name, MANAGER, True)
    with database.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
    database.dispose()


def samples(database: Database, seed: int) -> dict[str, list[str]]:
    """Things to type, from clients the manager sees (both viewers then find them)."""
    rnd = random.Random(seed)
    with database.engine.connect() as conn:
        # the same texts each run: a seeded random() in one process (no parallel workers)
        conn.execute(text("SET max_parallel_workers_per_gather = 0"))
        conn.execute(text("SELECT setseed(:s)"), {"s": 1 / (seed + 1)})
        rows = conn.execute(
            text(
                "SELECT c.full_name, p.kind, p.normalized FROM clients c"
                " JOIN contact_points p ON p.client_id = c.id"
                " WHERE c.id % 6 IN (0, 1, 2) ORDER BY random() LIMIT 2000"
            )
        ).all()
    names, phones, emails = [], [], []
    for full_name, kind, normalized in rnd.sample(rows, len(rows)):
        word = rnd.choice(full_name.split())
        if len(names) < QUERIES and len(word) >= 4 and word[:4].isalpha():
            names.append(word[:4])
        if kind == "phone" and len(phones) < QUERIES and normalized.startswith("+7"):
            start = rnd.randint(0, len(normalized) - 8)
            fragment = normalized[2 + start : 2 + start + 6]
            phones.append(fragment[:3] + " " + fragment[3:])
        elif kind == "email" and len(emails) < QUERIES:
            local = normalized.split("@")[0]
            if len(local) >= 6:
                start = rnd.randint(0, len(local) - 6)
                emails.append(local[start : start + 6])
    return {"name prefix": names, "phone fragment": phones, "email fragment": emails}


def shown(database: Database, login: str, typed: str) -> Callable[[], int]:
    """What the list does for `typed`: prepare, the first window, its rows."""

    def run() -> int:
        with database.transaction(write=False) as session:
            viewer = current_user(session, login)
            search = ClientSearch(ClientQuery(text=typed), viewer).prepare(session, count=False)
            return len(fetch_rows(session, search.window(session, 0, PAGE)))

    return run


def timed(action: Callable[[], int]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def explain(server: str, db: str, typed: dict[str, list[str]]) -> None:
    """The manager's plans of the first page and of one search of each kind."""
    database = open_database(_url(server, db, MANAGER))
    with database.transaction(write=False) as session:
        viewer = current_user(session, MANAGER)
        for kind, texts in [("first page", [""]), *typed.items()]:
            search = ClientSearch(ClientQuery(text=texts[0]), viewer).prepare(session, count=False)
            statement = search.window_statement(0, PAGE)
            compiled = statement.compile(session.get_bind())
            plan = session.connection().exec_driver_sql(
                "EXPLAIN ANALYZE " + str(compiled), compiled.params
            )
            print(f"-- {kind} {texts[0]!r}\n" + "\n".join(r[0] for r in plan))
    database.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", required=True, help="a superuser's URL of the server")
    parser.add_argument("--template", default="demo1m_template")
    parser.add_argument("--db", default="team_bench_1m")
    parser.add_argument("--reuse", action="store_true", help="take --db as a prior run left it")
    parser.add_argument("--keep", action="store_true", help="leave --db when done")
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    a = parser.parse_args()
    if not a.reuse:
        started = time.perf_counter()
        prepare(a.server, a.template, a.db)
        print(f"prepared {a.db} in {time.perf_counter() - started:.0f} s")
    bases = {login: open_database(_url(a.server, a.db, login)) for login in (MANAGER, ADMIN)}
    typed = samples(bases[ADMIN], a.seed)
    cases = {"list first page": [""] * QUERIES, **typed}
    for name, texts in cases.items():
        figures: dict[str, list[float]] = {MANAGER: [], ADMIN: []}
        for login in (MANAGER, ADMIN):
            shown(bases[login], login, texts[0])()  # warm: plans, caches
        for number, entry in enumerate(texts):
            # interleaved, both see the same server load; who goes first takes turns, as the
            # first to type a text reads its pages from disk and the second finds them cached
            order = (MANAGER, ADMIN) if number % 2 == 0 else (ADMIN, MANAGER)
            for login in order:
                figures[login].append(timed(shown(bases[login], login, entry)))
        m, ad = figures[MANAGER], figures[ADMIN]
        print(
            f"{name}: manager median {statistics.median(m):.1f} ms p95 {p95(m):.1f} ms,"
            f" admin median {statistics.median(ad):.1f} ms p95 {p95(ad):.1f} ms"
            f" (ratio {statistics.median(m) / statistics.median(ad):.2f} median,"
            f" {p95(m) / p95(ad):.2f} p95)"
        )
    for database in bases.values():
        database.dispose()
    if a.explain:
        explain(a.server, a.db, typed)
    if not (a.keep or a.reuse):  # a database this run did not make is left as it was
        root = create_engine(_url(a.server, "postgres"), isolation_level="AUTOCOMMIT")
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{a.db}" WITH (FORCE)'))
        root.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
