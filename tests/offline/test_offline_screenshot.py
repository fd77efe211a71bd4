"""A screenshot of the window with the offline banner (1366x768), to a temporary folder; to
refresh the one in docs/ for the README:

    DESKTOP_CRM_SCREENSHOTS_DIR=docs python -m pytest tests/offline/test_offline_screenshot.py
"""

from __future__ import annotations

import os
from pathlib import Path

from offline_support import Server
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.db import open_database
from desktop_crm.demo.fill import fill_demo
from desktop_crm.services.access import current_user
from desktop_crm.ui.connection import ConnectionMonitor, OfflineBanner
from desktop_crm.ui.main_window import MainWindow

SIZE = (1366, 768)


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def test_the_offline_banner_screenshot(qtbot: QtBot, server: Server, tmp_path: Path) -> None:
    folder = Path(os.environ.get("DESKTOP_CRM_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(server.url)
    with database.transaction() as session:
        current_user(session, "admin")  # a fresh base makes its first user, an admin
    fill_demo(database, 60, seed=7)
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    banner = window.findChild(OfflineBanner, "offlineBanner")
    monitor = window.findChild(ConnectionMonitor, "connectionMonitor")
    assert banner is not None and monitor is not None
    settle()  # the rows on screen are read: they stay when the server goes

    server.stop()
    monitor.retry_now()
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    settle()
    image = window.grab().toImage()
    assert image.save(str(folder / "offline_banner.png"))
    assert (image.width(), image.height()) == SIZE
    assert window.client_list.model.rowCount() == 60  # the rows stay under the banner
    window.close()
    database.dispose()
