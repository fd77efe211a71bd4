"""How quickly a task of many items opens and recomputes its `% done` (issue 11, Performance:
"opening a task of 100,000 items to its first painted rows under 150 ms; recomputing % done of
that task under 200 ms").

    python benchmarks/tasks_bench.py [--db URL] [--clients N] [--items N] [--runs 5]

Without `--db` it makes a SQLite base in a temporary folder with N demo clients (default
100,000). It writes one contact-info task of `--items` items (default 100,000) over the
clients lacking an email, as the check makes it, and gives `--fixed` of those clients (default
40%) an email, as a team at work would; then it measures, offscreen:
- opening the task: reading its summary (the item and done counts) and the task tab, from the
  first query to the first paint of its rows (median of `--runs`), against the bare SQL of the
  first page of items, and against a bare COUNT of the task's items;
- recomputing done-ness (`completeness.refresh_done`, two set-based UPDATEs; and as the task
  use cases run it, `services.tasks.refresh_items`, without PostgreSQL's JIT) and the Refresh
  button's whole work (`services.tasks.refresh`: that, then the counts), each rolled back so
  every run does the same work, against a bare COUNT of the task's items and a bare count of
  the items whose client has an email now (the question the UPDATE answers, without writing).
Lines read `name: value (ratio x.xx vs baseline)`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESKTOP_CRM_HOME", tempfile.mkdtemp(prefix="tasks-bench-home-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from desktop_crm.db import Database, open_database
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import Client, ContactPoint, Task, TaskItem
from desktop_crm.services.access import current_user
from desktop_crm.services.completeness import client_has_point, refresh_done
from desktop_crm.services.tasks import refresh, refresh_items
from desktop_crm.ui.tasks.task_tab import TaskTab, load_summary

LOGIN = "admin"
CHUNK = 10_000


class PaintWatch(QObject):
    """Counts paint events of a widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def run_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + timeout
    while not condition():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.perf_counter() > deadline:
            raise TimeoutError("the task's rows were not painted")


def make_task(database: Database, items: int, fixed_share: float) -> int:
    """A contact-info task of `items` items over the clients lacking an email (in turn, again
    from the first when there are fewer clients than items), as the check would make it; then
    the team's work: an email given to `fixed_share` of those clients."""
    with database.transaction() as session:
        executor = current_user(session, LOGIN)
        task = Task(
            kind="contact_info",
            title="Contact info",
            params={"kinds": ["email"], "missing": "any"},
            executor_id=executor.id,
        )
        session.add(task)
        session.flush()
        task_id = task.id
        lacking = list(
            session.scalars(
                select(Client.id).where(~client_has_point("email", Client.id)).order_by(Client.id)
            )
        )
        rows = [
            {"task_id": task_id, "client_id": lacking[n % len(lacking)], "missing": "email"}
            for n in range(items)
        ]
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(TaskItem), rows[start : start + CHUNK])
        fixed = lacking[: int(len(lacking) * fixed_share)]
        points = [
            {
                "client_id": c,
                "kind": "email",
                "value": f"c{c}@example.com",
                "normalized": f"c{c}@example.com",
            }
            for c in fixed
        ]
        for start in range(0, len(points), CHUNK):
            session.execute(insert(ContactPoint), points[start : start + CHUNK])
    print(f"# {len(lacking)} clients lack an email; {len(fixed)} of them given one since")
    return task_id


def tidy(database: Database) -> None:
    """Statistics and, on PostgreSQL, dead rows cleared, as the server's autovacuum does after
    a big insert or the rolled-back updates of the runs (so each figure sees a settled table)."""
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if database.dialect == "postgresql":
            conn.exec_driver_sql("VACUUM ANALYZE task_items")
        else:
            conn.exec_driver_sql("ANALYZE")


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def report(name: str, value_ms: float, baseline_ms: float, baseline_name: str) -> None:
    ratio = value_ms / baseline_ms if baseline_ms else float("nan")
    print(f"{name}: {value_ms:.1f} ms (ratio {ratio:.2f} vs {baseline_name})", flush=True)


def rolled_back(database: Database, work: Callable[..., object]) -> Callable[[], None]:
    """`work(session)` in a transaction that is undone, so every run finds the same base."""

    def run() -> None:
        with database.session(write=True) as session:
            work(session)
            session.rollback()

    return run


def bare(database: Database, sql: str, task_id: int) -> Callable[[], None]:
    def run() -> None:
        with database.engine.connect() as conn:
            conn.execute(text(sql), {"task": task_id}).fetchall()

    return run


FIRST_PAGE = (
    "SELECT id, client_id, contact_person_id, interaction_id, missing, done_at"
    " FROM task_items WHERE task_id = :task ORDER BY id LIMIT 200"
)
COUNT = "SELECT count(*) FROM task_items WHERE task_id = :task"
WITH_EMAIL = (
    "SELECT count(*) FROM task_items i WHERE i.task_id = :task AND EXISTS (SELECT 1 FROM"
    " contact_points p WHERE p.client_id = i.client_id AND p.kind = 'email')"
)


def open_task(app: QApplication, database: Database, task_id: int) -> tuple[TaskTab, float]:
    """The task tab shown at 1366x768, and the milliseconds from its first query to the first
    paint of its rows."""
    started = time.perf_counter()
    summary = load_summary(database, LOGIN, task_id)
    tab = TaskTab(database, LOGIN, summary, refresh_on_open=False)
    watch = PaintWatch(tab.view.viewport())
    landed: list[int] = []
    tab.model.pageLoaded.connect(lambda _rows: landed.append(watch.count))
    tab.resize(1366, 768)
    tab.show()
    run_until(lambda: bool(landed) and watch.count > landed[0])
    elapsed = (time.perf_counter() - started) * 1000
    app.processEvents()
    return tab, elapsed


def open_base(url: str | None, clients: int) -> Database:
    """The base at `url`, or a new SQLite file; filled with demo clients when it has none."""
    if url is None:
        folder = Path(tempfile.mkdtemp(prefix="tasks-bench-"))
        url = f"sqlite:///{folder / 'tasks-bench.sqlite3'}"
    database = open_database(url)
    with database.transaction() as session:
        current_user(session, LOGIN)  # the first user of a new base: an admin
        empty = session.scalar(select(Client.id).limit(1)) is None
    if empty:
        started = time.perf_counter()
        fill_demo(database, clients, login=LOGIN)
        print(f"# made {clients} demo clients in {time.perf_counter() - started:.1f} s")
    return database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="an existing base (default: a new temporary SQLite file)")
    parser.add_argument("--clients", type=int, default=100_000, help="demo clients in a new base")
    parser.add_argument("--items", type=int, default=100_000, help="items of the task")
    parser.add_argument("--fixed", type=float, default=0.4, help="share of the records fixed")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    database = open_base(args.db, args.clients)
    started = time.perf_counter()
    task_id = make_task(database, args.items, args.fixed)
    tidy(database)
    print(f"# task #{task_id}: {args.items} items in {time.perf_counter() - started:.1f} s;")
    print(f"# {database.dialect}, {args.runs} runs, medians")

    bare(database, FIRST_PAGE, task_id)()  # warm caches before timing anything
    open_task(app, database, task_id)[0].deleteLater()
    first_page = median_ms(bare(database, FIRST_PAGE, task_id), args.runs)
    count = median_ms(bare(database, COUNT, task_id), args.runs)
    with_email = median_ms(bare(database, WITH_EMAIL, task_id), args.runs)
    print(f"bare first page of items (200 rows): {first_page:.1f} ms")
    print(f"bare COUNT of the task's items: {count:.1f} ms")
    print(f"bare count of the items whose client has an email: {with_email:.1f} ms")

    opened = []
    for _ in range(args.runs):
        tab, elapsed = open_task(app, database, task_id)
        opened.append(elapsed)
        tab.close()
        tab.deleteLater()
        app.processEvents()
    name = f"open a task of {args.items} items to its first painted rows"
    report(name, statistics.median(opened), first_page, "bare first page")
    report(name, statistics.median(opened), count, "bare COUNT")

    recompute = median_ms(rolled_back(database, lambda s: refresh_done(s, [task_id])), args.runs)
    name = "recompute done-ness (refresh_done)"
    report(name, recompute, count, "bare COUNT")
    report(name, recompute, with_email, "bare count with an email")
    recompute = median_ms(rolled_back(database, lambda s: refresh_items(s, [task_id])), args.runs)
    name = "recompute done-ness as the tasks run it (refresh_items: no JIT on PostgreSQL)"
    report(name, recompute, count, "bare COUNT")
    report(name, recompute, with_email, "bare count with an email")

    def refresh_button(session: Session) -> None:
        refresh(session, current_user(session, LOGIN), task_id)

    tidy(database)
    whole = median_ms(rolled_back(database, refresh_button), args.runs)
    report("Refresh button's work (refresh_items, then the counts)", whole, count, "bare COUNT")
    with database.transaction() as session:
        refresh_done(session, [task_id])  # kept: the next refresh finds nothing to flip
    tidy(database)
    steady = median_ms(rolled_back(database, lambda s: refresh_items(s, [task_id])), args.runs)
    name = "recompute done-ness again, nothing changed since (refresh_items)"
    report(name, steady, count, "bare COUNT")
    report(name, steady, with_email, "bare count with an email")
    with database.session() as session:
        summary = refresh(session, current_user(session, LOGIN), task_id)
        print(f"# {summary.done} of {summary.items} items done ({summary.percent}%)")
        session.rollback()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
