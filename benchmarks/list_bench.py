"""How quick the client list is on a big base, each figure against the bare SQL it needs,
measured in the same run (issue 4, Performance).

    python benchmarks/list_bench.py --db sqlite:///path/to/base.sqlite3 [--make 1000000]

`--make N` first fills the base up to N clients with the demo generator (`fill_demo`), so
`--db sqlite:////tmp/list.sqlite3 --make 1000000` makes the issue's base. Offscreen, it
measures: opening the main window until the first page of the list is painted; scrolling to
the last row and painting it; 20 searches each of a 4-character name prefix, a phone fragment
and an email fragment, typed into the search box until the results are painted (median and
p95; once as typed, searched on a worker thread, once with Enter, which searches at once;
and the time until a large result's count, made in the background, is shown);
sorting by name; opening a card with 200 feed entries; and the process's resident memory with
the list and 5 cards open. Lines read `name: value (ratio x.xx vs baseline)`, where the
baseline is the bare SQL (sqlite3, no Qt, no ORM) that fetches the same rows.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, insert, select

from desktop_crm.db import Database, open_database, sqlite_path
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import Client, Note, Role, User, utcnow
from desktop_crm.services.access import current_user
from desktop_crm.ui.app import application, install_translations
from desktop_crm.ui.main_window import MainWindow

QUERIES = 20
FEED_ENTRIES = 200
PAGE = 60  # rows fetched for a screen (ROW_BATCH of the model)


class PaintWatch(QObject):
    """Counts paint events of a widget (the table's viewport)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def idle_until(done: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Run the event loop until `done()`, idle between events as the application's own loop
    is: a busy loop here would hold the GIL against the list's worker threads."""
    app = QApplication.instance()
    assert app is not None
    ticker = QTimer()
    ticker.start(20)  # wakes the loop to look at the clock
    deadline = time.perf_counter() + timeout
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > deadline:
            raise TimeoutError(what)
    ticker.stop()


def wait_for_paint(watch: PaintWatch, before: int) -> None:
    """Run the event loop until the widget was painted again (the paint itself included)."""
    idle_until(lambda: watch.count > before, "the list was not painted")
    QApplication.processEvents()  # let the paint finish its event


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    """Median milliseconds of `action`."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def report(name: str, value: float, baseline: float, unit: str = "ms") -> None:
    ratio = value / baseline if baseline > 0 else float("inf")
    print(f"{name}: {value:.1f} {unit} (ratio {ratio:.2f} vs baseline {baseline:.1f} {unit})")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def warm_up(path: Path) -> float:
    """Read the base file once, as a day's use of the list has it in the OS cache; on a slow
    disk a first search otherwise measures the disk (seconds on this machine's, when another
    program's writes pushed the file out of the cache)."""
    started = time.perf_counter()
    with path.open("rb") as fh:
        while fh.read(1 << 24):
            pass
    return time.perf_counter() - started


def rss_mb() -> float:
    try:
        text = Path("/proc/self/status").read_text()
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    match = re.search(r"VmRSS:\s+(\d+) kB", text)
    return int(match.group(1)) / 1024 if match else 0.0


# -- the bare SQL ----------------------------------------------------------------------------
ROWS_SQL = (
    "SELECT c.id, c.full_name, c.stage, co.full_name, u.full_name FROM clients c "
    "LEFT JOIN clients co ON co.id = c.company_id LEFT JOIN users u ON u.id = c.responsible_id "
    "WHERE c.id IN ({ids})"
)
POINTS_SQL = "SELECT client_id, kind, normalized FROM contact_points WHERE client_id IN ({ids})"
TAGS_SQL = (
    "SELECT ct.client_id, t.name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id "
    "WHERE ct.client_id IN ({ids})"
)


def bare_rows(conn: sqlite3.Connection, ids: list[int]) -> None:
    marks = ",".join(map(str, ids[:PAGE]))
    for sql in (ROWS_SQL, POINTS_SQL, TAGS_SQL):
        conn.execute(sql.format(ids=marks)).fetchall()


def bare_page(conn: sqlite3.Connection, order: str, count: bool = False) -> None:
    if count:
        conn.execute("SELECT count(*) FROM clients").fetchone()
    ids = [r[0] for r in conn.execute(f"SELECT id FROM clients ORDER BY {order} LIMIT 200")]
    bare_rows(conn, ids)


def bare_search(conn: sqlite3.Connection, fts: str, match: str) -> None:
    """The plain query for the first screen of a search, in name order."""
    if fts == "fts_client_names":
        inner = "SELECT rowid FROM fts_client_names WHERE fts_client_names MATCH ?"
    else:
        inner = (
            "SELECT client_id FROM contact_points WHERE id IN "
            "(SELECT rowid FROM fts_contact_points WHERE fts_contact_points MATCH ?)"
        )
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT id FROM clients WHERE id IN ({inner}) ORDER BY name_key, id LIMIT 200",
            (match,),
        )
    ]
    bare_rows(conn, ids)


# -- set-up ----------------------------------------------------------------------------------
def ensure_base(database: Database, make: int) -> int:
    with database.session() as session:
        have = int(session.scalar(select(func.count()).select_from(Client)) or 0)
    if make and have < make:
        print(f"# filling the base with {make - have:,} demo clients…", flush=True)
        stats = fill_demo(database, make - have, seed=have)
        print(f"# filled in {stats.seconds:.0f} s ({stats.rows_per_second:,.0f} rows/s)")
        have += stats.clients
    return have


def first_admin(database: Database) -> str:
    with database.session() as session:
        login = session.scalar(
            select(User.login).join(Role).where(Role.name == "admin").order_by(User.id)
        )
    assert login is not None, "the base has no admin"
    return login


def card_with_feed(database: Database, login: str) -> int:
    """A client with FEED_ENTRIES notes (added once)."""
    with database.transaction() as session:
        actor = current_user(session, login)
        rich = session.execute(
            select(Note.client_id).group_by(Note.client_id).having(func.count() >= FEED_ENTRIES)
        ).first()
        if rich is not None:
            return int(rich[0])
        client_id = int(session.scalar(select(func.min(Client.id))) or 0)
        have = int(session.scalar(select(func.count()).where(Note.client_id == client_id)) or 0)
        session.execute(
            insert(Note),
            [
                {
                    "client_id": client_id,
                    "author_id": actor.id,
                    "text": f"Benchmark note {i}",
                    "created_at": utcnow(),
                }
                for i in range(FEED_ENTRIES - have)
            ],
        )
        return client_id


def samples(conn: sqlite3.Connection, seed: int) -> dict[str, list[str]]:
    """Realistic things to type: name prefixes, phone and email fragments of real rows."""
    rnd = random.Random(seed)
    top = conn.execute("SELECT max(id) FROM clients").fetchone()[0]
    names: list[str] = []
    phones: list[str] = []
    emails: list[str] = []
    while len(names) < QUERIES or len(phones) < QUERIES or len(emails) < QUERIES:
        client_id = rnd.randint(1, top)
        row = conn.execute("SELECT full_name FROM clients WHERE id = ?", (client_id,)).fetchone()
        if row and len(names) < QUERIES:
            word = rnd.choice(row[0].split())
            if len(word) >= 4 and word[:4].isalpha():
                names.append(word[:4])
        for kind, normalized in conn.execute(
            "SELECT kind, normalized FROM contact_points WHERE client_id = ?", (client_id,)
        ):
            if kind == "phone" and len(phones) < QUERIES and normalized.startswith("+7"):
                digits = normalized[2:]
                start = rnd.randint(0, len(digits) - 6)
                fragment = digits[start : start + 6]
                # typed as a person would: local 8-prefix, spaces, or plain digits
                phones.append(
                    f"8 {digits[:3]} {digits[3:6]}"
                    if start == 0
                    else fragment[:3] + " " + fragment[3:]
                )
            elif kind == "email" and len(emails) < QUERIES:
                local = normalized.split("@")[0]
                if len(local) >= 6:
                    start = rnd.randint(0, len(local) - 6)
                    emails.append(local[start : start + 6])
    return {"name prefix": names, "phone fragment": phones, "email fragment": emails}


# -- the run ---------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLite URL of the base to measure")
    parser.add_argument("--make", type=int, default=0, help="fill the base up to N clients")
    parser.add_argument("--login", help="user to open the window as (default: the first admin)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--cold",
        action="store_true",
        help="do not read the base file once first (the figures then include disk reads)",
    )
    args = parser.parse_args()

    # window settings of the run go to a temporary folder, not the user's profile
    os.environ.setdefault("DESKTOP_CRM_HOME", tempfile.mkdtemp(prefix="list-bench-home-"))
    app = application()
    install_translations(app, "en")
    database = open_database(args.db)
    path = sqlite_path(database.engine.url)
    if path is None:
        print("list_bench measures a SQLite base; give --db sqlite:///FILE", file=sys.stderr)
        return 2
    with database.transaction() as session:
        if not session.scalar(select(func.count()).select_from(User)):
            current_user(session, args.login or "admin")  # an empty base: its first admin
    total = ensure_base(database, args.make)
    args.login = args.login or first_admin(database)
    feed_client = card_with_feed(database, args.login)
    conn = sqlite3.connect(path)
    rss_before = rss_mb()
    print(f"# {total:,} clients in {path} ({path.stat().st_size / 1e6:.0f} MB)", flush=True)
    if not args.cold:
        print(f"# base file read once in {warm_up(path):.1f} s: a warm OS cache", flush=True)

    # first paint: open the window until the list's first page is painted (the feature
    # modules came with main_window's import, as in run_app)
    started = time.perf_counter()
    window = MainWindow(database, args.login)
    window.resize(1366, 768)
    table = window.client_list.table
    watch = PaintWatch(table.viewport())
    window.show()
    wait_for_paint(watch, 0)
    first_paint = (time.perf_counter() - started) * 1000
    report("first paint", first_paint, timed(lambda: bare_page(conn, "name_key, id", True)))

    # scroll to the last row and paint it
    before = watch.count
    started = time.perf_counter()
    table.scrollToBottom()
    wait_for_paint(watch, before)
    scrolled = (time.perf_counter() - started) * 1000
    last = window.client_list.model.index(window.client_list.model.rowCount() - 1, 0).data()
    report(
        f"scroll to end (last row {last!r})",
        scrolled,
        timed(lambda: bare_page(conn, "name_key DESC, id DESC")),
    )
    table.scrollToTop()
    app.processEvents()

    # searches
    lst = window.client_list

    def settled() -> None:
        """No background count of an earlier query left to land in the next measurement."""
        idle_until(
            lambda: (
                lst.model.counting is None and lst.model.searching is None and lst.model.counted
            ),
            "the search was not counted",
        )
        app.processEvents()

    resets: list[int] = []  # the paint count when the model was reset by a search
    lst.model.modelReset.connect(lambda: resets.append(watch.count))

    for kind, texts in samples(conn, args.seed).items():
        typed: list[float] = []
        entered: list[float] = []
        counted: list[float] = []
        bare: list[float] = []
        found: list[int] = []
        for text in texts:
            for mode, into in (("typed", typed), ("enter", entered)):
                lst.search_edit.setText("")
                lst.search_now()
                settled()
                resets.clear()
                started = time.perf_counter()
                lst.search_edit.setText(text)  # as typing ends: textChanged
                if mode == "enter":
                    lst.search_now()
                # the search ran (at once, or on a worker thread as typed)
                idle_until(lambda: bool(resets), "the search did not run")
                wait_for_paint(watch, resets[0])  # and the list was painted after it
                into.append((time.perf_counter() - started) * 1000)
                settled()
                if mode == "enter":
                    counted.append((time.perf_counter() - started) * 1000)
            found.append(lst.model.total)
            fts, match = (
                ("fts_client_names", f'"{text.casefold()}"')
                if kind == "name prefix"
                else ("fts_contact_points", f'"{re.sub(r"[^0-9]", "", text)}"')
                if kind == "phone fragment"
                else ("fts_contact_points", f'"{text}"')
            )
            if kind == "phone fragment" and text.startswith("8 "):
                match = f'"7{re.sub(r"[^0-9]", "", text)[1:]}"'
            bare.append(timed(lambda fts=fts, match=match: bare_search(conn, fts, match), 1))
        base_median = statistics.median(bare)
        print(
            f"# {kind}: {len(texts)} queries such as {texts[:3]}, "
            f"median {statistics.median(found):,.0f} clients found"
        )
        report(f"search {kind}, typed, median", statistics.median(typed), base_median)
        report(f"search {kind}, typed, p95", p95(typed), p95(bare))
        report(f"search {kind}, Enter, median", statistics.median(entered), base_median)
        report(f"search {kind}, Enter, p95", p95(entered), p95(bare))
        report(f"search {kind}, until counted, median", statistics.median(counted), base_median)
    lst.search_edit.setText("")
    lst.search_now()
    app.processEvents()

    # sort by name (descending: a click on the sorted Name header)
    header = table.horizontalHeader()
    before = watch.count
    started = time.perf_counter()
    header.setSortIndicator(lst.model.column_of("name"), Qt.SortOrder.DescendingOrder)
    wait_for_paint(watch, before)
    sorted_ms = (time.perf_counter() - started) * 1000
    report(
        "sort by name",
        sorted_ms,
        timed(lambda: bare_page(conn, "name_key DESC, id DESC", True)),
    )
    header.setSortIndicator(lst.model.column_of("name"), Qt.SortOrder.AscendingOrder)
    app.processEvents()

    # a card with 200 feed entries
    def bare_card() -> None:
        conn.execute("SELECT * FROM clients WHERE id = ?", (feed_client,)).fetchall()
        conn.execute(
            "SELECT * FROM notes WHERE client_id = ? ORDER BY created_at DESC", (feed_client,)
        ).fetchall()

    started = time.perf_counter()
    card = window.open_client_card(feed_client)
    card.repaint()
    app.processEvents()
    card_ms = (time.perf_counter() - started) * 1000
    report(f"open card with {FEED_ENTRIES} feed entries", card_ms, timed(bare_card))

    # memory with the list and 5 cards open
    others = conn.execute(
        "SELECT id FROM clients WHERE id != ? ORDER BY id LIMIT 4", (feed_client,)
    )
    for client_id in others.fetchall():
        window.open_client_card(int(client_id[0]))
        app.processEvents()
    window.tabs.setCurrentIndex(0)
    app.processEvents()
    report(
        f"process RSS with the list and {len(window.cards)} cards",
        rss_mb(),
        rss_before,
        "MB",
    )
    window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
