"""Screenshots of the main window at 1366x768: the empty base, the list with data, a search
with no match. They go to a temporary folder; to refresh the ones in docs/ for the README:

    DESKTOP_CRM_SCREENSHOTS_DIR=docs/screenshots python -m pytest tests/ui/test_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import User
from desktop_crm.ui.main_window import MainWindow

SIZE = (1366, 768)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = os.environ.get("DESKTOP_CRM_SCREENSHOTS_DIR")
    path = Path(folder) if folder else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def save(window: MainWindow, path: Path) -> QImage:
    settle()
    image = window.grab().toImage()
    assert image.save(str(path)), path
    return image


def colours(image: QImage) -> int:
    """Distinct colours on a grid of the image: a blank or single-colour shot has one."""
    seen = set()
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


def open_window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def sqlite_admin(sqlite_database: Database) -> User:
    from desktop_crm.services.access import current_user

    with sqlite_database.transaction() as session:
        return current_user(session, "admin")


def test_screenshots(
    qtbot: QtBot, sqlite_database: Database, sqlite_admin: User, shots: Path
) -> None:
    window = open_window(qtbot, sqlite_database)
    empty = save(window, shots / "main-empty.png")
    assert (empty.width(), empty.height()) == SIZE
    assert colours(empty) > 10
    window.close()

    fill_demo(sqlite_database, 300, seed=7)
    window = open_window(qtbot, sqlite_database)
    listed = save(window, shots / "main-list.png")
    assert window.client_list.model.rowCount() >= 300
    assert colours(listed) > colours(empty)

    window.client_list.search_edit.setText("qzxw nobody")
    window.client_list.search_now()
    nothing = save(window, shots / "main-no-match.png")
    assert window.client_list.stack.currentWidget() is window.client_list.no_match
    assert colours(nothing) > 10
    for name in ("main-empty.png", "main-list.png", "main-no-match.png"):
        assert (shots / name).stat().st_size > 5000
