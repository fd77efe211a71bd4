"""The window's features load on first use or after the first paint (issue 14 item 4): the
first screen does not import their engines, a menu entry works before its feature is loaded,
and each feature provides exactly the entries `features.FEATURES` lists for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.base_settings import set_phone_region
from desktop_crm.ui.features import FEATURES
from desktop_crm.ui.interactions.journal import JournalWindow
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.startup_probe import PROBE_LINE, PROBE_VARIABLE

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "openpyxl",
    "keyring",
    "desktop_crm.wizards.importing",
    "desktop_crm.services.imap",
    # the card's services, bulk edits' engine and the sort-key rebuild: later actions only
    "desktop_crm.services.card_lookup",
    "desktop_crm.services.clients",
    "desktop_crm.services.sort_keys",
)

FIRST_SCREEN = """
import sys
from desktop_crm.db import open_database
from desktop_crm.ui.app import application
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.startup_probe import PROBE_LINE, PROBE_VARIABLE

app = application()
database = open_database(sys.argv[1])
window = MainWindow(database, "admin")
heavy = sorted(m for m in sys.modules if m.startswith(tuple(sys.argv[2:])))
print("HEAVY", " ".join(heavy))
window.show()
app.processEvents()  # the first paint: the features load one per turn from now on
for _ in range(200):
    app.processEvents()
print("LOADED", "openpyxl" in sys.modules)
database.dispose()
"""


def test_the_first_screen_imports_no_feature_engine(sqlite_database: Database) -> None:
    url = str(sqlite_database.engine.url)
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN, url, *HEAVY],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines["HEAVY"] == ""
    assert lines["LOADED"] == "True"  # after the first paint the rest came in


def test_each_feature_provides_what_it_lists(qtbot: QtBot, database: Database, admin: User) -> None:
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    listed = {key for feature in FEATURES for key in feature.keys}
    stand_ins = {key: window._handlers[key] for key in listed}
    for feature in FEATURES:
        window.features.load(feature)
        replaced = {k for k in listed if window._handlers[k] is not stand_ins[k]}
        assert replaced == set(feature.keys), feature.module
        listed -= replaced


def test_an_entry_chosen_before_its_feature_loaded_opens(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    assert window.findChild(QObject, "interactionsFeature") is None
    window.actions["interactions_journal"].trigger()
    assert window.findChild(QObject, "interactionsFeature") is not None
    journals = [w for w in QApplication.topLevelWidgets() if isinstance(w, JournalWindow)]
    assert len(journals) == 1 and journals[0].isVisible()
    journals[0].close()


def test_the_probe_reports_the_first_painted_list(sqlite_database: Database) -> None:
    """`desktop-crm` with the start-up probe on paints the list, says when, and quits."""
    with sqlite_database.transaction() as session:  # else an admin's first start asks it
        set_phone_region(session, current_user(session, "admin"), "PL")
    url = str(sqlite_database.engine.url)
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), PROBE_VARIABLE: "1"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop_crm", "--db", url, "--user", "admin"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith(PROBE_LINE))
    painted, processor = (float(x) for x in line.split()[1:])
    assert painted > 0 and processor > 0
