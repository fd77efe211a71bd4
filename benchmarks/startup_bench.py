"""Cold start of the window: from launching a new process to the first painted page of the
client list, median of 5 runs, against a bare Qt window with a table started the same way in the
same run (issue 2, issue 14 item 4).

    python benchmarks/startup_bench.py [--db URL] [--clients N] [--runs 5]
        [--built DIST/desktop-crm/desktop-crm]

Without `--db` it makes a SQLite base with N demo clients (default 2,000) in a temporary folder.
Each run is a fresh `python -m desktop_crm --db URL` (and, with `--built`, the PyInstaller
folder's program) with the start-up probe on (`ui/startup_probe.py`): imports, Qt start-up,
opening and migrating the database, reading the first page of the list and painting it all
count; the child's exit does not. Each line gives the median wall time and the processor time
the child spent until its paint (what a busy machine does not inflate), with ratios against
the baseline.
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

from desktop_crm.ui.startup_probe import PROBE_LINE, PROBE_VARIABLE

ROOT = Path(__file__).resolve().parent.parent
READY = "READY"

# The application's own command (`python -m desktop_crm --db URL`, or a built folder's program),
# which with the probe variable set reports the list's first paint and quits (ui/startup_probe.py).
SOURCE_COMMAND = [sys.executable, "-m", "desktop_crm"]

# The baseline: Qt itself, a main window with a filled table, painted.
BARE_CHILD = f"""
import sys, time
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
            print("{READY}", time.time(), time.process_time(), flush=True)
            table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

watch = FirstPaint()
table.viewport().installEventFilter(watch)
window.resize(1366, 768)
window.show()
sys.exit(app.exec())
"""


def launch(command: list[str]) -> tuple[float, float]:
    """Seconds from starting a new interpreter until its first paint (the clock is the system's,
    read by both processes; the child's exit does not count), and the processor seconds the
    child spent until then (which a busy machine does not inflate)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode compiled
    env[PROBE_VARIABLE] = "1"
    started = time.time()
    process = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    for line in process.stdout.splitlines():
        if line.startswith((READY, PROBE_LINE)):
            _ready, painted, cpu = line.split()
            return float(painted) - started, float(cpu)
    raise SystemExit(f"the child did not start:\n{process.stdout}\n{process.stderr}")


def make_base(folder: Path, clients: int) -> str:
    from desktop_crm.db import open_database
    from desktop_crm.demo.fill import fill_demo
    from desktop_crm.services.access import current_user
    from desktop_crm.services.base_settings import set_phone_region

    url = f"sqlite:///{folder / 'startup.sqlite3'}"
    database = open_database(url)
    with database.transaction() as session:
        admin = current_user(session, "admin")  # the first user of a new base: its admin
        set_phone_region(session, admin, "US")  # else the first start asks for it and waits
    fill_demo(database, clients)
    database.dispose()
    return url


def report(name: str, runs: list[tuple[float, float]], baseline: list[tuple[float, float]]) -> None:
    """The median wall and processor time of `runs`, each with its ratio to the baseline's."""
    wall, cpu = (statistics.median(r[i] for r in runs) for i in (0, 1))
    base_wall, base_cpu = (statistics.median(r[i] for r in baseline) for i in (0, 1))
    print(
        f"{name} (median of {len(runs)}): {wall * 1000:.0f} ms (ratio {wall / base_wall:.2f} vs "
        f"baseline), processor {cpu * 1000:.0f} ms (ratio {cpu / base_cpu:.2f} vs baseline)"
    )
    print(f"  runs: {', '.join(f'{r[0] * 1000:.0f}' for r in runs)} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a new SQLite base with demo data)")
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--built", metavar="PROGRAM", help="also time a PyInstaller folder's program"
    )
    args = parser.parse_args()
    bare: list[tuple[float, float]] = []
    app: list[tuple[float, float]] = []
    built: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DESKTOP_CRM_HOME"] = folder  # settings and window state of a new user
        os.environ["DESKTOP_CRM_USER"] = "admin"
        url = args.db or make_base(Path(folder), args.clients)
        source = [*SOURCE_COMMAND, "--db", url, "--user", "admin"]
        launch(source)  # compiles the bytecode, as installing does
        for _ in range(args.runs):  # in turns, so a busy moment weighs on all alike
            bare.append(launch([sys.executable, "-c", BARE_CHILD]))
            app.append(launch(source))
            if args.built:
                built.append(launch([args.built, "--db", url, "--user", "admin"]))
    report("bare Qt window, cold start", bare, bare)
    report("desktop-crm window (source), cold start to the first painted list page", app, bare)
    if built:
        report("desktop-crm window (built folder), the same", built, bare)


if __name__ == "__main__":
    main()
