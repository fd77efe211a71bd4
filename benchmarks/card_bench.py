"""How quickly a client card opens when its client has a long history (issue 4, Performance:
"opening a card with 200 feed entries", target under 300 ms).

    python benchmarks/card_bench.py [--db URL] [--clients N] [--runs 5]

Without `--db` it makes a SQLite base in a temporary folder with N demo clients (default
5,000) and one client whose feed holds 200 entries of every kind (notes, calls, emails, a task,
deals, files, field changes). Offscreen, it measures the time from the card's constructor to
the first paint of its feed (median of `--runs`), and scrolling the feed to its 200th entry.
Lines read `name: value (ratio x.xx vs baseline)`; the baseline is the bare feed query the card
needs for the same rows (`services.feed.feed`, no Qt), measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESKTOP_CRM_HOME", tempfile.mkdtemp(prefix="card-bench-home-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop_crm.db import Database, open_database
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import Interaction, utcnow
from desktop_crm.services import attachments, deals, feed, notes
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import (
    ClientData,
    ContactValue,
    create_client,
    get_client,
    update_client,
)
from desktop_crm.ui.card.client_card import ClientCardWidget

FEED_ENTRIES = 200
LOGIN = "admin"


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


def run_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + timeout
    while not condition():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.perf_counter() > deadline:
            raise TimeoutError("the card was not painted")


def make_rich_client(database: Database) -> int:
    """A client whose feed holds FEED_ENTRIES entries of every kind."""
    now = utcnow()
    with database.transaction() as session:
        actor = current_user(session, LOGIN)
        client = create_client(
            session,
            actor,
            ClientData(
                full_name="Benchmark Client With History",
                phones=[ContactValue("+7 912 000-00-01", True), ContactValue("+7 495 000-00-02")],
                emails=[ContactValue("bench@example.com", True)],
                tags=["VIP", "Benchmark"],
            ),
        )
        client_id = client.id
        made = 1  # "card created"
        for i in range(20):
            session.add(
                Interaction(
                    kind="call" if i % 2 else "email",
                    direction="in" if i % 3 else "out",
                    occurred_at=now - timedelta(hours=200 - i),
                    subject=f"Interaction {i}",
                    body="Body of the message. " * 20,
                    duration_seconds=60 + i,
                    client_id=client_id,
                    registered_by_id=actor.id,
                )
            )
        made += 20
        for i in range(10):
            deals.create_deal(session, actor, client_id, f"Deal {i}", expected_revenue=1000 * i)
            attachments.attach_file(session, actor, client_id, b"x" * 2048, filename=f"f{i}.txt")
        made += 20
    for i in range(20):  # field changes, each save one or two lines
        with database.transaction() as session:
            actor = current_user(session, LOGIN)
            loaded = get_client(session, client_id, actor)
            data = ClientData.from_client(loaded)
            data.address = f"Address {i}"
            update_client(session, actor, client_id, data, loaded.version)
        made += 1
    with database.transaction() as session:
        actor = current_user(session, LOGIN)
        for i in range(FEED_ENTRIES - made):
            notes.add_note(session, actor, client_id, f"Benchmark note {i}: " + "text " * 30)
    with database.session() as session:
        total = len(feed.feed(session, current_user(session, LOGIN), client_id, limit=1000))
    assert total >= FEED_ENTRIES, total
    return client_id


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def report(name: str, value_ms: float, baseline_ms: float) -> None:
    ratio = value_ms / baseline_ms if baseline_ms else float("nan")
    print(f"{name}: {value_ms:.1f} ms (ratio {ratio:.2f} vs baseline)", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="an existing base (default: a new temporary SQLite file)")
    parser.add_argument("--clients", type=int, default=5000, help="demo clients in a new base")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    if args.db:
        database = open_database(args.db)
    else:
        folder = Path(tempfile.mkdtemp(prefix="card-bench-"))
        database = open_database(f"sqlite:///{folder / 'card-bench.sqlite3'}")
        with database.transaction() as session:
            current_user(session, LOGIN)  # the first user of a new base: an admin
        started = time.perf_counter()
        fill_demo(database, args.clients, login=LOGIN)
        print(f"# made {args.clients} demo clients in {time.perf_counter() - started:.1f} s")
    client_id = make_rich_client(database)
    print(f"# client #{client_id}: {FEED_ENTRIES} feed entries; {database.dialect}")

    def first_page() -> None:
        with database.session() as session:
            feed.feed(session, current_user(session, LOGIN), client_id, limit=50)

    def whole_feed() -> None:
        with database.session() as session:
            feed.feed(session, current_user(session, LOGIN), client_id, limit=FEED_ENTRIES)

    first_page()  # warm caches (and phonenumbers' metadata) before timing anything
    ClientCardWidget(database, LOGIN, client_id).deleteLater()
    app.processEvents()

    def open_card() -> tuple[ClientCardWidget, float]:
        """A card shown at 1366x768, and the milliseconds until its feed was painted."""
        started = time.perf_counter()
        card = ClientCardWidget(database, LOGIN, client_id)
        watch = PaintWatch(card.feed_tab.view.viewport())
        card.resize(1366, 768)
        card.show()
        run_until(lambda: watch.count > 0)
        app.processEvents()
        return card, (time.perf_counter() - started) * 1000

    opened = []
    for _ in range(args.runs):
        card, elapsed = open_card()
        opened.append(elapsed)
        card.close()
        card.deleteLater()
        app.processEvents()
    baseline = median_ms(first_page, args.runs)
    print(f"bare feed query, first page of 50: {baseline:.1f} ms (ratio 1.00 vs baseline)")
    report(
        f"open card with {FEED_ENTRIES} feed entries, constructor to first paint "
        f"(median of {args.runs})",
        statistics.median(opened),
        baseline,
    )

    card, _ = open_card()
    model, view = card.feed_tab.model, card.feed_tab.view
    started = time.perf_counter()
    while model.rowCount() < FEED_ENTRIES:
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum())
        app.processEvents()
    view.scrollToBottom()
    app.processEvents()
    scrolled = (time.perf_counter() - started) * 1000
    whole = median_ms(whole_feed, args.runs)
    print(f"bare feed query, all {FEED_ENTRIES} entries at once: {whole:.1f} ms")
    report(f"scroll the card's feed to entry {FEED_ENTRIES} (4 pages)", scrolled, whole)
    card.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
