"""Cold start of the window: from launching a new Python process to the first painted page of
the client list, median of 5 runs, against a bare Qt window with a table started the same way in
the same run (issue 2).

    python benchmarks/startup_bench.py [--db URL] [--clients N] [--runs 5]

Without `--db` it makes a SQLite base with N demo clients (default 2,000) in a temporary folder.
Each run is a fresh process (`python -c ...`), so imports, Qt start-up, opening and migrating the
database, reading the first page of the list and painting it all count. Lines read
`name: value (ratio x.xx vs baseline)`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "READY"

# The application's own entry point (run_app), with a timer that waits until the list has
# painted its first page, then quits.
APP_CHILD = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from desktop_crm.ui.app import application, run_app
from desktop_crm.ui.main_window import MainWindow

app = application()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False

watch = FirstPaint()

def done():
    print("{READY}", flush=True)
    app.quit()

def look():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            if widget.client_list.model.rowCount() > 0:
                widget.client_list.table.viewport().installEventFilter(watch)
                widget.client_list.table.viewport().update()
                return
    QTimer.singleShot(5, look)

QTimer.singleShot(0, look)
sys.exit(run_app(sys.argv[1], "admin"))
"""

# The baseline: Qt itself, a main window with a filled table, painted.
BARE_CHILD = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(40, 7)
for row in range(40):
    for column in range(7):
        table.setItem(row, column, QTableWidgetItem(f"{{row}}:{{column}}"))
window.setCentralWidget(table)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False

def done():
    print("{READY}", flush=True)
    app.quit()

watch = FirstPaint()
table.viewport().installEventFilter(watch)
window.resize(1366, 768)
window.show()
sys.exit(app.exec())
"""


def launch(code: str, *args: str) -> float:
    """Seconds from starting a new interpreter until it reports its first paint."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    process = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if READY not in process.stdout:
        raise SystemExit(f"the child did not start:\n{process.stdout}\n{process.stderr}")
    return elapsed


def make_base(folder: Path, clients: int) -> str:
    from desktop_crm.db import open_database
    from desktop_crm.demo.fill import fill_demo
    from desktop_crm.services.access import current_user

    url = f"sqlite:///{folder / 'startup.sqlite3'}"
    database = open_database(url)
    with database.transaction() as session:
        current_user(session, "admin")  # the first user of a new base: its admin
    fill_demo(database, clients)
    database.dispose()
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a new SQLite base with demo data)")
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DESKTOP_CRM_HOME"] = folder  # settings and window state of a new user
        os.environ["DESKTOP_CRM_USER"] = "admin"
        url = args.db or make_base(Path(folder), args.clients)
        bare = [launch(BARE_CHILD) for _ in range(args.runs)]
        app = [launch(APP_CHILD, url) for _ in range(args.runs)]
    baseline = statistics.median(bare)
    median = statistics.median(app)
    print(f"bare Qt window, cold start (median of {args.runs}): {baseline * 1000:.0f} ms")
    print(
        f"desktop-crm window, cold start to the first painted list page (median of "
        f"{args.runs}): {median * 1000:.0f} ms (ratio {median / baseline:.2f} vs baseline)"
    )
    print(f"  runs: {', '.join(f'{t * 1000:.0f}' for t in app)} ms")


if __name__ == "__main__":
    main()
